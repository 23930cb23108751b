package lab.backprop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Network;
import lab.backprop.exercises.Ask;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.LocalText;
import lab.backprop.exercises.Question;
import lab.backprop.notation.Quantity;
import lab.backprop.problem.ProblemJson;

/**
 * The JSON of one exercise: its texts, the problem as a /api/backprop request, what is asked (per
 * layer, quantity keys in step order), and {@code answers}: a blank answers object of exactly the
 * asked shape, every entry null, ready to be filled in and sent to /api/check; and the exercise's
 * {@code questions} (often none), to be sent back with it.
 */
public record ExerciseView(String id, LocalText title, LocalText instructions, JsonNode problem, AskView ask,
                           int decimals, double tolerance, JsonNode answers, List<QuestionView> questions) {

    /**
     * A question beside the tables, exactly as /api/check reads it back ({@code symbols}, the answer
     * box's or each option's symbol, is for display and ignored there). {@code answer} is the named
     * quantity of a number question; {@code choices} and {@code pick} those of a choice.
     */
    public record QuestionView(String id, String kind, LocalText text, String answer, List<String> choices,
                               String pick, List<String> symbols) {
        static QuestionView of(Question q, Network network) {
            return new QuestionView(q.id(), q.kind().id(), q.text(), q.isChoice() ? null : q.source().get(0),
                    q.isChoice() ? q.source() : null, q.isChoice() ? q.pick().id() : null, q.symbols(network));
        }
    }

    /** What the student fills in. */
    public record AskView(boolean loss, boolean lossAfter, List<List<String>> layers) {
    }

    /**
     * One line of the exercise list: {@code step} is its place in the progression (1 for the first
     * file), {@code lesson} the slug of the lesson it practises (null for none).
     */
    public record Summary(String id, LocalText title, int step, String lesson) {
        public static Summary of(Exercise e, int step) {
            return new Summary(e.id(), e.title(), step, e.hasLesson() ? e.lesson() : null);
        }
    }

    public static ExerciseView of(Exercise e) {
        Ask ask = e.ask();
        List<List<String>> layers = new ArrayList<>();
        for (int l = 0; l < ask.layers().size(); l++) {
            List<String> keys = new ArrayList<>();
            for (Quantity q : Quantity.values()) {
                if (ask.asks(l, q)) {
                    keys.add(q.key());
                }
            }
            layers.add(keys);
        }
        return new ExerciseView(e.id(), e.title(), e.instructions(), ProblemJson.of(e.problem()),
                new AskView(ask.loss(), ask.lossAfter(), layers), e.decimals(), e.tolerance().value(), blank(e),
                e.questions().stream().map(q -> QuestionView.of(q, e.problem().network())).toList());
    }

    private static JsonNode blank(Exercise e) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode answers = nodes.objectNode();
        if (e.ask().loss()) {
            answers.putNull("loss");
        }
        ArrayNode layers = answers.putArray("layers");
        for (int l = 0; l < e.ask().layers().size(); l++) {
            Layer layer = e.problem().network().layers().get(l);
            ObjectNode given = layers.addObject();
            for (Quantity q : Quantity.values()) {
                if (e.ask().asks(l, q)) {
                    ArrayNode rows = given.putArray(q.key());
                    for (int j = 0; j < layer.size(); j++) {
                        if (q.isMatrix()) {
                            ArrayNode row = rows.addArray();
                            for (int i = 0; i < layer.inputSize(); i++) {
                                row.addNull();
                            }
                        } else {
                            rows.addNull();
                        }
                    }
                }
            }
        }
        if (e.ask().lossAfter()) {
            answers.putNull("lossAfter");
        }
        if (!e.questions().isEmpty()) {
            ObjectNode questions = answers.putObject("questions");
            e.questions().forEach(q -> questions.putNull(q.id()));
        }
        return answers;
    }
}
