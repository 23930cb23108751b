package lab.backprop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an instructor's content folder (lessons/, exercises/, hidden.txt) for a test, in a temp dir. */
public final class ContentFolder {
    private final Path root;

    public ContentFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A text-only lesson, lessons/{folder}/ with both languages. */
    public ContentFolder lesson(String folder, String titleEn, String enMarkdown) {
        return lesson(folder, "title: {ko: \"" + titleEn + " (ko)\", en: \"" + titleEn + "\"}\n"
                + "summary: {ko: 요약, en: \"A summary.\"}\nwidget: none\n", "본문 $a_1$\n", enMarkdown);
    }

    /** A lesson folder with exactly these files; a null Markdown file is left out. */
    public ContentFolder lesson(String folder, String yaml, String koMarkdown, String enMarkdown) {
        Path dir = root.resolve("lessons").resolve(folder);
        write(dir.resolve("lesson.yaml"), yaml);
        if (koMarkdown != null) {
            write(dir.resolve("ko.md"), koMarkdown);
        }
        if (enMarkdown != null) {
            write(dir.resolve("en.md"), enMarkdown);
        }
        return this;
    }

    /** A valid exercise file, exercises/{file}, with this id and English title. */
    public ContentFolder exercise(String file, String id, String titleEn) {
        return file("exercises/" + file, """
                id: %s
                title: {ko: "연습", en: "%s"}
                instructions: {ko: "계산하세요.", en: "Compute."}
                problem:
                  layers: [2, 1]
                  weights: [[[0.5, -0.5]]]
                  input: [1.0, 0.5]
                  target: [1.0]
                  learningRate: 0.5
                ask: [net, out]
                """.formatted(id, titleEn));
    }

    public ContentFolder hideLessons(String... lines) {
        return file("lessons/hidden.txt", String.join("\n", lines) + "\n");
    }

    public ContentFolder hideExercises(String... lines) {
        return file("exercises/hidden.txt", String.join("\n", lines) + "\n");
    }

    /** Any file, by its path relative to the folder. */
    public ContentFolder file(String path, String text) {
        write(root.resolve(path), text);
        return this;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
