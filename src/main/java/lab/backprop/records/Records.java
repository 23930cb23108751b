package lab.backprop.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.backprop.exercises.Cell;
import lab.backprop.exercises.Diagnosis;
import lab.backprop.exercises.Marking;
import lab.backprop.exercises.Status;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.Json;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The class records: attempts stored, each in one transaction that is committed before the caller
 * hears of it, and read back. Every statement binds its values as parameters; no text from a request
 * is ever part of SQL.
 */
public final class Records {
    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
    };
    private static final String ATTEMPT_COLUMNS = "id, student_number, student_name, exercise_id, attempt_no, "
            + "handed_in_ms, lang, answers, correct, follow_through, incorrect, missing, total";
    private static final int RETRIES = 5;

    private final Jdbi jdbi;
    private final Clock clock;

    public Records(RecordsDatabase database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    public Records(RecordsDatabase database) {
        this(database, Clock.systemUTC());
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Stores the attempt as the student's next one at this exercise and returns its receipt once the
     * transaction has committed. Two hand-ins racing for the same number: the loser retries.
     */
    public Receipt handIn(HandIn h) {
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> {
                    int next = handle.createQuery("SELECT COALESCE(MAX(attempt_no), 0) + 1 FROM attempt "
                                    + "WHERE student_number = :number AND exercise_id = :exercise")
                            .bind("number", h.student().number()).bind("exercise", h.exerciseId())
                            .mapTo(Integer.class).one();
                    long id = insert(handle, new Attempt(0, h.student(), h.exerciseId(), next, now, h.lang(),
                            h.answers(), h.marking()));
                    return new Receipt(id, next, now);
                });
            } catch (UnableToExecuteStatementException collided) {
                if (attempt >= RETRIES) {
                    throw collided;
                }
            }
        }
    }

    /** Inserts an attempt with its number and time as given; returns its id. */
    static long insert(Handle handle, Attempt a) {
        Marking.Summary s = a.marking().summary();
        long id = handle.createUpdate("INSERT INTO attempt (student_number, student_name, exercise_id, attempt_no, "
                        + "handed_in_ms, lang, answers, correct, follow_through, incorrect, missing, total, score) "
                        + "VALUES (:number, :name, :exercise, :no, :at, :lang, :answers, :correct, :followThrough, "
                        + ":incorrect, :missing, :total, :score)")
                .bind("number", a.student().number()).bind("name", a.student().name())
                .bind("exercise", a.exerciseId()).bind("no", a.attemptNo())
                .bind("at", a.handedInAt().toEpochMilli()).bind("lang", a.lang().code())
                .bind("answers", toJson(a.answers()))
                .bind("correct", s.correct()).bind("followThrough", s.followThrough())
                .bind("incorrect", s.incorrect()).bind("missing", s.missing()).bind("total", s.total())
                .bind("score", a.score())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        PreparedBatch batch = handle.prepareBatch("INSERT INTO attempt_cell (attempt_id, position, path, symbol, "
                + "given, expected, status, diagnosis, message) VALUES (:id, :position, :path, :symbol, :given, "
                + ":expected, :status, :diagnosis, :message)");
        List<Cell> cells = a.cells();
        for (int n = 0; n < cells.size(); n++) {
            Cell c = cells.get(n);
            batch.bind("id", id).bind("position", n).bind("path", c.path()).bind("symbol", c.symbol())
                    .bind("given", c.given()).bind("expected", c.expected()).bind("status", c.status().id())
                    .bind("diagnosis", c.diagnosis() == null ? null : c.diagnosis().id())
                    .bind("message", c.message()).add();
        }
        if (!cells.isEmpty()) {
            batch.execute();
        }
        return id;
    }

    /** Every attempt of the student with this number, oldest first. */
    public List<Attempt> attemptsOf(String studentNumber) {
        return jdbi.withHandle(h -> withCells(h, h.createQuery("SELECT " + ATTEMPT_COLUMNS + " FROM attempt "
                        + "WHERE student_number = :number ORDER BY exercise_id, attempt_no")
                .bind("number", studentNumber).map((rs, ctx) -> row(rs)).list()));
    }

    /** Every attempt, oldest first (for the export). */
    public List<Attempt> all() {
        return jdbi.withHandle(h -> withCells(h, h.createQuery("SELECT " + ATTEMPT_COLUMNS + " FROM attempt "
                + "ORDER BY handed_in_ms, id").map((rs, ctx) -> row(rs)).list()));
    }

    public Optional<Attempt> find(long id) {
        return jdbi.withHandle(h -> withCells(h, h.createQuery("SELECT " + ATTEMPT_COLUMNS
                + " FROM attempt WHERE id = :id").bind("id", id).map((rs, ctx) -> row(rs)).list())
                .stream().findFirst());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM attempt").mapTo(Integer.class).one());
    }

    /** Deletes the attempts handed in before {@code cutoff} (retention); returns how many. */
    public int deleteHandedInBefore(Instant cutoff) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM attempt_cell WHERE attempt_id IN (SELECT id FROM attempt "
                    + "WHERE handed_in_ms < :cutoff)").bind("cutoff", cutoff.toEpochMilli()).execute();
            return h.createUpdate("DELETE FROM attempt WHERE handed_in_ms < :cutoff")
                    .bind("cutoff", cutoff.toEpochMilli()).execute();
        });
    }

    /** An attempt row without its cells (an empty marking with the stored summary). */
    private record Row(Attempt attempt, Marking.Summary summary) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Marking.Summary summary = new Marking.Summary(rs.getInt("correct"), rs.getInt("follow_through"),
                rs.getInt("incorrect"), rs.getInt("missing"), rs.getInt("total"));
        Attempt a = new Attempt(rs.getLong("id"), new Student(rs.getString("student_name"),
                rs.getString("student_number")), rs.getString("exercise_id"), rs.getInt("attempt_no"),
                Instant.ofEpochMilli(rs.getLong("handed_in_ms")), Lang.of(rs.getString("lang")).orElse(Lang.DEFAULT),
                fromJson(rs.getString("answers")), new Marking(summary, List.of()));
        return new Row(a, summary);
    }

    private static List<Attempt> withCells(Handle h, List<Row> rows) {
        List<Attempt> out = new ArrayList<>();
        for (Row r : rows) {
            List<Cell> cells = h.createQuery("SELECT path, symbol, given, expected, status, diagnosis, message "
                            + "FROM attempt_cell WHERE attempt_id = :id ORDER BY position")
                    .bind("id", r.attempt().id()).map((rs, ctx) -> cell(rs)).list();
            Attempt a = r.attempt();
            out.add(new Attempt(a.id(), a.student(), a.exerciseId(), a.attemptNo(), a.handedInAt(), a.lang(),
                    a.answers(), new Marking(r.summary(), cells)));
        }
        return out;
    }

    private static Cell cell(ResultSet rs) throws SQLException {
        double given = rs.getDouble("given");
        Double g = rs.wasNull() ? null : given;
        return new Cell(rs.getString("path"), rs.getString("symbol"), g, rs.getDouble("expected"),
                status(rs.getString("status")), diagnosis(rs.getString("diagnosis")), rs.getString("message"));
    }

    static Status status(String id) {
        for (Status s : Status.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalStateException("unknown status '" + id + "' in the records");
    }

    static Diagnosis diagnosis(String id) {
        if (id == null) {
            return null;
        }
        for (Diagnosis d : Diagnosis.values()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        throw new IllegalStateException("unknown diagnosis '" + id + "' in the records");
    }

    static String toJson(Map<String, String> answers) {
        try {
            return Json.mapper().writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> fromJson(String json) {
        try {
            return Json.mapper().readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable answers in the records", e);
        }
    }
}
