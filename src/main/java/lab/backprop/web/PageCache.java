package lab.backprop.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Pages that are the same for every visitor of a language — a lesson as it starts, the home page, an
 * authored worksheet — rendered once and then served like a static file: from memory, gzip-compressed
 * once, with an ETag and Last-Modified so a browser's revalidation is a 304 without a body. The
 * content is loaded once at start-up and never changes while the server runs, so nothing expires.
 * A class of students opening the same lesson at once costs one render, not one per student.
 */
public final class PageCache {
    private final Map<String, Stored> pages = new ConcurrentHashMap<>();
    private final String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.now().atOffset(ZoneOffset.UTC).withNano(0));

    /**
     * Answers {@code ctx} with the page stored under {@code key} (which must name everything the page
     * depends on, such as its path and language), rendering it with {@code render} the first time. The
     * first visitors of a page wait for its one render rather than rendering it too.
     */
    public void serve(Context ctx, String key, Supplier<String> render) {
        Stored page = pages.computeIfAbsent(key, k -> Stored.of(render.get().getBytes(StandardCharsets.UTF_8)));
        ctx.header("Last-Modified", lastModified);
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Accept-Encoding, Accept-Language, Cookie");
        page.send(ctx, "text/html; charset=utf-8");
    }

    /** How many pages are stored. */
    public int size() {
        return pages.size();
    }
}
