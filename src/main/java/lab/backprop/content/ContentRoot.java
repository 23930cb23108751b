package lab.backprop.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the built-in {@code content/} folder: inside the jar when the app runs from one, or on disk
 * (target/classes) when it runs from the build. Loaders read it through the same {@link Path} API as an
 * instructor's own folder.
 */
public final class ContentRoot {
    private ContentRoot() {
    }

    /** The built-in content folder, which holds lessons/ and exercises/. */
    public static Path builtIn() {
        return in(ContentRoot.class.getClassLoader());
    }

    /**
     * The {@code content/} folder on the classpath of {@code loader}. Inside a jar, the jar's file system
     * stays open for the life of the app, so files can be read whenever they are needed.
     */
    static Path in(ClassLoader loader) {
        URL url = loader.getResource("content/lessons");
        if (url == null) {
            throw new IllegalStateException("the built-in content/ folder is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/content");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the built-in content: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
