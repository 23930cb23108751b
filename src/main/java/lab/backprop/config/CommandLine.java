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
        subcommands = CommandLine.CheckContent.class)
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

    /** {@code check-content DIR}: validate a content folder and exit. */
    @Command(name = "check-content", mixinStandardHelpOptions = true,
            description = "Checks every lesson and exercise file in DIR (as given to --content) and prints each "
                    + "error with its file and reason. Exits 0 when all is well, 1 when anything is wrong.")
    static final class CheckContent {
        @Parameters(paramLabel = "DIR", description = "The content folder: lessons/NN-slug/ and exercises/*.yaml.")
        String dir;
    }

    /**
     * The outcome of parsing: settings to run with, a content folder to check, or an exit (help,
     * version or a one-line error) with its code and message.
     */
    public record Parsed(Settings settings, Path checkContent, Integer exitCode, String message) {
        static Parsed run(Settings settings) {
            return new Parsed(settings, null, null, null);
        }

        static Parsed exit(int code, String message) {
            return new Parsed(null, null, code, message);
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
                return new Parsed(null, Path.of(((CheckContent) sub.getCommand()).dir), null, null);
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
        return new Settings(h, p, contentDir(content != null ? "--content" : "CONTENT_DIR", dir), base, l, limit);
    }

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
