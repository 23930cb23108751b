package lab.backprop;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import lab.backprop.api.ActivationHandler;
import lab.backprop.api.BackpropHandler;
import lab.backprop.api.CheckHandler;
import lab.backprop.api.DeltaRuleHandler;
import lab.backprop.api.ErrorMapper;
import lab.backprop.api.ExercisesApi;
import lab.backprop.api.TrainHandler;
import lab.backprop.config.CommandLine;
import lab.backprop.config.RecordsConfig;
import lab.backprop.config.Settings;
import lab.backprop.content.Content;
import lab.backprop.content.ContentCheck;
import lab.backprop.hosting.Hosting;
import lab.backprop.hosting.HtmlSafeJson;
import lab.backprop.hosting.Readiness;
import lab.backprop.hosting.Urls;
import lab.backprop.hosting.Warmup;
import lab.backprop.hosting.Warmup.Call;
import lab.backprop.problem.Json;
import lab.backprop.problem.Limits;
import lab.backprop.web.Assets;
import lab.backprop.web.Language;
import lab.backprop.web.Messages;
import lab.backprop.web.Site;
import lab.backprop.web.Templates;
import lab.backprop.web.WebJars;
import lab.backprop.web.exercises.ExercisePages;
import lab.backprop.web.instructor.InstructorPages;
import lab.backprop.web.lab.LabPages;
import lab.backprop.web.lessons.LessonPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the web app (tests call {@link #create} too) and runs it from the command line. */
public final class BackpropLab {
    private static final Logger LOG = LoggerFactory.getLogger(BackpropLab.class);

    /**
     * The gzip level of answers compressed as they are written, above all a posted step's widget (31 KB)
     * for every browser. Level 1, nginx's default, keeps that cheap: at Javalin's default of 6 a browser's
     * step (Accept-Encoding: gzip) cost about a quarter of the server's steps per second, for an answer of
     * 5.9 KB instead of 6.9 KB. Pages and static files are compressed once, by {@link Assets} and the
     * page cache, at gzip's default level. docs/PERFORMANCE.md, fifth sitting.
     */
    static final int GZIP_LEVEL = 1;
    /**
     * How long the hot paths are repeated in the background once the server is ready (time spent sending,
     * not waiting for a quiet moment): several hundred posts for the JIT (it needs thousands to finish),
     * yet over before a class that has just opened its first page posts much (docs/PERFORMANCE.md, third
     * sitting).
     */
    static final Duration HOT_PATHS_AFTER_READY = Duration.ofSeconds(4);

    private BackpropLab() {
    }

    /** The app for these settings, configured but not started, and ready at once (tests use this). */
    public static Javalin create(Settings settings) {
        return create(settings, loadContent(settings), Readiness.open());
    }

    /** Loads and validates the content, logging every error and warning. */
    static Content loadContent(Settings settings) {
        Content content = Content.load(settings.content(), settings.basePath());
        content.errors().forEach(e -> LOG.error("Content: {}", e));
        content.warnings().forEach(w -> LOG.warn("Content: {}", w));
        LOG.info("Content: {}", content.summary());
        return content;
    }

    /** The app for these settings and content, configured but not started, answering 503 until ready. */
    static Javalin create(Settings settings, Content content, Readiness readiness) {
        Templates templates = new Templates(new Messages());
        Site site = new Site(content.lessons(), templates);
        LessonPages lessonPages = new LessonPages(content.lessons(), content.exercises(), site);

        ExercisesApi exercises = new ExercisesApi(content.exercises());
        ClassRecords records = ClassRecords.open(settings.records());
        ExercisePages exercisePages = new ExercisePages(content.exercises(), site,
                records == null ? null : records.records());
        LabPages labPages = new LabPages(site);
        Assets assets = Assets.onClasspath();
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(HtmlSafeJson.of(Json.mapper()), false));
            config.fileRenderer(templates);
            config.http.maxRequestSize = Limits.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.http.compressionStrategy = new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            // Inserted before the hosting's handlers, so that the request statistics count the files too.
            config.jetty.modifyServer(server ->
                    server.insertHandler(assets.handler(settings.basePath(), readiness::admits)));
            Hosting.configure(config, settings, readiness);
            config.appData(Language.DEFAULT_KEY, settings.defaultLang());
            ErrorMapper.register(config, site::error);

            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.post("/api/backprop", new BackpropHandler());
            config.routes.post("/api/delta-rule", new DeltaRuleHandler());
            config.routes.post("/api/train", new TrainHandler());
            config.routes.get("/api/activation", new ActivationHandler());
            site.register(config);
            lessonPages.register(config);
            exercisePages.register(config);
            if (records != null) {
                new InstructorPages(records.records(), content.exercises(), settings.records().instructorPassword(),
                        site).register(config);
                config.events.serverStopped(records::close);
            }
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
        if (parsed.recordsCommand() != null) {
            System.exit(ClassRecords.run(parsed.recordsCommand(), parsed.settings().records(), System.out, System.err));
        }
        if (parsed.prepare()) {
            System.exit(prepare(parsed.settings()));
        }
        Settings settings = parsed.settings();
        Content content = loadContent(settings);
        Readiness readiness = Readiness.closed();
        Javalin app = create(settings, content, readiness);
        try {
            app.start();
        } catch (JavalinBindException e) {
            System.err.println("backprop-lab: cannot listen on " + settings.host() + ":" + settings.port()
                    + " (" + e.getMessage() + "); choose another --port or --host");
            System.exit(1);
        }
        warmUp(app, settings, content, readiness, HOT_PATHS_AFTER_READY);
        // SIGTERM or Ctrl-C: stop taking connections and let requests in progress finish.
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "graceful-stop"));
        System.out.println(Urls.startupMessage(settings, app.port()));
    }

    /**
     * The {@code prepare} command: the start of a server (content, app, warm-up) on a free loopback port,
     * then a stop. Under {@code -XX:ArchiveClassesAtExit} the JVM writes every class this loaded to an
     * archive that later starts map instead of loading. When the settings turn class records on, so
     * does this, but in an embedded database of its own in a temporary folder that is deleted
     * afterwards (the instructor's own records are never opened): the archive then holds their classes
     * too (H2, Flyway, HikariCP), and a start with records on is as quick. Without records the archive
     * stays without them: it is 13 MB smaller, and a start without records takes about 15 MB less memory.
     */
    static int prepare(Settings given) {
        long t0 = System.nanoTime();
        Path scratch = null;
        Settings settings = new Settings(Settings.DEFAULT_HOST, 0, given.content(), given.basePath(),
                given.defaultLang(), given.rateLimit());
        if (given.records().enabled()) {
            try {
                scratch = Files.createTempDirectory("backprop-lab-prepare");
            } catch (IOException e) {
                System.err.println("backprop-lab: prepare cannot make a temporary folder: " + e.getMessage());
                return 1;
            }
            settings = settings.withRecords(RecordsConfig.embedded(scratch, UUID.randomUUID().toString()));
            LOG.info("Prepare: class records on, in a temporary database of its own (yours is not opened)");
        }
        try {
            Content content = loadContent(settings);
            Readiness readiness = Readiness.closed();
            Javalin app = create(settings, content, readiness).start();
            try {
                warmUp(app, settings, content, readiness, HOT_PATHS_AFTER_READY).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                app.stop();
            }
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
        System.out.println("Prepared in " + (System.nanoTime() - t0) / 1_000_000 + " ms.");
        return 0;
    }

    /** Deletes a folder and all in it; what cannot be deleted is left, with a warning. */
    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.toString());
        }
    }

    /**
     * Gets the server ready for a class, over loopback: renders the home page and the first lesson in the
     * default language (which compiles the templates every page shares) and fetches the static files,
     * collects the heap once, then opens the doors. Then, on a background thread that it returns, it
     * renders the other lessons, runs each hot path once and renders the other languages' pages, and
     * repeats the hot paths' posts for {@code hotPathsAfterReady} ({@link #HOT_PATHS_AFTER_READY} when
     * run), each request only once nobody else has asked for anything for a moment (a class arriving has
     * the CPU to itself).
     */
    static Thread warmUp(Javalin app, Settings settings, Content content, Readiness readiness,
                         Duration hotPathsAfterReady) {
        long t0 = System.nanoTime();
        String host = settings.host().equals("0.0.0.0") || settings.host().equals("::") ? "127.0.0.1" : settings.host();
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + settings.basePath();
        int requests = Warmup.beforeReady(base, readiness.token(), WarmupPlan.firstPages(content, settings.defaultLang()),
                WarmupPlan.files(WebJars.locate()));
        // What the start leaves alive (the content, the rendered pages, the compressed files, the compiled
        // templates) is moved out of the young generation now, in one collection before the doors open,
        // instead of being copied by the class's first young collections while the students wait: those
        // took 20-40 ms each (docs/PERFORMANCE.md, ninth sitting).
        long collecting = System.nanoTime();
        System.gc();
        readiness.ready();
        LOG.info("Ready: {} warm-up requests in {} ms, the heap collected in {} ms", requests,
                (collecting - t0) / 1_000_000, (System.nanoTime() - collecting) / 1_000_000);
        List<Call> hotPaths = WarmupPlan.hotPaths(content);
        return Warmup.afterReady(base, readiness.token(), WarmupPlan.afterReady(content, settings.defaultLang(), hotPaths),
                hotPaths, hotPathsAfterReady, readiness::visitedWithin);
    }
}
