package lab.backprop.web.lessons;

import lab.backprop.web.Html;

/**
 * One weight matrix of the network form as HTML: a column per sending unit (its bias column first, x₀ = +1
 * or z₀ = +1), a row per receiving unit, and a number box per weight labelled with its symbol. The box
 * named by the form's error is marked invalid and points at the error message.
 */
final class WeightGridMarkup {
    private WeightGridMarkup() {
    }

    static String of(FormLayout.Connection c, String errorField) {
        Html h = new Html();
        h.open("table").attr("class", "weight-grid").attr("data-connection", c.index()).end();
        h.open("thead").end().open("tr").end().open("th").attr("scope", "col").end().close("th");
        for (String column : c.columns()) {
            h.open("th").attr("scope", "col").end().text(column).close("th");
        }
        h.close("tr").close("thead").open("tbody").end();
        for (FormLayout.Row r : c.rows()) {
            h.open("tr").end().open("th").attr("scope", "row").end().text(r.label()).close("th");
            for (FormLayout.Field w : r.fields()) {
                boolean invalid = w.name().equals(errorField);
                h.open("td").end().open("input").attr("type", "number").attr("step", "any").attr("required", "")
                        .attr("id", "f-" + w.name()).attr("name", w.name()).attr("value", w.value())
                        .attr("aria-label", w.label()).attr("aria-invalid", invalid ? "true" : null)
                        .attr("aria-describedby", invalid ? "form-error" : null)
                        .attr("class", invalid ? "invalid" : null).end().close("td");
            }
            h.close("tr");
        }
        return h.close("tbody").close("table").toString();
    }
}
