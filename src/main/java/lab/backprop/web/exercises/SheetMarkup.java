package lab.backprop.web.exercises;

import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;
import lab.backprop.web.Html;

/**
 * A worksheet's answer table as HTML, written as {@code TableMarkup} writes a results table: in the
 * template, Thymeleaf evaluated some fifteen expressions for every answer box, more than half of what a
 * Check cost. The caption in TeX; one row per unit; each cell either the rounded answer (the key) or
 * the box with what was typed and, after a Check, its mark.
 */
final class SheetMarkup {
    private SheetMarkup() {
    }

    /**
     * The table in its card; {@code key}: the answers instead of the boxes; {@code errorField}: the box
     * the form's error is about (null if none).
     */
    static String of(Worksheet.Sheet t, boolean key, String errorField, Lang lang) {
        Html h = new Html();
        h.open("figure").attr("class", "table-card sheet").end();
        h.open("table").attr("data-symbol", t.symbol()).attr("data-layer", t.layer()).end();
        h.open("caption").end().open("span").attr("class", "math inline").end().text(t.caption()).close("span")
                .close("caption");
        h.head(t.columns(), null);
        for (Worksheet.SheetRow r : t.rows()) {
            h.rowHead(r.label());
            for (Worksheet.SheetCell c : r.cells()) {
                if (key) {
                    h.open("td").attr("data-field", c.name()).end().text(c.expected() == null ? "" : c.expected())
                            .close("td");
                } else {
                    box(h, c, errorField, lang);
                }
            }
            h.close("tr");
        }
        return h.close("tbody").close("table").close("figure").toString();
    }

    private static void box(Html h, Worksheet.SheetCell c, String errorField, Lang lang) {
        String status = c.status();
        h.open("td").attr("data-status", status).attr("data-field", c.name())
                .attr("class", status != null ? "mark-" + status : null).end();
        h.open("input").attr("type", "text").attr("inputmode", "decimal").attr("autocomplete", "off")
                .attr("id", "a-" + c.name()).attr("name", c.name()).attr("value", c.value() == null ? "" : c.value())
                .attr("placeholder", c.symbol()).attr("aria-label", c.symbol())
                .attr("aria-invalid", c.name().equals(errorField) || "incorrect".equals(status) ? "true" : null)
                .attr("aria-describedby", status != null ? "m-" + c.name() : null).end();
        if (status != null) {
            mark(h, c.name(), status, c.message(), lang);
        }
        h.close("td");
    }

    /** The mark of one answer (a box or a question): its icon, the status in words and the marker's hint. */
    static String mark(String name, String status, String message, Lang lang) {
        Html h = new Html();
        mark(h, name, status, message, lang);
        return h.toString();
    }

    private static void mark(Html h, String name, String status, String message, Lang lang) {
        String icon = switch (status) {
            case "correct" -> "✓";
            case "followThrough" -> "↪";
            case "incorrect" -> "✗";
            default -> "?";
        };
        h.open("span").attr("class", "mark").attr("id", "m-" + name).end();
        h.open("span").attr("class", "icon").attr("aria-hidden", "true").end().text(icon).close("span");
        h.open("span").attr("class", "status").end().text(Texts.get().of(lang, "mark." + status)).close("span");
        if (!status.equals("correct")) {
            h.open("small").attr("class", "hint").end().text(message == null ? "" : message).close("small");
        }
        h.close("span");
    }
}
