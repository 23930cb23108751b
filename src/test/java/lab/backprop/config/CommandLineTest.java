package lab.backprop.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void defaultsToLoopbackOnPort7070() {
        CommandLine.Parsed p = CommandLine.parse(new String[0], Map.of());
        assertThat(p.settings()).isEqualTo(new Settings("127.0.0.1", 7070));
    }

    @Test
    void readsThePortFromTheEnvironmentAndAFlagWins() {
        assertThat(CommandLine.parse(new String[0], Map.of("PORT", "8081")).settings().port()).isEqualTo(8081);
        assertThat(CommandLine.parse(new String[] {"--port", "9000"}, Map.of("PORT", "8081")).settings().port())
                .isEqualTo(9000);
        assertThat(CommandLine.parse(new String[] {"--host", "0.0.0.0"}, Map.of()).settings().host())
                .isEqualTo("0.0.0.0");
    }

    @Test
    void aBadFlagOrValueIsAOneLineErrorWithExitCode2() {
        CommandLine.Parsed unknown = CommandLine.parse(new String[] {"--prot", "1"}, Map.of());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.message()).isEqualTo("backprop-lab: Unknown options: '--prot', '1' (see --help)");
        CommandLine.Parsed badEnv = CommandLine.parse(new String[0], Map.of("PORT", "seventy"));
        assertThat(badEnv.message()).isEqualTo("backprop-lab: PORT must be a whole number, got 'seventy'");
        CommandLine.Parsed badPort = CommandLine.parse(new String[] {"--port", "70000"}, Map.of());
        assertThat(badPort.message()).isEqualTo("backprop-lab: port must be from 0 to 65535, got 70000");
    }

    @Test
    void helpListsTheFlagsAndExitsZero() {
        CommandLine.Parsed help = CommandLine.parse(new String[] {"--help"}, Map.of());
        assertThat(help.exitCode()).isZero();
        assertThat(help.message()).contains("--port", "--host");
    }
}
