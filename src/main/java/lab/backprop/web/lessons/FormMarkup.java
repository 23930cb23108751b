package lab.backprop.web.lessons;

import lab.backprop.engine.Activation;
import lab.backprop.web.Html;

/**
 * The repeated parts of the network form as HTML (see {@link lab.backprop.web.Html} for why): the number
 * boxes of x and d, the activation choices, and each weight matrix. A box named by the form's error is
 * marked invalid and points at the error message.
 */
final class FormMarkup {
    private FormMarkup() {
    }

    /** A labelled number box for one input x_i or target d_k. */
    static String numberField(FormLayout.Field x, String errorField) {
        Html h = new Html();
        h.open("label").attr("for", "f-" + x.name()).end().text(x.label()).close("label");
        return input(h, x, errorField, null).toString();
    }

    /** The options of an activation's select, the chosen one selected. */
    static String options(FormLayout.Field g) {
        Html h = new Html();
        for (Activation a : Activation.values()) {
            h.open("option").attr("value", a.id()).attr("selected", a.id().equals(g.value()) ? "selected" : null)
                    .end().text(a.id()).close("option");
        }
        return h.toString();
    }

    /**
     * One weight matrix: a column per sending unit (its bias column first, x₀ = +1 or z₀ = +1), a row
     * per receiving unit, and a number box per weight labelled with its symbol.
     */
    static String grid(FormLayout.Connection c, String errorField) {
        Html h = new Html();
        h.open("table").attr("class", "weight-grid").attr("data-connection", c.index()).end();
        h.head(c.columns(), null);
        for (FormLayout.Row r : c.rows()) {
            h.rowHead(r.label());
            for (FormLayout.Field w : r.fields()) {
                input(h.open("td").end(), w, errorField, w.label()).close("td");
            }
            h.close("tr");
        }
        return h.close("tbody").close("table").toString();
    }

    /** A number box, named by {@code ariaLabel} where it has no label element (a weight in its grid). */
    private static Html input(Html h, FormLayout.Field f, String errorField, String ariaLabel) {
        boolean invalid = f.name().equals(errorField);
        return h.open("input").attr("type", "number").attr("step", "any").attr("required", "")
                .attr("id", "f-" + f.name()).attr("name", f.name()).attr("value", f.value())
                .attr("aria-label", ariaLabel).attr("aria-invalid", invalid ? "true" : null)
                .attr("aria-describedby", invalid ? "form-error" : null)
                .attr("class", invalid ? "invalid" : null).end();
    }
}
