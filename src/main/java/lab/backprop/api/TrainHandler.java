package lab.backprop.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import lab.backprop.problem.TrainingProblem;
import lab.backprop.problem.TrainingReader;

/**
 * POST /api/train: many epochs over a list of samples. With {@code Accept: text/event-stream} the
 * progress comes as server-sent events ({@link TrainStream}); otherwise one JSON answer at the end.
 */
public final class TrainHandler implements Handler {
    @Override
    public void handle(Context ctx) throws Exception {
        TrainingProblem problem = TrainingReader.read(JsonBody.read(ctx));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains(TrainStream.CONTENT_TYPE)) {
            TrainStream.run(ctx, problem);
        } else {
            ctx.json(TrainView.of(problem.train()));
        }
    }
}
