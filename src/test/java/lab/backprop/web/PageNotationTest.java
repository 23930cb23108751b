package lab.backprop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import lab.backprop.content.ContentRoot;
import lab.backprop.engine.Activation;
import lab.backprop.engine.Layer;
import lab.backprop.engine.Matrix;
import lab.backprop.engine.Network;
import lab.backprop.engine.StepTrace;
import lab.backprop.engine.Vec;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.ExerciseFiles;
import lab.backprop.exercises.ExerciseGenerator;
import lab.backprop.exercises.ExerciseLoader;
import lab.backprop.i18n.Lang;
import lab.backprop.lessons.Lesson;
import lab.backprop.lessons.LessonLoader;
import lab.backprop.lessons.MathMarkdown;
import lab.backprop.lessons.NotationCheck;
import lab.backprop.problem.Problem;
import lab.backprop.web.exercises.GivenTables;
import lab.backprop.web.exercises.Worksheet;
import lab.backprop.web.lessons.LessonWidgets;
import lab.backprop.web.lessons.StepTables;
import org.junit.jupiter.api.Test;

/**
 * The one notation on whole pages: a lesson's text together with every caption and column of its
 * tables, and a worksheet's instructions with its tables, never give one index letter two roles
 * (see {@link NotationCheck}); deeper networks follow the letter rule j, h, m, n, ... down from k.
 */
class PageNotationTest {
    static final List<Lesson> LESSONS = new LessonLoader().load(ContentRoot.builtIn()).lessons();
    static final List<Exercise> EXERCISES = ExerciseLoader.load(
            ExerciseFiles.fromDirectory(ContentRoot.builtIn().resolve("exercises"))).catalog().all();

    static List<String> tex(List<Table> tables) {
        List<String> tex = new ArrayList<>();
        for (Table t : tables) {
            tex.add(t.caption());
            tex.addAll(t.columns());
        }
        return tex;
    }

    @Test
    void everyLessonPageWithItsTablesUsesEachLetterForOneRole() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Lesson lesson : LESSONS) {
            if (lesson.preset() == null) {
                continue;
            }
            List<Table> tables = LessonWidgets.preset(lesson).tables();
            assertThat(tables).as(lesson.slug()).isNotEmpty();
            for (Lang lang : Lang.values()) {
                List<String> page = new ArrayList<>(NotationCheck.mathOf(lesson.html(lang)));
                page.addAll(tex(tables));
                problems.addAll(NotationCheck.problems(lesson.slug() + " (" + lang.code() + ")", page));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
        assertThat(problems).withFailMessage(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyWorksheetWithItsInstructionsUsesEachLetterForOneRole() {
        List<Exercise> all = new ArrayList<>(EXERCISES);
        for (String shape : List.of("2-2-1", "3-2-2", "2-2-2-1", "2-3-3-3-2")) {
            all.add(ExerciseGenerator.fromRequest("42", shape));
        }
        List<String> problems = new ArrayList<>();
        for (Exercise e : all) {
            StepTrace truth = e.problem().step();
            Worksheet sheet = Worksheet.of(e, truth, name -> null, null, null, null);
            List<String> captions = new ArrayList<>();
            sheet.sheets().forEach(s -> captions.add(s.caption()));
            captions.addAll(tex(GivenTables.of(e.problem())));
            problems.addAll(NotationCheck.problems(e.id() + " (tables)", captions));
            for (Lang lang : Lang.values()) {
                List<String> math = NotationCheck.mathOf(new MathMarkdown().render(e.instructions().text(lang)));
                assertThat(math).as("%s (%s) typesets its instructions' formulas", e.id(), lang.code()).isNotEmpty();
                List<String> page = new ArrayList<>(captions);
                page.addAll(math);
                problems.addAll(NotationCheck.problems(e.id() + " (" + lang.code() + ")", page));
            }
        }
        assertThat(problems).withFailMessage(String.join("\n", problems)).isEmpty();
    }

    @Test
    void aNetworkWithTwoHiddenLayersReadsXiUhUjAk() {
        StepTrace step = problem(2, 2, 2, 1).step();
        List<String> captions = tex(new ArrayList<>() {{
            addAll(StepTables.forward(step));
            addAll(StepTables.deltas(step));
            addAll(StepTables.gradients(step));
            addAll(StepTables.updates(step, 0.5));
        }});
        assertThat(captions).contains(
                "u_h = \\sum_i v_{hi}\\,x_i + v_{h0}",
                "u_j = \\sum_h v_{jh}\\,z_h + v_{j0}",
                "a_k = \\sum_j w_{kj}\\,z_j + w_{k0}",
                "\\delta_h = g'(u_h) \\sum_j v_{jh}\\,\\delta_j",
                "\\delta_j = g'(u_j) \\sum_k w_{kj}\\,\\Delta_k",
                "\\frac{\\partial E}{\\partial v_{hi}} = -\\delta_h\\,x_i");
        assertThat(NotationCheck.problems("2-2-2-1", captions)).isEmpty();
    }

    @Test
    void theDeepestNetworkTheApiTakesStillHasALetterForEveryLayer() {
        StepTrace step = problem(IntStream.generate(() -> 2).limit(10).toArray()).step();
        List<String> captions = tex(StepTables.forward(step));
        captions.addAll(tex(StepTables.deltas(step)));
        assertThat(captions).contains("u_s = \\sum_i v_{si}\\,x_i + v_{s0}", "u_r = \\sum_s v_{rs}\\,z_s + v_{r0}");
        assertThat(NotationCheck.problems("2×10", captions)).isEmpty();
    }

    static Problem problem(int... sizes) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            int rows = sizes[l];
            int cols = sizes[l - 1];
            layers.add(new Layer(Matrix.generate(rows, cols, (j, i) -> 0.1 * (j + 1) - 0.05 * i),
                    Vec.generate(rows, j -> 0.1), Activation.SIGMOID));
        }
        return new Problem(new Network(layers, 1.0), Vec.generate(sizes[0], i -> 0.5),
                Vec.generate(sizes[sizes.length - 1], k -> 0.2), 0.5);
    }
}
