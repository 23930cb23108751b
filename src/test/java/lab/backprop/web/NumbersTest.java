package lab.backprop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The four-decimal format is exactly what String.format("%.4f") writes, which it replaced for speed. */
class NumbersTest {
    private static String reference(double v) {
        if (v == 0) {
            return "0.0000";
        }
        if (Math.abs(v) < 5e-5 || Math.abs(v) >= 1e7) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    @Test
    void handPickedValuesRoundHalfUpFromTheirShortestDecimal() {
        assertThat(Numbers.format(0.5)).isEqualTo("0.5000");
        assertThat(Numbers.format(-0.3)).isEqualTo("-0.3000");
        assertThat(Numbers.format(0.00005)).isEqualTo("0.0001");
        assertThat(Numbers.format(-0.00005)).isEqualTo("-0.0001");
        assertThat(Numbers.format(0.12345)).isEqualTo("0.1235"); // the double is a hair below; %.4f rounds up too
        assertThat(Numbers.format(1.00004999)).isEqualTo("1.0000");
        assertThat(Numbers.format(9_999_999.99996)).isEqualTo("10000000.0000");
        assertThat(Numbers.format(0.0000123)).isEqualTo("1.23e-05");
        assertThat(Numbers.format(-0.0)).isEqualTo("0.0000");
    }

    @Test
    void agreesWithStringFormatOnAHundredThousandValuesOfEveryMagnitudeAndOnRoundingTies() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 100_000; n++) {
            double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-6, 8));
            assertThat(Numbers.format(v)).as("%s", v).isEqualTo(reference(v));
            // A tie at the fifth decimal, such as 0.23455, and its neighbours one ulp away.
            double tie = Math.round(v * 1e5) / 1e5 + (random.nextBoolean() ? 5e-5 : -5e-5);
            for (double t : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie)}) {
                assertThat(Numbers.format(t)).as("%s", t).isEqualTo(reference(t));
            }
        }
    }
}
