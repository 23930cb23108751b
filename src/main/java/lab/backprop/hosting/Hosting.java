package lab.backprop.hosting;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import lab.backprop.config.Settings;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What makes the app fit for a public server, applied to its configuration in one call: the base
 * path, security headers on every response, no server banner, timeouts, a graceful stop (Jetty's
 * request statistics count the requests in progress it waits for, and it logs how many), the access
 * log, and the guard on the compute routes (per-client rate limit and bounded compute).
 */
public final class Hosting {
    private static final Logger LOG = LoggerFactory.getLogger(Hosting.class);

    /** On stop (SIGTERM), requests in progress get this long to finish. */
    public static final long STOP_TIMEOUT_MILLIS = 10_000;
    /** A connection that sends or receives nothing for this long is closed. */
    public static final long IDLE_TIMEOUT_MILLIS = 30_000;
    /** A request body arriving slower than this is cut off (slow-upload attacks). */
    public static final long MIN_REQUEST_BYTES_PER_SECOND = 512;
    /** No per-connection header cache (see {@link #configure}). */
    static final int HEADER_CACHE_SIZE = 0;
    /**
     * The buffer Javalin copies each answer through into Jetty's output, allocated afresh for every
     * response. Left unset it is Jetty's whole output buffer, 32 KB: two fifths of what a step allocated,
     * three quarters of {@code /health}'s (docs/PERFORMANCE.md, thirteenth sitting). Most answers fit in
     * 8 KB; larger ones are copied in several pieces. It must stay above Javalin's 1,500-byte minimum
     * for compression, which it judges by the first piece.
     */
    public static final int RESPONSE_COPY_BYTES = 8 * 1024;
    /**
     * Connections the kernel holds for the server before it accepts them. Left at 0, Java asks for 50:
     * a class whose browsers open 300 or more connections within a second overflows that, the kernel
     * drops their SYNs, and each browser tries again after 1 s, then 3 s (docs/PERFORMANCE.md, fifth
     * sitting). Linux caps it at net.core.somaxconn (4096 on current kernels).
     */
    public static final int ACCEPT_QUEUE_SIZE = 4096;
    /**
     * Compute requests waiting for a compute thread beyond these are refused with 503. A step takes well
     * under a millisecond, so a burst of this many clears in a fraction of the wait: queue it, don't
     * refuse it.
     */
    static final int MAX_WAITING = 1024;
    static final long MAX_WAIT_MILLIS = 2_000;
    /**
     * Training runs take seconds, not microseconds: they have their own threads (one fewer than the cores,
     * so a core is always left for the class's steps) and a small waiting room.
     */
    static final int MAX_WAITING_TRAININGS = 8;
    /**
     * Every address may send this many times one client's rate limit, cookies or not: a class behind
     * one school address is one address of many browsers, each with its own bucket.
     */
    static final int ADDRESS_CEILING = 20;

    private Hosting() {
    }

    /** Applies all of it; until {@code readiness} is ready, requests other than the warm-up are refused. */
    public static void configure(JavalinConfig config, Settings settings, Readiness readiness) {
        config.router.contextPath = settings.basePath().isEmpty() ? "/" : settings.basePath();
        config.startup.showJavalinBanner = false;
        config.http.responseBufferSize = RESPONSE_COPY_BYTES;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
            http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            // Jetty's per-connection cache of header fields costs 96 KB of heap on every connection that
            // has sent a second request (a 1,024-entry trie): 30 MB for a class of 300, more when browsers
            // open several connections each. Parsing those few headers afresh costs next to nothing.
            http.setHeaderCacheSize(HEADER_CACHE_SIZE);
            http.addCustomizer(new SecurityHeaders());
        });
        StatisticsHandler requests = new StatisticsHandler();
        AccessLog accessLog = new AccessLog(readiness);
        config.jetty.modifyServer(server -> {
            // Javalin adds its connector after this runs and before the server starts.
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : server.getConnectors()) {
                        if (connector instanceof ServerConnector listening) {
                            listening.setAcceptQueueSize(ACCEPT_QUEUE_SIZE);
                        }
                    }
                }
            });
            server.setStopTimeout(STOP_TIMEOUT_MILLIS);
            server.setErrorHandler(new SecurityHeaders.ErrorPages());
            server.insertHandler(requests);
            server.setRequestLog(accessLog);
        });
        config.events.serverStopping(() -> LOG.info("Stopping: {} request(s) in progress get up to {} s to finish",
                requests.getRequestsActive(), STOP_TIMEOUT_MILLIS / 1000));
        config.events.serverStopped(accessLog::close);
        config.routes.before(readiness::guard);
        BrowserId browsers = new BrowserId();
        config.routes.before(ctx -> {
            if (ctx.method() == HandlerType.GET && isPage(ctx.path().substring(ctx.contextPath().length()))) {
                browsers.issue(ctx);
            }
        });
        int rate = settings.rateLimit();
        RateLimiter limiter = rate == 0 ? null : new RateLimiter(rate, burst(rate), System::nanoTime);
        RateLimiter ceiling = rate == 0 ? null
                : new RateLimiter(ADDRESS_CEILING * rate, burst(ADDRESS_CEILING * rate), System::nanoTime);
        // Two compute threads per core: a step's render waits on locks and GC at times, and a hand-in on
        // its database, so two per core keep every core busy (measured: 0 refused in the class run, where
        // one per core refused 37-68 steps).
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        ComputeGate gate = new ComputeGate("compute", 2 * cores, MAX_WAITING, MAX_WAIT_MILLIS);
        ComputeGate training = new ComputeGate("training", Math.max(1, cores - 1), MAX_WAITING_TRAININGS,
                MAX_WAIT_MILLIS);
        config.events.serverStopped(gate::close);
        config.events.serverStopped(training::close);
        config.router.handlerWrapper(new ComputeGuard(limiter, ceiling, browsers, gate, training, readiness));
    }

    /** The pages (not the API, static files or /health), where a browser gets its {@link BrowserId}. */
    static boolean isPage(String path) {
        return !(path.startsWith("/api/") || path.startsWith("/static/") || path.startsWith("/webjars/")
                || path.equals("/health"));
    }

    /** Five seconds' worth of requests may come at once after a quiet spell. */
    static int burst(int perSecond) {
        return (int) Math.min(Integer.MAX_VALUE, 5L * perSecond);
    }
}
