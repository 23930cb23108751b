package lab.backprop.config;

/**
 * Everything the server is configured with, read once at start-up by {@link CommandLine}.
 *
 * @param host the address to bind; loopback by default so a laptop is not opened to the network
 * @param port the TCP port; 0 picks any free port (tests)
 */
public record Settings(String host, int port) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public Settings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
        }
    }

    /** Settings for tests: loopback, any free port. */
    public static Settings forTests() {
        return new Settings(DEFAULT_HOST, 0);
    }
}
