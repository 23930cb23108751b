package lab.backprop.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import lab.backprop.engine.StepTrace;
import lab.backprop.exercises.Answers;
import lab.backprop.exercises.AnswersReader;
import lab.backprop.exercises.Question;
import lab.backprop.exercises.QuestionReader;
import lab.backprop.exercises.Tolerance;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.Fields;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Problem;
import lab.backprop.problem.ProblemReader;

/**
 * A validated /api/check request: the problem (exactly a /api/backprop request), the student's
 * answers, the questions beside the tables (optional: the definitions /api/exercises gives), the tolerance (default {@link Tolerance#DEFAULT_VALUE}) and the language of the messages
 * ({@code lang}: "ko", the default, or "en").
 */
public record CheckRequest(Problem problem, StepTrace truth, List<Question> questions, Answers answers,
                           Tolerance tolerance, Lang language) {
    private static final Set<String> FIELDS = Set.of("problem", "questions", "answers", "tolerance", "lang");

    static CheckRequest read(JsonNode body) {
        Fields.openObject(body, "", FIELDS);
        Problem problem = ProblemReader.read(body.get("problem"), "problem");
        StepTrace truth = problem.step();
        List<Question> questions = QuestionReader.read(body.get("questions"), problem.network(), "questions", true);
        Answers answers = AnswersReader.read(body.get("answers"), problem.network(), questions, "answers");
        Tolerance tolerance = Fields.absent(body.get("tolerance")) ? Tolerance.DEFAULT
                : new Tolerance(Fields.positive(body.get("tolerance"), "tolerance", Tolerance.MAX_VALUE));
        Lang language = Fields.absent(body.get("lang")) ? Lang.KO : language(body.get("lang"));
        return new CheckRequest(problem, truth, questions, answers, tolerance, language);
    }

    static Lang language(JsonNode node) {
        String id = Fields.text(node, "lang");
        return Lang.of(id).orElseThrow(() -> new InvalidInput("lang",
                "lang is '" + id + "', expected ko or en"));
    }
}
