package lab.backprop.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds exercise files ({@code *.yaml}, {@code *.yml}, {@code *.json}, not in subfolders), sorted by
 * name: in a folder on disk (an instructor's own content) or on the classpath, where they travel
 * inside the jar under {@code content/exercises/}.
 */
public final class ExerciseFiles {
    /** The classpath folder of the exercises shipped with the app. */
    public static final String BUILT_IN = "content/exercises";

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

    /** The exercise files in classpath folder {@code folder}, whether on disk or inside a jar. */
    public static List<SourceFile> fromClasspath(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            return switch (url.getProtocol()) {
                case "file" -> fromDirectory(Path.of(uri));
                case "jar" -> fromJar(uri, folder);
                default -> throw new IllegalStateException("cannot list exercise files at " + url);
            };
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list exercise files at " + url, e);
        }
    }

    /** Reads every file while the jar is open, so the list outlives it. */
    private static List<SourceFile> fromJar(URI uri, String folder) {
        FileSystem fs;
        boolean opened;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
            opened = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + uri, e);
        }
        try {
            List<SourceFile> files = new ArrayList<>();
            for (SourceFile f : fromDirectory(fs.getPath("/" + folder))) {
                try {
                    files.add(SourceFile.of(f.name(), f.content().read()));
                } catch (IOException e) {
                    String reason = e.toString();
                    files.add(new SourceFile(f.name(), () -> {
                        throw new IOException(reason);
                    }));
                }
            }
            return files;
        } finally {
            if (opened) {
                try {
                    fs.close();
                } catch (IOException ignored) {
                    // nothing is left to read from it
                }
            }
        }
    }

    private static boolean isExerciseFile(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }
}
