package lab.backprop.config;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command-line flags and their environment equivalents; the only place configuration is read.
 * A flag wins over its environment variable, which wins over the default.
 */
@Command(name = "backprop-lab", mixinStandardHelpOptions = true, version = "Backprop Lab 0.1.0",
        description = "Serves the Backprop Lab tutorial: lessons, the /api/backprop endpoint and exercises.")
public final class CommandLine implements Callable<Settings> {
    @Option(names = "--port", paramLabel = "PORT",
            description = "TCP port to listen on (env PORT; default ${DEFAULT-VALUE}).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind (env HOST; default 127.0.0.1, this machine only). "
                    + "Use 0.0.0.0 to serve the whole room.")
    String host;

    private Map<String, String> env = Map.of();

    @Override
    public Settings call() {
        int p = port != null ? port : envInt("PORT", Settings.DEFAULT_PORT);
        String h = host != null ? host : env.getOrDefault("HOST", Settings.DEFAULT_HOST);
        return new Settings(h, p);
    }

    private int envInt(String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }

    /** The outcome of parsing: settings to run with, or an exit (help, version or a one-line error). */
    public record Parsed(Settings settings, Integer exitCode, String message) {
    }

    /** Parses {@code args} against {@code env}; never exits the JVM itself. */
    public static Parsed parse(String[] args, Map<String, String> env) {
        CommandLine command = new CommandLine();
        command.env = env;
        picocli.CommandLine cli = new picocli.CommandLine(command);
        try {
            picocli.CommandLine.ParseResult result = cli.parseArgs(args);
            if (result.isUsageHelpRequested()) {
                return new Parsed(null, 0, cli.getUsageMessage());
            }
            if (result.isVersionHelpRequested()) {
                return new Parsed(null, 0, String.join("\n", cli.getCommandSpec().version()));
            }
            return new Parsed(command.call(), null, null);
        } catch (picocli.CommandLine.ParameterException e) {
            return new Parsed(null, 2, "backprop-lab: " + e.getMessage() + " (see --help)");
        } catch (IllegalArgumentException e) {
            return new Parsed(null, 2, "backprop-lab: " + e.getMessage());
        }
    }
}
