package lab.backprop.worked;

import java.util.Map;

/**
 * Plain text (a title, a heading from the messages) made safe for LaTeX's text mode: the ten special
 * characters are escaped, so a title can never run a command, and the lecture's symbols (Δ, δ, η, ∂, Σ,
 * ′, −, ², ₁, ⱼ …) become math, which a stock LaTeX sets without extra fonts. Other letters pass
 * through (Hangul needs kotex, which the Korean document loads).
 */
final class TexText {
    private static final Map<Character, String> TEXT = Map.ofEntries(
            Map.entry('\\', "\\textbackslash{}"), Map.entry('{', "\\{"), Map.entry('}', "\\}"),
            Map.entry('$', "\\$"), Map.entry('&', "\\&"), Map.entry('#', "\\#"), Map.entry('%', "\\%"),
            Map.entry('_', "\\_"), Map.entry('^', "\\textasciicircum{}"), Map.entry('~', "\\textasciitilde{}"),
            Map.entry('<', "\\textless{}"), Map.entry('>', "\\textgreater{}"), Map.entry('|', "\\textbar{}"),
            Map.entry('…', "\\dots{}"), Map.entry('—', "---"), Map.entry('–', "--"), Map.entry('"', "''"));
    private static final Map<Character, String> MATH = Map.ofEntries(
            Map.entry('Δ', "\\Delta"), Map.entry('δ', "\\delta"), Map.entry('η', "\\eta"), Map.entry('∂', "\\partial"),
            Map.entry('Σ', "\\Sigma"), Map.entry('′', "'"), Map.entry('−', "-"), Map.entry('·', "\\cdot"),
            Map.entry('×', "\\times"), Map.entry('²', "^2"), Map.entry('½', "\\tfrac{1}{2}"), Map.entry('≤', "\\le"),
            Map.entry('≥', "\\ge"), Map.entry('→', "\\to"), Map.entry('∑', "\\sum"));
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₕₘₙₚᵣₛ";
    private static final String PLAIN = "0123456789ijkhmnprs";

    private TexText() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (Character.isISOControl(c)) {
                out.append(' '); // a line break would end a paragraph inside \title
            } else if (SUBSCRIPTS.indexOf(c) >= 0) {
                StringBuilder run = new StringBuilder();
                for (; at < text.length() && SUBSCRIPTS.indexOf(text.charAt(at)) >= 0; at++) {
                    run.append(PLAIN.charAt(SUBSCRIPTS.indexOf(text.charAt(at))));
                }
                at--;
                boolean letter = at >= run.length() && isAsciiLetter(text.charAt(at - run.length()));
                String base = letter ? String.valueOf(out.charAt(out.length() - 1)) : "";
                out.setLength(out.length() - base.length());
                out.append('$').append(base).append("_{").append(run).append("}$");
            } else if (MATH.containsKey(c)) {
                out.append('$').append(MATH.get(c)).append("{}$");
            } else {
                out.append(TEXT.getOrDefault(c, String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
