package lab.backprop.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's one notation, checked on a page's formulas: output units are k (a_k, y_k, d_k, Δ_k, and the
 * first index of w_kj), hidden units take any other letter (u_j, z_j, δ_j, the first index of v_ji; j for
 * the layer just below the output, then h, m, n, … further down), no hidden unit takes k or the input's
 * i, and no letter plays both roles on one page. Subscripts that are unit numbers (w_11, Δ_1) are not letters and are ignored.
 *
 * <p>Feed it the TeX of one page (a lesson in one language, a table's captions, …):
 * {@code NotationCheck.problems("06-error-signals (ko)", List.of("\\Delta_k = (d_k - y_k)\\,g'(a_k)", ...))}
 * returns one sentence per problem, naming the page, the letter and the formulas; an empty list means
 * the page is consistent. {@link #plainText} does the same for Unicode text such as exercise instructions
 * ("δ_j = g′(u_j)·w_kj·Δ_k"), where a subscript runs to the end of the word.
 */
public final class NotationCheck {
    /** The role a subscript letter plays. */
    public enum Role {
        OUTPUT, HIDDEN
    }

    /** One subscript letter found in one formula. */
    public record Use(char letter, Role role, String formula) {
    }

    /** The only letter allowed for output units. */
    public static final char OUTPUT_LETTER = 'k';
    /** The input units' letter, which no hidden unit may take. */
    public static final char INPUT_LETTER = 'i';

    private static final String LECTURE_DIV = "<div class=\"lecture-notation\">";
    private static final Pattern DIV_TAG = Pattern.compile("</?div\\b[^>]*>");
    private static final Pattern MATH = Pattern.compile(
            "<span class=\"math (?:inline|display)\">(.*?)</span>|<div class=\"math display\">(.*?)</div>", Pattern.DOTALL);

    private static final Pattern TEXT = Pattern.compile("\\\\(?:text|mathrm|operatorname|textrm|mbox)\\s*\\{[^{}]*}");
    private static final String SYMBOL = "(\\\\Delta(?![A-Za-z])|\\\\delta(?![A-Za-z])|Δ|δ|(?<![\\\\A-Za-z])[aydwuzv])";
    private static final Pattern TEX = Pattern.compile(SYMBOL + "\\s*_\\s*(?:\\{\\s*([^{}]*)}|([A-Za-z0-9]))");
    private static final Pattern PLAIN = Pattern.compile(SYMBOL + "_([A-Za-z0-9]+)");

    private NotationCheck() {
    }

    /** The problems of one page's TeX formulas, each a sentence starting with {@code where}. */
    public static List<String> problems(String where, List<String> texFormulas) {
        return judge(where, uses(texFormulas, TEX));
    }

    /** The problems of one page of plain Unicode text with subscripts written as {@code w_kj}. */
    public static List<String> plainText(String where, List<String> texts) {
        return judge(where, uses(texts, PLAIN));
    }

    /** Every role-carrying subscript letter in the TeX formulas, in order. */
    public static List<Use> uses(List<String> texFormulas) {
        return uses(texFormulas, TEX);
    }

    private static List<Use> uses(List<String> formulas, Pattern pattern) {
        List<Use> uses = new ArrayList<>();
        for (String formula : formulas) {
            Matcher m = pattern.matcher(TEXT.matcher(formula).replaceAll(" "));
            while (m.find()) {
                String index = m.group(2) != null ? m.group(2).strip() : m.group(3);
                if (index == null || index.isEmpty() || !Character.isLetter(index.charAt(0))) {
                    continue;
                }
                uses.add(new Use(index.charAt(0), roleOf(m.group(1)), formula));
            }
        }
        return uses;
    }

    private static Role roleOf(String symbol) {
        return switch (symbol) {
            case "a", "y", "d", "w", "\\Delta", "Δ" -> Role.OUTPUT;
            default -> Role.HIDDEN;
        };
    }

    private static List<String> judge(String where, List<Use> uses) {
        Map<Character, Set<String>> output = new LinkedHashMap<>();
        Map<Character, Set<String>> hidden = new LinkedHashMap<>();
        for (Use use : uses) {
            (use.role() == Role.OUTPUT ? output : hidden)
                    .computeIfAbsent(use.letter(), c -> new LinkedHashSet<>()).add(use.formula());
        }
        List<String> problems = new ArrayList<>();
        output.forEach((letter, formulas) -> {
            if (letter != OUTPUT_LETTER) {
                problems.add(where + ": the output letter must be " + OUTPUT_LETTER + ", but " + letter
                        + " is used for an output unit in " + quote(formulas));
            }
            if (hidden.containsKey(letter)) {
                problems.add(where + ": the letter " + letter + " is an output unit in " + quote(formulas)
                        + " and a hidden unit in " + quote(hidden.get(letter)));
            }
        });
        hidden.forEach((letter, formulas) -> {
            if (letter == OUTPUT_LETTER || letter == INPUT_LETTER) {
                problems.add(where + ": the letter " + letter + " belongs to the " + (letter == OUTPUT_LETTER ? "output" : "input")
                        + " units, but is used for a hidden unit in " + quote(formulas));
            }
        });
        return problems;
    }

    /**
     * The TeX of every formula in a rendered page, outside its lecture-notation blocks (which show the
     * lecture's letters on purpose), HTML entities decoded.
     */
    public static List<String> mathOf(String html) {
        List<String> tex = new ArrayList<>();
        Matcher m = MATH.matcher(withoutLectureNotation(html));
        while (m.find()) {
            String body = m.group(1) != null ? m.group(1) : m.group(2);
            tex.add(body.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return tex;
    }

    /** How many lecture-notation blocks a rendered page has. */
    public static int lectureBlocks(String html) {
        return html.split(Pattern.quote(LECTURE_DIV), -1).length - 1;
    }

    /** The page without its {@code <div class="lecture-notation">} blocks (they hold math divs of their own). */
    static String withoutLectureNotation(String html) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int start;
        while ((start = html.indexOf(LECTURE_DIV, from)) >= 0) {
            out.append(html, from, start);
            Matcher tag = DIV_TAG.matcher(html);
            tag.region(start, html.length());
            int depth = 0;
            from = html.length();
            while (tag.find()) {
                depth += tag.group().startsWith("</") ? -1 : 1;
                if (depth == 0) {
                    from = tag.end();
                    break;
                }
            }
        }
        return out.append(html, from, html.length()).toString();
    }

    private static String quote(Set<String> formulas) {
        return String.join(" | ", formulas.stream().map(f -> "«" + f + "»").toList());
    }
}
