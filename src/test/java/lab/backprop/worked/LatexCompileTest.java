package lab.backprop.worked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The English handout compiles with a stock pdflatex (Debian's texlive-latex-base): one run each, in a
 * temporary folder, with a timeout. Without pdflatex the test is skipped, except under CI=true, where
 * .ci/run installs it: then it fails. The Korean handout is compiled too where kotex is installed.
 */
class LatexCompileTest {
    @TempDir
    Path dir;

    @Test
    void theHandWorkedExampleCompiles() throws Exception {
        compile("example", "One step", HandWorked.EXAMPLE, 9, Lang.EN);
    }

    @Test
    void aDeeperNetworkWithEveryActivationAndAHostileTitleCompiles() throws Exception {
        compile("deep", "\\input{x} $ & % # _ { } ~ ^ \\ — Δw₁₂ < > \"quoted\"", HandWorked.DEEP, 4, Lang.EN);
    }

    @Test
    void theKoreanHandoutCompilesWhereKotexIsInstalled() throws Exception {
        boolean found;
        try {
            Process kpsewhich = new ProcessBuilder("kpsewhich", "kotex.sty").redirectErrorStream(true).start();
            found = kpsewhich.waitFor(30, TimeUnit.SECONDS) && kpsewhich.exitValue() == 0;
        } catch (IOException noTex) {
            found = false;
        }
        Assumptions.assumeTrue(found, "kotex is not installed (texlive-lang-korean): the Korean handout is not compiled");
        compile("korean", "정답: 학습 한 단계", HandWorked.EXAMPLE, 4, Lang.KO);
    }

    /** Writes the handout, runs pdflatex once, and leaves the PDF in target/handouts/ for a look. */
    private void compile(String name, String title, Problem problem, int decimals, Lang lang)
            throws IOException, InterruptedException {
        String pdflatex = pdflatex();
        Files.writeString(dir.resolve(name + ".tex"), new Handout(title, problem, problem.step(), decimals, lang).tex());
        Process p = new ProcessBuilder(pdflatex, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape",
                name + ".tex").directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("pdflatex took more than 60 s");
        }
        String log = Files.readString(dir.resolve(name + ".out"));
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(dir.resolve(name + ".pdf")).isNotEmptyFile();
        Files.createDirectories(Path.of("target", "handouts"));
        Files.copy(dir.resolve(name + ".pdf"), Path.of("target", "handouts", name + ".pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.readString(dir.resolve(name + ".log"))).as("every character has a glyph")
                .doesNotContain("Missing character");
    }

    private static String pdflatex() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "pdflatex");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("pdflatex is missing; CI=true requires it (apt-get install -y texlive-latex-base, as .ci/run does)");
        }
        Assumptions.abort("pdflatex is not installed (apt-get install -y texlive-latex-base): LaTeX compile test skipped");
        return null;
    }
}
