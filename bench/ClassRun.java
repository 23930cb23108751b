import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A class of students on one fresh server, all from one address (loopback), as an instructor meets it:
 * the jar starts; STUDENTS open the same lesson within two seconds (each a browser of its own, with its
 * own cookies, fetching the page and its assets); then for SECONDS each posts the lesson's form every
 * 3–8 s, and a third of them also check worksheet answers every 3–8 s; at the end the same burst of
 * first pages again, on the warm server. Prints the figures of docs/PERFORMANCE.md's class table:
 * first-page latency cold and warm, step and check p50/p99, refusals (429/503), RSS before and after,
 * and the same steps and checks as the server's access log timed them. Every request carries a browser's
 * Accept-Encoding, so the server compresses its answers as it would for Chromium.
 *
 * <p>Usage (a single-file program, JDK 17): {@code java bench/ClassRun.java [students=300] [seconds=60]
 * [jar=target/backprop-lab.jar] [java options for the server...]}. Every request is bounded in time;
 * the server is stopped at the end. The server inherits the environment, so class records are turned
 * on with {@code INSTRUCTOR_PASSWORD=... DATA_DIR=...} (and PostgreSQL with {@code DATABASE_URL=...});
 * with {@code HANDIN=1} the students who check their worksheet also hand it in each time.
 *
 * <p>The students are played by the Node.js clients {@code bench/first-page.mjs} and
 * {@code bench/class.mjs} when {@code node} is on the PATH, and by the Java client below otherwise (or
 * with {@code CLIENT=java}). The Java one takes about four times the CPU of the Node.js one, on the
 * same two cores as the server, which real browsers never share (docs/PERFORMANCE.md, seventh sitting).
 */
