package lab.backprop.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Pages that are the same for every visitor of a language — a lesson as it starts, the home page, an
 * authored worksheet — rendered once and then served like a static file: from memory, gzip-compressed
 * once, with an ETag and Last-Modified so a browser's revalidation is a 304 without a body. The
 * content is loaded once at start-up and never changes while the server runs, so nothing expires.
 * A class of students opening the same lesson at once costs one render, not one per student.
 */
public final class PageCache {
    /** One rendered page: its bytes, the same gzip-compressed, and its strong ETag. */
    private record Page(byte[] body, byte[] gzip, String etag) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.now().atOffset(ZoneOffset.UTC).withNano(0));

    /**
     * Answers {@code ctx} with the page stored under {@code key} (which must name everything the page
     * depends on, such as its path and language), rendering it with {@code render} the first time. The
     * first visitors of a page wait for its one render rather than rendering it too.
     */
    public void serve(Context ctx, String key, Supplier<String> render) {
        Page page = pages.computeIfAbsent(key, k -> page(render.get()));
        ctx.header("ETag", page.etag());
        ctx.header("Last-Modified", lastModified);
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Accept-Encoding, Accept-Language, Cookie");
        if (matches(ctx.header("If-None-Match"), page.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType("text/html; charset=utf-8");
        String accepted = ctx.header("Accept-Encoding");
        if (accepted != null && accepted.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(page.gzip());
        } else {
            ctx.result(page.body());
        }
    }

    /** How many pages are stored. */
    public int size() {
        return pages.size();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static Page page(String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return new Page(body, gzip(body), "\"" + hash(body) + "\"");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
