package lab.backprop.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lab.backprop.config.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-records and import-records: H2 to a folder to PostgreSQL (or H2 again), nothing lost or doubled. */
class DumpTest {
    @TempDir
    Path dir;

    @Test
    void anExportImportedElsewhereGivesTheSameAttemptsAndImportingTwiceAddsNothing() throws Exception {
        List<Attempt> before;
        try (RecordsDatabase source = RecordsDatabase.embedded(dir.resolve("a"))) {
            Records records = new Records(source);
            records.handIn(Attempts.handIn(new Student("홍길동", "2024-1"), 1));
            records.handIn(Attempts.handIn(new Student("홍길동", "2024-1"), 0));
            records.handIn(Attempts.handIn(new Student("Ada", "2024-2"), 1));
            before = records.all();
            assertThat(Dump.export(records, dir.resolve("dump"))).isEqualTo(3);
        }
        String csv = Files.readString(dir.resolve("dump").resolve(Dump.CSV), StandardCharsets.UTF_8);
        assertThat(csv).startsWith(Csv.BOM).contains("\"2024-1\",\"홍길동\"");
        assertThat(csv.lines()).hasSize(4);

        Databases.Server pg = null;
        try {
            pg = Databases.postgresSchema();
        } catch (org.opentest4j.TestAbortedException noServer) {
            // no PostgreSQL here: import into a second H2
        }
        try (RecordsDatabase target = pg == null ? RecordsDatabase.embedded(dir.resolve("b"))
                : RecordsDatabase.server(pg.url(), pg.user(), pg.password())) {
            Records records = new Records(target);
            assertThat(Dump.importFrom(records, dir.resolve("dump"))).isEqualTo(new Dump.Imported(3, 0));
            assertThat(Dump.importFrom(records, dir.resolve("dump"))).isEqualTo(new Dump.Imported(0, 3));
            List<Attempt> after = records.all();
            assertThat(after).hasSize(3);
            for (int n = 0; n < 3; n++) {
                Attempt a = before.get(n);
                Attempt b = after.get(n);
                assertThat(b.student()).isEqualTo(a.student());
                assertThat(b.exerciseId()).isEqualTo(a.exerciseId());
                assertThat(b.attemptNo()).isEqualTo(a.attemptNo());
                assertThat(b.handedInAt()).isEqualTo(a.handedInAt());
                assertThat(b.answers()).isEqualTo(a.answers());
                assertThat(b.marking()).isEqualTo(a.marking());
            }
        }
    }

    @Test
    void theSubcommandsReadTheDataFolderFromTheCommandLine() throws Exception {
        try (RecordsDatabase db = RecordsDatabase.embedded(dir.resolve("data"))) {
            new Records(db).handIn(Attempts.handIn(new Student("Ada", "7"), 1));
        }
        CommandLine.Parsed export = CommandLine.parse(new String[] {"--data", dir.resolve("data").toString(),
                "export-records", dir.resolve("out").toString()}, Map.of());
        assertThat(export.recordsCommand()).isEqualTo(new CommandLine.RecordsCommand(true, dir.resolve("out")));
        assertThat(export.settings().records().data()).isEqualTo(dir.resolve("data").toAbsolutePath());
        assertThat(export.settings().records().enabled()).isFalse();
        CommandLine.Parsed imp = CommandLine.parse(new String[] {"import-records", "backup"},
                Map.of("DATA_DIR", dir.resolve("data2").toString()));
        assertThat(imp.recordsCommand().export()).isFalse();
        assertThat(imp.settings().records().data()).isEqualTo(dir.resolve("data2").toAbsolutePath());

        try (RecordsDatabase db = RecordsDatabase.embedded(dir.resolve("data"))) {
            Dump.export(new Records(db), dir.resolve("out"));
        }
        try (RecordsDatabase db = RecordsDatabase.embedded(dir.resolve("data2"))) {
            assertThat(Dump.importFrom(new Records(db), dir.resolve("out")).added()).isEqualTo(1);
        }
    }

    @Test
    void passwordsComeFromTheEnvironmentOrAFileAndAreNeverPrinted() throws Exception {
        Path file = dir.resolve("pw.txt");
        Files.writeString(file, "s3cret-passphrase\n");
        CommandLine.Parsed p = CommandLine.parse(new String[] {"--instructor-password-file", file.toString(),
                "--database-url", "jdbc:postgresql://db/backprop", "--records-retention-days", "30"},
                Map.of("DATABASE_USER", "lab", "DATABASE_PASSWORD", "db-pass-word"));
        var records = p.settings().records();
        assertThat(records.enabled()).isTrue();
        assertThat(records.instructorPassword().matches("s3cret-passphrase")).isTrue();
        assertThat(records.databasePassword().reveal()).isEqualTo("db-pass-word");
        assertThat(records.retentionDays()).isEqualTo(30);
        assertThat(p.settings().toString()).doesNotContain("s3cret").doesNotContain("db-pass-word");
        assertThat(CommandLine.parse(new String[0], Map.of("INSTRUCTOR_PASSWORD", "short")).message())
                .contains("at least 8").doesNotContain("short'");
        assertThat(CommandLine.parse(new String[] {"--database-password", "x"}, Map.of()).exitCode()).isEqualTo(2);
    }
}
