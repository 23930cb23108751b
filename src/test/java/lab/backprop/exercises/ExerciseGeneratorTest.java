package lab.backprop.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import lab.backprop.engine.Layer;
import lab.backprop.engine.SplitMix64;
import lab.backprop.i18n.Lang;
import lab.backprop.notation.Quantity;
import lab.backprop.problem.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseGeneratorTest {
    static final int[] SHAPE = {2, 2, 1};

    @Nested
    class TheRandomNumbers {
        @Test
        void matchTheReferenceSplitMix64Outputs() {
            SplitMix64 zero = new SplitMix64(0);
            assertThat(zero.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
            SplitMix64 r = new SplitMix64(1234567);
            assertThat(Long.toUnsignedString(r.nextLong())).isEqualTo("6457827717110365317");
            assertThat(Long.toUnsignedString(r.nextLong())).isEqualTo("3203168211198807973");
            assertThat(Long.toUnsignedString(r.nextLong())).isEqualTo("9817491932198370423");
        }
    }

    @Nested
    class TheSameSeed {
        @Test
        void givesTheSameExerciseEveryTime() {
            Exercise a = ExerciseGenerator.generate(20240917L, SHAPE);
            Exercise b = ExerciseGenerator.generate(20240917L, SHAPE);
            assertThat(a).isEqualTo(b);
            assertThat(ExerciseGenerator.generate(20240918L, SHAPE).problem()).isNotEqualTo(a.problem());
        }

        @Test
        void fortyTwoGivesTheseExactNumbers() {
            Problem p = ExerciseGenerator.generate(42, SHAPE).problem();
            Layer hidden = p.network().layers().get(0);
            Layer output = p.network().layers().get(1);
            assertThat(hidden.weights().toArray()).isEqualTo(new double[][] {PINNED_V0, PINNED_V1});
            assertThat(hidden.biases().toArray()).containsExactly(PINNED_BV);
            assertThat(output.weights().toArray()).isEqualTo(new double[][] {PINNED_W});
            assertThat(output.biases().toArray()).containsExactly(PINNED_BW);
            assertThat(p.input().toArray()).containsExactly(PINNED_X);
            assertThat(p.target().toArray()).containsExactly(PINNED_D);
            assertThat(p.learningRate()).isEqualTo(PINNED_ETA);
        }
    }

    /** Seed 42, shape 2-2-1, as computed by an independent SplitMix64 written in Python. */
    static final double[] PINNED_V0 = {-0.2, 0.5};
    static final double[] PINNED_V1 = {0.6, 0.6};
    static final double[] PINNED_BV = {-0.3, 0.5};
    static final double[] PINNED_W = {-0.7, 0.6};
    static final double[] PINNED_BW = {0.5};
    static final double[] PINNED_X = {0.1, 1.0};
    static final double[] PINNED_D = {0.55};
    static final double PINNED_ETA = 1.0;

    @Test
    void usesOnlyHandFriendlyNumbers() {
        for (long seed = 0; seed < 100; seed++) {
            Problem p = ExerciseGenerator.generate(seed, new int[] {3, 2, 2}).problem();
            for (Layer layer : p.network().layers()) {
                for (double[] row : layer.weights().toArray()) {
                    for (double w : row) {
                        assertThat(w).isNotZero().isBetween(-1.0, 1.0);
                        assertThat(tenths(w)).isTrue();
                    }
                }
                for (double b : layer.biases().toArray()) {
                    assertThat(b).isBetween(-0.5, 0.5);
                    assertThat(tenths(b)).isTrue();
                }
            }
            for (double x : p.input().toArray()) {
                assertThat(x).isBetween(0.1, 1.0);
                assertThat(tenths(x)).isTrue();
            }
            for (double d : p.target().toArray()) {
                assertThat(d).isBetween(0.05, 0.95);
                assertThat(String.valueOf(d)).matches("0\\.\\d\\d?");
            }
            assertThat(p.learningRate()).isIn(0.1, 0.25, 0.5, 1.0);
            assertThat(p.network().slope()).isEqualTo(1.0);
        }
    }

    static boolean tenths(double v) {
        return String.valueOf(Math.abs(v)).matches("(0\\.\\d|1\\.0)");
    }

    @Test
    void asksForTheWholeStepAndAcceptsItsOwnAnswerKey() {
        Exercise e = ExerciseGenerator.generate(7, new int[] {3, 2, 2});
        assertThat(e.id()).isEqualTo("random-3-2-2-7");
        assertThat(e.title().text(Lang.EN)).isEqualTo("Random exercise: a 3-2-2 network, seed 7");
        assertThat(e.ask().loss()).isTrue();
        assertThat(e.ask().asks(0, Quantity.NEW_WEIGHTS)).isTrue();
        Marking m = Marker.mark(e.problem(), e.problem().step(), ShippedExercisesTest.key(e), e.tolerance(), Lang.EN);
        // E, then per layer six vectors (one entry per unit) and two matrices (one per connection)
        assertThat(m.summary().correct()).isEqualTo(m.summary().total()).isEqualTo(1 + (6 * 2 + 2 * 2 * 3) + (6 * 2 + 2 * 2 * 2));
    }

    @Test
    void isFoundAgainByItsId() {
        Exercise e = ExerciseGenerator.generate(123456789, new int[] {2, 3, 1});
        assertThat(ExerciseGenerator.fromId(e.id())).contains(e);
        assertThat(ExerciseGenerator.fromId("random-2-2")).isEmpty();
        assertThat(ExerciseGenerator.fromId("random-2-99-1-5")).isEmpty();
        assertThat(ExerciseGenerator.fromId("forward-2-2-1")).isEmpty();
    }

    @Nested
    class AShape {
        @Test
        void isLayerSizesJoinedByHyphens() {
            assertThat(ExerciseGenerator.sizes("2-2-1")).containsExactly(2, 2, 1);
            assertThat(ExerciseGenerator.sizes("64-1")).containsExactly(64, 1);
        }

        @ParameterizedTest(name = "''{0}'' is refused")
        @ValueSource(strings = {"", "2", "2-", "-2-1", "2--1", "2-0-1", "2-65-1", "a-b", "2,2,1", "1-1-1-1-1-1-1-1-1-1-1",
                "2-2-1 ", "123-1"})
        void isRefusedWithASentenceOtherwise(String shape) {
            assertThatThrownBy(() -> ExerciseGenerator.sizes(shape))
                    .hasMessageStartingWith("shape must be layer sizes joined by '-', like 2-2-1");
        }
    }

    @Test
    void refusesASeedOutOfRange() {
        assertThatThrownBy(() -> ExerciseGenerator.generate(-1, SHAPE)).hasMessageContaining("seed must be");
        assertThatThrownBy(() -> ExerciseGenerator.generate(ExerciseGenerator.MAX_SEED + 1, SHAPE))
                .hasMessageContaining("seed must be");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2-2-2", "2-2-2-1", "2-3-3-2"})
    void theNewShapesAreReproducibleAndTheirKeyFromTheAutodiffReferenceIsAllCorrect(String shape) {
        Exercise e = ExerciseGenerator.generate(20241234, ExerciseGenerator.sizes(shape));
        assertThat(e.id()).isEqualTo("random-" + shape + "-20241234");
        assertThat(ExerciseGenerator.fromId(e.id()).orElseThrow().problem()).isEqualTo(e.problem());
        Marking m = Marker.mark(e, e.problem().step(), ShippedExercisesTest.key(e), Lang.EN);
        assertThat(m.summary().total()).isPositive();
        assertThat(m.cells()).allSatisfy(c -> assertThat(c.status()).as(c.path()).isEqualTo(Status.CORRECT));
    }
}
