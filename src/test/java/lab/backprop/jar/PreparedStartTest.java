package lab.backprop.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, as INSTRUCTORS.md tells an instructor to run it: {@code prepare} under
 * -XX:ArchiveClassesAtExit writes a class-data archive, and a start that requires that archive
 * (-Xshare:on fails rather than ignore an archive it cannot use) serves pages, and the static files
 * listed from inside the jar. Both have class records on, as INSTRUCTORS.md says to prepare with the
 * settings of the server: the start maps the records' classes from the archive too, and {@code prepare}
 * leaves no database behind, neither where it ran nor in the temporary folder.
 */
class PreparedStartTest {
    static final Path JAR = Path.of("target", "backprop-lab.jar");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final String PASSWORD = "prepared-start-test";

    @Test
    void prepareWritesAnArchiveThatAStartCanRequire(@TempDir Path dir) throws Exception {
        assertThat(JAR).as("mvn package builds the jar before the integration tests").exists();
        Path archive = dir.resolve("backprop-lab.jsa");
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        ProcessBuilder preparing = new ProcessBuilder(JAVA, "-XX:ArchiveClassesAtExit=" + archive,
                "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toAbsolutePath().toString(), "prepare")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("prepare.log").toFile());
        withoutDatabaseSettings(preparing);
        preparing.environment().put("INSTRUCTOR_PASSWORD", PASSWORD);
        Process prepare = preparing.start();
        assertThat(prepare.waitFor(90, TimeUnit.SECONDS)).as("prepare finishes").isTrue();
        String log = Files.readString(dir.resolve("prepare.log"));
        assertThat(prepare.exitValue()).as(log).isZero();
        assertThat(log).contains("Prepared in");
        assertThat(archive).isNotEmptyFile();
        assertThat(dir.resolve("backprop-lab-data")).as("prepare opens no records where it runs").doesNotExist();
        try (var left = Files.list(tmp)) {
            assertThat(left.toList()).as("prepare deletes its own database").isEmpty();
        }

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        File serverLog = dir.resolve("server.log").toFile();
        Path classes = dir.resolve("classes.log");
        ProcessBuilder starting = new ProcessBuilder(List.of(JAVA, "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load=info:file=" + classes, "-jar", JAR.toString(), "--port", Integer.toString(port),
                "--data", dir.resolve("data").toString())).redirectErrorStream(true).redirectOutput(serverLog);
        withoutDatabaseSettings(starting);
        starting.environment().put("INSTRUCTOR_PASSWORD", PASSWORD);
        Process server = starting.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest lesson = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/lessons/feed-forward"))
                    .timeout(Duration.ofSeconds(5)).build();
            int status = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (status != 200 && server.isAlive() && System.nanoTime() < end) {
                try {
                    status = client.send(lesson, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(status).as("a lesson from the start that maps the archive; its log: %s",
                    Files.readString(serverLog.toPath())).isEqualTo(200);
            // The static files, listed from inside the jar this time: every one the page loads.
            String page = client.send(lesson, HttpResponse.BodyHandlers.ofString()).body();
            Matcher asset = Pattern.compile("(?:href|src)=\"(/(?:webjars|static)/[^\"]+)\"").matcher(page);
            int assets = 0;
            while (asset.find()) {
                HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + asset.group(1))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(file.statusCode()).as(asset.group(1)).isEqualTo(200);
                assertThat(file.body()).as(asset.group(1)).isNotEmpty();
                assets++;
            }
            assertThat(assets).isGreaterThanOrEqualTo(8);
            assertThat(Files.readString(serverLog.toPath())).contains("Class records: on");
            String loaded = Files.readString(classes);
            for (String name : List.of("lab.backprop.records.Records", "org.h2.Driver",
                    "org.flywaydb.core.Flyway", "com.zaxxer.hikari.HikariDataSource")) {
                assertThat(loaded).as(name).containsPattern(Pattern.quote(name) + " source: shared objects file");
            }
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** The embedded database for both: a PostgreSQL server in the environment would be used otherwise. */
    private static void withoutDatabaseSettings(ProcessBuilder process) {
        for (String name : List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "DATA_DIR",
                "INSTRUCTOR_PASSWORD", "INSTRUCTOR_PASSWORD_FILE")) {
            process.environment().remove(name);
        }
    }
}
