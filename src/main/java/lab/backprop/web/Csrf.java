package lab.backprop.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery tokens for the forms that change stored data (hand-in, instructor
 * login): a random token in an HttpOnly, SameSite=Strict cookie that the form repeats in a hidden
 * {@code csrf} field; a post whose field does not equal its cookie is refused with 403. (Another site
 * can make a browser post, but it can neither read the cookie nor set it.) Signed-in instructor forms
 * use their session's own token the same way.
 */
public final class Csrf {
    public static final String COOKIE = "bl-csrf";
    public static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** A new random token. */
    public static String fresh() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The browser's token for a form on this page, set in a cookie when it has none. */
    public static String token(Context ctx) {
        String current = ctx.cookie(COOKIE);
        if (current != null && current.length() == 32) {
            return current;
        }
        String token = fresh();
        ctx.cookie(cookie(ctx, COOKIE, token, -1));
        return token;
    }

    /** Refuses the post (403) unless its csrf field equals the browser's cookie. */
    public static void check(Context ctx) {
        check(ctx, ctx.cookie(COOKIE));
    }

    /** Refuses the post (403) unless its csrf field equals {@code expected}. */
    public static void check(Context ctx, String expected) {
        String given = ctx.formParam(FIELD);
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("this form has expired or did not come from this site; "
                    + "reload the page and send it again");
        }
    }

    /** An HttpOnly, SameSite=Strict cookie for this app's path, Secure when the request came over HTTPS. */
    public static Cookie cookie(Context ctx, String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value, ctx.contextPath().isEmpty() ? "/" : ctx.contextPath(), maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(ctx.scheme().equals("https") || "https".equals(ctx.header("X-Forwarded-Proto")));
        return cookie;
    }
}
