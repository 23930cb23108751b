package lab.backprop.hosting;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.RequestTimeoutResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.router.Endpoint;
import io.javalin.router.HandlerWrapper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import lab.backprop.problem.Limits;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the compute routes: every POST (/api/backprop, /api/delta-rule, /api/check, the lesson forms)
 * and every GET under /lessons/ whose link carries a network ({@code ?layers=}): a lesson page or the
 * download of its step. In order, cheapest first: the per-client rate limit (429 with Retry-After),
 * reading the body on the request's own thread (so a slow upload never holds a compute thread;
 * multipart bodies, which no form here sends, are refused with 415 since they cannot be read ahead),
 * then the handler runs on a thread of the {@link ComputeGate} (503 when the server is too busy), which
 * also writes the answer. Refusals go through the one error mapper like any other error.
 */
final class ComputeGuard implements HandlerWrapper {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeGuard.class);
    private static final long REPORT_EVERY_NANOS = 10_000_000_000L;

    private final RateLimiter limiter;
    private final RateLimiter ceiling;
    private final BrowserId browsers;
    private final ComputeGate gate;
    private final ComputeGate training;
    private final Readiness readiness;
    private final LongAdder refused = new LongAdder();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime());

    /**
     * {@code limiter} limits each client — a browser by its {@link BrowserId} cookie, anything without
     * one by its address — and {@code ceiling} every address as a whole, cookies or not; both null: no
     * rate limit. The server's own warm-up is not rate-limited. Training runs (up to seconds each) run
     * in {@code training}, never in the steps' {@code gate}, so students training in the lab cannot make
     * a class's steps wait.
     */
    ComputeGuard(RateLimiter limiter, RateLimiter ceiling, BrowserId browsers, ComputeGate gate, ComputeGate training,
                 Readiness readiness) {
        this.limiter = limiter;
        this.ceiling = ceiling;
        this.browsers = browsers;
        this.gate = gate;
        this.training = training;
        this.readiness = readiness;
    }

    /** The routes whose requests run a training (many epochs) rather than one step. */
    static boolean isTraining(String path) {
        return path.equals("/api/train") || path.equals("/lab");
    }

    @Override
    public Handler wrap(Endpoint endpoint) {
        Handler handler = endpoint.handler;
        if (endpoint.method.equals(HandlerType.POST)) {
            ComputeGate compute = isTraining(endpoint.path) ? training : gate;
            return ctx -> guarded(ctx, handler, compute);
        }
        if (endpoint.method.equals(HandlerType.GET) && endpoint.path.startsWith("/lessons/")) {
            return ctx -> {
                if (ctx.queryParam("layers") != null) {
                    guarded(ctx, handler, gate);
                } else {
                    handler.handle(ctx);
                }
            };
        }
        return handler;
    }

    private void guarded(Context ctx, Handler handler, ComputeGate gate) throws Exception {
        if (limiter != null && !readiness.isWarmup(ctx)) {
            String address = ClientAddress.of(ctx);
            String browser = browsers.of(ctx);
            // The address's ceiling is asked only for what the client's own bucket let through, so a
            // refused flood cannot use up the ceiling of the class that shares its address.
            long wait = limiter.acquire(browser != null ? "browser " + browser : address);
            if (wait == 0) {
                wait = ceiling.acquire(address);
            }
            if (wait > 0) {
                noteRefusal();
                ctx.header("Retry-After", Long.toString(wait));
                throw new Refusal(429, "too many requests from your " + (browser != null ? "browser" : "address")
                        + "; try again in " + wait + " s");
            }
        }
        if (ctx.isMultipartFormData()) {
            throw new UnsupportedMediaTypeResponse("multipart/form-data is not accepted here; send a form as "
                    + "application/x-www-form-urlencoded or data as application/json");
        }
        readBody(ctx);
        ctx.future(() -> gate.submit(() -> handler.handle(ctx))
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(refusedIfBusy(ctx, failure))));
    }

    private static Throwable refusedIfBusy(Context ctx, Throwable failure) {
        if (failure instanceof ComputeGate.Busy) {
            ctx.header("Retry-After", "1");
            return new Refusal(503, "the server is busy; try again in a moment");
        }
        return failure;
    }

    /**
     * Reads the whole body now. A declared length over the limit is a 413 at once, without waiting for
     * the body; Jetty refusing it (too slow: 408, malformed: 400) is the client's error.
     */
    private static void readBody(Context ctx) {
        if (ctx.contentLength() > Limits.MAX_BODY_BYTES) {
            throw new ContentTooLargeResponse("the request body is too large");
        }
        try {
            ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            if (e instanceof HttpException refused && refused.getCode() >= 400 && refused.getCode() < 500) {
                throw refused.getCode() == 408 ? new RequestTimeoutResponse("the request body arrived too slowly")
                        : new HttpResponseException(refused.getCode(), "the request body could not be read");
            }
            throw e;
        }
    }

    /** A 429 or 503 for the error mapper, without the cost of a stack trace (a flood makes many). */
    private static final class Refusal extends HttpResponseException {
        Refusal(int status, String message) {
            super(status, message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Refusals are not in the access log (a flood would drown it); a summary line every 10 s instead. */
    private void noteRefusal() {
        refused.increment();
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last >= REPORT_EVERY_NANOS && lastReport.compareAndSet(last, now)) {
            LOG.warn("Rate limit: refused {} compute requests (429) since the last count", refused.sumThenReset());
        }
    }
}
