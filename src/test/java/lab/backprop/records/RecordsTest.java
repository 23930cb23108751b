package lab.backprop.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import lab.backprop.exercises.Diagnosis;
import lab.backprop.problem.InvalidInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records on both databases: round trip, migrations, injection, retention. */
class RecordsTest {
    static final Instant T0 = Instant.parse("2025-03-04T01:42:00Z");

    abstract static class OnADatabase {
        @TempDir
        Path dir;

        abstract RecordsDatabase open();

        @Test
        void anAttemptComesBackExactlyAsItWasHandedIn() {
            try (RecordsDatabase db = open()) {
                Records records = new Records(db, Clock.fixed(T0, ZoneOffset.UTC));
                HandIn h = Attempts.handIn(new Student("홍길동", "2024-0001"), 1);
                Receipt first = records.handIn(h);
                Receipt second = records.handIn(h);
                assertThat(first.attemptNo()).isEqualTo(1);
                assertThat(second.attemptNo()).isEqualTo(2);
                assertThat(second.handedInAt()).isEqualTo(T0);

                List<Attempt> back = records.attemptsOf("2024-0001");
                assertThat(back).hasSize(2);
                Attempt a = back.get(0);
                assertThat(a.student()).isEqualTo(new Student("홍길동", "2024-0001"));
                assertThat(a.exerciseId()).isEqualTo(Attempts.EXERCISE.id());
                assertThat(a.handedInAt()).isEqualTo(T0);
                assertThat(a.answers()).isEqualTo(h.answers());
                assertThat(a.marking()).isEqualTo(h.marking());
                assertThat(a.cells()).filteredOn(c -> c.diagnosis() == Diagnosis.SIGN).hasSize(1);
                assertThat(records.find(second.attemptId()).orElseThrow().attemptNo()).isEqualTo(2);
                assertThat(records.attemptsOf("nobody")).isEmpty();
            }
        }

        @Test
        void theNextAttemptIsOnePastTheStudentsHighestAtThatExerciseWhateverOthersHold() {
            try (RecordsDatabase db = open()) {
                Records records = new Records(db, Clock.fixed(T0, ZoneOffset.UTC));
                Student ada = new Student("Ada", "2024-0001");
                HandIn h = Attempts.handIn(ada, 0);
                // Gaps, as retention leaves them, and higher numbers held by another student and at
                // another exercise, inserted out of order.
                db.jdbi().useHandle(handle -> {
                    for (int[] a : new int[][] {{7, 0, 0}, {2, 0, 0}, {30, 1, 0}, {40, 0, 1}, {1, 0, 0}}) {
                        Student who = a[1] == 0 ? ada : new Student("Grace", "2024-0002");
                        String exercise = a[2] == 0 ? h.exerciseId() : "another-exercise";
                        Records.insert(handle, new Attempt(0, who, exercise, a[0], T0, h.lang(), h.answers(),
                                h.marking()));
                    }
                });
                assertThat(records.handIn(h).attemptNo()).isEqualTo(8);
                assertThat(records.handIn(h).attemptNo()).isEqualTo(9);
                assertThat(records.handIn(Attempts.handIn(new Student("Alan", "2024-0003"), 0)).attemptNo())
                        .isEqualTo(1);
            }
        }

        @Test
        void migratingAgainChangesNothing() throws Exception {
            int history;
            try (RecordsDatabase db = open()) {
                new Records(db).handIn(Attempts.handIn(new Student("Ada", "1"), 0));
                history = historyRows(db);
                int v1 = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" = '1' AND \"success\"").mapTo(Integer.class).one());
                assertThat(v1).isEqualTo(1);
            }
            try (RecordsDatabase again = open()) {
                assertThat(new Records(again).count()).isEqualTo(1);
                assertThat(historyRows(again)).isEqualTo(history);
            }
        }

        private static int historyRows(RecordsDatabase db) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")
                    .mapTo(Integer.class).one());
        }

        @Test
        void sqlInEveryFieldIsStoredAsText() {
            String drop = "x'); DROP TABLE attempt; --";
            try (RecordsDatabase db = open()) {
                Records records = new Records(db);
                HandIn honest = Attempts.handIn(new Student("O'Brien", "1"), 0);
                Map<String, String> answers = new java.util.LinkedHashMap<>(honest.answers());
                answers.put("0-net-0", "1' OR '1'='1");
                records.handIn(new HandIn(honest.student(), "x'--", honest.lang(), answers, honest.marking()));
                records.handIn(honest);
                assertThat(records.attemptsOf("1")).extracting(Attempt::exerciseId)
                        .containsExactlyInAnyOrder("x'--", Attempts.EXERCISE.id());
                assertThat(records.attemptsOf("1' OR '1'='1")).isEmpty();
                assertThat(new Dashboard(records).mistakes(drop).attempts()).isZero();
                assertThat(new Dashboard(records).examples("' OR 1=1 --", Diagnosis.SIGN)).isEmpty();
                assertThat(records.count()).isEqualTo(2);
                assertThat(records.attemptsOf("1")).filteredOn(a -> a.exerciseId().equals("x'--"))
                        .singleElement().satisfies(a -> assertThat(a.answers().get("0-net-0")).isEqualTo("1' OR '1'='1"));
            }
            assertThatThrownBy(() -> new Student(drop, "1")).isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> new Student("Ada", "1; DROP TABLE attempt")).isInstanceOf(InvalidInput.class);
        }

        @Test
        void retentionDeletesOnlyWhatIsOlderThanThePeriod() {
            try (RecordsDatabase db = open()) {
                Records old = new Records(db, Clock.fixed(T0, ZoneOffset.UTC));
                old.handIn(Attempts.handIn(new Student("Old", "1"), 1));
                Records recent = new Records(db, Clock.fixed(T0.plusSeconds(86_400 * 20), ZoneOffset.UTC));
                recent.handIn(Attempts.handIn(new Student("New", "2"), 1));
                Retention retention = new Retention(old, 30, Clock.fixed(T0.plusSeconds(86_400 * 40), ZoneOffset.UTC));
                assertThat(retention.sweep()).isEqualTo(1);
                assertThat(old.attemptsOf("1")).isEmpty();
                assertThat(old.attemptsOf("2")).hasSize(1).allSatisfy(a -> assertThat(a.cells()).isNotEmpty());
                int cells = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM attempt_cell")
                        .mapTo(Integer.class).one());
                assertThat(cells).isEqualTo(old.attemptsOf("2").get(0).cells().size());
                assertThat(new Retention(old, 0, Clock.systemUTC()).sweep()).isZero();
            }
        }
    }

    @Nested
    class OnH2 extends OnADatabase {
        @Override
        RecordsDatabase open() {
            return Databases.h2(dir);
        }
    }

    @Nested
    class OnPostgres extends OnADatabase {
        private Databases.Server server;

        @Override
        RecordsDatabase open() {
            if (server == null) {
                server = Databases.postgresSchema();
            }
            return RecordsDatabase.server(server.url(), server.user(), server.password());
        }
    }
}
