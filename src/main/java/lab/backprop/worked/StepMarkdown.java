package lab.backprop.worked;

import lab.backprop.i18n.Texts;

/**
 * The worked step as Markdown: headings in the handout's language, each formula as {@code $…$} TeX
 * (which GitHub, Pandoc, Obsidian, Typora and KaTeX-based editors typeset), one list item per line.
 */
final class StepMarkdown {
    private StepMarkdown() {
    }

    static String of(Handout h) {
        Texts texts = Texts.get();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(h.title())).append("\n\n");
        md.append(texts.of(h.lang(), "export.intro", Integer.toString(h.decimals()))).append("\n\n");
        md.append("## ").append(texts.of(h.lang(), "exercise.given")).append("\n\n");
        for (String formula : Given.formulas(h.problem(), h.decimals())) {
            md.append("- $").append(formula).append("$\n");
        }
        int number = 1;
        for (WorkedStep.Part part : WorkedStep.of(h.problem(), h.step(), h.decimals(), Script.TEX)) {
            md.append("\n## ").append(number++).append(". ").append(texts.of(h.lang(), part.heading())).append("\n\n");
            for (WorkedStep.Line line : part.lines()) {
                md.append("- ").append(String.join("; ", line.formulas().stream()
                        .map(f -> "$" + f.text() + "$").toList())).append('\n');
            }
        }
        return md.toString();
    }

    /** Plain text with Markdown's punctuation escaped and no line breaks, for a heading. */
    static String escape(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>#|{}()!~$&])", "\\\\$1");
    }
}
