package lab.backprop.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.backprop.config.Settings;
import lab.backprop.problem.Json;
import lab.backprop.support.AppTest;
import lab.backprop.support.Eventually;
import lab.backprop.support.RunningApp;
import lab.backprop.support.RunningApp.Reply;
import org.junit.jupiter.api.Test;

/** POST /api/train with Accept: text/event-stream: progress while it computes, and a stop when the client leaves. */
class TrainStreamTest extends AppTest {
    /** A server-sent event: its name and its JSON data. */
    record Event(String name, JsonNode data) {
    }

    static HttpRequest streamed(RunningApp app, String body) {
        return HttpRequest.newBuilder(URI.create(app.url("/api/train")))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static List<Event> events(String text) throws IOException {
        List<Event> events = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            String name = null;
            String data = null;
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                }
            }
            if (name != null) {
                events.add(new Event(name, Json.mapper().readTree(data)));
            }
        }
        return events;
    }

    @Test
    void streamsEveryCurvePointThenTheSameAnswerAsThePlainRequest() throws Exception {
        String request = TrainApiTest.xor("\"epochs\": 2000, \"shuffleSeed\": 7");
        Reply r = app.send(streamed(app, request));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/event-stream");
        List<Event> events = events(r.body());
        List<Event> progress = events.stream().filter(e -> e.name().equals("progress")).toList();
        assertThat(progress).hasSize(500);
        assertThat(progress.get(0).data().get("epoch").asInt()).isEqualTo(1);
        assertThat(progress.get(499).data().get("epoch").asInt()).isEqualTo(2000);
        assertThat(events.stream().filter(e -> e.name().equals("network")).findFirst().orElseThrow()
                .data().get("weights").get(0)).hasSize(2);
        Event done = events.get(events.size() - 1);
        assertThat(done.name()).isEqualTo("done");
        JsonNode plain = app.postJson("/api/train", request).json();
        assertThat(done.data()).isEqualTo(plain);
        assertThat(progress.get(123).data().get("loss")).isEqualTo(plain.get("lossCurve").get(123).get("loss"));
        assertThat(progress.get(123).data().get("meanAbsDelta"))
                .isEqualTo(plain.get("deltaCurve").get(123).get("meanAbsDelta"));
    }

    @Test
    void aDivergenceWhileStreamingIsAnErrorEvent() throws Exception {
        Reply r = app.send(streamed(app, """
                {"layers": [1, 1], "weights": [[[1]]], "activations": "linear", "learningRate": 100,
                 "data": [{"input": [1], "target": [0]}], "epochs": 400}"""));
        List<Event> events = events(r.body());
        Event last = events.get(events.size() - 1);
        assertThat(last.name()).isEqualTo("error");
        assertThat(last.data().get("error").asText()).startsWith("training diverged in epoch 68:");
    }

    @Test
    void badInputIsStillA400BeforeAnyEvent() {
        Reply r = app.send(streamed(app, "{\"layers\": [2, 1]}"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("weights is missing");
    }

    @Test
    void closingTheStreamEndsTheWorkOnTheServerLongBeforeTheRunWouldEnd() throws Exception {
        // The largest XOR run the budget allows: about a second of work.
        String request = TrainApiTest.xor("\"epochs\": 781250");
        long started = System.nanoTime();
        assertThat(app.postJson("/api/train", request).status()).isEqualTo(200);
        long whole = System.nanoTime() - started;

        started = System.nanoTime();
        byte[] body = request.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.getOutputStream().write(("POST /api/train HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            BufferedReader lines = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("event: progress")) {
                // read up to the first curve point
            }
            assertThat(line).isEqualTo("event: progress");
        }
        Eventually.until(() -> app.requestsInProgress() == 0, Duration.ofSeconds(5), "the run ended");
        long stopped = System.nanoTime() - started;
        assertThat(stopped).as("ns until the aborted run ended, against %d for the whole run", whole)
                .isLessThan(whole / 2);
    }

    @Test
    void aStreamedRunGoesThroughTheRateLimitLikeEveryComputeRequest() {
        try (RunningApp limited = RunningApp.start(Settings.forTests().withRateLimit(1))) {
            String request = TrainApiTest.xor("\"epochs\": 10");
            int refusedAt = -1;
            for (int n = 0; n < 10 && refusedAt < 0; n++) {
                Reply r = limited.send(streamed(limited, request));
                if (r.status() == 429) {
                    refusedAt = n;
                    assertThat(r.json().get("error").asText()).startsWith("too many requests");
                } else {
                    assertThat(r.body()).contains("event: done");
                }
            }
            assertThat(refusedAt).as("the first refused request, after the burst of 5").isBetween(5, 9);
        }
    }
}
