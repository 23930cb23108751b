package lab.backprop.web.lessons;

import java.util.Arrays;
import java.util.List;
import lab.backprop.i18n.Lang;
import lab.backprop.lessons.Lesson;
import lab.backprop.web.Diagram;
import lab.backprop.web.Table;

/**
 * What the interactive part of a lesson shows after a submit: the form as typed, and either the
 * results (tables, diagram, loss curve) or the error with the field it is about.
 *
 * @param tables     every table, in the order shown; empty when there is an error
 * @param lossCurve  E over the next learning steps as a JSON array, for the plot, or null
 * @param shareQuery the query string that reopens this network
 */
public record Widget(NetworkForm form, List<Table> tables, Diagram diagram, String lossCurve, String error,
                     String errorField, String shareQuery) {
    public Widget {
        tables = List.copyOf(tables);
    }

    public boolean hasError() {
        return error != null;
    }

    /** A heading's message key and the tables under it. */
    public record Group(String id, List<Table> tables) {
    }

    /** The tables as HTML under the lessons' focus headings (a section per heading). */
    public String groupsMarkup(Lang lang) {
        return WidgetMarkup.groups(this, lang);
    }

    /** The tables grouped under the lessons' focus headings, in lecture order, without empty groups. */
    public List<Group> groups() {
        return Arrays.stream(Lesson.Focus.values())
                .map(f -> new Group(f.id(), tables.stream().filter(t -> t.group() == f).toList()))
                .filter(g -> !g.tables().isEmpty())
                .toList();
    }
}
