package lab.backprop.web.lab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Function;
import lab.backprop.engine.TrainingRun;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.TrainingProblem;
import lab.backprop.problem.TrainingReader;
import lab.backprop.web.Site;

/**
 * The training lab, {@code /lab}: a GET shows the setup of its query string (the data, the starting
 * weights and the whole /api/train request in {@code data-request}, which lab.js streams and draws);
 * a POST (the form without JavaScript) trains on the server and shows the final loss curve as SVG.
 */
public final class LabPages {
    private final Site site;

    public LabPages(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/lab", ctx -> render(ctx, ctx::queryParam, false));
        config.routes.post("/lab", ctx -> render(ctx, ctx::formParam, true));
    }

    private void render(Context ctx, Function<String, String> param, boolean train) {
        LabSetup setup = LabSetup.from(param);
        Map<String, Object> model = site.base(ctx);
        model.put("setup", setup);
        model.put("share", setup.query());
        try {
            ObjectNode request = setup.toRequest();
            TrainingProblem problem = TrainingReader.read(request);
            model.put("request", request.toString());
            if (train) {
                TrainingRun run = problem.train();
                model.put("result", LabResult.of(run, problem.plan().samples().get(0), problem.plan().eta()));
            }
        } catch (InvalidInput e) {
            model.put("error", e.getMessage());
            model.put("errorField", setup.fieldOf(e.path()));
            ctx.status(400);
        }
        ctx.render("lab", model);
    }
}
