package lab.backprop;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.util.Map;
import lab.backprop.api.ActivationHandler;
import lab.backprop.api.BackpropHandler;
import lab.backprop.api.CheckHandler;
import lab.backprop.api.DeltaRuleHandler;
import lab.backprop.api.ErrorMapper;
import lab.backprop.api.ExercisesApi;
import lab.backprop.api.TrainHandler;
import lab.backprop.config.CommandLine;
import lab.backprop.config.Settings;
import lab.backprop.content.Content;
import lab.backprop.content.ContentCheck;
import lab.backprop.hosting.Hosting;
import lab.backprop.hosting.HtmlSafeJson;
import lab.backprop.hosting.Urls;
import lab.backprop.problem.Json;
import lab.backprop.problem.Limits;
import lab.backprop.web.Language;
import lab.backprop.web.Messages;
import lab.backprop.web.Site;
import lab.backprop.web.Templates;
import lab.backprop.web.exercises.ExercisePages;
import lab.backprop.web.lab.LabPages;
import lab.backprop.web.lessons.LessonPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the web app (tests call {@link #create} too) and runs it from the command line. */
public final class BackpropLab {
    private static final Logger LOG = LoggerFactory.getLogger(BackpropLab.class);

    private BackpropLab() {
    }

    /** The app for these settings, configured but not started. Content is loaded and validated here. */
    public static Javalin create(Settings settings) {
        Content content = Content.load(settings.content(), settings.basePath());
        content.errors().forEach(e -> LOG.error("Content: {}", e));
        content.warnings().forEach(w -> LOG.warn("Content: {}", w));
        LOG.info("Content: {}", content.summary());
        Site site = new Site(content.lessons());
        LessonPages lessonPages = new LessonPages(content.lessons(), site);
        Templates templates = new Templates(new Messages());

        ExercisesApi exercises = new ExercisesApi(content.exercises());
        ExercisePages exercisePages = new ExercisePages(content.exercises(), site);
        LabPages labPages = new LabPages(site);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(HtmlSafeJson.of(Json.mapper()), false));
            config.fileRenderer(templates);
            config.http.maxRequestSize = Limits.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            Hosting.configure(config, settings);
            config.appData(Language.DEFAULT_KEY, settings.defaultLang());
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            ErrorMapper.register(config, site::error);

            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.post("/api/backprop", new BackpropHandler());
            config.routes.post("/api/delta-rule", new DeltaRuleHandler());
            config.routes.post("/api/train", new TrainHandler());
            config.routes.get("/api/activation", new ActivationHandler());
            site.register(config);
            lessonPages.register(config);
            exercisePages.register(config);
            labPages.register(config);
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
        if (parsed.checkContent() != null) {
            System.exit(ContentCheck.run(parsed.checkContent(), System.out, System.err));
        }
        Settings settings = parsed.settings();
        Javalin app = create(settings);
        try {
            app.start();
        } catch (JavalinBindException e) {
            System.err.println("backprop-lab: cannot listen on " + settings.host() + ":" + settings.port()
                    + " (" + e.getMessage() + "); choose another --port or --host");
            System.exit(1);
        }
        // SIGTERM or Ctrl-C: stop taking connections and let requests in progress finish.
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "graceful-stop"));
        System.out.println(Urls.startupMessage(settings, app.port()));
    }
}
