package lab.backprop.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ToleranceTest {
    final Tolerance t = Tolerance.DEFAULT;

    @Nested
    class ForValuesUpToOne {
        @Test
        void acceptsADifferenceOfExactlyTheTolerance() {
            assertThat(t.accepts(0.124, 0.1235)).isTrue();
            assertThat(t.accepts(0.123, 0.1235)).isTrue();
            assertThat(t.accepts(-0.1385 - 0.0005, -0.1385)).isTrue();
        }

        @Test
        void refusesAnythingBeyondIt() {
            assertThat(t.accepts(0.1235 + 0.000501, 0.1235)).isFalse();
            assertThat(t.accepts(0.1235 - 0.000501, 0.1235)).isFalse();
            assertThat(t.accepts(0.0006, 0.0)).isFalse();
        }

        @Test
        void staysAbsoluteUpToAMagnitudeOfOne() {
            assertThat(t.allowance(0.0)).isEqualTo(0.0005);
            assertThat(t.allowance(-1.0)).isEqualTo(0.0005);
            assertThat(t.accepts(1.0005, 1.0)).isTrue();
            assertThat(t.accepts(1.000501, 1.0)).isFalse();
        }

        @Test
        void acceptsEveryAnswerRoundedToFourDecimals() {
            SplittableRandom rnd = new SplittableRandom(7);
            for (int n = 0; n < 10_000; n++) {
                double v = rnd.nextDouble(-1, 1);
                assertThat(t.accepts(Math.round(v * 1e4) / 1e4, v)).as("%s", v).isTrue();
                assertThat(t.accepts(Math.round(v * 1e3) / 1e3, v)).as("%s to 3 decimals", v).isTrue();
            }
        }
    }

    @Nested
    class ForLargeValues {
        @Test
        void growsInProportionToTheExpectedMagnitude() {
            assertThat(t.allowance(1000)).isEqualTo(0.5);
            assertThat(t.allowance(-1000)).isEqualTo(0.5);
            assertThat(t.accepts(1000.5, 1000)).isTrue();
            assertThat(t.accepts(1000.501, 1000)).isFalse();
            assertThat(t.accepts(-1000.5, -1000)).isTrue();
            assertThat(t.accepts(-999.499, -1000)).isFalse();
        }
    }

    @Test
    void mustBePositiveAndAtMostOne() {
        assertThat(new Tolerance(1.0).allowance(0)).isEqualTo(1.0);
        assertThatThrownBy(() -> new Tolerance(0)).hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> new Tolerance(1.5)).hasMessageContaining("at most 1.0");
        assertThatThrownBy(() -> new Tolerance(Double.NaN)).hasMessageContaining("tolerance");
    }
}
