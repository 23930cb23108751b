package lab.backprop.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MathMarkdownTest {
    final MathMarkdown markdown = new MathMarkdown();

    @Test
    void inlineMathKeepsUnderscoresAsterisksAndBackslashes() {
        String html = markdown.render("The rule $\\Delta w_{ji} = \\eta * (t_j - y_j) x_i$ and $a_1 * b_2$ here.");
        assertThat(html).contains("<span class=\"math inline\">\\Delta w_{ji} = \\eta * (t_j - y_j) x_i</span>");
        assertThat(html).contains("<span class=\"math inline\">a_1 * b_2</span>");
        assertThat(html).doesNotContain("<em>");
    }

    @Test
    void displayMathOnItsOwnLinesBecomesABlock() {
        String html = markdown.render("Before.\n\n$$\n\\frac{\\partial E}{\\partial w_{ij}} = -\\Delta_i z_j\n$$\n\nAfter.");
        assertThat(html).contains("<div class=\"math display\">\\frac{\\partial E}{\\partial w_{ij}} = -\\Delta_i z_j</div>");
        assertThat(html).contains("<p>Before.</p>").contains("<p>After.</p>");
    }

    @Test
    void multiLineDisplayMathWithUnderbracesSurvives() {
        String tex = "w_{ij}(t+1) - w_{ij}(t) = \\underbrace{\\eta(d_i - y_i)}_{\\text{error}}\n"
                + "\\underbrace{g'(a_i)}_{\\text{slope}} \\underbrace{z_j}_{\\text{input}}";
        String html = markdown.render("$$\n" + tex + "\n$$");
        assertThat(html).contains(tex);
    }

    @Test
    void mathIsHtmlEscapedAndRawHtmlInTheTextIsNotPassedThrough() {
        String html = markdown.render("Compare $a < b$ <script>alert(1)</script> and <b>bold</b>.");
        assertThat(html).contains("<span class=\"math inline\">a &lt; b</span>");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(html).doesNotContain("<b>");
    }

    @Test
    void dollarsInCodeAndEscapedDollarsAreNotMath() {
        String html = markdown.render("Use `$x_1$` literally, pay \\$5, and see ```\n$$ no $$\n```");
        assertThat(html).contains("<code>$x_1$</code>");
        assertThat(html).contains("$5");
        assertThat(html).doesNotContain("math inline");
    }

    @Test
    void aLoneDollarOrASpaceAfterTheOpeningDollarIsText() {
        String html = markdown.render("It costs $ 5 and $6 $ here.");
        assertThat(html).doesNotContain("class=\"math");
    }

    @Test
    void markdownAroundMathStillWorks() {
        String html = markdown.render("## Term *A*\n\n- **bold** $z_j = g(u_j)$\n- [link](/lessons/feed-forward)\n\n| a | g'(a) |\n|---|---|\n| 0 | 0.25 |");
        assertThat(html).contains("<h2 id=\"term-a\">Term <em>A</em></h2>");
        assertThat(html).contains("<strong>bold</strong> <span class=\"math inline\">z_j = g(u_j)</span>");
        assertThat(html).contains("href=\"/lessons/feed-forward\">link</a>");
        assertThat(html).contains("<table>").contains("<td>0.25</td>");
    }

    @Test
    void javascriptLinksAreNeutralised() {
        assertThat(markdown.render("[x](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Nested
    class ALectureNotationContainer {
        @Test
        void wrapsItsMarkdownAndMathInADivOfThatClass() {
            String html = markdown.render("Before.\n\n::: lecture-notation\nThe lecture writes *this*:\n\n"
                    + "$$\n\\Delta_i = (d_i - y_i)\\,g'(a_i)\n$$\n:::\n\nAfter $y_k$.");
            assertThat(html).contains("<p>Before.</p>\n<div class=\"lecture-notation\">\n<p>The lecture writes <em>this</em>:</p>\n"
                    + "<div class=\"math display\">\\Delta_i = (d_i - y_i)\\,g'(a_i)</div>\n</div>\n<p>After "
                    + "<span class=\"math inline\">y_k</span>.</p>");
        }

        @Test
        void keepsTheTextAroundItAndAllowsSeveral() {
            String html = markdown.render("::: lecture-notation\n$a_i$\n:::\nmiddle\n:::lecture-notation\n$u_i$\n:::");
            assertThat(html).isEqualTo("<div class=\"lecture-notation\">\n<p><span class=\"math inline\">a_i</span></p>\n</div>\n"
                    + "<p>middle</p>\n<div class=\"lecture-notation\">\n<p><span class=\"math inline\">u_i</span></p>\n</div>\n");
        }

        @Test
        void escapesRawHtmlInsideItToo() {
            String html = markdown.render("::: lecture-notation\n<script>alert(1)</script>\n:::");
            assertThat(html).startsWith("<div class=\"lecture-notation\">").doesNotContain("<script>").contains("&lt;script&gt;");
        }

        @Test
        void anUnknownNameAnUnclosedBlockOrAFenceIsPlainText() {
            assertThat(markdown.render("::: warning\ntext\n:::")).doesNotContain("<div").contains("::: warning");
            assertThat(markdown.render("::: lecture-notation\nnever closed")).doesNotContain("<div")
                    .contains("::: lecture-notation");
            assertThat(markdown.render("```\n::: lecture-notation\n$x$\n:::\n```")).doesNotContain("<div")
                    .contains("<code>::: lecture-notation");
            assertThat(markdown.render("::: lecture-notation class=\"x\" onclick=\"y\"\nz\n:::")).doesNotContain("<div");
        }
    }

    @Nested
    class AMistakesContainer {
        @Test
        void wrapsItsListAndMathInADivOfClassMistakes() {
            String html = markdown.render("::: mistakes\n**Common mistakes**\n\n- $g'(y)$ instead of $g'(a)$\n:::");
            assertThat(html).isEqualTo("<div class=\"mistakes\">\n<p><strong>Common mistakes</strong></p>\n<ul>\n"
                    + "<li><span class=\"math inline\">g'(y)</span> instead of <span class=\"math inline\">g'(a)</span></li>\n"
                    + "</ul>\n</div>\n");
        }
    }
}
