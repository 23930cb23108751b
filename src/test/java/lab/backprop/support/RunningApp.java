package lab.backprop.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import lab.backprop.BackpropLab;
import lab.backprop.config.Settings;
import lab.backprop.problem.Json;
import lab.backprop.problem.Limits;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;

/** The real app on a free loopback port, and a small HTTP client for it. Close it when done. */
public final class RunningApp implements AutoCloseable {
    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    private RunningApp(Javalin app) {
        this.app = app;
    }

    public static RunningApp start() {
        return start(Settings.forTests());
    }

    public static RunningApp start(Settings settings) {
        return new RunningApp(BackpropLab.create(settings).start());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public int port() {
        return app.port();
    }

    /** Requests the server has begun and not yet answered (Jetty's request statistics, which the hosting keeps). */
    public int requestsInProgress() {
        return app.jettyServer().server().getDescendant(StatisticsHandler.class).getRequestsActive();
    }

    /** An answer's body as it was before the server gzipped it. */
    public static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The listen queue the running server asked the kernel for (Jetty's accept queue size). */
    public int acceptQueueSize() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getAcceptQueueSize();
    }

    /** True once a stop has begun and until it is over, as while it waits for requests in progress. */
    public boolean isStopping() {
        return app.jettyServer().server().isStopping();
    }

    /**
     * Sends {@code GET target} exactly as written (no client-side normalizing of ../ or %2e) over a raw
     * socket and returns the whole response text, status line and headers included.
     */
    public String rawGet(String target) {
        return exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /**
     * A POST that declares a body one byte over the limit and sends only its first byte: the server
     * must answer from the declared length alone. A raw socket reads that early answer however soon it
     * comes, where an HTTP client still sending the body may race it and fail.
     */
    public Reply postDeclaredTooLarge(String path, String contentType) {
        return parse(exchange("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + (Limits.MAX_BODY_BYTES + 1) + "\r\nConnection: close\r\n\r\n{"));
    }

    /**
     * A chunked POST (no declared length) one byte over the limit: the server reads up to the limit and
     * answers 413, perhaps closing before the last chunk is written, which this tolerates.
     */
    public Reply postChunkedTooLarge(String path, String contentType) {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = " ".repeat(8192).getBytes(StandardCharsets.ISO_8859_1);
            try {
                for (int sent = 0; sent <= Limits.MAX_BODY_BYTES; sent += chunk.length) {
                    out.write(("2000\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedEarly) {
                // The server answered before reading everything; its answer is still there to read.
            }
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A raw HTTP/1.1 response (not chunked) as a Reply. */
    private static Reply parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String[] head = response.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int n = 1; n < head.length; n++) {
            String[] kv = head[n].split(":", 2);
            headers.computeIfAbsent(kv[0].trim(), k -> new ArrayList<>()).add(kv[1].trim());
        }
        return new Reply(Integer.parseInt(head[0].split(" ")[1]), response.substring(end + 4),
                HttpHeaders.of(headers, (k, v) -> true));
    }

    private String exchange(String request) {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: status, headers and body text. */
    public record Reply(int status, String body, HttpHeaders headers) {
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    public Reply postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    public Reply post(String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
