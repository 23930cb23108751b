package lab.backprop.web;

import java.util.List;

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

    private static final List<Group> GROUPS = List.of(
            new Group("forward", List.of()), new Group("loss", List.of()), new Group("delta", List.of()),
            new Group("gradient", List.of()), new Group("update", List.of()));

    /** The tables grouped under the lessons' focus headings, in lecture order, without empty groups. */
    public List<Group> groups() {
        return GROUPS.stream()
                .map(g -> new Group(g.id(), tables.stream().filter(t -> groupOf(t.symbol()).equals(g.id())).toList()))
                .filter(g -> !g.tables().isEmpty())
                .toList();
    }

    private static String groupOf(String symbol) {
        return switch (symbol) {
            case "u", "z", "a", "y" -> "forward";
            case "loss" -> "loss";
            case "Delta", "delta" -> "delta";
            case "gradW", "gradV" -> "gradient";
            default -> "update";
        };
    }
}
