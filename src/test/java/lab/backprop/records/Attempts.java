package lab.backprop.records;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lab.backprop.engine.LayerTrace;
import lab.backprop.engine.StepTrace;
import lab.backprop.exercises.AnswersReader;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.ExerciseGenerator;
import lab.backprop.exercises.Marker;
import lab.backprop.exercises.Marking;
import lab.backprop.i18n.Lang;

/**
 * Hand-ins made the way a student makes them: the forward pass and the error signals of a generated
 * exercise typed to four decimals (everything after left blank), marked by the real Marker.
 */
final class Attempts {
    static final Exercise EXERCISE = ExerciseGenerator.generate(42, new int[] {2, 2, 1});

    private Attempts() {
    }

    /** {@code signErrors} output Δs typed with the wrong sign (0 or 1 for this 2-2-1 net). */
    static HandIn handIn(Student s, int signErrors) {
        StepTrace truth = EXERCISE.problem().step();
        Map<String, String> typed = new LinkedHashMap<>();
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        ArrayNode layers = answers.putArray("layers");
        for (int l = 0; l < truth.layers().size(); l++) {
            LayerTrace t = truth.layers().get(l);
            ObjectNode layer = layers.addObject();
            for (String key : new String[] {"net", "out", "derivative", "delta"}) {
                ArrayNode values = layer.putArray(key);
                for (int j = 0; j < t.out().size(); j++) {
                    double v = switch (key) {
                        case "net" -> t.net().get(j);
                        case "out" -> t.out().get(j);
                        case "derivative" -> t.derivative().get(j);
                        default -> t.delta().get(j);
                    };
                    boolean flip = key.equals("delta") && l == truth.layers().size() - 1 && j < signErrors;
                    String text = String.format(Locale.ROOT, "%.4f", flip ? -v : v);
                    values.add(Double.parseDouble(text));
                    typed.put(l + "-" + key + "-" + j, text);
                }
            }
        }
        Marking marking = Marker.mark(EXERCISE.problem(), truth,
                AnswersReader.read(answers, EXERCISE.problem().network(), "answers"), EXERCISE.tolerance(), Lang.EN);
        return new HandIn(s, EXERCISE.id(), Lang.EN, typed, marking);
    }
}
