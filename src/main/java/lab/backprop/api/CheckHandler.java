package lab.backprop.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import lab.backprop.exercises.Marker;

/** POST /api/check: marks a student's answers to one step, cell by cell. */
public final class CheckHandler implements Handler {
    @Override
    public void handle(Context ctx) {
        CheckRequest r = CheckRequest.read(JsonBody.read(ctx));
        ctx.json(CheckView.of(Marker.mark(r.problem(), r.truth(), r.questions(), r.answers(), r.tolerance(),
                r.language())));
    }
}
