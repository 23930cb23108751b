package lab.backprop.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence the app shows, in Korean and English, from {@code i18n/messages_ko.properties} and
 * {@code messages_en.properties}: the pages' UI strings, the marker's messages and the generated
 * exercises' titles. The one way to say a sentence; templates reach it through the web layer.
 */
public final class Texts {
    private static final Texts INSTANCE = new Texts();

    private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

    private Texts() {
        for (Lang lang : Lang.values()) {
            bundles.put(lang, ResourceBundle.getBundle("i18n/messages", lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** The shared instance (the bundles are read once). */
    public static Texts get() {
        return INSTANCE;
    }

    /**
     * The text of {@code key} in {@code lang}, with {0}, {1}... filled in; the key itself if unknown.
     * Every message is a {@link MessageFormat} pattern, so a quote is written twice (g''(a)); pass
     * numbers as text when they must not be grouped or localised.
     */
    public String of(Lang lang, String key, Object... args) {
        try {
            String pattern = bundles.get(lang).getString(key);
            if (isLiteral(pattern)) {
                return pattern;
            }
            return new MessageFormat(pattern, lang.locale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * Whether a pattern formats to itself: without a brace or a quote there is nothing for
     * {@link MessageFormat} to fill in or unquote, so most texts (labels, headings) skip parsing it.
     */
    static boolean isLiteral(String pattern) {
        return pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0;
    }

    /** Whether {@code key} has a text in {@code lang}. */
    public boolean has(Lang lang, String key) {
        return bundles.get(lang).containsKey(key);
    }
}
