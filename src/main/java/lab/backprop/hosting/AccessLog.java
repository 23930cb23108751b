package lab.backprop.hosting;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status and milliseconds. Never the query string (it carries a
 * student's network), the body, cookies or the client's address. Rate-limit refusals are counted
 * by {@link ComputeGuard} instead, so a flood cannot drown the log.
 *
 * <p>The line is written by one background thread, never by the request's: a class of students
 * opening a lesson at once would otherwise queue behind the console's lock. When the writer falls
 * behind by {@link #CAPACITY} lines, further lines are counted and the count is logged instead.
 */
final class AccessLog implements RequestLogger {
    static final int CAPACITY = 8192;
    private static final Logger LOG = LoggerFactory.getLogger("access");

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(CAPACITY);
    private final LongAdder dropped = new LongAdder();
    private final Thread writer = new Thread(this::write, "access-log");

    AccessLog() {
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes what is queued and stops the writer (when the server has stopped). */
    void close() {
        writer.interrupt();
    }

    @Override
    public void handle(Context ctx, Float millis) {
        int status = ctx.statusCode();
        if (status == 429) {
            return;
        }
        String line = ctx.method().name() + " " + ctx.path() + " " + status + " " + Math.round(millis) + " ms";
        if (!lines.offer(line)) {
            dropped.increment();
        }
    }

    private void write() {
        while (true) {
            try {
                LOG.info(lines.take());
            } catch (InterruptedException e) {
                lines.forEach(LOG::info);
                return;
            }
            long lost = dropped.sumThenReset();
            if (lost > 0) {
                LOG.warn("{} access log lines were dropped: the log fell behind the requests", lost);
            }
        }
    }
}
