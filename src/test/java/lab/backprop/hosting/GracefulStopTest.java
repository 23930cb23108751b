package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import lab.backprop.config.Settings;
import lab.backprop.support.Eventually;
import lab.backprop.support.RunningApp;
import org.junit.jupiter.api.Test;

/** Stopping (what SIGTERM does) lets a request in progress finish. */
class GracefulStopTest {
    static final String STEP = "{\"layers\": [2, 1], \"weights\": [[[0.5, -0.5]]], \"input\": [1, 0.5],"
            + " \"target\": [1], \"learningRate\": 0.5}";

    @Test
    void aRequestWhoseBodyIsStillArrivingIsAnsweredBeforeTheServerStops() throws Exception {
        RunningApp app = RunningApp.start(Settings.forTests());
        // Padded so that the part sent first keeps above the minimum upload rate while the rest waits.
        byte[] body = (" ".repeat(4000) + STEP).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/backprop HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 4010);
            out.flush();
            Eventually.until(() -> app.requestsInProgress() == 1, Duration.ofSeconds(5),
                    "the request is being handled, waiting for the rest of its body");

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::close);
            Eventually.until(() -> app.isStopping() || stopping.isDone(), Duration.ofSeconds(5),
                    "the server has begun to stop");
            assertThat(stopping).as("stop waits for the request in progress").isNotDone();
            assertThat(app.requestsInProgress()).isEqualTo(1);

            out.write(body, 4010, body.length - 4010);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200").contains("\"loss\"");
            stopping.get();
        }
    }
}
