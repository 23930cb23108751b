package lab.backprop.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import lab.backprop.i18n.Lang;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    static CommandLine.Parsed parse(Map<String, String> env, String... args) {
        return CommandLine.parse(args, env);
    }

    static Settings settings(Map<String, String> env, String... args) {
        CommandLine.Parsed p = parse(env, args);
        assertThat(p.message()).as("no error expected").isNull();
        return p.settings();
    }

    @Test
    void defaultsToLoopbackOnPort7070WithBuiltInContentKoreanAndTheDefaultRateLimit() {
        Settings s = settings(Map.of());
        assertThat(s).isEqualTo(new Settings("127.0.0.1", 7070, null, "", Lang.KO, 100));
        assertThat(s).isEqualTo(new Settings("127.0.0.1", 7070));
    }

    @Nested
    class FlagsAndEnvironment {
        @TempDir
        Path dir;

        @Test
        void everyFlagHasAnEnvironmentVariable() {
            Settings s = settings(Map.of("PORT", "8081", "HOST", "0.0.0.0", "CONTENT_DIR", dir.toString(),
                    "BASE_PATH", "/backprop", "DEFAULT_LANG", "en", "RATE_LIMIT", "20"));
            assertThat(s).isEqualTo(new Settings("0.0.0.0", 8081, dir.toAbsolutePath().normalize(), "/backprop",
                    Lang.EN, 20));
        }

        @Test
        void aFlagWinsOverItsEnvironmentVariable() {
            Map<String, String> env = Map.of("PORT", "8081", "HOST", "0.0.0.0", "BASE_PATH", "/env",
                    "DEFAULT_LANG", "en", "RATE_LIMIT", "20", "CONTENT_DIR", "/no/such/folder");
            Settings s = settings(env, "--port", "9000", "--host", "127.0.0.2", "--base-path", "/flag",
                    "--lang", "ko", "--rate-limit", "0", "--content", dir.toString());
            assertThat(s).isEqualTo(new Settings("127.0.0.2", 9000, dir.toAbsolutePath().normalize(), "/flag",
                    Lang.KO, 0));
        }

        @Test
        void aBlankEnvironmentVariableCountsAsUnset() {
            assertThat(settings(Map.of("PORT", " ", "BASE_PATH", "", "DEFAULT_LANG", ""))).isEqualTo(
                    new Settings("127.0.0.1", 7070));
        }

        @Test
        void theBasePathIsNormalized() {
            assertThat(settings(Map.of(), "--base-path", "/backprop/").basePath()).isEqualTo("/backprop");
            assertThat(settings(Map.of(), "--base-path", "/").basePath()).isEmpty();
            assertThat(settings(Map.of(), "--base-path", "/course/ml-2025").basePath()).isEqualTo("/course/ml-2025");
        }
    }

    @Nested
    class BadValues {
        @Test
        void anUnknownFlagIsAOneLineErrorWithExitCode2() {
            CommandLine.Parsed unknown = parse(Map.of(), "--prot", "1");
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.message()).isEqualTo("backprop-lab: Unknown options: '--prot', '1' (see --help)");
        }

        @Test
        void eachBadValueIsNamed() {
            assertThat(message(Map.of("PORT", "seventy"))).isEqualTo("backprop-lab: PORT must be a whole number, got 'seventy'");
            assertThat(message(Map.of(), "--port", "70000")).isEqualTo("backprop-lab: port must be from 0 to 65535, got 70000");
            assertThat(message(Map.of(), "--port", "abc")).startsWith("backprop-lab: Invalid value for option '--port'");
            assertThat(message(Map.of(), "--lang", "fr")).isEqualTo("backprop-lab: --lang must be ko or en, got 'fr'");
            assertThat(message(Map.of("DEFAULT_LANG", "en-US"))).isEqualTo("backprop-lab: DEFAULT_LANG must be ko or en, got 'en-US'");
            assertThat(message(Map.of(), "--rate-limit", "-1")).isEqualTo(
                    "backprop-lab: rate limit must be from 0 (off) to 100000 requests per second, got -1");
            assertThat(message(Map.of("RATE_LIMIT", "lots"))).isEqualTo("backprop-lab: RATE_LIMIT must be a whole number, got 'lots'");
            assertThat(message(Map.of(), "--content", "/no/such/folder")).isEqualTo(
                    "backprop-lab: --content /no/such/folder is not a folder");
            assertThat(message(Map.of("CONTENT_DIR", "/no/such/folder"))).isEqualTo(
                    "backprop-lab: CONTENT_DIR /no/such/folder is not a folder");
            for (String bad : new String[] {"backprop", "/a/../b", "/a b", "/<script>", "//evil.example", "/a/./b"}) {
                assertThat(message(Map.of(), "--base-path", bad)).as(bad)
                        .startsWith("backprop-lab: base path must look like /backprop").doesNotContain("\n");
            }
        }

        private String message(Map<String, String> env, String... args) {
            CommandLine.Parsed p = parse(env, args);
            assertThat(p.exitCode()).isEqualTo(2);
            assertThat(p.message()).doesNotContain("\n");
            return p.message();
        }
    }

    @Test
    void helpListsEveryFlagWithItsVariableAndExitsZero() {
        CommandLine.Parsed help = parse(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.message()).contains("--port", "[PORT]", "--host", "[HOST]", "--content", "[CONTENT_DIR]",
                "--base-path", "[BASE_PATH]", "--lang", "[DEFAULT_LANG]", "--rate-limit", "[RATE_LIMIT]", "check-content");
    }

    @Test
    void prepareRunsWithTheGivenSettingsOnlyToWarmUp() {
        CommandLine.Parsed p = parse(Map.of("BASE_PATH", "/backprop"), "--lang", "en", "prepare");
        assertThat(p.prepare()).isTrue();
        assertThat(p.settings().basePath()).isEqualTo("/backprop");
        assertThat(p.exitCode()).isNull();
        assertThat(parse(Map.of()).prepare()).as("a plain start").isFalse();
    }

    @Nested
    class CheckContent {
        @Test
        void takesTheFolderToCheck() {
            CommandLine.Parsed p = parse(Map.of(), "check-content", "my-course");
            assertThat(p.checkContent()).isEqualTo(Path.of("my-course"));
            assertThat(p.settings()).isNull();
            assertThat(p.exitCode()).isNull();
        }

        @Test
        void withoutAFolderIsAnErrorAndHasItsOwnHelp() {
            CommandLine.Parsed missing = parse(Map.of(), "check-content");
            assertThat(missing.exitCode()).isEqualTo(2);
            assertThat(missing.message()).contains("Missing required parameter: 'DIR'");
            CommandLine.Parsed help = parse(Map.of(), "check-content", "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.message()).contains("check-content", "DIR");
        }
    }
}
