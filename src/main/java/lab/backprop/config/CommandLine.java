package lab.backprop.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import lab.backprop.i18n.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command-line flags and their environment equivalents; the only place configuration is read.
 * A flag wins over its environment variable, which wins over the default. {@code check-content DIR}
 * validates an instructor's content folder instead of starting the server.
 */
@Command(name = "backprop-lab", mixinStandardHelpOptions = true, version = "Backprop Lab 0.1.0",
        description = "Serves the Backprop Lab tutorial: lessons, the /api/backprop endpoint and exercises.%n"
                + "Each flag can also be given as the environment variable in brackets; a flag wins.",
        subcommands = {CommandLine.CheckContent.class, CommandLine.ExportRecords.class, CommandLine.ImportRecords.class,
            CommandLine.Prepare.class})
public final class CommandLine {
    @Option(names = "--port", paramLabel = "PORT",
            description = "TCP port to listen on [PORT] (default 7070).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind [HOST] (default 127.0.0.1: this machine only). "
                    + "Use 0.0.0.0 to serve the whole room.")
    String host;

    @Option(names = "--content", paramLabel = "DIR",
            description = "Your own lessons/ and exercises/, overlaid on the built-in ones [CONTENT_DIR]: "
                    + "same slug or id replaces, a new one adds, lessons/hidden.txt and exercises/hidden.txt hide.")
    String content;

    @Option(names = "--base-path", paramLabel = "PATH",
            description = "Serve everything under this path, e.g. /backprop behind a reverse proxy [BASE_PATH] "
                    + "(default: none).")
    String basePath;

    @Option(names = "--lang", paramLabel = "ko|en",
            description = "Language for visitors whose browser asks for neither Korean nor English [DEFAULT_LANG] "
                    + "(default ko). A visitor's own choice and their browser's language come first.")
    String lang;

