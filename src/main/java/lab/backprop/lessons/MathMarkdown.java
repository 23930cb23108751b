package lab.backprop.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown with TeX math, rendered to safe HTML. Math ($...$ inline, $$...$$ display) is taken out
 * before the Markdown parser sees it, so underscores, asterisks and backslashes in formulas survive;
 * it comes back as escaped TeX in {@code <span class="math inline">} or {@code <div class="math display">}
 * for KaTeX to typeset in the browser. Raw HTML in the Markdown is escaped, never passed through.
 * Links and images that start with a single slash ({@code /lessons/feed-forward}) get the app's base
 * path in front, so they keep working behind a reverse proxy.
 *
 * <p>One container syntax sets a block apart: a line {@code ::: lecture-notation} opens it and a line
 * {@code :::} closes it. The inside is rendered as Markdown with math and wrapped in
 * {@code <div class="lecture-notation">}; lessons use it for the one place where they show a formula
 * in the lecture's letters beside the app's. {@code ::: mistakes} makes {@code <div class="mistakes">}, a
 * lesson's box of common mistakes. Only the names in {@link #CONTAINERS} are recognised; any
 * other {@code :::} line, an unclosed container, and anything inside a code fence stay plain text.
 */
public final class MathMarkdown {
    private static final String TOKEN_PREFIX = "MATHTOKEN";
    private static final Pattern TOKEN = Pattern.compile("(<p>)?" + TOKEN_PREFIX + "(\\d+)X(</p>)?");
    /** The container names a {@code ::: name} line may open; each becomes the class of its div. */
    static final Set<String> CONTAINERS = Set.of("lecture-notation", "mistakes");
    private static final Pattern OPEN = Pattern.compile(" {0,3}:::[ \t]*([a-z][a-z-]*)[ \t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}```");
    private static final Pattern CLOSE = Pattern.compile(" {0,3}:::[ \t]*");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer;

    /** Markdown for an app served at the root of its host. */
    public MathMarkdown() {
        this("");
    }

    /** Markdown for an app served under {@code basePath} ("" or e.g. "/backprop"). */
    public MathMarkdown(String basePath) {
        renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    String key = node instanceof Link ? "href" : node instanceof Image ? "src" : null;
                    String url = key == null ? null : attributes.get(key);
                    if (url != null && url.startsWith("/") && !url.startsWith("//")) {
                        attributes.put(key, basePath + url);
                    }
                })
                .build();
    }

    /** One formula taken out of the text. */
    private record Formula(String tex, boolean display) {
    }

    /** The HTML of {@code markdown}. Thread-safe. */
    public String render(String markdown) {
        StringBuilder html = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        List<String> lines = markdown.lines().toList();
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).lookingAt()) {
                inFence = !inFence;
            }
            Matcher open = OPEN.matcher(line);
            int close = inFence || !open.matches() || !CONTAINERS.contains(open.group(1)) ? -1 : closingLine(lines, i + 1);
            if (close < 0) {
                plain.append(line).append('\n');
                continue;
            }
            html.append(renderPlain(plain.toString()));
            plain.setLength(0);
            String inside = String.join("\n", lines.subList(i + 1, close));
            html.append("<div class=\"").append(open.group(1)).append("\">\n")
                    .append(renderPlain(inside)).append("</div>\n");
            i = close;
        }
        return html.append(renderPlain(plain.toString())).toString();
    }

    /** The index of the {@code :::} line closing a container opened on the line before {@code from}, or -1. */
    private static int closingLine(List<String> lines, int from) {
        boolean inFence = false;
        for (int j = from; j < lines.size(); j++) {
            String line = lines.get(j);
            if (FENCE.matcher(line).lookingAt()) {
                inFence = !inFence;
            } else if (!inFence && CLOSE.matcher(line).matches()) {
                return j;
            }
        }
        return -1;
    }

    /** The HTML of Markdown without containers. */
    private String renderPlain(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        List<Formula> formulas = new ArrayList<>();
        String protectedText = protect(markdown, formulas);
        String html = renderer.render(parser.parse(protectedText));
        Matcher m = TOKEN.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Formula f = formulas.get(Integer.parseInt(m.group(2)));
            boolean alone = m.group(1) != null && m.group(3) != null;
            String tex = escape(f.tex());
            String replacement;
            if (f.display() && alone) {
                replacement = "<div class=\"math display\">" + tex + "</div>";
            } else {
                String span = "<span class=\"math " + (f.display() ? "display" : "inline") + "\">" + tex + "</span>";
                replacement = (m.group(1) == null ? "" : "<p>") + span + (m.group(3) == null ? "" : "</p>");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Replaces each formula outside code with a token of letters and digits that Markdown leaves alone. */
    static String protect(String text, List<Formula> formulas) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inFence = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
            if (lineStart && text.startsWith("```", skipIndent(text, i))) {
                inFence = !inFence;
            }
            char c = text.charAt(i);
            if (inFence) {
                out.append(c);
                i++;
            } else if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '$') {
                out.append("\\$");
                i += 2;
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                int stop = end < 0 ? i + 1 : end + 1;
                out.append(text, i, stop);
                i = stop;
            } else if (c == '$' && i + 1 < n && text.charAt(i + 1) == '$') {
                int end = text.indexOf("$$", i + 2);
                if (end < 0) {
                    out.append("$$");
                    i += 2;
                } else {
                    out.append(token(formulas, new Formula(text.substring(i + 2, end).trim(), true)));
                    i = end + 2;
                }
            } else if (c == '$') {
                int end = closingDollar(text, i + 1);
                if (end < 0) {
                    out.append(c);
                    i++;
                } else {
                    out.append(token(formulas, new Formula(text.substring(i + 1, end), false)));
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the $ closing an inline formula opened just before {@code from}, on the same line. */
    private static int closingDollar(String text, int from) {
        if (from >= text.length() || Character.isWhitespace(text.charAt(from))) {
            return -1;
        }
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == '\\') {
                j++;
            } else if (c == '$') {
                return Character.isWhitespace(text.charAt(j - 1)) ? -1 : j;
            }
        }
        return -1;
    }

    private static int skipIndent(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 3 && text.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    private static String token(List<Formula> formulas, Formula f) {
        formulas.add(f);
        return TOKEN_PREFIX + (formulas.size() - 1) + "X";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
