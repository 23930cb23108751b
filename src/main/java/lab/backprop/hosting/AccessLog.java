package lab.backprop.hosting;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status and milliseconds. Never the query string (it carries a
 * student's network), the body, cookies or the client's address. Rate-limit refusals are counted
 * by {@link ComputeGuard} instead, so a flood cannot drown the log. It is Jetty's request log, so it
 * has every request: the static files (served ahead of Javalin) and Jetty's own refusals too; the
 * milliseconds run from the request's headers to its last byte handed to the connection. The server's
 * own warm-up requests are left out (its {@code Warm-up:} lines count them): the log is its visitors'.
 *
 * <p>The line is written by one background thread, never by the request's: a class of students
 * opening a lesson at once would otherwise queue behind the console's lock. When the writer falls
 * behind by {@link #CAPACITY} lines, further lines are counted and the count is logged instead.
 */
final class AccessLog implements RequestLog {
    static final int CAPACITY = 8192;
    private static final Logger LOG = LoggerFactory.getLogger("access");

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(CAPACITY);
    private final LongAdder dropped = new LongAdder();
    private final Thread writer = new Thread(this::write, "access-log");
    private final Readiness readiness;

    AccessLog(Readiness readiness) {
        this.readiness = readiness;
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes what is queued and stops the writer (when the server has stopped). */
    void close() {
        writer.interrupt();
    }

    @Override
    public void log(Request request, Response response) {
        int status = response.getStatus();
        if (status == 429 || readiness.isWarmup(request)) {
            return;
        }
        long millis = Math.round((System.nanoTime() - request.getHeadersNanoTime()) / 1e6);
        String line = request.getMethod() + " " + request.getHttpURI().getPath() + " " + status + " " + millis + " ms";
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
