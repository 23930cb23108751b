package lab.backprop.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The access log's lines as a test sees them: standard error is captured from construction until
 * {@link #close}, when it is put back. The log's lines are written by a thread of their own after each
 * response, so {@link #await} waits for them instead of reading too soon.
 */
public final class AccessLogLines implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    public AccessLogLines() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    /** The access log's lines captured so far, in the order they were written. */
    public List<String> lines() {
        return captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("access")).toList();
    }

    /** Waits until at least {@code n} access log lines have been written. */
    public void await(int n) {
        Eventually.until(() -> lines().size() >= n, Duration.ofSeconds(5), n + " access log line(s)");
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
