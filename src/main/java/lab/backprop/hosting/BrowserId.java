package lab.backprop.hosting;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser's own name for the rate limit: an unguessable id in a cookie, signed with a key that only
 * this server process knows, so a class behind one school address gets one bucket per browser instead
 * of one for all. It identifies a browser, not a person: it holds nothing but that id, lives for the
 * browser session, and is never logged. A forged or stale cookie counts as none.
 *
 * <p>The id is the HMAC of a counter under a second key of this process: as unpredictable as a random
 * one and never repeated, without asking the JDK's {@link SecureRandom} on every first page. That one
 * is shared by the whole JVM behind one lock, and 300 first pages at once queued on it for up to 140
 * ms (docs/PERFORMANCE.md, tenth sitting). Each server thread keeps its own two {@link Mac}s.
 */
final class BrowserId {
    static final String COOKIE = "bl-browser";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final int ID_BYTES = 16;

    private final AtomicLong issued = new AtomicLong();
    private final ThreadLocal<Mac> ids;
    private final ThreadLocal<Mac> signatures;

    BrowserId() {
        SecureRandom random = new SecureRandom();
        SecretKeySpec idKey = key(random);
        SecretKeySpec signKey = key(random);
        ids = ThreadLocal.withInitial(() -> mac(idKey));
        signatures = ThreadLocal.withInitial(() -> mac(signKey));
    }

    /** The browser's verified id, or null when it sent no valid cookie. */
    String of(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null || value.length() > 100) {
            return null;
        }
        int dot = value.indexOf('.');
        if (dot < 1) {
            return null;
        }
        String id = value.substring(0, dot);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, sign(id).getBytes(StandardCharsets.US_ASCII)) ? id : null;
    }

    /** A before-handler for pages: gives a browser without a valid cookie a new one. */
    void issue(Context ctx) {
        if (of(ctx) != null) {
            return;
        }
        byte[] counted = ids.get().doFinal(ByteBuffer.allocate(Long.BYTES).putLong(issued.incrementAndGet()).array());
        String id = B64.encodeToString(Arrays.copyOf(counted, ID_BYTES));
        Cookie cookie = new Cookie(COOKIE, id + "." + sign(id), ctx.contextPath().isEmpty() ? "/" : ctx.contextPath(), -1);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(ctx.scheme().equals("https") || "https".equals(ctx.header("X-Forwarded-Proto")));
        ctx.cookie(cookie);
    }

    private String sign(String id) {
        return B64.encodeToString(signatures.get().doFinal(id.getBytes(StandardCharsets.US_ASCII))).substring(0, 22);
    }

    private static SecretKeySpec key(SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
