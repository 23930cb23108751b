package lab.backprop.exercises;

import static lab.backprop.exercises.MarkerTest.cell;
import static lab.backprop.notation.Quantity.DELTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Questions beside the tables: reading them, reading their answers, and marking a choice and a number. */
class QuestionsTest {
    /** The credit-assignment worksheet: |δ₁| = 0.0298 > |δ₂| = 0.0125, so hidden unit 1 is more responsible. */
    final Exercise credit = ShippedExercisesTest.LOADED.catalog().find("hidden-delta").orElseThrow();

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Marking mark(Sheet tables, Double choice) {
        Map<String, Given> q = new HashMap<>();
        q.put("more-responsible", Given.scalar(choice));
        Answers a = tables.answers();
        return Marker.mark(credit, credit.problem().step(), new Answers(a.loss(), a.lossAfter(), a.layers(), q), Lang.EN);
    }

    @Nested
    class AChoice {
        @Test
        void isKeyedByTheEngineAndShownByItsOptionsSymbols() {
            Question q = credit.questions().get(0);
            assertThat(q.expected(credit.problem(), credit.problem().step())).isEqualTo(0.0);
            assertThat(q.symbols(credit.problem().network())).containsExactly("δ₁", "δ₂");
        }

        @Test
        void theRightOptionIsCorrectAndTheOtherIncorrect() {
            Cell right = cell(mark(Sheet.of(2), 0.0), "questions.more-responsible");
            assertThat(right.status()).isEqualTo(Status.CORRECT);
            assertThat(right.expected()).isEqualTo(0.0);
            assertThat(right.symbol()).isEqualTo("δ₁ / δ₂");
            assertThat(cell(mark(Sheet.of(2), 1.0), "questions.more-responsible").status()).isEqualTo(Status.INCORRECT);
        }

        @Test
        void followsThroughFromTheStudentsOwnWrongDeltas() {
            // the student's δ₁ = 0.001 (wrong) and δ₂ = 0.0125 (right): by their numbers unit 2 is the answer
            Marking m = mark(Sheet.of(2).vector(0, DELTA, 0.001, 0.0125), 1.0);
            assertThat(cell(m, "questions.more-responsible").status()).isEqualTo(Status.FOLLOW_THROUGH);
            assertThat(m.cells()).extracting(Cell::path).last().isEqualTo("questions.more-responsible");
        }

        @Test
        void aBlankIsMissingAndAnUnaskedQuestionHasNoCell() {
            assertThat(cell(mark(Sheet.of(2), null), "questions.more-responsible").status()).isEqualTo(Status.MISSING);
            Marking none = Marker.mark(credit, credit.problem().step(), Sheet.of(2).answers(), Lang.EN);
            assertThat(none.cells()).isEmpty();
        }
    }

    @Nested
    class ReadingAnswers {
        @Test
        void aChoiceIsAWholeNumberIndexOfAnOption() {
            Answers a = AnswersReader.read(json("{\"questions\": {\"more-responsible\": 1}}"),
                    credit.problem().network(), credit.questions(), "answers");
            assertThat(a.questions().get("more-responsible").at(0, 0)).isEqualTo(1.0);
            assertThatThrownBy(() -> AnswersReader.read(json("{\"questions\": {\"more-responsible\": 2}}"),
                    credit.problem().network(), credit.questions(), "answers"))
                    .isInstanceOf(InvalidInput.class)
                    .hasMessage("answers.questions.more-responsible must be a whole number from 0 to 1, got 2");
        }

        @Test
        void anUnknownQuestionIsRefused() {
            assertThatThrownBy(() -> AnswersReader.read(json("{\"questions\": {\"which\": 1}}"),
                    credit.problem().network(), credit.questions(), "answers"))
                    .hasMessageContaining("unknown field 'which'");
            assertThatThrownBy(() -> AnswersReader.read(json("{\"questions\": {\"which\": 1}}"),
                    credit.problem().network(), "answers"))
                    .hasMessage("answers.questions: this exercise has no questions");
        }
    }

    @Nested
    class ReadingQuestions {
        List<Question> read(String text) {
            return QuestionReader.read(json(text), credit.problem().network(), "questions", true);
        }

        @Test
        void everyFormOfNamedQuantityIsRead() {
            List<Question> qs = read("[{\"id\": \"a\", \"kind\": \"number\", \"answer\": \"lossAfterSteps(3)\"},"
                    + "{\"id\": \"b\", \"kind\": \"number\", \"answer\": \"lossNudged(layers[1].weights[0][1], -0.001)\"},"
                    + "{\"id\": \"c\", \"kind\": \"number\", \"answer\": \"centralDifference(layers[0].biases[1], 0.01)\"},"
                    + "{\"id\": \"d\", \"kind\": \"number\", \"answer\": \"derivative(sigmoid, 0, 2)\"},"
                    + "{\"id\": \"e\", \"kind\": \"choice\", \"choices\": [\"loss\", \"lossAfter\"], \"pick\": \"smallest\","
                    + " \"symbols\": [\"E\", \"E(t+1)\"]}]");
            assertThat(qs).extracting(q -> q.symbol(credit.problem().network()))
                    .containsExactly("E(t+3)", "E(w₁₂ − 0.001)", "(E₊ − E₋)/2ε", "g′(0; k = 2)", "E / E(t+1)");
            assertThat(qs.get(3).expected(credit.problem(), credit.problem().step())).isEqualTo(0.5);
            assertThat(qs.get(4).expected(credit.problem(), credit.problem().step())).isEqualTo(1.0);
        }

        @Test
        void aWrongQuantityIsNamedWithItsPath() {
            assertThatThrownBy(() -> read("[{\"id\": \"a\", \"kind\": \"number\", \"answer\": \"layers[2].delta[0]\"}]"))
                    .hasMessageStartingWith("questions[0].answer names layers[2]");
            assertThatThrownBy(() -> read("[{\"id\": \"a\", \"kind\": \"number\", \"answer\": \"layers[0].delta[5]\"}]"))
                    .hasMessage("questions[0].answer: unit index 5 is beyond the layer (0 to 1)");
            assertThatThrownBy(() -> read("[{\"id\": \"a\", \"kind\": \"number\", \"answer\": \"E + 1\"}]"))
                    .hasMessageStartingWith("questions[0].answer is 'E + 1', expected one of loss, lossAfter");
            assertThatThrownBy(() -> read("[{\"id\": \"a\", \"kind\": \"choice\", \"choices\": [\"loss\"], \"pick\": \"smallest\"}]"))
                    .hasMessage("questions[0].choices has 1 entries, expected 2 to 8");
            assertThatThrownBy(() -> read("[{\"id\": \"a\", \"kind\": \"number\", \"answer\": \"loss\", \"pick\": \"smallest\"}]"))
                    .hasMessage("questions[0].pick is not a field of a number question");
        }

        @Test
        void aFileNeedsTheTextsAndNoSymbols() {
            assertThatThrownBy(() -> QuestionReader.read(json("[{\"id\": \"a\", \"kind\": \"number\", \"answer\": \"loss\"}]"),
                    credit.problem().network(), "questions", false)).hasMessage("questions[0].text is missing");
        }
    }
}
