package lab.backprop;

import java.io.IOException;
import java.io.PrintStream;
import lab.backprop.config.CommandLine;
import lab.backprop.config.RecordsConfig;
import lab.backprop.records.Dump;
import lab.backprop.records.Records;
import lab.backprop.records.RecordsDatabase;
import lab.backprop.records.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The class records of a configuration, opened for the server or for export-records / import-records. */
record ClassRecords(RecordsDatabase database, Records records, Retention retention) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClassRecords.class);

    /** The records, migrated and with retention running, or null when records are off. */
    static ClassRecords open(RecordsConfig config) {
        if (!config.enabled()) {
            LOG.info("Class records: off (set an instructor password to turn them on)");
            return null;
        }
        RecordsDatabase db = database(config);
        Records records = new Records(db);
        Retention retention = new Retention(records, config.retentionDays(), java.time.Clock.systemUTC()).start();
        LOG.info("Class records: on, in {} ({} attempts; retention {})", db.describe(), records.count(),
                config.retentionDays() == 0 ? "none" : config.retentionDays() + " days");
        return new ClassRecords(db, records, retention);
    }

    static RecordsDatabase database(RecordsConfig config) {
        return RecordsDatabase.open(config.data(), config.databaseUrl(), config.databaseUser(),
                config.databasePassword() == null ? null : config.databasePassword().reveal());
    }

    /** export-records DIR or import-records DIR; returns the exit code. */
    static int run(CommandLine.RecordsCommand command, RecordsConfig config, PrintStream out, PrintStream err) {
        try (RecordsDatabase db = database(config)) {
            Records records = new Records(db);
            if (command.export()) {
                int n = Dump.export(records, command.dir());
                out.println("Exported " + n + " attempt(s) from " + db.describe() + " to " + command.dir());
            } else {
                Dump.Imported r = Dump.importFrom(records, command.dir());
                out.println("Imported " + r.added() + " attempt(s) into " + db.describe() + "; skipped "
                        + r.skipped() + " already there");
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("backprop-lab: " + (command.export() ? "export" : "import") + " failed: " + e.getMessage());
            return 1;
        }
    }

    @Override
    public void close() {
        retention.close();
        database.close();
    }
}
