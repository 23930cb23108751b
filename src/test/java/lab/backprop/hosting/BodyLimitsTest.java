package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import lab.backprop.config.Settings;
import lab.backprop.problem.Limits;
import lab.backprop.support.RunningApp;
import org.junit.jupiter.api.Test;

/** Request bodies on the compute routes, over a raw socket: too large is refused at once, too slow is cut off. */
class BodyLimitsTest {
    @Test
    void aDeclaredBodyOverTheLimitIsA413AtOnceWithoutWaitingForIt() {
        try (RunningApp app = RunningApp.start(Settings.forTests())) {
            RunningApp.Reply r = app.postDeclaredTooLarge("/lessons/weight-update", "application/x-www-form-urlencoded");
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.body()).contains("the request body is larger than " + Limits.MAX_BODY_BYTES + " bytes");
        }
    }

    @Test
    void aBodyArrivingTooSlowlyIsCutOffWith408() throws Exception {
        try (RunningApp app = RunningApp.start(Settings.forTests());
             Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/backprop HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\nConnection: close\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                for (int i = 0; i < 6; i++) {
                    Thread.sleep(400);
                    out.write(' ');
                    out.flush();
                }
            } catch (IOException answeredAndClosed) {
                // the server has given up on the body: read what it said
            }
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 408").contains("{\"error\":\"the request body arrived too slowly\"}");
        }
    }
}
