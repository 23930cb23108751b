package lab.backprop.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import lab.backprop.problem.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: a 4xx status for anything the client can fix, and a
 * 500 without a stack trace for anything else (which is logged). API paths get a JSON body
 * {"error": "..."}; pages get an HTML page from the given {@link ErrorPage}.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    /** Renders an error as an HTML page. */
    @FunctionalInterface
    public interface ErrorPage {
        void render(Context ctx, int status, String message);
    }

    private static final String UNKNOWN_CHARSET = "the Content-Type names a charset this server does not know; use UTF-8";

    private final ErrorPage pages;

    private ErrorMapper(ErrorPage pages) {
        this.pages = pages;
    }

    public static void register(JavalinConfig config, ErrorPage pages) {
        ErrorMapper mapper = new ErrorMapper(pages);
        config.routes.exception(InvalidInput.class, (e, ctx) -> mapper.answer(ctx, 400, e.getMessage()));
        config.routes.exception(UnsupportedCharsetException.class, (e, ctx) -> mapper.answer(ctx, 400, UNKNOWN_CHARSET));
        config.routes.exception(IllegalCharsetNameException.class, (e, ctx) -> mapper.answer(ctx, 400, UNKNOWN_CHARSET));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> mapper.answer(ctx, e.getStatus(),
                switch (e.getStatus()) {
                    case 413 -> JsonBody.tooLarge().getMessage();
                    case 405 -> ctx.method() + " is not allowed on " + ctx.path();
                    default -> e.getMessage();
                }));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            mapper.answer(ctx, 500, "internal error; the server logged it");
        });
    }

    /** The JSON body of every API error; also a streamed run's {@code error} event. */
    static Map<String, String> body(String message) {
        return Map.of("error", message);
    }

    private void answer(Context ctx, int status, String message) {
        if (ctx.path().startsWith(ctx.contextPath() + "/api/")) {
            ctx.status(status).json(body(message));
        } else {
            pages.render(ctx, status, message);
        }
    }
}
