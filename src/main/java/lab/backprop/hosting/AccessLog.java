package lab.backprop.hosting;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status and milliseconds. Never the query string (it carries a
 * student's network), the body, cookies or the client's address. Rate-limit refusals are counted
 * by {@link ComputeGuard} instead, so a flood cannot drown the log.
 */
final class AccessLog implements RequestLogger {
    private static final Logger LOG = LoggerFactory.getLogger("access");

    @Override
    public void handle(Context ctx, Float millis) {
        int status = ctx.statusCode();
        if (status == 429) {
            return;
        }
        LOG.info("{} {} {} {} ms", ctx.method().name(), ctx.path(), status, Math.round(millis));
    }
}
