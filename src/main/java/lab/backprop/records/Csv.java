package lab.backprop.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel shows Korean names), CRLF line
 * ends, every field quoted, and a field that a spreadsheet would take for a formula (=, +, -, @ first)
 * prefixed with an apostrophe.
 */
public final class Csv {
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** The gradebook: number, name, then best, latest and attempts per exercise (scores in percent). */
    public static String gradebook(Gradebook g) {
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("student number", "name"));
        for (String e : g.exercises()) {
            head.addAll(List.of(e + " best %", e + " latest %", e + " attempts"));
        }
        lines.add(head);
        for (Gradebook.Row r : g.rows()) {
            List<String> line = new ArrayList<>(List.of(r.student().number(), r.student().name()));
            for (String e : g.exercises()) {
                Gradebook.Score s = r.score(e);
                line.addAll(s == null ? List.of("", "", "0")
                        : List.of(percent(s.best()), percent(s.latest()), Integer.toString(s.attempts())));
            }
            lines.add(line);
        }
        return write(lines);
    }

    /** Every attempt, one line each: who, which exercise, when and the marks. */
    public static String attempts(List<Attempt> attempts) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("student number", "name", "exercise", "attempt", "handed in (UTC)", "correct",
                "follow-through", "incorrect", "missing", "total", "score %"));
        for (Attempt a : attempts) {
            var s = a.marking().summary();
            lines.add(List.of(a.student().number(), a.student().name(), a.exerciseId(), Integer.toString(a.attemptNo()),
                    a.handedInAt().toString(), Integer.toString(s.correct()), Integer.toString(s.followThrough()),
                    Integer.toString(s.incorrect()), Integer.toString(s.missing()), Integer.toString(s.total()),
                    percent(a.score())));
        }
        return write(lines);
    }

    static String percent(double score) {
        return String.format(Locale.ROOT, "%.1f", 100 * score);
    }

    static String write(List<List<String>> lines) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> line : lines) {
            for (int n = 0; n < line.size(); n++) {
                out.append(n == 0 ? "" : ",").append(field(line.get(n)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String field(String text) {
        String t = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text) ? "'" + text : text;
        return "\"" + t.replace("\"", "\"\"") + "\"";
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }
}
