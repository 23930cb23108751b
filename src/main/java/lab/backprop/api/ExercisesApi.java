package lab.backprop.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.ExerciseCatalog;
import lab.backprop.exercises.ExerciseGenerator;

/**
 * GET /api/exercises (the list), /api/exercises/{id} (one, authored or generated) and
 * /api/exercises/random?seed=N&amp;shape=2-2-1 (a generated variant).
 */
public final class ExercisesApi {
    private final ExerciseCatalog catalog;

    public ExercisesApi(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    public void list(Context ctx) {
        List<Exercise> all = catalog.all();
        ctx.json(Map.of("exercises", IntStream.range(0, all.size())
                .mapToObj(n -> ExerciseView.Summary.of(all.get(n), n + 1)).toList()));
    }

    public void one(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Exercise.ID.matcher(id).matches()) {
            throw new BadRequestResponse("an exercise id is 1 to 64 lower-case letters, digits or hyphens");
        }
        Exercise e = catalog.findOrGenerate(id)
                .orElseThrow(() -> new NotFoundResponse("there is no exercise '" + id + "'"));
        ctx.json(ExerciseView.of(e));
    }

    public void random(Context ctx) {
        ctx.json(ExerciseView.of(ExerciseGenerator.fromRequest(ctx.queryParam("seed"), ctx.queryParam("shape"))));
    }
}
