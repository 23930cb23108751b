package lab.backprop.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import lab.backprop.support.ClassApp;
import lab.backprop.support.RunningApp;
import lab.backprop.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class handing in while the server is killed with SIGKILL: the server runs as a separate JVM from
 * the built classes, four students hand in as fast as they can, the process is killed in the middle,
 * and every attempt that was acknowledged ("attempt n, handed in ...") must be in the database.
 */
class KillDuringClassTest {
    static final int STUDENTS = 4;
    static final int KILL_AFTER = 40;

    @TempDir
    Path data;

    @Test
    void noAcknowledgedAttemptIsLostWhenTheServerIsKilled() throws Exception {
        Map<String, String> answers;
        try (RunningApp reference = RunningApp.start()) {
            answers = ClassApp.answers(reference, 1);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "lab.backprop.BackpropLab",
                "--port", Integer.toString(port), "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(new File(data.toFile(), "server.log"));
        pb.environment().put("INSTRUCTOR_PASSWORD", ClassApp.PASSWORD);
        Process server = pb.start();
        String base = "http://127.0.0.1:" + port;
        Map<String, Set<Integer>> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger count = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        List<Thread> students = new ArrayList<>();
        try {
            waitUntilReady(base, server);
            for (int s = 0; s < STUDENTS; s++) {
                String number = "k-" + s;
                Thread t = new Thread(() -> handInUntilKilled(base, number, answers, acknowledged, count, enough));
                students.add(t);
                t.start();
            }
            assertThat(enough.await(40, TimeUnit.SECONDS)).as("hand-ins acknowledged before the kill").isTrue();
        } finally {
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop
            server.waitFor(20, TimeUnit.SECONDS);
        }
        for (Thread t : students) {
            t.join(20_000);
        }
        assertThat(server.exitValue()).isEqualTo(137);
        assertThat(count.get()).isGreaterThanOrEqualTo(KILL_AFTER);

        try (RecordsDatabase db = RecordsDatabase.embedded(data)) {
            Records records = new Records(db);
            for (int s = 0; s < STUDENTS; s++) {
                String number = "k-" + s;
                Set<Integer> stored = records.attemptsOf(number).stream().map(Attempt::attemptNo)
                        .collect(Collectors.toSet());
                assertThat(stored).as(number).containsAll(acknowledged.getOrDefault(number, Set.of()));
            }
        }
    }

    private static void handInUntilKilled(String base, String number, Map<String, String> answers,
                                          Map<String, Set<Integer>> acknowledged, AtomicInteger count,
                                          CountDownLatch enough) {
        Visitor student = new Visitor(base);
        try {
            String csrf = Visitor.csrf(student.get("/exercises/" + ClassApp.EXERCISE + "?lang=en").body());
            while (true) {
                String page = student.post("/exercises/" + ClassApp.EXERCISE + "/hand-in",
                        ClassApp.handIn(answers, "Kim", number, csrf),
                        "HX-Request", "true").body();
                var m = java.util.regex.Pattern.compile("Attempt (\\d+), handed in").matcher(page);
                if (m.find()) {
                    acknowledged.computeIfAbsent(number, n -> ConcurrentHashMap.newKeySet())
                            .add(Integer.parseInt(m.group(1)));
                    if (count.incrementAndGet() >= KILL_AFTER) {
                        enough.countDown();
                    }
                }
            }
        } catch (RuntimeException killed) {
            // The server is gone: this student stops.
        }
    }

    private static void waitUntilReady(String base, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                if (new Visitor(base).get("/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start (see server.log in the data folder)");
    }
}
