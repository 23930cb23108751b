package lab.backprop.web;

import java.util.List;

/**
 * A small writer of HTML and SVG for the page parts that repeat an element per number (the results
 * tables, the diagram, the weight grids). Thymeleaf evaluates each attribute expression on every render,
 * which made a posted step cost ~15 ms of CPU; these parts are written here as strings instead, and the
 * templates insert them whole. The answers to a posted step, a Check and a hand-in are written here
 * entirely, without a template. Every text and attribute value is escaped; a null attribute is left out.
 */
public final class Html {
    private final StringBuilder out;

    /** A writer for a part of a page: its buffer starts at 2,048 characters. */
    public Html() {
        this(2048);
    }

    /** A writer with room for {@code capacity} characters before its buffer grows. */
    public Html(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Starts an opening tag: attributes follow, then {@link #end()}. */
    public Html open(String tag) {
        out.append('<').append(tag);
        return this;
    }

    /** An attribute, escaped; none at all when the value is null. */
    public Html attr(String name, Object value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            escape(value.toString());
            out.append('"');
        }
        return this;
    }

    /** An attribute whose value is a coordinate or length of a picture, to a hundredth: {@link Numbers#hundredths}. */
    public Html coordinate(String name, double value) {
        out.append(' ').append(name).append("=\"").append(Numbers.hundredths(value)).append('"');
        return this;
    }

    /** An attribute whose value is an integer. */
    public Html attr(String name, int value) {
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    /** Ends the opening tag. */
    public Html end() {
        out.append('>');
        return this;
    }

    /** Text content, escaped. */
    public Html text(String text) {
        escape(text);
        return this;
    }

    /** A closing tag. */
    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A table's caption written in TeX, which the page's KaTeX typesets (the span of class math inline). */
    public Html caption(String tex) {
        return open("caption").end().open("span").attr("class", "math inline").end().text(tex).close("span")
                .close("caption");
    }

    /**
     * A table's head and the start of its body: an empty corner cell above the row headers, then a
     * header cell per column, its text in a span of {@code spanClass} (such as TeX to typeset) or, when
     * that is null, as it is.
     */
    public Html head(List<String> columns, String spanClass) {
        open("thead").end().open("tr").end().open("th").attr("scope", "col").end().close("th");
        for (String c : columns) {
            open("th").attr("scope", "col").end();
            if (spanClass != null) {
                open("span").attr("class", spanClass).end().text(c).close("span");
            } else {
                text(c);
            }
            close("th");
        }
        return close("tr").close("thead").open("tbody").end();
    }

    /** Opens a body row with its header cell (the unit, such as z₁); the row's cells follow. */
    public Html rowHead(String label) {
        return open("tr").end().open("th").attr("scope", "row").end().text(label).close("th");
    }

    /**
     * Markup inserted as it is: only what is already safe HTML, another of these writers' output (a
     * table, the diagram) or the content's rendered Markdown (a question's text).
     */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * A form's error, announced when it appears: {@code lead} in bold ("Please check"), then the message;
     * {@code id} is what the invalid box points at with aria-describedby.
     */
    public Html formError(String id, String lead, String message) {
        return open("p").attr("class", "form-error").attr("id", id).attr("role", "alert").end()
                .element("strong", lead).text(": ").element("span", message).close("p");
    }

    /** An element without attributes around escaped text: {@code <tag>text</tag>}. */
    public Html element(String tag, String text) {
        return open(tag).end().text(text).close(tag);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Appends {@code s} escaped, copying the runs between special characters whole. */
    private void escape(String s) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(s, from, i).append(entity);
                from = i + 1;
            }
        }
        out.append(s, from, s.length());
    }
}
