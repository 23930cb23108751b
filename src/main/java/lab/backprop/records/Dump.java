package lab.backprop.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.backprop.exercises.Cell;
import lab.backprop.exercises.Marking;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.Json;

/**
 * A portable copy of the records, for backups and for moving between databases: {@code records.json}
 * (every attempt with its answers and marked cells; what import reads) and {@code attempts.csv} (one
 * line per attempt, for a spreadsheet). Import adds the attempts a database does not have yet (same
 * student number, exercise and attempt number) and skips the rest, so it can be run twice.
 */
public final class Dump {
    public static final String JSON = "records.json";
    public static final String CSV = "attempts.csv";
    static final String FORMAT = "backprop-lab-records";
    static final int VERSION = 1;

    private Dump() {
    }

    /** Writes both files into {@code dir} (created if needed); returns how many attempts. */
    public static int export(Records records, Path dir) throws IOException {
        List<Attempt> all = records.all();
        Files.createDirectories(dir);
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT).put("version", VERSION);
        ArrayNode list = root.putArray("attempts");
        for (Attempt a : all) {
            ObjectNode o = list.addObject();
            o.put("studentNumber", a.student().number()).put("studentName", a.student().name())
                    .put("exercise", a.exerciseId()).put("attempt", a.attemptNo())
                    .put("handedIn", a.handedInAt().toString()).put("lang", a.lang().code());
            o.set("answers", Json.mapper().valueToTree(new java.util.TreeMap<>(a.answers())));
            o.set("summary", Json.mapper().valueToTree(a.marking().summary()));
            ArrayNode cells = o.putArray("cells");
            for (Cell c : a.cells()) {
                ObjectNode n = cells.addObject();
                n.put("path", c.path()).put("symbol", c.symbol()).put("given", c.given())
                        .put("expected", c.expected()).put("status", c.status().id())
                        .put("diagnosis", c.diagnosis() == null ? null : c.diagnosis().id()).put("message", c.message());
            }
        }
        Files.writeString(dir.resolve(JSON), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(CSV), Csv.attempts(all), StandardCharsets.UTF_8);
        return all.size();
    }

    /** What an import did. */
    public record Imported(int added, int skipped) {
    }

    /** Reads {@code dir/records.json} into the records in one transaction (all or nothing). */
    public static Imported importFrom(Records records, Path dir) throws IOException {
        JsonNode root = Json.mapper().readTree(Files.readString(dir.resolve(JSON), StandardCharsets.UTF_8));
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            throw new IOException(dir.resolve(JSON) + " is not a Backprop Lab records dump (format "
                    + FORMAT + ", version " + VERSION + ")");
        }
        List<Attempt> attempts = new ArrayList<>();
        for (JsonNode o : root.path("attempts")) {
            attempts.add(attempt(o));
        }
        return records.jdbi().inTransaction(h -> {
            int added = 0;
            for (Attempt a : attempts) {
                boolean present = h.createQuery("SELECT COUNT(*) FROM attempt WHERE student_number = :n "
                                + "AND exercise_id = :e AND attempt_no = :a")
                        .bind("n", a.student().number()).bind("e", a.exerciseId()).bind("a", a.attemptNo())
                        .mapTo(Integer.class).one() > 0;
                if (!present) {
                    Records.insert(h, a);
                    added++;
                }
            }
            return new Imported(added, attempts.size() - added);
        });
    }

    private static Attempt attempt(JsonNode o) {
        Map<String, String> answers = new LinkedHashMap<>();
        o.path("answers").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue().asText()));
        List<Cell> cells = new ArrayList<>();
        for (JsonNode c : o.path("cells")) {
            cells.add(new Cell(c.path("path").asText(), c.path("symbol").asText(),
                    c.path("given").isNumber() ? c.path("given").asDouble() : null, c.path("expected").asDouble(),
                    Records.status(c.path("status").asText()),
                    Records.diagnosis(c.path("diagnosis").isTextual() ? c.path("diagnosis").asText() : null),
                    c.path("message").isTextual() ? c.path("message").asText() : null));
        }
        JsonNode s = o.path("summary");
        Marking marking = new Marking(new Marking.Summary(s.path("correct").asInt(), s.path("followThrough").asInt(),
                s.path("incorrect").asInt(), s.path("missing").asInt(), s.path("total").asInt()), cells);
        return new Attempt(0, new Student(o.path("studentName").asText(), o.path("studentNumber").asText()),
                o.path("exercise").asText(), o.path("attempt").asInt(), Instant.parse(o.path("handedIn").asText()),
                Lang.of(o.path("lang").asText()).orElse(Lang.DEFAULT), answers, marking);
    }
}
