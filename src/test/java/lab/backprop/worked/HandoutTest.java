package lab.backprop.worked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.i18n.Lang;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The LaTeX and Markdown handouts of the hand-worked 2-2-2 example carry its published numbers: every
 * formula's result, read back from the text, against the values worked by hand (to 9 decimals).
 */
class HandoutTest {
    static final Handout EN = new Handout("One step", HandWorked.EXAMPLE, HandWorked.EXAMPLE.step(), 9, Lang.EN);
    static final Handout KO = new Handout("한 단계", HandWorked.EXAMPLE, HandWorked.EXAMPLE.step(), 9, Lang.KO);

    /** Each formula (its left side as the handouts write it) and its hand-worked value. */
    static final Object[][] PUBLISHED = {
            {"u_{1}", 0.3775}, {"z_{1}", 0.593269992}, {"z_{2}", 0.596884378},
            {"a_{1}", 1.105905967}, {"y_{1}", 0.751365070}, {"y_{2}", 0.772928465},
            {"E", 0.298371109},
            {"\\Delta_{1}", -0.138498562}, {"\\Delta_{2}", 0.038098236},
            {"\\delta_{1}", -0.008771354}, {"\\delta_{2}", -0.009954254},
            {"w_{11}(t+1)", 0.358916480}, {"w_{12}(t+1)", 0.408666186},
            {"w_{21}(t+1)", 0.511301270}, {"w_{22}(t+1)", 0.561370121},
            {"v_{11}(t+1)", 0.149780716}, {"v_{12}(t+1)", 0.199561432},
            {"v_{21}(t+1)", 0.249751144}, {"v_{22}(t+1)", 0.299502287},
            // This app updates the biases too: w_k0 + η·Δ_k and v_j0 + η·δ_j, from the published signals.
            {"w_{10}(t+1)", 0.60 + 0.5 * -0.138498562}, {"w_{20}(t+1)", 0.60 + 0.5 * 0.038098236},
            {"v_{10}(t+1)", 0.35 + 0.5 * -0.008771354}, {"v_{20}(t+1)", 0.35 + 0.5 * -0.009954254},
    };

    @Nested
    class TheLatex {
        final String tex = EN.tex();

        @Test
        void givesEveryFormulaItsHandWorkedValue() {
            hasThePublishedValues(lhs -> texResult(tex, lhs));
        }

        @Test
        void writesEachFormulaWithItsNumbersPluggedIn() {
            // A long formula is set one side per row.
            assertThat(tex).contains("u_{1} &= v_{10} + v_{11}\\,x_{1} + v_{12}\\,x_{2} \\\\\n  &= 0.350000000 + "
                    + "0.150000000 \\times 0.050000000 + 0.200000000 \\times 0.100000000 \\\\\n  &= 0.377500000");
            assertThat(tex).contains("z_{1} &= g(u_{1}) = \\frac{1}{1 + e^{-0.377500000}} = 0.593269992");
            assertThat(tex).contains("\\Delta_{1} &= (d_{1} - y_{1})\\,g'(a_{1}) = (0.010000000 - 0.751365070) \\times");
            assertThat(tex).contains("\\delta_{1} &= g'(u_{1})\\,\\sum_{k} w_{k1} \\Delta_{k}");
            assertThat(tex).contains("\\Delta w_{11} &= \\eta\\,\\Delta_{1}\\,z_{1} = 0.500000000 \\times (-0.138498562) \\times 0.593269992");
        }

        @Test
        void isACompleteDocumentInEnglishWithoutKotex() {
            assertThat(tex).startsWith("% One step\n% Made by Backprop Lab").contains("pdflatex");
            assertThat(tex).contains("\\documentclass").contains("\\begin{document}").endsWith("\\end{document}\n");
            assertThat(tex).doesNotContain("kotex").contains("\\subsection*{4. Output error signals $\\Delta{}$}");
        }

