package lab.backprop.web.lessons;

import java.util.List;
import lab.backprop.engine.Activation;
import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;
import lab.backprop.web.Html;

/**
 * The network form of a lesson's widget as HTML (see {@link lab.backprop.web.Html} for why): the error,
 * the network's shape (layer sizes, an activation per layer, slope k and learning rate η), the example
 * (x and d), each weight matrix, and the buttons. A box named by the form's error is marked invalid and
 * points at the error message. Whitespace is written between the boxes that the page lays out inline.
 */
final class FormMarkup {
    private FormMarkup() {
    }

    /** The form as typed, posting to {@code action}. */
    static void form(Html h, Widget w, String action, Lang lang) {
        Texts texts = Texts.get();
        h.open("form").attr("method", "post").attr("class", "network-form").attr("action", action)
                .attr("hx-post", action).attr("hx-target", "#widget").attr("hx-swap", "outerHTML")
                .attr("hx-indicator", "#widget").end().text("\n");
        if (w.hasError()) {
            h.formError("form-error", texts.of(lang, "lab.error"), w.error()).text("\n");
        }
        FormLayout boxes = w.form().layout();
        shape(h, w, boxes, texts, lang);
        h.open("fieldset").attr("class", "example").end().element("legend", texts.of(lang, "form.example"))
                .text("\n");
        for (List<FormLayout.Field> vector : List.of(boxes.inputs(), boxes.targets())) {
            h.open("div").attr("class", "vector").end();
            for (FormLayout.Field x : vector) {
                h.open("div").attr("class", "field").end().open("label").attr("for", "f-" + x.name()).end()
                        .text(x.label()).close("label");
                input(h, x, w.errorField(), null).close("div");
            }
            h.close("div").text("\n");
        }
        h.close("fieldset").text("\n");
        for (FormLayout.Connection c : boxes.connections()) {
            h.open("fieldset").attr("class", "weights").end()
                    .element("legend", texts.of(lang, "form.weights", c.symbol())).text("\n");
            h.open("div").attr("class", "grid-scroll").end();
            grid(h, c, w.errorField()).close("div").close("fieldset").text("\n");
        }
        h.open("div").attr("class", "actions").end().text("\n");
        button(h, "step", "primary", texts.of(lang, "form.submit"), null);
        button(h, "scale-up", "secondary", texts.of(lang, "form.scaleUp"), null);
        button(h, "scale-down", "secondary", texts.of(lang, "form.scaleDown"), null);
        button(h, "reset", "secondary", texts.of(lang, "form.reset"), "");
        h.open("span").attr("class", "busy").attr("aria-hidden", "true").end().text(texts.of(lang, "form.busy"))
                .close("span").text("\n");
        h.close("div").text("\n").close("form").text("\n");
    }

    /** Layer sizes, an activation per layer, slope k and learning rate η. */
    private static void shape(Html h, Widget w, FormLayout boxes, Texts texts, Lang lang) {
        NetworkForm f = w.form();
        String error = w.errorField();
        h.open("fieldset").attr("class", "shape").end().element("legend", texts.of(lang, "form.network")).text("\n");
        h.open("div").attr("class", "field").end();
        h.open("label").attr("for", "f-layers").end().text(texts.of(lang, "form.layers")).close("label").text("\n");
        h.open("input").attr("id", "f-layers").attr("name", "layers").attr("type", "text")
                .attr("inputmode", "numeric").attr("pattern", "\\s*\\d+(\\s*[, ]\\s*\\d+)+\\s*").attr("required", "")
                .attr("value", f.layersText()).attr("class", "layers".equals(error) ? "invalid" : null)
                .attr("aria-invalid", "layers".equals(error) ? "true" : null)
                .attr("aria-describedby", "layers".equals(error) ? "form-error" : "layers-help").end().text("\n");
        String help = f.kind() == NetworkForm.Kind.DELTA_RULE ? "form.layersHelpSingle" : "form.layersHelp";
        h.open("small").attr("id", "layers-help").end().text(texts.of(lang, help)).close("small").text("\n");
        button(h, "resize", "secondary", texts.of(lang, "form.resize"), null);
        h.close("div").text("\n");
        for (FormLayout.Field g : boxes.activations()) {
            h.open("div").attr("class", "field").end();
            h.open("label").attr("for", "f-" + g.name()).end().text(texts.of(lang, "form.activation", g.label()))
                    .close("label").text("\n");
            h.open("select").attr("id", "f-" + g.name()).attr("name", g.name())
                    .attr("aria-invalid", g.name().equals(error) ? "true" : null).end();
            for (Activation a : Activation.values()) {
                h.open("option").attr("value", a.id()).attr("selected", a.id().equals(g.value()) ? "selected" : null)
                        .end().text(a.id()).close("option");
            }
            h.close("select").close("div").text("\n");
        }
        number(h, f, "slope", texts.of(lang, "form.slope"), "k", error);
        number(h, f, "eta", texts.of(lang, "form.eta"), "\\eta", error);
        h.close("fieldset").text("\n");
    }

    /** Slope or learning rate: its words and its symbol (TeX) as the label, and a number box. */
    private static void number(Html h, NetworkForm f, String name, String words, String symbol, String error) {
        boolean invalid = name.equals(error);
        h.open("div").attr("class", "field").end();
        h.open("label").attr("for", "f-" + name).end().element("span", words).text(" ")
                .open("span").attr("class", "math inline").end().text(symbol).close("span").close("label").text("\n");
        h.open("input").attr("id", "f-" + name).attr("name", name).attr("type", "number").attr("step", "any")
                .attr("required", "").attr("value", f.value(name)).attr("class", invalid ? "invalid" : null)
                .attr("aria-invalid", invalid ? "true" : null).end();
        h.close("div").text("\n");
    }

    /**
     * One weight matrix: a column per sending unit (its bias column first, x₀ = +1 or z₀ = +1), a row
     * per receiving unit, and a number box per weight labelled with its symbol.
     */
    private static Html grid(Html h, FormLayout.Connection c, String errorField) {
        h.open("table").attr("class", "weight-grid").attr("data-connection", c.index()).end();
        h.head(c.columns(), null);
        for (FormLayout.Row r : c.rows()) {
            h.rowHead(r.label());
            for (FormLayout.Field w : r.fields()) {
                input(h.open("td").end(), w, errorField, w.label()).close("td");
            }
            h.close("tr");
        }
        return h.close("tbody").close("table");
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

    /** A submit button setting {@code action}; {@code noValidate} "" for a button that skips validation. */
    private static void button(Html h, String action, String kind, String text, String noValidate) {
        h.open("button").attr("type", "submit").attr("name", "action").attr("value", action).attr("class", kind)
                .attr("formnovalidate", noValidate).end().text(text).close("button").text("\n");
    }
}
