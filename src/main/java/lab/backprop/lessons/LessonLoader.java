package lab.backprop.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.DeltaRuleReader;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.ProblemReader;

/**
 * Loads every lesson folder under {@code lessons/} of a content root. A bad folder is reported by
 * name with the reason and skipped; the others still load.
 */
public final class LessonLoader {
    private static final Pattern FOLDER = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Set<String> KEYS = Set.of("title", "summary", "widget", "focus", "preset");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final MathMarkdown markdown;

    /** A loader for an app served at the root of its host. */
    public LessonLoader() {
        this("");
    }

    /** A loader whose lessons link to each other under {@code basePath} ("" or e.g. "/backprop"). */
    public LessonLoader(String basePath) {
        markdown = new MathMarkdown(basePath);
    }

    /** What loading found: the good lessons in order, and one sentence per problem. */
    public record Result(List<Lesson> lessons, List<String> problems) {
    }

    /** Thrown for one bad lesson folder; the message names the file. */
    private static final class BadLesson extends Exception {
        BadLesson(String message) {
            super(message, null, false, false);
        }
    }

    public Result load(Path root) {
        Path dir = root.resolve("lessons");
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Result(lessons, problems);
        }
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try {
                    lessons.add(loadOne(folder));
                } catch (BadLesson e) {
                    problems.add(e.getMessage());
                } catch (InvalidInput e) {
                    problems.add("lessons/" + folder.getFileName().toString().replace("/", "") + "/lesson.yaml: "
                            + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(dir + ": cannot be read (" + e.getMessage() + ")");
        }
        lessons.sort((a, b) -> Integer.compare(a.order(), b.order()));
        return new Result(List.copyOf(lessons), List.copyOf(problems));
    }

    private Lesson loadOne(Path folder) throws BadLesson {
        String name = folder.getFileName().toString().replace("/", "");
        Matcher m = FOLDER.matcher(name);
        if (!m.matches()) {
            throw new BadLesson("lessons/" + name + ": the folder name must be NN-slug (two digits, a dash, "
                    + "lower-case words joined by dashes)");
        }
        String where = "lessons/" + name + "/";
        JsonNode meta = readYaml(folder.resolve("lesson.yaml"), where + "lesson.yaml");
        String file = where + "lesson.yaml";
        for (var it = meta.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new BadLesson(file + ": unknown key '" + key + "'; expected title, summary, widget, focus, preset");
            }
        }
        Map<Lang, String> titles = perLanguage(meta.get("title"), file, "title");
        Map<Lang, String> summaries = perLanguage(meta.get("summary"), file, "summary");
        Lesson.Widget widget = widget(meta.get("widget"), file);
        Set<Lesson.Focus> focus = focus(meta.get("focus"), file, widget);
        Lesson.Preset preset = preset(meta.get("preset"), file, widget);
        Map<Lang, String> html = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            html.put(lang, markdown.render(readText(folder.resolve(lang.code() + ".md"), where + lang.code() + ".md")));
        }
        return new Lesson(m.group(2), Integer.parseInt(m.group(1)), titles, summaries, html, widget, focus, preset);
    }

    private static JsonNode readYaml(Path file, String name) throws BadLesson {
        try {
            JsonNode node = YAML.readTree(readText(file, name));
            if (node == null || !node.isObject()) {
                throw new BadLesson(name + ": must be a YAML mapping of title, summary, widget...");
            }
            return node;
        } catch (IOException e) {
            throw new BadLesson(name + ": is not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static String readText(Path file, String name) throws BadLesson {
        if (!Files.isRegularFile(file)) {
            throw new BadLesson(name + ": is missing");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadLesson(name + ": cannot be read as UTF-8 text");
        }
    }

    private static Map<Lang, String> perLanguage(JsonNode node, String file, String key) throws BadLesson {
        Map<Lang, String> values = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            JsonNode v = node == null ? null : node.get(lang.code());
            if (v == null || !v.isTextual() || v.textValue().isBlank()) {
                throw new BadLesson(file + ": " + key + "." + lang.code() + " is missing");
            }
            values.put(lang, v.textValue().strip());
        }
        return values;
    }

    private static Lesson.Widget widget(JsonNode node, String file) throws BadLesson {
        String id = node == null || node.isNull() ? "none" : node.asText();
        for (Lesson.Widget w : Lesson.Widget.values()) {
            if (w.id().equals(id)) {
                return w;
            }
        }
        throw new BadLesson(file + ": widget is '" + id
                + "', expected none, delta-rule, network, sigmoid or gradient-check");
    }

    private static Set<Lesson.Focus> focus(JsonNode node, String file, Lesson.Widget widget) throws BadLesson {
        if (node == null || node.isNull()) {
            return widget == Lesson.Widget.NETWORK ? EnumSet.allOf(Lesson.Focus.class) : Set.of();
        }
        if (!node.isArray()) {
            throw new BadLesson(file + ": focus must be a list such as [forward, loss, delta, gradient, update]");
        }
        Set<Lesson.Focus> focus = EnumSet.noneOf(Lesson.Focus.class);
        for (JsonNode item : node) {
            focus.add(focusOf(item.asText(), file));
        }
        return focus;
    }

    private static Lesson.Focus focusOf(String id, String file) throws BadLesson {
        for (Lesson.Focus f : Lesson.Focus.values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        throw new BadLesson(file + ": focus has '" + id + "', expected forward, loss, delta, gradient or update");
    }

    /** The preset, read by the API's own readers (their errors name the field, e.g. preset.weights[0]). */
    private static Lesson.Preset preset(JsonNode node, String file, Lesson.Widget widget) throws BadLesson {
        boolean needsOne = widget == Lesson.Widget.NETWORK || widget == Lesson.Widget.DELTA_RULE
                || widget == Lesson.Widget.GRADIENT_CHECK;
        if (node == null || node.isNull()) {
            if (needsOne) {
                throw new BadLesson(file + ": preset is missing; the " + widget.id() + " widget needs a network");
            }
            return null;
        }
        return widget == Lesson.Widget.DELTA_RULE ? new Lesson.Preset(null, DeltaRuleReader.read(node, "preset"))
                : new Lesson.Preset(ProblemReader.read(node, "preset"), null);
    }
}
