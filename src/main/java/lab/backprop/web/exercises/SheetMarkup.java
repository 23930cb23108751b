package lab.backprop.web.exercises;

import java.util.Map;
import lab.backprop.exercises.Marking;
import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;
import lab.backprop.web.Html;

/**
 * A worksheet's form as HTML, written as {@code TableMarkup} writes a results table: in the template,
 * Thymeleaf evaluated some fifteen expressions for every answer box, more than half of what a Check
 * cost. The form is what htmx swaps after a Check or a hand-in: the error or the marks' summary, the
 * answer tables, the questions, the Check button and, with class records on, the hand-in part. An
 * answer table has its caption in TeX, a row per unit, and in each cell either the rounded answer (the
 * key) or the box with what was typed and, after a Check, its mark. Whitespace is written where the page
 * shows it between inline boxes.
 */
final class SheetMarkup {
    private SheetMarkup() {
    }

    /**
     * The worksheet's form, posting to {@code action}; {@code questionText}: each question's text as HTML
     * by its id; {@code handIn}: the hand-in part, or null when class records are off.
     */
    static String form(Worksheet sheet, Map<String, String> questionText, HandInForm handIn, String action,
                       Lang lang) {
        Texts texts = Texts.get();
        Html h = new Html();
        h.open("form").attr("id", "sheet").attr("method", "post").attr("class", "sheet-form").attr("action", action)
                .attr("hx-post", action).attr("hx-target", "#sheet").attr("hx-swap", "outerHTML").end().text("\n");
        if (sheet.error() != null) {
            h.formError("sheet-error", texts.of(lang, "lab.error"), sheet.error()).text("\n");
        }
        if (sheet.summary() != null) {
            summary(h, sheet.summary(), texts, lang);
        }
        h.open("div").attr("class", "sheets").end().text("\n");
        for (Worksheet.Sheet t : sheet.sheets()) {
            of(h, t, false, sheet.errorField(), lang);
        }
        h.text("\n").close("div").text("\n");
        if (!sheet.questions().isEmpty()) {
            h.open("div").attr("class", "questions").end().text("\n");
            int count = 0;
            for (QuestionBoxes.QuestionBox q : sheet.questions()) {
                question(h, q, ++count, questionText.get(q.id()), sheet.errorField(), texts, lang);
            }
            h.close("div").text("\n");
        }
        h.open("div").attr("class", "actions").end().text("\n");
        h.open("button").attr("type", "submit").attr("class", "primary").end().text(texts.of(lang, "exercise.check"))
                .close("button").text("\n");
        h.open("span").attr("class", "busy").attr("aria-hidden", "true").end().text(texts.of(lang, "form.busy"))
                .close("span").text("\n").close("div").text("\n");
        if (handIn != null) {
            handIn(h, handIn, action + "/hand-in", texts, lang);
        }
        return h.close("form").toString();
    }

    /** How many answers are correct, follow-through, incorrect and missing, of how many. */
    private static void summary(Html h, Marking.Summary s, Texts texts, Lang lang) {
        h.open("p").attr("class", "summary").attr("role", "status").end().text("\n");
        count(h, "correct", s.correct(), texts, lang);
        count(h, "followThrough", s.followThrough(), texts, lang);
        count(h, "incorrect", s.incorrect(), texts, lang);
        count(h, "missing", s.missing(), texts, lang);
        h.open("span").end().text("/ ").element("span", Integer.toString(s.total())).close("span").text("\n");
        h.close("p").text("\n");
    }

    private static void count(Html h, String status, int n, Texts texts, Lang lang) {
        h.open("span").attr("class", "mark-" + status).end().text(icon(status) + " ")
                .element("span", texts.of(lang, "mark." + status)).text(" ").element("strong", Integer.toString(n))
                .close("span").text("\n");
    }

    /** A question: its text, then its options (a choice) or its box, and after a Check its mark. */
    private static void question(Html h, QuestionBoxes.QuestionBox q, int count, String text, String errorField,
                                 Texts texts, Lang lang) {
        h.open("fieldset").attr("class", q.status() != null ? "question mark-" + q.status() : "question")
                .attr("id", "question-" + q.id()).attr("data-status", q.status()).attr("data-field", q.name()).end()
                .text("\n");
        h.element("legend", texts.of(lang, "exercise.question", count)).text("\n");
        h.open("div").attr("class", "question-text").attr("id", "t-" + q.name()).end().raw(text == null ? "" : text)
                .close("div").text("\n");
        if (q.choice()) {
            h.open("p").attr("class", "options").attr("role", "radiogroup").attr("aria-labelledby", "t-" + q.name())
                    .end().text("\n");
            for (QuestionBoxes.Option o : q.options()) {
                h.open("label").attr("class", "option").end().text("\n");
                h.open("input").attr("type", "radio").attr("name", q.name()).attr("value", o.value())
                        .attr("id", q.name() + "-" + o.value()).attr("checked", o.checked() ? "checked" : null).end()
                        .text("\n");
                h.open("span").attr("class", "math-symbol").end().text(o.label()).close("span").text("\n")
                        .close("label");
            }
            h.text("\n").close("p").text("\n");
        } else {
            h.open("p").attr("class", "answer-box").end().text("\n");
            h.open("label").attr("for", "a-" + q.name()).end().text(q.symbol()).close("label").text(" =\n");
            answerBox(h, q.name(), q.symbol(), q.value(), q.status(), errorField, null).text("\n");
            h.close("p").text("\n");
        }
        if (q.status() != null) {
            mark(h, q.name(), q.status(), q.message(), lang);
        }
        h.text("\n").close("fieldset").text("\n");
    }