        @Test
        void inKoreanLoadsKotexAndSaysSoInItsHeader() {
            String ko = KO.tex();
            String header = ko.substring(0, ko.indexOf("\\documentclass"));
            assertThat(header).contains("kotex").contains("texlive-lang-korean");
            assertThat(ko).contains("\\usepackage{kotex}").contains("\\subsection*{1. 앞먹임: 은닉 유닛 u, z}");
            assertThat(texResult(ko, "E")).isCloseTo(0.298371109, within(1e-9));
        }

        @Test
        void escapesATitleSoItCanRunNoCommand() {
            String hostile = new Handout("\\input{/etc/passwd} $x$ ^^M 100% #1 {a}_b ~\n\n\\end", HandWorked.EXAMPLE,
                    HandWorked.EXAMPLE.step(), 4, Lang.EN).tex();
            String firstLines = hostile.substring(0, hostile.indexOf('\n', hostile.indexOf('\n') + 1));
            assertThat(firstLines).doesNotContain("\\input{").doesNotContain("^^").doesNotContain("$x$");
            assertThat(hostile).contains("\\section*{\\textbackslash{}input\\{/etc/passwd\\} \\$x\\$ "
                    + "\\textasciicircum{}\\textasciicircum{}M 100\\% \\#1 \\{a\\}\\_b \\textasciitilde{}  "
                    + "\\textbackslash{}end}");
        }
    }

    @Nested
    class TheMarkdown {
        final String md = EN.markdown();

        @Test
        void givesEveryFormulaItsHandWorkedValue() {
            hasThePublishedValues(lhs -> mdResult(md, lhs));
        }

        @Test
        void writesEachLineAsDollarMath() {
            assertThat(md).startsWith("# One step\n\n");
            assertThat(md).contains("\n## 3. The loss E\n\n- $E = \\tfrac{1}{2} \\sum_{k} (d_{k} - y_{k})^2 = "
                    + "\\tfrac{1}{2} [(0.010000000 - 0.751365070)^2 + (0.990000000 - 0.772928465)^2] = 0.298371109$\n");
            assertThat(md).contains("- $\\Delta w_{11} = \\eta\\,\\Delta_{1}\\,z_{1} = 0.500000000 \\times (-0.138498562) "
                    + "\\times 0.593269992 = ");
            assertThat(md).contains("$; $w_{11}(t+1) = 0.400000000 + (");
            assertThat(KO.markdown()).contains("## 4. 출력 유닛의 오류 신호 Δ");
        }

        @Test
        void escapesTheTitlesMarkdown() {
            assertThat(new Handout("<b>*x*</b> [a](b)", HandWorked.EXAMPLE, HandWorked.EXAMPLE.step(), 4, Lang.EN)
                    .markdown()).startsWith("# \\<b\\>\\*x\\*\\</b\\> \\[a\\]\\(b\\)\n");
        }
    }

    /** Each published formula's result, read by {@code result} from its left side, is the hand-worked value. */
    static void hasThePublishedValues(ToDoubleFunction<String> result) {
        for (Object[] row : PUBLISHED) {
            String lhs = (String) row[0];
            assertThat(result.applyAsDouble(lhs)).as(lhs).isCloseTo((Double) row[1], within(1.5e-9));
        }
    }

    /** The result of the TeX formula whose left side is {@code lhs}: the number after its last "=". */
    static double texResult(String tex, String lhs) {
        int start = tex.indexOf("\n" + lhs + " &= ");
        assertThat(start).as("a formula for " + lhs).isNotNegative();
        Matcher row = Pattern.compile("\n(?! )").matcher(tex);
        int end = row.find(start + 1) ? row.start() : tex.length();
        return last(tex.substring(start, end));
    }

    /** The result of the Markdown formula whose left side is {@code lhs}. */
    static double mdResult(String md, String lhs) {
        int start = md.indexOf("$" + lhs + " = ");
        assertThat(start).as("a formula for " + lhs).isNotNegative();
        return last(md.substring(start, md.indexOf('$', start + 1)));
    }

    private static double last(String formula) {
        Matcher m = Pattern.compile("= (-?\\d+\\.\\d+)[\\s\\\\$]*$").matcher(formula);
        assertThat(m.find()).as(formula).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
