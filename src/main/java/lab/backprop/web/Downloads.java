package lab.backprop.web;

import io.javalin.http.Context;
import lab.backprop.worked.Format;
import lab.backprop.worked.Handout;

/**
 * Sends a worked step as a file to save: the format's Content-Type and {@code Content-Disposition:
 * attachment} with a file name made of {@code name} (a lesson slug or an exercise id, already limited to
 * a-z, 0-9 and -), the language for the worded formats, and the extension. The JSON goes through the
 * app's JSON mapper, so it is byte for byte the /api/backprop answer.
 */
public final class Downloads {
    private Downloads() {
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
