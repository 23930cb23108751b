package lab.backprop.worked;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four ways a worked step can be taken away: the tables as CSV and as the /api/backprop JSON, and
 * the worked step as LaTeX and as Markdown. Each has its file extension and its Content-Type.
 */
public enum Format {
    CSV("csv", "text/csv; charset=utf-8"),
    JSON("json", "application/json"),
    TEX("tex", "application/x-tex; charset=utf-8"),
    MARKDOWN("md", "text/markdown; charset=utf-8");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The file extension without its dot, also the last part of the download's URL (step.csv, key.tex). */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format of this extension (csv, json, tex, md). */
    public static Optional<Format> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}
