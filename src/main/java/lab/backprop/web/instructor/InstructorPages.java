package lab.backprop.web.instructor;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.TooManyRequestsResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.backprop.config.Secret;
import lab.backprop.exercises.Diagnosis;
import lab.backprop.exercises.ExerciseCatalog;
import lab.backprop.hosting.ClientAddress;
import lab.backprop.records.Csv;
import lab.backprop.records.Dashboard;
import lab.backprop.records.Records;
import lab.backprop.web.Csrf;
import lab.backprop.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instructor's room, behind a password: sign in and out, the gradebook (sortable, and as CSV),
 * an exercise's mistakes by diagnosis with anonymous examples, and a student's attempts as they
 * were marked. Sessions live on the server; names and numbers appear nowhere else.
 */
public final class InstructorPages {
    private static final Logger LOG = LoggerFactory.getLogger(InstructorPages.class);
    static final String COOKIE = "bl-instructor";

    private final Records records;
    private final Dashboard dashboard;
    private final StudentAttempts attempts;
    private final Secret password;
    private final Site site;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    public InstructorPages(Records records, ExerciseCatalog exercises, Secret password, Site site, Clock clock,
                           Duration idle) {
        this.records = records;
        this.dashboard = new Dashboard(records);
        this.attempts = new StudentAttempts(exercises);
        this.password = password;
        this.site = site;
        this.sessions = new Sessions(clock, idle);
        this.throttle = new LoginThrottle(clock);
    }

    public InstructorPages(Records records, ExerciseCatalog exercises, Secret password, Site site) {
        this(records, exercises, password, site, Clock.systemUTC(), Sessions.IDLE);
    }

    public void register(JavalinConfig config) {
        config.routes.get("/instructor", this::home);
        config.routes.post("/instructor/login", this::login);
        config.routes.post("/instructor/logout", this::logout);
        config.routes.get("/instructor/gradebook.csv", this::csv);
        config.routes.get("/instructor/exercises/{id}", this::exercise);
        config.routes.get("/instructor/students/{number}", this::student);
    }

    private void home(Context ctx) {
        Optional<Sessions.Session> s = session(ctx);
        if (s.isEmpty()) {
            loginPage(ctx, null, 200);
            return;
        }
        Map<String, Object> model = model(ctx, s.get());
        String sort = ctx.queryParam("sort");
        model.put("sort", sort == null ? "number" : sort);
        model.put("gradebook", dashboard.gradebook().sortedBy(sort));
        ctx.render("instructor", model);
    }

    private void login(Context ctx) {
        Csrf.check(ctx);
        String address = ClientAddress.of(ctx); // behind a local proxy: the forwarded client
        long wait = throttle.waitSeconds(address);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            LOG.warn("Instructor sign-in refused for {}: too many failed attempts (wait {} s)", address, wait);
            throw new TooManyRequestsResponse("too many failed sign-ins; try again in " + wait + " s");
        }
        if (!password.matches(ctx.formParam("password"))) {
            throttle.failed(address);
            LOG.warn("Instructor sign-in failed from {}", address);
            loginPage(ctx, "instructor.wrongPassword", 401);
            return;
        }
        throttle.succeeded(address);
        Sessions.Session s = sessions.open();
        LOG.info("Instructor signed in from {}", address);
        ctx.cookie(Csrf.cookie(ctx, COOKIE, s.id(), -1));
        ctx.redirect(ctx.contextPath() + "/instructor", HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        Optional<Sessions.Session> s = session(ctx);
        if (s.isPresent()) {
            Csrf.check(ctx, s.get().csrf());
            sessions.close(s.get().id());
        }
        ctx.cookie(Csrf.cookie(ctx, COOKIE, "", 0));
        ctx.redirect(ctx.contextPath() + "/instructor", HttpStatus.SEE_OTHER);
    }

    private void csv(Context ctx) {
        if (signedIn(ctx).isEmpty()) {
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"gradebook.csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(Csv.gradebook(dashboard.gradebook().sortedBy(ctx.queryParam("sort")))
                .getBytes(StandardCharsets.UTF_8));
    }

    private void exercise(Context ctx) {
        Optional<Sessions.Session> s = signedIn(ctx);
        if (s.isEmpty()) {
            return;
        }
        String id = ctx.pathParam("id");
        Map<String, Object> model = model(ctx, s.get());
        model.put("mistakes", dashboard.mistakes(id));
        model.put("diagnoses", List.of(Diagnosis.values()));
        Optional<Diagnosis> chosen = List.of(Diagnosis.values()).stream()
                .filter(d -> d.id().equals(ctx.queryParam("diagnosis"))).findFirst();
        chosen.ifPresent(d -> {
            model.put("diagnosis", d);
            model.put("examples", dashboard.examples(id, d));
        });
        ctx.render("instructor-exercise", model);
    }

    private void student(Context ctx) {
        Optional<Sessions.Session> s = signedIn(ctx);
        if (s.isEmpty()) {
            return;
        }
        var list = records.attemptsOf(ctx.pathParam("number"));
        if (list.isEmpty()) {
            throw new NotFoundResponse("no attempts from that student number");
        }
        Map<String, Object> model = model(ctx, s.get());
        model.put("student", list.get(list.size() - 1).student());
        model.put("attempts", attempts.of(list));
        ctx.render("instructor-student", model);
    }

    /** The session, or a redirect to the sign-in page (and empty). */
    private Optional<Sessions.Session> signedIn(Context ctx) {
        Optional<Sessions.Session> s = session(ctx);
        if (s.isEmpty()) {
            ctx.redirect(ctx.contextPath() + "/instructor", HttpStatus.SEE_OTHER);
        }
        return s;
    }

    private Optional<Sessions.Session> session(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        return sessions.find(ctx.cookie(COOKIE));
    }

    private void loginPage(Context ctx, String errorKey, int status) {
        Map<String, Object> model = site.base(ctx);
        model.put("csrf", Csrf.token(ctx));
        model.put("errorKey", errorKey);
        ctx.status(status);
        ctx.render("instructor-login", model);
    }

    private Map<String, Object> model(Context ctx, Sessions.Session s) {
        Map<String, Object> model = site.base(ctx);
        model.put("csrf", s.csrf());
        return model;
    }
}
