package lab.backprop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.StepTrace;
import lab.backprop.exercises.ExerciseGenerator;
import lab.backprop.web.Diagram.Edge;
import lab.backprop.web.Diagram.Label;
import lab.backprop.web.Diagram.Node;
import lab.backprop.web.Diagram.Note;
import lab.backprop.web.DiagramGeometry.Box;
import lab.backprop.web.DiagramGeometry.Segment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The diagram's layout, checked as plane geometry at the font sizes the stylesheet uses. */
class DiagramTest {
    static StepTrace step(String shape) {
        String[] parts = shape.split("-");
        int[] sizes = new int[parts.length];
        for (int n = 0; n < parts.length; n++) {
            sizes[n] = Integer.parseInt(parts[n]);
        }
        return ExerciseGenerator.generate(7L, sizes).problem().step();
    }

    static List<Box> labelBoxes(Diagram d, boolean update) {
        return d.edges().stream().map(e -> update ? e.update() : e.weight()).filter(Label::shown)
                .map(l -> new Box(l.x(), l.y(), l.width(), l.height())).toList();
    }

    @Nested
    class Labels {
        @ParameterizedTest(name = "{0}: no two shown weight labels overlap, nor a label and a unit or its notes")
        @ValueSource(strings = {"2-2-1", "2-2-2", "3-4-2", "4-4-4-1", "3-6-2", "8-8-4"})
        void noLabelOverlapsAnother(String shape) {
            Diagram d = Diagram.of(step(shape));
            System.out.printf("%s: %d x %d, %d of %d weights shown, %d in full%n", shape, d.width(), d.height(),
                    d.edges().stream().filter(e -> e.weight().shown()).count(), d.edges().size(),
                    d.edges().stream().filter(e -> e.weight().shown() && e.weight().text().equals(e.weight().full())).count());
            for (boolean update : new boolean[] {false, true}) {
            List<Box> labels = labelBoxes(d, update);
            for (int a = 0; a < labels.size(); a++) {
                for (int b = a + 1; b < labels.size(); b++) {
                    assertThat(labels.get(a).overlaps(labels.get(b))).as("labels %d and %d of %s", a, b, shape).isFalse();
                }
            }
            List<Box> units = new ArrayList<>();
            for (Node n : d.nodes()) {
                units.add(new Box(n.cx(), n.cy(), 2 * n.r(), 2 * n.r()));
                for (Note note : n.notes()) {
                    units.add(DiagramGeometry.textBox(note.text(), Diagram.NOTE_FONT, note.x(), note.y()));
                }
            }
            for (Box label : labels) {
                assertThat(units).noneMatch(label::overlaps);
                assertThat(label.inside(d.width(), d.height())).isTrue();
            }
            }
        }

        @ParameterizedTest(name = "{0}: each label sits on its own line and crosses no other")
        @ValueSource(strings = {"2-2-1", "2-2-2", "3-4-2", "4-4-4-1"})
        void eachLabelSitsOnItsOwnLineOnly(String shape) {
            Diagram d = Diagram.of(step(shape));
            for (Edge e : d.edges()) {
                for (Label label : List.of(e.weight(), e.update())) {
                    if (!label.shown()) {
                        continue;
                    }
                    Box box = new Box(label.x(), label.y(), label.width(), label.height());
                    // The label's centre lies on its line, between 20 % and 80 % of the way.
                    double t = (label.x() - e.x1()) / (e.x2() - e.x1());
                    assertThat(t).isBetween(0.2 - 1e-9, 0.8 + 1e-9);
                    assertThat(e.y1() + (e.y2() - e.y1()) * t).isCloseTo(label.y(), within(1e-9));
                    for (Edge other : d.edges()) {
                        if (other != e) {
                            assertThat(new Segment(other.x1(), other.y1(), other.x2(), other.y2()).crosses(box))
                                    .as("%s crosses the label of %s", other.weight().full(), label.full()).isFalse();
                        }
                    }
                }
            }
        }

        @ParameterizedTest(name = "{0}: every weight is labelled in full with its symbol")
        @ValueSource(strings = {"2-2-1", "2-2-2"})
        void smallNetworksShowEverySymbol(String shape) {
            Diagram d = Diagram.of(step(shape));
            assertThat(d.edges()).extracting(Edge::weight).allMatch(Label::shown).allMatch(w -> w.text().equals(w.full()));
        }

        @ParameterizedTest(name = "{0}: most weights are labelled on their line, every one in full for hover and focus")
        @ValueSource(strings = {"3-4-2", "4-4-4-1"})
        void largerNetworksLabelMostWeightsAndKeepEveryFullText(String shape) {
            Diagram d = Diagram.of(step(shape));
            assertThat(d.edges().stream().filter(e -> e.weight().shown()).count())
                    .isGreaterThanOrEqualTo(d.edges().size() * 3 / 4);
            assertThat(d.edges()).extracting(e -> e.weight().full()).allMatch(f -> f.matches("[vw][₀-₉]+ = -?[0-9.]+"));
            assertThat(d.edges()).extracting(e -> e.update().full()).allMatch(f -> f.matches("Δ[vw][₀-₉]+ = -?[0-9.e-]+"));
        }

        @ParameterizedTest(name = "{0}: bias edges are flagged, come from the +1 unit and carry index 0")
        @ValueSource(strings = {"2-2-1", "4-4-4-1"})
        void biasEdgesAreFlagged(String shape) {
            Diagram d = Diagram.of(step(shape));
            for (Edge e : d.edges()) {
                Node from = d.nodes().stream().filter(n -> Math.hypot(n.cx() - e.x1(), n.cy() - e.y1()) <= n.r() + 1e-9)
                        .findFirst().orElseThrow();
                assertThat(e.bias()).isEqualTo(from.bias());
                assertThat(e.weight().full().split(" ")[0]).as("symbol of %s", e.weight().full())
                        .matches(e.bias() ? "[vw][₁-₉]₀" : "[vw][₁-₉][₁-₉]");
            }
            assertThat(d.nodes()).filteredOn(Node::bias).allMatch(n -> n.label().equals("+1"))
                    .allMatch(n -> n.notes().get(0).text().matches("[xz]₀"));
        }
    }

    @Test
    void aBoxAndALineTouchOnlyWhereTheyDo() {
        Box box = new Box(10, 10, 4, 4);
        assertThat(new Segment(0, 10, 20, 10).crosses(box)).isTrue();
        assertThat(new Segment(0, 0, 20, 20).crosses(box)).isTrue();
        assertThat(new Segment(0, 13, 7, 20).crosses(box)).isFalse();
        assertThat(new Segment(0, 0, 7, 7).crosses(box)).isFalse();
        assertThat(new Segment(12.5, 0, 12.5, 20).crosses(box)).isFalse();
    }
}
