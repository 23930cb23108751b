import io.javalin.Javalin;
import java.util.Map;

/**
 * The reference for GET /health: a bare Javalin 7 app with the same JSON answer and nothing else (no
 * security headers, access log, rate limit or templates). Run it on the app's own classpath:
 * {@code java -cp target/backprop-lab.jar bench/BareJavalin.java PORT}; it prints "listening" when up.
 */
public class BareJavalin {
    public static void main(String[] args) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        }).start("127.0.0.1", Integer.parseInt(args[0]));
        System.out.println("listening on " + app.port());
    }
}
