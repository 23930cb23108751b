package lab.backprop.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import lab.backprop.engine.DeltaPoint;
import lab.backprop.engine.LossPoint;
import lab.backprop.engine.Network;
import lab.backprop.engine.TrainingProgress;
import lab.backprop.engine.TrainingRun;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.TrainingProblem;

/**
 * A training run as server-sent events, written while it computes (on the thread that computes it, so
 * that thread is held exactly as long as the run): {@code progress} for each curve point,
 * {@code network} (the weights) at most every {@link #NETWORK_EVERY_MILLIS} ms, then {@code done} with
 * the same JSON as the plain answer, or {@code error} with {"error"} when the run diverges or runs out of
 * time. A client that goes away (Stop, a closed page) makes the next write fail, and the run stops after
 * its current epoch; a comment line is written after quiet spells to notice that soon.
 */
final class TrainStream implements TrainingProgress {
    static final String CONTENT_TYPE = "text/event-stream";
    static final long NETWORK_EVERY_MILLIS = 200;
    private static final long HEARTBEAT_NANOS = 250_000_000L;

    private final Context ctx;
    private final OutputStream out;
    private long lastWrite = System.nanoTime();
    private long lastNetwork = Long.MIN_VALUE;
    private volatile boolean gone;

    private TrainStream(Context ctx, OutputStream out) {
        this.ctx = ctx;
        this.out = out;
    }

    static void run(Context ctx, TrainingProblem problem) throws IOException {
        ctx.status(200);
        ctx.res().setContentType(CONTENT_TYPE + ";charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        TrainStream stream = new TrainStream(ctx, ctx.res().getOutputStream());
        stream.comment("training");
        try {
            TrainingRun run = problem.train(stream::stopRequested, stream);
            stream.event("done", TrainView.of(run));
        } catch (InvalidInput e) {
            stream.event("error", ErrorMapper.body(e.getMessage()));
        }
    }

    @Override
    public void point(int epoch, LossPoint loss, DeltaPoint delta) {
        event("progress", TrainView.ProgressView.of(loss, delta));
    }

    @Override
    public void point(int epoch, LossPoint loss, DeltaPoint delta, Supplier<Network> network) {
        point(epoch, loss, delta);
        long now = System.nanoTime();
        if (now - lastNetwork >= NETWORK_EVERY_MILLIS * 1_000_000L || lastNetwork == Long.MIN_VALUE) {
            lastNetwork = now;
            event("network", TrainView.NetworkView.of(epoch, network.get()));
        }
    }

    /** Asked after each epoch: true once the client has gone (after a heartbeat when it has been quiet). */
    private boolean stopRequested() {
        if (!gone && System.nanoTime() - lastWrite > HEARTBEAT_NANOS) {
            comment("");
        }
        return gone;
    }

    private void event(String name, Object data) {
        write("event: " + name + "\ndata: " + ctx.jsonMapper().toJsonString(data, data.getClass()) + "\n\n");
    }

    private void comment(String text) {
        write(": " + text + "\n\n");
    }

    private void write(String text) {
        if (gone) {
            return;
        }
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            lastWrite = System.nanoTime();
        } catch (IOException e) {
            gone = true;
        }
    }
}
