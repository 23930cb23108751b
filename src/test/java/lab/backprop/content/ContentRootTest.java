package lab.backprop.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.ExerciseFiles;
import lab.backprop.exercises.ExerciseLoader;
import lab.backprop.exercises.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in content folder is found inside a jar as well as on disk, and read through one Path API. */
class ContentRootTest {
    @TempDir
    Path dir;

    @Test
    void findsTheContentFolderInsideAJarAndItsExerciseFilesInOrder() throws IOException {
        Path jar = dir.resolve("content.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // with folder entries, as the jar and shade plugins write them
            for (String folder : List.of("content/", "content/lessons/", "content/exercises/",
                    "content/exercises/sub/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            put(out, "content/exercises/b.yaml", exercise("in-jar-b"));
            put(out, "content/exercises/a.yaml", exercise("in-jar-a"));
            put(out, "content/exercises/sub/c.yaml", exercise("nested"));
            put(out, "content/other.yaml", exercise("elsewhere"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path root = ContentRoot.in(loader);
            List<SourceFile> files = ExerciseFiles.fromDirectory(root.resolve("exercises"));
            assertThat(files).extracting(SourceFile::name).containsExactly("a.yaml", "b.yaml");
            assertThat(ExerciseLoader.load(files).catalog().all()).extracting(Exercise::id)
                    .containsExactly("in-jar-a", "in-jar-b");
        }
    }

    @Test
    void theBuiltInFolderHoldsTheShippedLessonsAndExercises() {
        Path root = ContentRoot.builtIn();
        assertThat(root.resolve("lessons/04-feed-forward/lesson.yaml")).isRegularFile();
        assertThat(ExerciseFiles.fromDirectory(root.resolve("exercises"))).extracting(SourceFile::name)
                .contains("07-full-step-2-2-2.yaml");
    }

    private static String exercise(String id) {
        return """
                id: %s
                title: {ko: "연습", en: "Exercise"}
                instructions: {ko: "계산하세요.", en: "Compute."}
                problem:
                  layers: [1, 1]
                  weights: [[[0.5]]]
                  input: [1.0]
                  target: [1.0]
                  learningRate: 0.5
                ask: [net]
                """.formatted(id);
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
