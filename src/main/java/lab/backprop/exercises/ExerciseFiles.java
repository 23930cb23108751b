package lab.backprop.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds exercise files ({@code *.yaml}, {@code *.yml}, {@code *.json}, not in subfolders), sorted by
 * name, in a folder: an instructor's own on disk, or the built-in {@code content/exercises/} (which
 * {@code content.ContentRoot} finds inside the jar).
 */
public final class ExerciseFiles {
    private ExerciseFiles() {
    }

    /** The exercise files directly in {@code dir}, read lazily; none when it does not exist. */
    public static List<SourceFile> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(ExerciseFiles::isExerciseFile).sorted()
                    .map(p -> new SourceFile(p.getFileName().toString(), () -> Files.readAllBytes(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isExerciseFile(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
