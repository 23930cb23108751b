package lab.backprop.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lab.backprop.config.RecordsConfig;
import lab.backprop.config.Settings;

/** The app with class records on (embedded H2 in a folder), and worksheet answers as a student types them. */
public final class ClassApp {
    public static final String PASSWORD = "correct horse battery";
    public static final String EXERCISE = "hidden-delta";

    private ClassApp() {
    }

    public static Settings settings(Path data) {
        return Settings.forTests().withRecords(RecordsConfig.embedded(data, PASSWORD));
    }

    /**
     * The answers to hidden-delta (net, out, g′ and the error signals of both layers) to four decimals,
     * the first {@code signErrors} output Δs with the sign flipped, and its question (which hidden unit
     * is more responsible) answered right: the first option.
     */
    public static Map<String, String> answers(RunningApp app, int signErrors) {
        JsonNode problem = app.get("/api/exercises/" + EXERCISE).json().get("problem");
        JsonNode truth = app.postJson("/api/backprop", problem.toString()).json().get("layers");
        Map<String, String> form = new LinkedHashMap<>();
        for (int l = 0; l < 2; l++) {
            for (String key : new String[] {"net", "out", "derivative", "delta"}) {
                JsonNode values = truth.get(l).get(key);
                for (int j = 0; j < values.size(); j++) {
                    double v = values.get(j).asDouble();
                    boolean flip = l == 1 && key.equals("delta") && j < signErrors;
                    form.put(l + "-" + key + "-" + j, String.format(Locale.ROOT, "%.4f", flip ? -v : v));
                }
            }
        }
        form.put("q-more-responsible", "0");
        return form;
    }

    /** A hand-in form: the answers, the student, and the page's CSRF token. */
    public static Map<String, String> handIn(Map<String, String> answers, String name, String number, String csrf) {
        Map<String, String> form = new LinkedHashMap<>(answers);
        form.put("name", name);
        form.put("number", number);
        form.put("csrf", csrf);
        return form;
    }
}
