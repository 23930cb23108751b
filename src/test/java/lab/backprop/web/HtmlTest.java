package lab.backprop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The writer behind the tables, the diagram and the form grids escapes everything it is given. */
class HtmlTest {
    @Test
    void escapesTextAndAttributesAndLeavesOutANullAttribute() {
        String html = new Html().open("td").attr("title", "a\"b' <c> & d").attr("colspan", (Object) null)
                .attr("data-j", 2).attr("x", 62.0).end().text("<script>alert('x') & \"y\"</script>").close("td")
                .toString();
        assertThat(html).isEqualTo("<td title=\"a&quot;b&#39; &lt;c&gt; &amp; d\" data-j=\"2\" x=\"62.0\">"
                + "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</td>");
    }

    @Test
    void escapesAtTheEdgesAndInRunsAndCopiesPlainTextAsItIs() {
        assertThat(new Html().text("").toString()).isEmpty();
        assertThat(new Html().text("&").toString()).isEqualTo("&amp;");
        assertThat(new Html().text("<<>>").toString()).isEqualTo("&lt;&lt;&gt;&gt;");
        assertThat(new Html().text("\"u₁ = 0.5\"").toString()).isEqualTo("&quot;u₁ = 0.5&quot;");
        assertThat(new Html().text("Δv₁₀ = −0.0065 (학습률 η)").toString()).isEqualTo("Δv₁₀ = −0.0065 (학습률 η)");
    }

    @Test
    void aTableCellCarriesItsFullValueAndShowsFourDecimals() {
        Table t = new Table("dw", 1, "\\Delta w", java.util.List.of("z_1", "z_2"), java.util.List.of(
                new Table.Row("y₁", java.util.List.of(new Table.Cell("dw", 1, 1, 0.123456, "0.5 × 0.2469")))));
        assertThat(t.markup()).contains("<td data-symbol=\"dw\" data-j=\"1\" data-i=\"1\" data-value=\"0.123456\" "
                + "colspan=\"2\" title=\"0.123456\"><span class=\"num\">0.1235</span>"
                + "<small class=\"factors\">= 0.5 × 0.2469</small></td>");
    }
}
