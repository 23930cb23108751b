package lab.backprop.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: a JSON body {"error": "..."} with a 4xx status for
 * anything the client can fix, and a 500 without a stack trace for anything else (which is logged).
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    public static void register(JavalinConfig config) {
        config.routes.exception(InvalidRequest.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(),
                e.getStatus() == 413 ? JsonBody.tooLarge().getMessage() : e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error; the server logged it");
        });
    }

    private static void answer(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }
}
