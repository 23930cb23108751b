package lab.backprop.hosting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a freshly started server ready for a class, over loopback and with the {@link Readiness} token,
 * in two parts. Before it says it is ready: the few pages a class opens first (which compiles the
 * templates) and the static files. Right after, on a background thread: the other pages into the page
 * cache and each hot path a class uses once (a lesson's form post as htmx sends it, a worksheet check,
 * the JSON step), then the posts among the hot paths again and again for a few seconds, for the JIT;
 * that part gives way whenever a class is asking for anything.
 */
public final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    /** How long nobody else must have asked for anything before the warm-up sends its next request. */
    public static final Duration QUIET = Duration.ofMillis(200);
    /** How long the warm-up waits for quiet, in all, before it leaves the warming to the class. */
    static final Duration MOST_WAITING = Duration.ofSeconds(60);

    /**
     * One request of the warm-up: a GET when {@code body} is null, else a POST of that body; with
     * {@code htmx}, sent as htmx sends a form (the widget fragment comes back instead of a redirect).
     */
    public record Call(String path, String contentType, String body, boolean htmx) {
        public static Call get(String path) {
            return new Call(path, null, null, false);
        }

        public static Call post(String path, String contentType, String body) {
            return new Call(path, contentType, body, false);
        }

        public static Call htmxPost(String path, String contentType, String body) {
            return new Call(path, contentType, body, true);
        }
    }

    private Warmup() {
    }

    /**
     * What is done before the server says it is ready: the first of {@code pages} alone (it initialises
     * the templates), then the other pages and each of {@code files} once, in parallel. Returns how
     * many requests were made; a failing request is logged, never fatal: the server is still usable,
     * only less warm.
     */
    public static int beforeReady(String baseUrl, String token, List<Call> pages, List<Call> files) {
        List<Call> rest = new ArrayList<>(files);
        if (!pages.isEmpty()) {
            send(baseUrl, token, pages.get(0));
            rest.addAll(0, pages.subList(1, pages.size()));
        }
        rest.parallelStream().forEach(c -> send(baseUrl, token, c));
        return pages.size() + files.size();
    }

    /**
     * What is done once the doors are open, on one background thread (returned, already started):
     * {@code calls} once each, in order (pages, so that they are in the page cache before most visitors
     * ask for them — a visitor who asks first gets the page rendered once, as the page cache always
     * does — and each hot path once), then the posts among {@code hotPaths} (the computing ones) over
     * and over until {@code budget} has been spent sending them, so that the JIT gets on with compiling
     * them before a class's first posts: it takes thousands of requests, which the first students'
     * handful cannot provide. Before each request it waits while {@code visited} says someone else has
     * asked for something in the last {@link #QUIET}: a class opening its first page at once gets the
     * CPU to itself (the burst warms what it uses), and the warm-up goes on in the pause that follows,
     * while students read. It stops at the first failure (the server stopping, say), and when it has
     * waited {@link #MOST_WAITING} in all: a class that busy is warming the server itself. {@code visited}
     * answers whether anyone else has asked for anything within the given time.
     */
    public static Thread afterReady(String baseUrl, String token, List<Call> calls, List<Call> hotPaths,
                                    Duration budget, Predicate<Duration> visited) {
        return afterReady(baseUrl, token, calls, hotPaths, budget, visited, MOST_WAITING);
    }

    static Thread afterReady(String baseUrl, String token, List<Call> calls, List<Call> hotPaths, Duration budget,
                             Predicate<Duration> visited, Duration mostWaiting) {
        Thread thread = new Thread(() -> {
            Pacing pacing = new Pacing(visited, mostWaiting);
            long t0 = System.nanoTime();
            for (Call c : calls) {
                if (!pacing.awaitQuiet() || !send(baseUrl, token, c)) {
                    return;
                }
            }
            long t1 = System.nanoTime();
            LOG.info("Warm-up: {} more pages and hot paths in {} ms", calls.size(), (t1 - t0) / 1_000_000);
            List<Call> posts = hotPaths.stream().filter(c -> c.body() != null).toList();
            long sending = 0;
            int requests = 0;
            while (sending < budget.toNanos() && !posts.isEmpty()) {
                for (Call c : posts) {
                    if (!pacing.awaitQuiet()) {
                        return;
                    }
                    long sent = System.nanoTime();
                    if (!send(baseUrl, token, c)) {
                        return;
                    }
                    sending += System.nanoTime() - sent;
                    requests++;
                }
            }
            LOG.info("Warmed the hot paths with {} requests in {} ms", requests, (System.nanoTime() - t1) / 1_000_000);
        }, "warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The after-ready warm-up's waiting for quiet, and how long it has waited so far. */
    private static final class Pacing {
        private final Predicate<Duration> visited;
        private final Duration mostWaiting;
        private long waited;

        Pacing(Predicate<Duration> visited, Duration mostWaiting) {
            this.visited = visited;
            this.mostWaiting = mostWaiting;
        }

        /** Waits until nobody else has asked for anything for {@link #QUIET}; false when it gave up. */
        boolean awaitQuiet() {
            long start = System.nanoTime();
            try {
                while (visited.test(QUIET)) {
                    if (waited + System.nanoTime() - start > mostWaiting.toNanos()) {
                        LOG.info("Warm-up: left to the class, which has kept the server busy for {} ms",
                                mostWaiting.toMillis());
                        return false;
                    }
                    Thread.sleep(QUIET.toMillis() / 4);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                waited += System.nanoTime() - start;
            }
            return true;
        }
    }

    /**
     * One request with the JDK's plain {@code HttpURLConnection} (keep-alive, pooled per host): unlike
     * {@code java.net.http.HttpClient} it starts no selector threads and does not load the default TLS
     * context with its trust store, which cost a fresh server a few hundred ms before its first page.
     */
    private static boolean send(String baseUrl, String token, Call c) {
        try {
            HttpURLConnection http = (HttpURLConnection) new URL(baseUrl + c.path()).openConnection();
            http.setConnectTimeout(5_000);
            http.setReadTimeout(10_000);
            http.setInstanceFollowRedirects(false); // a form post answers 303, as it would to a browser
            http.setRequestProperty(Readiness.HEADER, token);
            http.setRequestProperty("Accept-Encoding", "gzip");
            if (c.htmx()) {
                http.setRequestProperty("HX-Request", "true");
            }
            if (c.body() != null) {
                byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
                http.setRequestMethod("POST");
                http.setDoOutput(true);
                http.setFixedLengthStreamingMode(body.length);
                http.setRequestProperty("Content-Type", c.contentType());
                try (OutputStream out = http.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = http.getResponseCode();
            try (InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
                if (in != null) {
                    in.transferTo(OutputStream.nullOutputStream()); // read to the end: the connection is reused
                }
            }
            if (status >= 500) {
                LOG.warn("Warm-up: {} answered {}", c.path(), status);
            }
            return status < 500; // a 4xx was still handled: the code it warms has run
        } catch (IOException e) {
            LOG.warn("Warm-up: {} failed: {}", c.path(), e.toString());
            return false;
        }
    }
}
