package lab.backprop.worked;

import java.util.List;
import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;

/**
 * The worked step as a complete LaTeX document: the given values, then each part of the step as an
 * {@code align*} of formulas with the numbers plugged in, in the app's notation. The English document
 * needs only the base LaTeX packages (amsmath, geometry), which every TeX distribution has; the Korean
 * one also loads kotex and says so in its header comment.
 */
final class StepTex {
    /** A formula longer than this (in TeX characters) is set one side per row. */
    private static final int ONE_ROW = 120;

    private StepTex() {
    }

    static String of(Handout h) {
        Texts texts = Texts.get();
        Lang lang = h.lang();
        StringBuilder tex = new StringBuilder();
        tex.append("% ").append(TexText.of(h.title())).append('\n');
        for (String line : texts.of(lang, "export.tex.header").split("\n")) {
            tex.append("% ").append(line).append('\n');
        }
        tex.append("\\documentclass[a4paper,11pt]{article}\n");
        tex.append("\\usepackage[utf8]{inputenc}\n");
        tex.append("\\usepackage{amsmath}\n");
        tex.append("\\usepackage[margin=2cm]{geometry}\n");
        if (lang == Lang.KO) {
            tex.append("\\usepackage{kotex}\n");
        }
        tex.append("\\setcounter{MaxMatrixCols}{64}\n");
        tex.append("\\allowdisplaybreaks\n");
        tex.append("\\setlength{\\parindent}{0pt}\n\n");
        tex.append("\\begin{document}\n\n");
        tex.append("\\section*{").append(TexText.of(h.title())).append("}\n\n");
        tex.append(TexText.of(texts.of(lang, "export.intro", Integer.toString(h.decimals())))).append("\n\n");
        tex.append("\\subsection*{").append(TexText.of(texts.of(lang, "exercise.given"))).append("}\n");
        tex.append("\\begin{gather*}\n");
        List<String> given = Given.formulas(h.problem(), h.decimals());
        tex.append(String.join(" \\\\\n", given)).append("\n\\end{gather*}\n\n");
        int number = 1;
        for (WorkedStep.Part part : WorkedStep.of(h.problem(), h.step(), h.decimals(), Script.TEX)) {
            tex.append("\\subsection*{").append(number++).append(". ")
                    .append(TexText.of(texts.of(lang, part.heading()))).append("}\n");
            tex.append("\\begin{align*}\n");
            List<String> rows = part.lines().stream().flatMap(line -> line.formulas().stream())
                    .map(StepTex::rows).toList();
            tex.append(String.join(" \\\\\n", rows)).append("\n\\end{align*}\n\n");
        }
        tex.append("\\end{document}\n");
        return tex.toString();
    }

    /** One formula aligned at its first "=": on one row, or one side per row when it is long. */
    private static String rows(WorkedStep.Formula f) {
        List<String> sides = f.sides();
        String rest = String.join(f.text().length() > ONE_ROW ? " \\\\\n  &= " : " = ", sides.subList(1, sides.size()));
        return sides.get(0) + " &= " + rest;
    }
}
