package lab.backprop.hosting;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON for HTTP answers with {@code <}, {@code >}, {@code &} and {@code '} written as \\u escapes, so
 * text a visitor or a content file supplied (an exercise title, a value echoed in an error) can never
 * read as markup, whatever a client does with the JSON. The parsed strings are unchanged.
 */
public final class HtmlSafeJson extends CharacterEscapes {
    private final int[] escapes;

    private HtmlSafeJson() {
        escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        for (char c : new char[] {'<', '>', '&', '\''}) {
            escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
        }
    }

    /** A copy of {@code mapper} that writes HTML-safe JSON; the original is left as it is. */
    public static ObjectMapper of(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setCharacterEscapes(new HtmlSafeJson());
        return copy;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
