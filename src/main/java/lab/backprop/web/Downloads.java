package lab.backprop.web;

import io.javalin.http.Context;
import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;
import lab.backprop.worked.Format;
import lab.backprop.worked.Handout;

/**
 * A worked step as a file to save: the links to it, and the file, sent with the format's Content-Type
 * and {@code Content-Disposition: attachment} with a file name made of {@code name} (a lesson slug or an
 * exercise id, already limited to a-z, 0-9 and -), the language for the worded formats, and the
 * extension. The JSON goes through the app's JSON mapper, so it is byte for byte the /api/backprop answer.
 */
public final class Downloads {
    private Downloads() {
    }

    /**
     * The links to take a worked step away, a file per format: {@code base} is the file's address without
     * its extension, {@code query} its parameters.
     */
    public static String links(String base, String query, Lang lang) {
        return links(new Html(), base, query, lang).toString();
    }

    /** {@link #links(String, String, Lang)}, written at the end of {@code h}. */
    public static Html links(Html h, String base, String query, Lang lang) {
        Texts texts = Texts.get();
        h.open("p").attr("class", "downloads").end().element("span", texts.of(lang, "export.title")).text(": ");
        for (Format format : Format.values()) {
            if (format.ordinal() > 0) {
                h.element("span", " · ");
            }
            h.open("a").attr("href", base + "." + format.extension() + "?" + query).attr("download", "")
                    .attr("data-format", format.extension()).end().text(texts.of(lang, "export." + format.extension()))
                    .close("a");
        }
        return h.close("p");
    }

    public static void send(Context ctx, Handout handout, Format format, String name) {
        String file = format == Format.JSON ? name : name + "-" + handout.lang().code();
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "." + format.extension() + "\"");
        if (format == Format.JSON) {
            ctx.json(handout.json());
        } else {
            ctx.contentType(format.contentType()).result(handout.text(format));
        }
    }
}
