package lab.backprop.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * An answer kept in memory and sent as it is to everyone who asks: its bytes, the same gzip-compressed
 * once (null where gzip would not make it smaller by a tenth, as for fonts that are compressed
 * already), and a strong ETag. The {@link PageCache} sends its pages with {@link #send}; {@link Assets}
 * sends its files through Jetty with the same {@link #isNamedIn} and {@link #gzipFor}.
 */
record Stored(byte[] body, byte[] gzip, String etag) {
    static Stored of(byte[] body) {
        byte[] gzip = gzip(body);
        return new Stored(body, gzip.length < body.length * 0.9 ? gzip : null, "\"" + hash(body) + "\"");
    }

    /**
     * Answers {@code ctx} with this: 304 without a body when the browser's {@code If-None-Match} names it,
     * else the gzip when the browser accepts it and there is one, else the bytes. The caller has set the
     * headers that depend on the kind of answer (Cache-Control, Vary).
     */
    void send(Context ctx, String contentType) {
        ctx.header("ETag", etag);
        if (isNamedIn(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType);
        ctx.disableCompression(); // compressed once already, or not worth compressing
        byte[] sent = body;
        if (gzipFor(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            sent = gzip;
        }
        ctx.header("Content-Length", Integer.toString(sent.length));
        ctx.result(sent);
    }

    /** Whether a request's {@code If-None-Match} names this (the browser has it already: 304). */
    boolean isNamedIn(String ifNoneMatch) {
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

    /** Whether to send the gzip to a request with this {@code Accept-Encoding}. */
    boolean gzipFor(String acceptEncoding) {
        return gzip != null && acceptEncoding != null && acceptEncoding.contains("gzip");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
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
