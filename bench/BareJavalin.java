import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import lab.backprop.hosting.HtmlSafeJson;
import lab.backprop.problem.Json;
import lab.backprop.problem.ProblemReader;
import lab.backprop.worked.StepView;

/**
 * The references for GET /health and POST /api/backprop: a bare Javalin 7 app with nothing else (no
 * security headers, access log, rate limit, compute gate or templates). /health gives the same JSON
 * answer as the app; POST /api/backprop reads the body and answers the hand-worked 2-2-2 step
 * (bench/backprop-2-2-2.json), computed once at start-up with the app's own classes: the same bytes
 * in and out as the app's step, without the step, so it is what HTTP alone costs at that size. Run it
 * on the app's own classpath, from the repository's root:
 * {@code java -cp target/backprop-lab.jar bench/BareJavalin.java PORT}; it prints "listening" when up.
 */
public class BareJavalin {
    public static void main(String[] args) throws Exception {
        // The app answers through this mapper (BackpropLab's jsonMapper), so these are its bytes by construction.
        byte[] step = HtmlSafeJson.of(Json.mapper()).writeValueAsBytes(StepView.of(ProblemReader.read(
                Json.mapper().readTree(Files.readAllBytes(Path.of("bench/backprop-2-2-2.json")))).step()));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.post("/api/backprop", ctx -> {
                ctx.bodyAsBytes();
                ctx.contentType("application/json").result(step);
            });
        }).start("127.0.0.1", Integer.parseInt(args[0]));
        System.out.println("listening on " + app.port());
    }
}
