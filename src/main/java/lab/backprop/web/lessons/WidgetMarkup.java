package lab.backprop.web.lessons;

import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;
import lab.backprop.lessons.Lesson;
import lab.backprop.web.Downloads;
import lab.backprop.web.Html;
import lab.backprop.web.Table;

/**
 * A lesson's widget as HTML: the network form as typed, and either the error beside its field or the
 * results (the share link, the downloads, the diagram, the tables under the lesson's focus headings and
 * the loss curve). It is the answer to every posted step, which htmx swaps in place of {@code #widget};
 * as a Thymeleaf template it was a third of a step's CPU (docs/PERFORMANCE.md, eighth sitting). Whitespace
 * is written where the page's inline boxes (the form's fields, the text around a link) are separated.
 */
final class WidgetMarkup {
    /**
     * The length of the last widget written: the next one is written into a buffer of about that size,
     * which is written once instead of growing (and being copied) five or six times from a small one.
     */
    private static volatile int lastLength = 16_384;

    private WidgetMarkup() {
    }

    /** The whole widget of {@code lesson}; {@code base}: the server's base path ("" at the root). */
    static String of(Widget w, Lesson lesson, String base, Lang lang) {
        String action = base + "/lessons/" + lesson.slug();
        Html h = new Html(lastLength + lastLength / 8);
        h.open("div").attr("id", "widget").attr("class", "widget").end().text("\n");
        FormMarkup.form(h, w, action, lang);
        if (!w.hasError()) {
            results(h, w, lesson, action, lang);
        }
        String markup = h.close("div").toString();
        lastLength = markup.length();
        return markup;
    }

    /** The tables under the lesson's focus headings, a section per heading. */
    static String groups(Widget w, Lang lang) {
        return groups(new Html(), w, lang).toString();
    }

    private static Html groups(Html h, Widget w, Lang lang) {
        for (Widget.Group g : w.groups()) {
            h.open("section").attr("class", "group").attr("data-group", g.id()).end()
                    .element("h3", Texts.get().of(lang, "results." + g.id())).text("\n");
            h.open("div").attr("class", "tables").end();
            Table.cards(h, g.tables()).close("div").close("section").text("\n");
        }
        return h;
    }

    private static void results(Html h, Widget w, Lesson lesson, String action, Lang lang) {
        Texts texts = Texts.get();
        h.open("section").attr("id", "results").attr("class", "results").attr("aria-live", "polite")
                .attr("aria-label", texts.of(lang, "results.title")).end().text("\n");
        h.open("p").attr("class", "share").end().open("a").attr("href", action + "?" + w.shareQuery())
                .attr("data-share", "").end().text(texts.of(lang, "results.share")).close("a").close("p").text("\n");
        if (lesson.widget() == Lesson.Widget.NETWORK) {
            Downloads.links(h, action + "/step", w.shareQuery() + "&lang=" + lang.code(), lang).text("\n");
        }
        if (w.diagram() != null) {
            w.diagram().figure(h, lang).text("\n");
        }
        groups(h, w, lang);
        if (w.lossCurve() != null) {
            h.open("figure").attr("class", "plot-card").end();
            h.open("div").attr("class", "plot").attr("data-plot", "loss").attr("data-losses", w.lossCurve())
                    .attr("role", "img").attr("aria-label", texts.of(lang, "results.curveLabel")).end().close("div")
                    .text("\n");
            h.element("figcaption", texts.of(lang, "results.curve")).close("figure").text("\n");
        }
        h.close("section").text("\n");
    }
}