    /** "Hand in": name and student number, the CSRF token, and the receipt or the refused field. */
    private static void handIn(Html h, HandInForm f, String action, Texts texts, Lang lang) {
        h.open("fieldset").attr("id", "hand-in").attr("class", "hand-in").end().text("\n");
        h.element("legend", texts.of(lang, "handIn.title")).text("\n");
        h.open("p").attr("class", "notice").end().text(texts.of(lang, "handIn.notice")).close("p").text("\n");
        if (f.attemptNo() != null) {
            h.open("p").attr("class", "receipt").attr("role", "status").end()
                    .text(texts.of(lang, "handIn.receipt", f.attemptNo(), f.handedInAt())).close("p").text("\n");
        }
        if (f.errorKey() != null) {
            h.open("p").attr("class", "form-error").attr("role", "alert").end()
                    .text(texts.of(lang, f.errorKey(), f.errorField())).close("p").text("\n");
        }
        h.open("input").attr("type", "hidden").attr("name", "csrf").attr("value", f.csrf()).end().text("\n");
        person(h, "name", "name", 40, f.name(), "name".equals(f.errorField()), texts.of(lang, "handIn.name"));
        person(h, "number", "off", 20, f.number(), "number".equals(f.errorField()), texts.of(lang, "handIn.number"));
        h.open("button").attr("type", "submit").attr("id", "hand-in-button").attr("class", "secondary")
                .attr("formaction", action).attr("hx-post", action).end().text(texts.of(lang, "handIn.button"))
                .close("button").text("\n");
        h.close("fieldset").text("\n");
    }

    private static void person(Html h, String name, String autocomplete, int maxLength, String value,
                               boolean invalid, String label) {
        h.open("div").attr("class", "field").end().text("\n");
        h.open("label").attr("for", "hand-in-" + name).end().text(label).close("label").text("\n");
        h.open("input").attr("id", "hand-in-" + name).attr("name", name).attr("type", "text")
                .attr("autocomplete", autocomplete).attr("maxlength", maxLength).attr("value", value)
                .attr("aria-invalid", invalid ? "true" : null).end().text("\n");
        h.close("div").text("\n");
    }

    /**
     * The table in its card; {@code key}: the answers instead of the boxes; {@code errorField}: the box
     * the form's error is about (null if none).
     */
    static String of(Worksheet.Sheet t, boolean key, String errorField, Lang lang) {
        return of(new Html(), t, key, errorField, lang).toString();
    }

    /** {@link #of(Worksheet.Sheet, boolean, String, Lang)}, written at the end of {@code h}. */
    private static Html of(Html h, Worksheet.Sheet t, boolean key, String errorField, Lang lang) {
        h.open("figure").attr("class", "table-card sheet").end();
        h.open("table").attr("data-symbol", t.symbol()).attr("data-layer", t.layer()).end();
        h.caption(t.caption());
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
        return h.close("tbody").close("table").close("figure");
    }

    private static void box(Html h, Worksheet.SheetCell c, String errorField, Lang lang) {
        String status = c.status();
        h.open("td").attr("data-status", status).attr("data-field", c.name())
                .attr("class", status != null ? "mark-" + status : null).end();
        answerBox(h, c.name(), c.symbol(), c.value(), status, errorField, c.symbol());
        if (status != null) {
            mark(h, c.name(), status, c.message(), lang);
        }
        h.close("td");
    }

    /**
     * A box for a typed answer, named {@code name} and showing {@code symbol} while empty; invalid when the
     * form's error is about it or its mark is incorrect, and described by its mark once it has one. A box
     * without a label element (in an answer table) is named by {@code ariaLabel}.
     */
    private static Html answerBox(Html h, String name, String symbol, String value, String status, String errorField,
                                  String ariaLabel) {
        return h.open("input").attr("type", "text").attr("inputmode", "decimal").attr("autocomplete", "off")
                .attr("id", "a-" + name).attr("name", name).attr("value", value == null ? "" : value)
                .attr("placeholder", symbol).attr("aria-label", ariaLabel)
                .attr("aria-invalid", name.equals(errorField) || "incorrect".equals(status) ? "true" : null)
                .attr("aria-describedby", status != null ? "m-" + name : null).end();
    }

    /** The mark of one answer (a box or a question): its icon, the status in words and the marker's hint. */
    static String mark(String name, String status, String message, Lang lang) {
        Html h = new Html();
        mark(h, name, status, message, lang);
        return h.toString();
    }

    private static void mark(Html h, String name, String status, String message, Lang lang) {
        h.open("span").attr("class", "mark").attr("id", "m-" + name).end();
        h.open("span").attr("class", "icon").attr("aria-hidden", "true").end().text(icon(status)).close("span");
        h.open("span").attr("class", "status").end().text(Texts.get().of(lang, "mark." + status)).close("span");
        if (!status.equals("correct")) {
            h.open("small").attr("class", "hint").end().text(message == null ? "" : message).close("small");
        }
        h.close("span");
    }

    /** A mark's icon, in the marks' summary and beside each answer: correct, follow-through, incorrect, missing. */
    private static String icon(String status) {
        return switch (status) {
            case "correct" -> "✓";
            case "followThrough" -> "↪";
            case "incorrect" -> "✗";
            default -> "?";
        };
    }
}
