import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import lab.backprop.hosting.HtmlSafeJson;
import lab.backprop.problem.Json;
import lab.backprop.problem.ProblemReader;
import lab.backprop.worked.StepView;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The references for GET /health and POST /api/backprop: a bare Javalin 7 app with nothing else (no
 * security headers, access log, rate limit, compute gate or templates). /health gives the same JSON
 * answer as the app; POST /api/backprop reads the body and answers the hand-worked 2-2-2 step
 * (bench/backprop-2-2-2.json), computed once at start-up with the app's own classes: the same bytes
 * in and out as the app's step, without the step, so it is what HTTP alone costs at that size.
 * POST /api/backprop/computed computes each step it is sent, on Jetty's own thread, with the app's own
 * reader, step, view and mapper and nothing around them (no body limit, compute gate, error mapping or
 * access log): the least a server on this stack can do to answer a step computed as the app does. Run it
 * on the app's own classpath, from the repository's root:
 * {@code java -cp target/backprop-lab.jar bench/BareJavalin.java PORT}; it prints "listening" when up.
 * {@code -Dbare.threads=N} gives Jetty a pool of N threads instead of Javalin's default.
 */
public class BareJavalin {
    public static void main(String[] args) throws Exception {
        // The app answers through this mapper (BackpropLab's jsonMapper), so these are its bytes by construction.
        ObjectMapper answers = HtmlSafeJson.of(Json.mapper());
        byte[] step = answers.writeValueAsBytes(StepView.of(ProblemReader.read(
                Json.mapper().readTree(Files.readAllBytes(Path.of("bench/backprop-2-2-2.json")))).step()));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            int threads = Integer.getInteger("bare.threads", 0);   // Javalin's own pool unless given
            if (threads > 0) {
                config.jetty.threadPool = new QueuedThreadPool(threads, threads);
            }
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.post("/api/backprop", ctx -> {
                ctx.bodyAsBytes();
                ctx.contentType("application/json").result(step);
            });
            config.routes.post("/api/backprop/computed", ctx -> ctx.contentType("application/json").result(
                    answers.writeValueAsBytes(StepView.of(ProblemReader.read(Json.mapper().readTree(ctx.bodyAsBytes())).step()))));
        }).start("127.0.0.1", Integer.parseInt(args[0]));
        System.out.println("listening on " + app.port());
    }
}
