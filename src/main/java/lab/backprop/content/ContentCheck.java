package lab.backprop.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code check-content DIR}: loads DIR exactly as {@code --content DIR} would, over the built-in
 * content, and prints every error and warning, each with its file and reason, then one summary line.
 */
public final class ContentCheck {
    private ContentCheck() {
    }

    /** Prints the findings to {@code out}; returns the exit code: 0 all good, 1 errors, 2 no such folder. */
    public static int run(Path dir, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(dir)) {
            err.println("check-content: " + dir + " is not a folder");
            return 2;
        }
        Content content = Content.load(dir.toAbsolutePath().normalize(), "");
        content.errors().forEach(e -> out.println("error: " + e));
        content.warnings().forEach(w -> out.println("warning: " + w));
        int errors = content.errors().size();
        int warnings = content.warnings().size();
        if (errors > 0) {
            out.println("check-content: " + count(errors, "error") + (warnings > 0 ? " and " + count(warnings, "warning") : "")
                    + " in " + dir + "; files with errors are left out when the app runs");
            return 1;
        }
        out.println("check-content: " + dir + " is ready" + (warnings > 0 ? " (" + count(warnings, "warning") + ")" : "")
                + ": the app will show " + content.summary());
        return 0;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
