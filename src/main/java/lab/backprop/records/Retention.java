package lab.backprop.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes attempts older than the retention period: once at start and then every hour, on a daemon
 * thread. Zero days keeps everything.
 */
public final class Retention implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final Records records;
    private final Duration keep;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public Retention(Records records, int days, Clock clock) {
        this.records = records;
        this.keep = Duration.ofDays(days);
        this.clock = clock;
    }

    /** Deletes what is older than the period now; returns how many attempts went. */
    public int sweep() {
        if (keep.isZero()) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(keep);
        int deleted = records.deleteHandedInBefore(cutoff);
        if (deleted > 0) {
            LOG.info("Records: deleted {} attempt(s) handed in before {} (retention {} days)", deleted, cutoff,
                    keep.toDays());
        }
        return deleted;
    }

    /** Sweeps now and every hour from now on. */
    public Retention start() {
        if (keep.isZero()) {
            return this;
        }
        sweep();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "records-retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                LOG.warn("Records: the retention sweep failed: {}", e.getMessage());
            }
        }, 1, 1, TimeUnit.HOURS);
        return this;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