public class ClassRun {
    static final String LESSON = "/lessons/weight-update";
    static final String FORM = "layers=2,2,1&g-0=sigmoid&g-1=sigmoid&slope=1&eta=0.5&x-0=1&x-1=0.5&d-0=1"
            + "&b-0-0=0.1&w-0-0-0=0.5&w-0-0-1=-0.3&b-0-1=-0.1&w-0-1-0=0.2&w-0-1-1=0.4&b-1-0=0.2&w-1-0-0=0.6"
            + "&w-1-0-1=-0.5&action=step";
    static final String CHECK = "/exercises/forward-2-2-1";
    static final String ANSWERS = "lang=ko&0-net-0=0.35&0-net-1=0.1&0-out-0=0.5866&0-out-1=0.525&1-net-0=0.3";
    static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|static)/[^\"]+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    /** What Chromium and Firefox send with every request: the server compresses its answers for them. */
    static final String ACCEPT_ENCODING = "gzip, deflate, br";
    static final boolean HAND_IN = "1".equals(System.getenv("HANDIN"));
    static final String RECEIPT = "class=\"receipt\"";

    /** One request: how long it took, its status, and when it was sent (System.nanoTime()). */
    record Sample(long nanos, int status, long sentAt) {
    }

    public static void main(String[] args) throws Exception {
        int students = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String jar = args.length > 2 ? args[2] : "target/backprop-lab.jar";
        List<String> command = new ArrayList<>(List.of("java"));
        for (int a = 3; a < args.length; a++) {
            command.add(args[a]);
        }
        command.addAll(List.of("-jar", jar, "--host", "127.0.0.1", "--port", "0"));
        System.out.println("== " + String.join(" ", command));
        Path log = Files.createTempFile("class-run", ".log");
        long started = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int port = awaitPort(server, log, started);
            System.out.printf("== first line with the address after %d ms; RSS %d MB%n",
                    (System.nanoTime() - started) / 1_000_000, rssMb(server.pid()));
            run(port, students, seconds, server.pid());
            serverSide(log);
        } finally {
            server.destroy();
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    static int awaitPort(Process server, Path log, long started) throws Exception {
        Pattern p = Pattern.compile("open http://127\\.0\\.0\\.1:(\\d+)/");
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited:\n" + Files.readString(log));
            }
            Matcher m = p.matcher(Files.readString(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no address printed within 30 s");
    }

    static void run(int port, int students, int seconds, long pid) throws Exception {
        String base = "http://127.0.0.1:" + port;
        if (!"java".equals(System.getenv("CLIENT")) && hasNode()) {
            node("first page, cold (" + students + " within 2 s)", "bench/first-page.mjs", base, students);
            node(null, "bench/class.mjs", base, students, seconds);
            node("first page, warm (" + students + " within 2 s)", "bench/first-page.mjs", base, students);
            System.out.printf("== RSS after the class: %d MB%n", rssMb(pid));
            return;
        }
        System.out.println("== (the Java client, for CLIENT=java or without node on the PATH: it takes a share of"
                + " the cores that a real class's browsers do not, and is itself the limit of a burst)");
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<HttpClient> browsers = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            browsers.add(HttpClient.newBuilder().executor(pool).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).build());
        }
        firstPages(base, browsers, "cold", new Random(1));

        ConcurrentLinkedQueue<Sample> steps = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Sample> checks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Sample> handIns = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Random random = new Random(2);
        AtomicInteger inFlight = new AtomicInteger();
        for (int s = 0; s < students; s++) {
            HttpClient b = browsers.get(s);
            schedule(clock, random, end, inFlight, () -> send(b, base + LESSON, FORM, steps));
            if (s % 3 == 0) {
                schedule(clock, random, end, inFlight, () -> send(b, base + CHECK, ANSWERS, checks));
                if (HAND_IN) {
                    String token = csrf(b, base + CHECK);
                    String form = ANSWERS + "&csrf=" + token + "&name=Student+" + letters(s) + "&number=2026" + s;
                    schedule(clock, random, end, inFlight, () -> handIn(b, base + CHECK + "/hand-in", form, handIns));
                }
            }
        }
        while (System.nanoTime() < end || inFlight.get() > 0) {
            Thread.sleep(100);
        }
        clock.shutdownNow();
        report("lesson form post (step)", List.copyOf(steps));
        byWindow(List.copyOf(steps));
        report("worksheet check", List.copyOf(checks));
        if (HAND_IN) {
            report("hand-in (stored)", List.copyOf(handIns));
        }
        firstPages(base, browsers, "warm", new Random(3));
        System.out.printf("== RSS after the class: %d MB%n", rssMb(pid));
        pool.shutdownNow();
    }

    /** The burst of first pages by the Java browsers (without Node.js). */
    static void firstPages(String base, List<HttpClient> browsers, String when, Random random) throws Exception {
        report("first page, " + when + " (" + browsers.size() + " within 2 s)", burst(base, browsers, random));
    }

    static boolean hasNode() throws InterruptedException {
        try {
            return new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException noNode) {
            return false;
        }
    }

    /**
     * Runs one of the Node.js clients ({@code bench/first-page.mjs}, {@code bench/class.mjs}) and prints
     * its lines, prefixed with {@code what} when given. The server's environment is the client's too,
     * so {@code HANDIN=1} reaches {@code class.mjs}.
     */
    static void node(String what, String script, String base, int... numbers) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", script, base));
        for (int n : numbers) {
            command.add(Integer.toString(n));
        }
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (node.waitFor() != 0) {
            throw new IllegalStateException(script + " failed:\n" + out);
        }
        out.lines().forEach(l -> System.out.println(what == null ? l
                : "== " + what + ", " + l.replaceFirst("^round 0 ", "")));
    }

    /** Every browser opens the lesson at a random moment within two seconds, then fetches its assets. */
    static List<Sample> burst(String base, List<HttpClient> browsers, Random random) throws Exception {
        List<CompletableFuture<Sample>> pages = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        for (HttpClient b : browsers) {
            CompletableFuture<Sample> page = new CompletableFuture<>();
            clock.schedule(() -> get(b, base, LESSON).whenComplete((s, e) -> {
                if (e != null) {
                    page.complete(new Sample(TimeUnit.SECONDS.toNanos(30), -1, System.nanoTime()));
                } else {
                    page.complete(s);
                }
            }), random.nextInt(2000), TimeUnit.MILLISECONDS);
            pages.add(page);
        }
        List<Sample> samples = new ArrayList<>();
        for (CompletableFuture<Sample> p : pages) {
            samples.add(p.get(60, TimeUnit.SECONDS));
        }
        clock.shutdown();
        return samples;
    }

    static CompletableFuture<Sample> get(HttpClient b, String base, String path) {
        long t0 = System.nanoTime();
        HttpRequest page = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Encoding", ACCEPT_ENCODING).build();
        return b.sendAsync(page, HttpResponse.BodyHandlers.ofByteArray()).thenCompose(r -> {
            Sample s = new Sample(System.nanoTime() - t0, r.statusCode(), t0);
            List<CompletableFuture<?>> assets = new ArrayList<>();
            Matcher m = ASSET.matcher(text(r));
            while (m.find()) {
                assets.add(b.sendAsync(HttpRequest.newBuilder(URI.create(base + m.group(1)))
                        .timeout(Duration.ofSeconds(30)).header("Accept-Encoding", ACCEPT_ENCODING).build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
            return CompletableFuture.allOf(assets.toArray(CompletableFuture[]::new)).handle((x, e) -> s);
        });
    }

    /** An answer's text, gunzipped when the server compressed it (as it does for a browser). */
    static String text(HttpResponse<byte[]> r) {
        if (!r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            return new String(r.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The worksheet's CSRF token for this browser (its cookie is kept by the browser's cookie jar). */
    static String csrf(HttpClient b, String url) throws Exception {
        String page = b.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no hand-in form on " + url + ": are class records on?");
        }
        return m.group(1);
    }

    static void schedule(ScheduledExecutorService clock, Random random, long end, AtomicInteger inFlight,
                         Runnable send) {
        long delay = 3000 + random.nextInt(5001);
        clock.schedule(() -> {
            if (System.nanoTime() >= end) {
                return;
            }
            inFlight.incrementAndGet();
            try {
                send.run();
            } finally {
                inFlight.decrementAndGet();
            }
            schedule(clock, random, end, inFlight, send);
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** A form posted as htmx posts it. */
    static HttpRequest htmxPost(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .header("Accept-Encoding", ACCEPT_ENCODING).POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    static void send(HttpClient b, String url, String form, ConcurrentLinkedQueue<Sample> into) {
        long t0 = System.nanoTime();
        b.sendAsync(htmxPost(url, form), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) ->
                into.add(new Sample(System.nanoTime() - t0, e != null ? -1 : r.statusCode(), t0)));
    }

    /**
     * A hand-in, counted as stored only when the answer carries the receipt ("attempt 2, handed in
     * 10:42"): a refused one (a bad name, a stale token) is answered 200 with its error too, as htmx
     * swaps only a 2xx answer, and is counted as failed (422 here).
     */
    static void handIn(HttpClient b, String url, String form, ConcurrentLinkedQueue<Sample> into) {
        long t0 = System.nanoTime();
        b.sendAsync(htmxPost(url, form), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> into.add(
                new Sample(System.nanoTime() - t0, e != null ? -1 : r.statusCode() == 200 && !text(r).contains(RECEIPT)
                        ? 422 : r.statusCode(), t0)));
    }

    /** A name the hand-in form accepts (letters only): 0 is "A", 25 "Z", 26 "AA"... */
    static String letters(int n) {
        String name = "";
        for (int k = n; k >= 0; k = k / 26 - 1) {
            name = (char) ('A' + k % 26) + name;
        }
        return name;
    }

    static void report(String what, List<Sample> samples) {
        List<Long> ms = new ArrayList<>();
        int refused = 0;
        int failed = 0;
        for (Sample s : samples) {
            ms.add(s.nanos());
            if (s.status() == 429 || s.status() == 503) {
                refused++;
            } else if (s.status() < 200 || s.status() >= 400) {
                failed++;
            }
        }
        Collections.sort(ms);
        if (ms.isEmpty()) {
            System.out.println("== " + what + ": no requests");
            return;
        }
        System.out.printf("== %-38s n=%5d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  refused %d  failed %d%n",
                what, ms.size(), pct(ms, 50), pct(ms, 99), ms.get(ms.size() - 1) / 1e6, refused, failed);
    }

    /**
     * The class's steps and checks as the server's access log timed them (handler start to end, the
     * compute gate's queue included): what the client adds on top is its own share of the 2 cores.
     */
    static void serverSide(Path log) throws IOException {
        Pattern line = Pattern.compile("access - POST (\\S+) \\d+ (\\d+) ms");
        Map<String, List<Long>> byPath = new java.util.TreeMap<>();
        for (String l : Files.readAllLines(log)) {
            Matcher m = line.matcher(l);
            if (m.find() && (m.group(1).equals(LESSON) || m.group(1).startsWith(CHECK))) {
                byPath.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Long.parseLong(m.group(2)) * 1_000_000);
            }
        }
        byPath.forEach((path, ms) -> {
            Collections.sort(ms);
            System.out.printf("== server log: POST %-27s n=%5d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                    path, ms.size(), pct(ms, 50), pct(ms, 99), ms.get(ms.size() - 1) / 1e6);
        });
    }

    /** The p99 of each 10 s of the class, to see whether the slow ones cluster (at the start, at a pause). */
    static void byWindow(List<Sample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        long first = samples.stream().mapToLong(Sample::sentAt).min().orElseThrow();
        java.util.TreeMap<Long, List<Long>> windows = new java.util.TreeMap<>();
        for (Sample s : samples) {
            windows.computeIfAbsent((s.sentAt() - first) / TimeUnit.SECONDS.toNanos(10), w -> new ArrayList<>())
                    .add(s.nanos());
        }
        StringBuilder line = new StringBuilder("   p99 by 10 s:");
        windows.forEach((w, ms) -> {
            Collections.sort(ms);
            line.append(String.format(" %.0f", pct(ms, 99)));
        });
        System.out.println(line.append(" ms"));
    }

    static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    static long rssMb(long pid) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Files.newInputStream(Path.of("/proc/" + pid + "/status"))))) {
            return r.lines().filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(
                    l.replaceAll("\\D", ""))).findFirst().orElse(-1) / 1024;
        } catch (IOException e) {
            return -1;
        }
    }
}
