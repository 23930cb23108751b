package lab.backprop.hosting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a freshly started server ready for a class before it says so: it requests, over loopback and
 * with the {@link Readiness} token, every page a class opens first (each lesson in each language, so
 * that the page cache holds them and the templates are compiled) and then, for a bounded time, the
 * hot paths a class uses (a lesson's form post, a worksheet check, the JSON step, the static files),
 * so that the JIT has compiled them when the students arrive.
 */
public final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    /** One request of the warm-up: a GET when {@code body} is null, else a POST of that body. */
    public record Call(String path, String contentType, String body) {
        public static Call get(String path) {
            return new Call(path, null, null);
        }

        public static Call post(String path, String contentType, String body) {
            return new Call(path, contentType, body);
        }
    }

    private Warmup() {
    }

    /**
     * Requests every one of {@code pages} once, then repeats {@code hotPaths} until {@code budget} has
     * passed (at least once each). Returns how many requests were made; a failing request is logged,
     * never fatal: the server is still usable, only less warm.
     */
    public static int run(String baseUrl, String token, List<Call> pages, List<Call> hotPaths, Duration budget) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + budget.toNanos();
        int count = 0;
        if (!pages.isEmpty()) {
            send(client, baseUrl, token, pages.get(0)); // the first render initialises the templates alone
            pages.subList(1, pages.size()).parallelStream().forEach(c -> send(client, baseUrl, token, c));
            count += pages.size();
        }
        do {
            for (Call c : hotPaths) {
                send(client, baseUrl, token, c);
                count++;
            }
        } while (System.nanoTime() < end);
        return count;
    }

    private static void send(HttpClient client, String baseUrl, String token, Call c) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + c.path()))
                .timeout(Duration.ofSeconds(10)).header(Readiness.HEADER, token).header("Accept-Encoding", "gzip");
        if (c.body() != null) {
            request.header("Content-Type", c.contentType()).POST(HttpRequest.BodyPublishers.ofString(c.body()));
        }
        try {
            HttpResponse<Void> r = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() >= 500) {
                LOG.warn("Warm-up: {} answered {}", c.path(), r.statusCode());
            }
        } catch (IOException e) {
            LOG.warn("Warm-up: {} failed: {}", c.path(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
