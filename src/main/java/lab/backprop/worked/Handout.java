package lab.backprop.worked;

import lab.backprop.engine.StepTrace;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.Problem;

/**
 * One computed step ready to be taken away into a handout: a lesson's network or an exercise's answer
 * key, with the title it goes under, the decimals of its worked formulas and the language of its words.
 * Each format is written from the same {@link StepTrace} the page shows, so the numbers are the engine's.
 *
 * @param title    the lesson's or exercise's title, plain text (escaped by each format)
 * @param step     {@code problem}'s step, computed once by the caller
 * @param decimals digits after the point in the worked formulas (the CSV and JSON keep every digit)
 */
public record Handout(String title, Problem problem, StepTrace step, int decimals, Lang lang) {
    public Handout {
        if (decimals < 0 || decimals > 12) {
            throw new IllegalArgumentException("decimals must be 0 to 12, got " + decimals);
        }
    }

    /** The tables, a section per quantity, as UTF-8 text starting with a byte-order mark. */
    public String csv() {
        return StepCsv.of(this);
    }

    /** The /api/backprop answer for this problem (serialize it with the API's JSON mapper). */
    public StepView json() {
        return StepView.of(step);
    }

    /** A complete LaTeX document of the worked step (the Korean one needs kotex). */
    public String tex() {
        return StepTex.of(this);
    }

    /** The worked step as Markdown with $…$ math. */
    public String markdown() {
        return StepMarkdown.of(this);
    }

    /** The text of {@code format}; JSON, which the web layer serializes itself, is not text here. */
    public String text(Format format) {
        return switch (format) {
            case CSV -> csv();
            case TEX -> tex();
            case MARKDOWN -> markdown();
            case JSON -> throw new IllegalArgumentException("JSON is written by the HTTP layer's mapper: use json()");
        };
    }
}
