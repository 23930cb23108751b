package lab.backprop.web.exercises;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import lab.backprop.engine.StepTrace;
import lab.backprop.exercises.Answers;
import lab.backprop.exercises.AnswersReader;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.ExerciseCatalog;
import lab.backprop.exercises.ExerciseGenerator;
import lab.backprop.exercises.Marker;
import lab.backprop.exercises.Marking;
import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;
import lab.backprop.lessons.Lesson;
import lab.backprop.problem.InvalidInput;
import lab.backprop.records.Records;
import lab.backprop.web.Diagram;
import lab.backprop.web.Downloads;
import lab.backprop.web.Language;
import lab.backprop.web.Site;
import lab.backprop.worked.Format;
import lab.backprop.worked.Handout;
import lab.backprop.worked.Script;
import lab.backprop.worked.WorkedStep;

/**
 * The exercise pages: the list (with a generator of personal variants), a worksheet per exercise
 * that marks every cell on Check, and a printable answer key with the worked solution.
 */
public final class ExercisePages {
    private final ExerciseCatalog catalog;
    private final Site site;
    private final Instructions instructions = new Instructions();
    private final HandIns handIns;

    public ExercisePages(ExerciseCatalog catalog, Site site) {
        this(catalog, site, null);
    }

    /** With class records on ({@code records} not null), every worksheet can be handed in. */
    public ExercisePages(ExerciseCatalog catalog, Site site, Records records) {
        this.catalog = catalog;
        this.site = site;
        this.handIns = records == null ? null : new HandIns(records);
    }

    public void register(JavalinConfig config) {
        config.routes.get("/exercises", this::list);
        config.routes.get("/exercises/random", this::random);
        config.routes.get("/exercises/{id}", this::worksheet);
        config.routes.post("/exercises/{id}", this::check);
        config.routes.get("/exercises/{id}/key", this::key);
        for (Format format : Format.values()) {
            config.routes.get("/exercises/{id}/key." + format.extension(), ctx -> keyFile(ctx, format));
        }
        if (handIns != null) {
            config.routes.post("/exercises/{id}/hand-in", this::handIn);
        }
    }

    /** Hand in: like Check, and the attempt is stored before the page says so. */
    private void handIn(Context ctx) {
        Exercise e = find(ctx);
        StepTrace truth = e.problem().step();
        HandIns.Result result = handIns.handIn(ctx, e, truth);
        render(ctx, e, truth, result.sheet(), result.form(), isHtmx(ctx));
    }

    private void list(Context ctx) {
        Map<String, Object> model = site.base(ctx);
        model.put("exercises", catalog.all());
        model.put("instructions", instructions.html(catalog.all(), (Lang) model.get("lang"), ctx.contextPath()));
        Map<String, Lesson> lessonOf = new HashMap<>();
        catalog.all().forEach(e -> site.lesson(e.lesson()).ifPresent(l -> lessonOf.put(e.id(), l)));
        model.put("lessonOf", lessonOf);
        ctx.render("exercises", model);
    }