    @Option(names = "--rate-limit", paramLabel = "N",
            description = "Compute requests (every POST, and lesson links carrying a network) per second per "
                    + "browser (per address without the browser cookie), with bursts of 5*N; an address as a "
                    + "whole gets 20*N; 0 turns it off [RATE_LIMIT] (default 100).")
    Integer rateLimit;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the embedded class-records database, created on first start [DATA_DIR] "
                    + "(default ./" + RecordsConfig.DEFAULT_DATA + ").")
    String data;

    @Option(names = "--database-url", paramLabel = "JDBC_URL",
            description = "Keep class records in this database server instead, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/backprop [DATABASE_URL]; its user and password come "
                    + "from the environment only: DATABASE_USER, DATABASE_PASSWORD.")
    String databaseUrl;

    @Option(names = "--instructor-password-file", paramLabel = "FILE",
            description = "Turns class records on: students can hand in worksheets and /instructor shows them "
                    + "to whoever knows the password in FILE (its first line) [INSTRUCTOR_PASSWORD_FILE, or the "
                    + "password itself in INSTRUCTOR_PASSWORD]. Off by default.")
    String instructorPasswordFile;

    @Option(names = "--records-retention-days", paramLabel = "DAYS",
            description = "Delete attempts handed in more than DAYS days ago (checked hourly) "
                    + "[RECORDS_RETENTION_DAYS] (default 0: keep them all).")
    Integer retentionDays;

    /** {@code export-records DIR}: write the records to a folder and exit. */
    @Command(name = "export-records", mixinStandardHelpOptions = true,
            description = "Writes every class record to DIR as records.json (what import-records reads) and "
                    + "attempts.csv, from the database that --data or --database-url names (give them before "
                    + "the subcommand).")
    static final class ExportRecords {
        @Parameters(paramLabel = "DIR", description = "The folder to write (created if needed).")
        String dir;
    }

    /** {@code import-records DIR}: read an export into the database and exit. */
    @Command(name = "import-records", mixinStandardHelpOptions = true,
            description = "Adds the attempts of DIR/records.json (written by export-records) to the database "
                    + "that --data or --database-url names; attempts it has already are skipped.")
    static final class ImportRecords {
        @Parameters(paramLabel = "DIR", description = "The folder that export-records wrote.")
        String dir;
    }

    /** A records subcommand: export or import, and the folder. */
    public record RecordsCommand(boolean export, Path dir) {
    }

    /** {@code check-content DIR}: validate a content folder and exit. */
    @Command(name = "check-content", mixinStandardHelpOptions = true,
            description = "Checks every lesson and exercise file in DIR (as given to --content) and prints each "
                    + "error with its file and reason. Exits 0 when all is well, 1 when anything is wrong.")
    static final class CheckContent {
        @Parameters(paramLabel = "DIR", description = "The content folder: lessons/NN-slug/ and exercises/*.yaml.")
        String dir;
    }

    /** {@code prepare}: start once, warm up and stop, for a class-data archive (docs/INSTRUCTORS.md). */
    @Command(name = "prepare", mixinStandardHelpOptions = true,
            description = "Starts the server on a free loopback port, warms it up as a start does, and stops. Run "
                    + "it once as java -XX:ArchiveClassesAtExit=backprop-lab.jsa -jar backprop-lab.jar prepare, "
                    + "then start with -XX:SharedArchiveFile=backprop-lab.jsa: the JVM maps the classes from "
                    + "the archive instead of loading them, and the server is ready sooner.")
    static final class Prepare {
    }

    /**
     * The outcome of parsing: settings to run (or only to prepare) with, a content folder to check, a
     * records command, or an exit (help, version or a one-line error) with its code and message.
     */
    public record Parsed(Settings settings, Path checkContent, Integer exitCode, String message,
                         RecordsCommand recordsCommand, boolean prepare) {
        static Parsed run(Settings settings) {
            return new Parsed(settings, null, null, null, null, false);
        }

        static Parsed exit(int code, String message) {
            return new Parsed(null, null, code, message, null, false);
        }
    }

    /** Parses {@code args} against {@code env}; never exits the JVM itself. */
    public static Parsed parse(String[] args, Map<String, String> env) {
        CommandLine command = new CommandLine();
        picocli.CommandLine cli = new picocli.CommandLine(command);
        try {
            picocli.CommandLine.ParseResult result = cli.parseArgs(args);
            if (result.isUsageHelpRequested()) {
                return Parsed.exit(0, cli.getUsageMessage());
            }
            if (result.isVersionHelpRequested()) {
                return Parsed.exit(0, String.join("\n", cli.getCommandSpec().version()));
            }
            if (result.subcommand() != null) {
                picocli.CommandLine sub = result.subcommand().commandSpec().commandLine();
                if (result.subcommand().isUsageHelpRequested()) {
                    return Parsed.exit(0, sub.getUsageMessage());
                }
                if (result.subcommand().isVersionHelpRequested()) {
                    return Parsed.exit(0, String.join("\n", cli.getCommandSpec().version()));
                }
                Object chosen = sub.getCommand();
                if (chosen instanceof ExportRecords export) {
                    return new Parsed(command.settings(env), null, null, null, new RecordsCommand(true, Path.of(export.dir)),
                            false);
                }
                if (chosen instanceof ImportRecords imp) {
                    return new Parsed(command.settings(env), null, null, null, new RecordsCommand(false, Path.of(imp.dir)),
                            false);
                }
                if (chosen instanceof Prepare) {
                    return new Parsed(command.settings(env), null, null, null, null, true);
                }
                return new Parsed(null, Path.of(((CheckContent) chosen).dir), null, null, null, false);
            }
            return Parsed.run(command.settings(env));
        } catch (picocli.CommandLine.ParameterException e) {
            return Parsed.exit(2, "backprop-lab: " + e.getMessage() + " (see --help)");
        } catch (IllegalArgumentException e) {
            return Parsed.exit(2, "backprop-lab: " + e.getMessage());
        }
    }

    private Settings settings(Map<String, String> env) {
        Source s = new Source(env);
        int p = port != null ? port : s.integer("PORT", Settings.DEFAULT_PORT);
        String h = s.text(host, "HOST", Settings.DEFAULT_HOST);
        String dir = s.text(content, "CONTENT_DIR", null);
        String base = s.text(basePath, "BASE_PATH", "");
        Lang l = language(lang != null ? "--lang" : "DEFAULT_LANG", s.text(lang, "DEFAULT_LANG", null));
        int limit = rateLimit != null ? rateLimit : s.integer("RATE_LIMIT", Settings.DEFAULT_RATE_LIMIT);
        return new Settings(h, p, contentDir(content != null ? "--content" : "CONTENT_DIR", dir), base, l, limit,
                records(s));
    }

    private RecordsConfig records(Source s) {
        Path dataDir = Path.of(s.text(data, "DATA_DIR", RecordsConfig.DEFAULT_DATA)).toAbsolutePath().normalize();
        String url = s.text(databaseUrl, "DATABASE_URL", null);
        String file = s.text(instructorPasswordFile, "INSTRUCTOR_PASSWORD_FILE", null);
        Secret password = file != null ? passwordIn(file) : s.secret("INSTRUCTOR_PASSWORD");
        int days = retentionDays != null ? retentionDays : s.integer("RECORDS_RETENTION_DAYS", 0);
        return new RecordsConfig(dataDir, url, s.text(null, "DATABASE_USER", null), s.secret("DATABASE_PASSWORD"),
                password, days);
    }

    /** The first line of the file; never echoed, not even in an error. */
    private static Secret passwordIn(String file) {
        String first;
        try {
            first = Files.readAllLines(Path.of(file), java.nio.charset.StandardCharsets.UTF_8).stream()
                    .findFirst().orElse("").strip();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read the instructor password file " + file);
        }
        if (first.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("the instructor password in " + file + " must have at least "
                    + MIN_PASSWORD + " characters");
        }
        return new Secret(first);
    }

    /** The shortest instructor password accepted. */
    static final int MIN_PASSWORD = 8;

    private static Lang language(String name, String value) {
        if (value == null) {
            return Lang.DEFAULT;
        }
        return Lang.of(value).filter(x -> x.code().equals(value.strip().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new IllegalArgumentException(name + " must be ko or en, got '" + value + "'"));
    }

    private static Path contentDir(String name, String value) {
        if (value == null) {
            return null;
        }
        Path dir = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(name + " " + value + " is not a folder");
        }
        return dir;
    }

    /** Environment values: a blank one counts as unset. */
    private record Source(Map<String, String> env) {
        String text(String flag, String name, String fallback) {
            if (flag != null) {
                return flag;
            }
            String value = env.get(name);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        Secret secret(String name) {
            String value = env.get(name);
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (name.equals("INSTRUCTOR_PASSWORD") && value.strip().length() < MIN_PASSWORD) {
                throw new IllegalArgumentException(name + " must have at least " + MIN_PASSWORD + " characters");
            }
            return new Secret(name.equals("INSTRUCTOR_PASSWORD") ? value.strip() : value);
        }

        int integer(String name, int fallback) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
            }
        }
    }
}
