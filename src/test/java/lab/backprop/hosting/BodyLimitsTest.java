package lab.backprop.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import lab.backprop.config.Settings;
import lab.backprop.problem.Limits;
import lab.backprop.support.Eventually;
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
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/backprop HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\nConnection: close\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Eventually.until(() -> app.requestsInProgress() == 1, Duration.ofSeconds(5),
                    "the server is handling the request, reading its body");

            socket.setSoTimeout(100);
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            int first = trickleUntilAnswered(out, socket.getInputStream(), Duration.ofSeconds(10));
            if (first >= 0) {
                response.write(first);
                socket.setSoTimeout(10_000);
                response.write(socket.getInputStream().readAllBytes());
            }
            assertThat(response.toString(StandardCharsets.UTF_8))
                    .startsWith("HTTP/1.1 408").contains("{\"error\":\"the request body arrived too slowly\"}");
        }
    }

    /**
     * Sends the body one byte at a time, each followed by a wait of the socket's read timeout for an
     * answer: at 100 ms that is at most 10 bytes a second, far below the rate the server requires.
     * Returns the first byte of the answer (-1 if the server closed without one).
     */
    static int trickleUntilAnswered(OutputStream out, InputStream in, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            try {
                out.write(' ');
                out.flush();
            } catch (IOException answeredAndClosed) {
                // the server has given up on the body: read what it said
            }
            try {
                return in.read();
            } catch (SocketTimeoutException noAnswerYet) {
                // still reading: send the next byte
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new AssertionError("no answer within " + timeout.toSeconds() + " s to a body trickling in");
    }
}