    /** A generated variant: redirects to its stable id, e.g. /exercises/random-2-2-1-42. */
    private void random(Context ctx) {
        Exercise e = ExerciseGenerator.fromRequest(trimmed(ctx.queryParam("seed")), trimmed(ctx.queryParam("shape")));
        ctx.redirect(ctx.contextPath() + "/exercises/" + e.id(), HttpStatus.SEE_OTHER);
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    private void worksheet(Context ctx) {
        Exercise e = find(ctx);
        StepTrace truth = e.problem().step();
        render(ctx, e, truth, Worksheet.of(e, truth, name -> null, null, null, null), null, false);
    }

    /**
     * Marks the typed answers with the same reader and marker as /api/check. With htmx only the sheet
     * comes back; without JavaScript the whole page, with the marks and everything typed.
     */
    private void check(Context ctx) {
        Exercise e = find(ctx);
        StepTrace truth = e.problem().step();
        Lang lang = Language.of(ctx);
        Worksheet sheet;
        try {
            JsonNode json = Worksheet.answers(e, ctx::formParam);
            Answers answers = AnswersReader.read(json, e.problem().network(), e.questions(), "answers");
            Marking marking = Marker.mark(e, truth, answers, lang);
            sheet = Worksheet.of(e, truth, ctx::formParam, marking, null, null);
        } catch (InvalidInput bad) {
            sheet = Worksheet.of(e, truth, ctx::formParam, null, bad.getMessage(), Worksheet.fieldOf(bad.path()));
        }
        render(ctx, e, truth, sheet, null, isHtmx(ctx));
    }

    private void key(Context ctx) {
        Exercise e = find(ctx);
        StepTrace truth = e.problem().step();
        Map<String, Object> model = model(ctx, e, truth);
        model.put("solution", WorkedStep.of(e.problem(), truth, e.decimals(), Script.UNICODE));
        model.put("sheet", Worksheet.of(e, truth, name -> null, null, null, null));
        Lang lang = (Lang) model.get("lang");
        model.put("questionText", instructions.questions(e, lang, ctx.contextPath()));
        model.put("downloads", Downloads.links(ctx.contextPath() + "/exercises/" + e.id() + "/key",
                "lang=" + lang.code(), lang));
        ctx.render("exercise-key", model);
    }

    /** The answer key as a file: the tables (CSV, JSON) or the worked solution (LaTeX, Markdown). */
    private void keyFile(Context ctx, Format format) {
        Exercise e = find(ctx);
        Lang lang = Language.of(ctx);
        String title = Texts.get().of(lang, "exercise.key") + ": " + e.title().text(lang);
        Handout handout = new Handout(title, e.problem(), e.problem().step(), e.decimals(), lang);
        Downloads.send(ctx, handout, format, e.id() + "-key");
    }

    /**
     * The whole page, or with {@code sheetOnly} (htmx) the worksheet's form alone, written by
     * {@link SheetMarkup} without a template; {@code handIn}: the hand-in part after a hand-in, null
     * for the one typed in this request (when class records are on).
     */
    private void render(Context ctx, Exercise e, StepTrace truth, Worksheet sheet, HandInForm handIn,
                        boolean sheetOnly) {
        if (sheetOnly) {
            ctx.html(sheetForm(ctx, e, sheet, handIn, Language.of(ctx)));
            return;
        }
        Map<String, Object> model = model(ctx, e, truth);
        model.put("sheet", sheet);
        model.put("sheetForm", sheetForm(ctx, e, sheet, handIn, (Lang) model.get("lang")));
        ctx.render("exercise", model);
    }

    private String sheetForm(Context ctx, Exercise e, Worksheet sheet, HandInForm handIn, Lang lang) {
        HandInForm form = handIn != null || handIns == null ? handIn : HandInForm.typed(ctx);
        return SheetMarkup.form(sheet, instructions.questions(e, lang, ctx.contextPath()), form,
                ctx.contextPath() + "/exercises/" + e.id(), lang);
    }

    /** A Check or a hand-in sent by htmx, which swaps in the worksheet's form alone. */
    private static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    /**
     * What the page (or its key) needs besides the worksheet: the instructions, the lesson practised,
     * the given tables and the diagram.
     */
    private Map<String, Object> model(Context ctx, Exercise e, StepTrace truth) {
        Map<String, Object> model = site.base(ctx);
        Lang lang = (Lang) model.get("lang");
        model.put("exercise", e);
        model.put("instructions", instructions.html(e, lang, ctx.contextPath()));
        model.put("practised", site.lesson(e.lesson()).orElse(null));
        model.put("given", GivenTables.of(e.problem()));
        model.put("diagram", Diagram.given(truth));
        return model;
    }

    private Exercise find(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Exercise.ID.matcher(id).matches()) {
            throw new NotFoundResponse("there is no exercise '" + id + "'");
        }
        return catalog.findOrGenerate(id)
                .orElseThrow(() -> new NotFoundResponse("there is no exercise '" + id + "'"));
    }
}
