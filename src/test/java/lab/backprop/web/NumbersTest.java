package lab.backprop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The four-decimal format is exactly what String.format("%.4f") writes, which it replaced for speed; the
 * shortest decimal is what Double.toString writes wherever Java 17 writes the shortest, and reads back
 * exactly everywhere.
 */
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

    @Test
    void roundingTheScaledDoubleGivesWhatRoundingItsShortestDecimalGivesEvenAtTiesAndTheirNeighbours() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 300_000; n++) {
            double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-4.4, 7));
            // A tie at the fifth decimal written with up to twelve digits (0.23455, 123456.78905), and the
            // doubles up to three ulps either side, where a·10⁴ and the shortest decimal·10⁴ part ways.
            long digits = (long) (Math.abs(v) * 1e4);
            double tie = Math.copySign((digits + 0.5) / 1e4, v);
            double[] near = {v, tie, Math.nextUp(tie), Math.nextDown(tie), Math.nextUp(Math.nextUp(tie)),
                Math.nextDown(Math.nextDown(tie)), tie + 3 * Math.ulp(tie), tie - 3 * Math.ulp(tie),
                Double.parseDouble(String.format(Locale.ROOT, "%.5f", v))};
            for (double t : near) {
                if (Math.abs(t) >= 5e-5 && Math.abs(t) < 1e7) {
                    assertThat(Numbers.format(t)).as("%s", t).isEqualTo(Numbers.fourDecimals(t));
                }
            }
        }
        for (double t : new double[] {5e-5, 5.000000000000001e-5, 0.00015, 0.99995, 1.00005, 2.5, 0.4999999,
            9_999_999.99995, 9_999_999.99994, 1234.56785, -0.00005, -1234.56785, 0.00009999}) {
            assertThat(Numbers.format(t)).as("%s", t).isEqualTo(Numbers.fourDecimals(t));
        }
    }

    @Test
    void aCoordinateIsWrittenToAHundredthWithoutTrailingZerosAndReadsBackWithinHalfAHundredth() {
        assertThat(Numbers.hundredths(62.0)).isEqualTo("62");
        assertThat(Numbers.hundredths(12.5)).isEqualTo("12.5");
        assertThat(Numbers.hundredths(-0.25)).isEqualTo("-0.25");
        assertThat(Numbers.hundredths(0.05)).isEqualTo("0.05");
        assertThat(Numbers.hundredths(147.08333333333334)).isEqualTo("147.08");
        assertThat(Numbers.hundredths(99.999)).isEqualTo("100");
        assertThat(Numbers.hundredths(-0.001)).isEqualTo("0");
        assertThat(Numbers.hundredths(Double.NaN)).isEqualTo("NaN");
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 100_000; n++) {
            double v = random.nextDouble(-2_000, 2_000);
            String text = Numbers.hundredths(v);
            assertThat(Math.abs(Double.parseDouble(text) - v)).as(text).isLessThanOrEqualTo(0.005 + 1e-9);
            assertThat(text).as("%s", v).matches("-?(0|[1-9][0-9]*)(\\.[0-9]?[1-9])?");
        }
    }

    @Test
    void theShortestDecimalIsWhatDoubleToStringWritesForEveryMagnitudeTheAppShows() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 200_000; n++) {
            double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-8, 9));
            assertThat(Numbers.shortest(v)).as("%s", v).isEqualTo(Double.toString(v));
        }
        for (double v : new double[] {0.0, -0.0, 0.5, 62.0, 1e-4, 1e7, 0.44999999999999996, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE}) {
            assertThat(Numbers.shortest(v)).as("%s", v).isEqualTo(Double.toString(v));
        }
    }

    @Test
    void theShortestDecimalReadsBackAsTheSameDoubleAndIsNeverLongerThanJava17s() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 200_000; n++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v)) {
                continue;
            }
            String shortest = Numbers.shortest(v);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(shortest))).as(shortest)
                    .isEqualTo(Double.doubleToRawLongBits(v));
            assertThat(shortest.length()).as(shortest).isLessThanOrEqualTo(Double.toString(v).length());
        }
        // Java 17 writes 1e23 with sixteen digits where one reads back the same (JDK-4511638).
        assertThat(Double.toString(1e23)).isEqualTo("9.999999999999999E22");
        assertThat(Numbers.shortest(1e23)).isEqualTo("1.0E23");
    }

    @Test
    void aListIsWrittenAsArraysToStringWritesIt() {
        double[] values = {0.09273365852314008, 0.5, -3.0, 1e-7, Double.POSITIVE_INFINITY, Double.NaN};
        assertThat(Numbers.list(values)).isEqualTo(Arrays.toString(values));
        assertThat(Numbers.list(new double[0])).isEqualTo("[]");
        assertThat(Numbers.list(new double[] {0.25})).isEqualTo("[0.25]");
    }

    @Test
    void theExactTextIsThePlainShortestDecimal() {
        assertThat(Numbers.exact(0.44999999999999996)).isEqualTo("0.44999999999999996");
        assertThat(Numbers.exact(62.0)).isEqualTo("62");
        assertThat(Numbers.exact(-2.5e-7)).isEqualTo("-0.00000025");
        assertThat(Numbers.exact(1e-30)).isEqualTo("1.0E-30");
        SplittableRandom random = new SplittableRandom(13);
        for (int n = 0; n < 100_000; n++) {
            double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-8, 9));
            String plain = new java.math.BigDecimal(Double.toString(v)).toPlainString();
            assertThat(Numbers.exact(v)).as("%s", v).isEqualTo(plain.length() <= 24 ? plain : Double.toString(v));
        }
    }
}
