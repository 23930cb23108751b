package lab.backprop.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The static files: the app's own ({@code web/}, under {@code /static/}) and the WebJars' (KaTeX, uPlot,
 * htmx, under {@code /webjars/}). Which files there are is listed once, at start-up, from the classpath;
 * a request names one of them exactly or gets a 404, and nothing is ever resolved against a folder, so
 * no {@code ..}, encoded or not, can reach a file outside. A file is read, gzip-compressed and hashed the
 * first time it is asked for (the warm-up asks for those every page loads), then sent from memory like
 * the {@link PageCache}'s pages, with a strong ETag and 304s, by a Jetty handler in front of Javalin.
 * Range requests get the whole file (browsers ask for scripts, styles and fonts whole).
 *
 * <p>Javalin's static-file handler did this job before, behind the servlet layer and the router: it
 * resolved every request against the jar's file system and checked it for aliases, and a class's
 * first burst of 2,700 requests (300 students, a page and eight files each) spent its first seconds
 * in that code before the JIT had compiled it (docs/PERFORMANCE.md, sixth sitting).
 */
public final class Assets {
    /** A folder of the classpath served under a path, and how long a browser may keep its files. */
    private record Folder(String hostedPath, String resources, String cacheControl) {
    }

    private static final List<Folder> FOLDERS = List.of(
            new Folder("/static/", "web/", "max-age=0"),
            // A WebJar's URL carries its version, so the file under it never changes.
            new Folder("/webjars/", "META-INF/resources/webjars/", "max-age=31622400"));

    /** A file that exists: its name on the classpath, its folder and its media type. */
    private record Listed(String resource, Folder folder, String contentType) {
    }

    private final ClassLoader loader;
    private final Map<String, Listed> files;
    private final Map<String, Stored> loaded = new ConcurrentHashMap<>();

    private Assets(ClassLoader loader, Map<String, Listed> files) {
        this.loader = loader;
        this.files = files;
    }

    /** The files on this app's classpath; fails when a folder has none (a broken build). */
    public static Assets onClasspath() {
        ClassLoader loader = Assets.class.getClassLoader();
        Map<String, Listed> files = new HashMap<>();
        for (Folder folder : FOLDERS) {
            int before = files.size();
            for (String resource : list(loader, folder.resources())) {
                String path = folder.hostedPath() + resource.substring(folder.resources().length());
                String type = MimeTypes.DEFAULTS.getMimeByExtension(resource);
                // The first on the classpath wins, as with ClassLoader.getResource.
                files.putIfAbsent(path, new Listed(resource, folder, type == null ? "application/octet-stream" : type));
            }
            if (files.size() == before) {
                throw new IllegalStateException("no static files under " + folder.resources() + " on the classpath");
            }
        }
        return new Assets(loader, Map.copyOf(files));
    }

    /**
     * The Jetty handler that serves the files, ahead of Javalin and its servlet, for requests under
     * {@code basePath} that {@code admitted} lets through (the server is ready, or it is the warm-up's);
     * anything else, a file that does not exist included, goes on to Javalin (a 404 page, a 503 before
     * the server is ready). The answer is written without blocking the thread on a slow client.
     */
    public Handler.Wrapper handler(String basePath, Predicate<Request> admitted) {
        return new Handler.Wrapper() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String method = request.getMethod();
                String path = request.getHttpURI().getPath(); // as sent, still encoded
                Listed file = (method.equals("GET") || method.equals("HEAD")) && path != null
                        && path.startsWith(basePath) ? files.get(path.substring(basePath.length())) : null;
                if (file == null || !admitted.test(request)) {
                    return super.handle(request, response, callback);
                }
                send(file, request, response, callback);
                return true;
            }
        };
    }

    private void send(Listed file, Request request, Response response, Callback callback) {
        Stored stored = loaded.computeIfAbsent(file.resource(), r -> Stored.of(read(r)));
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CACHE_CONTROL, file.folder().cacheControl());
        headers.put(HttpHeader.VARY, "Accept-Encoding");
        headers.put(HttpHeader.ETAG, stored.etag());
        if (stored.isNamedIn(request.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            callback.succeeded();
            return;
        }
        headers.put(HttpHeader.CONTENT_TYPE, file.contentType());
        byte[] sent = stored.body();
        if (stored.gzipFor(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING))) {
            headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
            sent = stored.gzip();
        }
        headers.put(HttpHeader.CONTENT_LENGTH, sent.length);
        response.setStatus(HttpStatus.OK_200);
        response.write(true, request.getMethod().equals("HEAD") ? null : ByteBuffer.wrap(sent), callback);
    }

    private byte[] read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " was listed at start-up and is gone from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the files under {@code folder} in every jar and directory of the classpath. */
    private static List<String> list(ClassLoader loader, String folder) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false); // our own JarFile, closed below, not the class loader's
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(folder))
                                .map(JarEntry::getName).forEach(names::add);
                    }
                } else {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> walk = Files.walk(dir)) {
                        walk.filter(Files::isRegularFile)
                                .map(p -> folder + dir.relativize(p).toString().replace('\\', '/'))
                                .forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
