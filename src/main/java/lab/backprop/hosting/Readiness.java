package lab.backprop.hosting;

import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.eclipse.jetty.server.Request;

/**
 * Whether the server is ready for a class. Until it is, every request is answered 503 with
 * Retry-After — except the server's own warm-up requests, which carry a secret token — so the first
 * HTTP 200 a visitor (or a monitoring check of /health) ever gets comes from a server whose templates
 * are compiled and whose static files are loaded; its hot paths run within the next second, before a
 * class posts (see {@link Warmup}).
 */
public final class Readiness {
    /** The header that carries the warm-up token. */
    public static final String HEADER = "X-Backprop-Lab-Warmup";

    private final String token = HexFormat.of().formatHex(SecureRandom.getSeed(16));
    private volatile boolean ready;
    /** When a request that was not the warm-up's last came in (System.nanoTime()). */
    private volatile long lastVisit = System.nanoTime() - Long.MAX_VALUE / 2;

    private Readiness(boolean ready) {
        this.ready = ready;
    }

    /** Ready from the start (an app that is not warmed up, as the tests build it). */
    public static Readiness open() {
        return new Readiness(true);
    }

    /** Not ready until {@link #ready()} is called. */
    public static Readiness closed() {
        return new Readiness(false);
    }

    /** From now on every request is served. */
    public void ready() {
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    /** The secret that lets the warm-up requests through before the server is ready. */
    public String token() {
        return token;
    }

    /** Whether this is one of the server's own warm-up requests. */
    boolean isWarmup(Context ctx) {
        return isWarmup(ctx.header(HEADER));
    }

    /** The same, for Jetty's side of a request (the access log). */
    boolean isWarmup(Request request) {
        return isWarmup(request.getHeaders().get(HEADER));
    }

    /** Whether a request's warm-up header carries the token. */
    private boolean isWarmup(String warmupHeader) {
        return token.equals(warmupHeader);
    }

    /**
     * For a handler in front of Javalin (the static files): whether to serve this request, as
     * {@link #guard} would let it through.
     */
    public boolean admits(Request request) {
        return admits(request.getHeaders().get(HEADER));
    }

    /**
     * The one decision of both entry points, given the request's warm-up header: the warm-up always
     * passes; anyone else passes once the server is ready, and that is noted as a visit.
     */
    private boolean admits(String warmupHeader) {
        if (isWarmup(warmupHeader)) {
            return true;
        }
        if (ready) {
            lastVisit = System.nanoTime();
        }
        return ready;
    }

    /**
     * Whether anyone but the warm-up has asked for anything within {@code quiet}: the warm-up that goes
     * on after the server is ready waits while a class is arriving, rather than take its CPU.
     */
    public boolean visitedWithin(Duration quiet) {
        return System.nanoTime() - lastVisit < quiet.toNanos();
    }

    /** A before-handler: refuses a request with 503 while the server is not ready. */
    void guard(Context ctx) {
        if (!admits(ctx.header(HEADER))) {
            ctx.header("Retry-After", "1");
            throw new ServiceUnavailableResponse("the server is getting ready for the class; try again in a moment");
        }
    }
}
