package lab.backprop.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import lab.backprop.problem.Problem;
import lab.backprop.problem.ProblemReader;
import lab.backprop.worked.StepView;

/** POST /api/backprop: one learning step with every intermediate. */
public final class BackpropHandler implements Handler {
    @Override
    public void handle(Context ctx) {
        Problem p = ProblemReader.read(JsonBody.read(ctx));
        ctx.json(StepView.of(p.step()));
    }
}
