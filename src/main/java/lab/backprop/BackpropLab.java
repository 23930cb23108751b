package lab.backprop;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import lab.backprop.api.ActivationHandler;
import lab.backprop.api.BackpropHandler;
import lab.backprop.api.CheckHandler;
import lab.backprop.api.DeltaRuleHandler;
import lab.backprop.api.ErrorMapper;
import lab.backprop.api.ExercisesApi;
import lab.backprop.problem.Json;
import lab.backprop.problem.Limits;
import lab.backprop.config.CommandLine;
import lab.backprop.config.Settings;
import lab.backprop.exercises.ExerciseCatalog;
import lab.backprop.exercises.ExerciseLoader;
import lab.backprop.lessons.ContentRoot;
import lab.backprop.lessons.LessonCatalog;
import lab.backprop.lessons.LessonLoader;
import lab.backprop.web.ExercisePages;
import lab.backprop.web.Messages;
import lab.backprop.web.Pages;
import lab.backprop.web.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the web app (tests call {@link #create} too) and runs it from the command line. */
public final class BackpropLab {
    private static final Logger LOG = LoggerFactory.getLogger(BackpropLab.class);

    private BackpropLab() {
    }

    /** The app for these settings, configured but not started. Content is loaded and validated here. */
    public static Javalin create(Settings settings) {
        LessonLoader.Result lessons = new LessonLoader().load(ContentRoot.builtIn());
        lessons.problems().forEach(p -> LOG.warn("Skipped a lesson: {}", p));
        Pages pages = new Pages(new LessonCatalog(lessons.lessons()));
        Templates templates = new Templates(new Messages());

        ExerciseCatalog exerciseCatalog = ExerciseLoader.builtIn();
        ExercisesApi exercises = new ExercisesApi(exerciseCatalog);
        ExercisePages exercisePages = new ExercisePages(exerciseCatalog, pages);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.fileRenderer(templates);
            config.http.maxRequestSize = Limits.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            ErrorMapper.register(config, pages::error);

            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.post("/api/backprop", new BackpropHandler());
            config.routes.post("/api/delta-rule", new DeltaRuleHandler());
            config.routes.get("/api/activation", new ActivationHandler());
            pages.register(config);
            exercisePages.register(config);
            config.routes.post("/api/check", new CheckHandler());
            config.routes.get("/api/exercises", exercises::list);
            config.routes.get("/api/exercises/random", exercises::random); // before {id}, which would match too
            config.routes.get("/api/exercises/{id}", exercises::one);
        });
    }

    public static void main(String[] args) {
        CommandLine.Parsed parsed = CommandLine.parse(args, System.getenv());
        if (parsed.exitCode() != null) {
            (parsed.exitCode() == 0 ? System.out : System.err).println(parsed.message());
            System.exit(parsed.exitCode());
        }
        Javalin app = create(parsed.settings()).start();
        System.out.println("Backprop Lab is running: open http://" + displayHost(parsed.settings().host())
                + ":" + app.port() + "/");
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    }
}
