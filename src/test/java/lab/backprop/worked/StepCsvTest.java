package lab.backprop.worked;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.Json;
import lab.backprop.problem.Problem;
import org.junit.jupiter.api.Test;

/** The CSV reads back (BOM, sections, quoting) to exactly the engine's numbers, section by section. */
class StepCsvTest {
    static final List<String> LAYER_FIELDS = List.of("input", "weights", "biases", "net", "out", "derivative", "error",
            "delta", "gradWeights", "gradBiases", "weightUpdates", "biasUpdates", "newWeights", "newBiases");

    @Test
    void startsWithAByteOrderMarkAndUsesCrlf() {
        byte[] bytes = csv(HandWorked.EXAMPLE, Lang.EN).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        assertThat(csv(HandWorked.EXAMPLE, Lang.EN)).contains("\r\n").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void readsBackToTheEnginesNumbersForTheHandWorkedExample() {
        readsBack(HandWorked.EXAMPLE);
    }

    @Test
    void readsBackToTheEnginesNumbersForADeeperNetwork() {
        readsBack(HandWorked.DEEP);
    }

    @Test
    void namesEachSectionInTheHandoutsLanguageWithTheLecturesSymbols() {
        Map<String, List<List<String>>> ko = sections(csv(HandWorked.EXAMPLE, Lang.KO));
        assertThat(ko.get("layers[0].net").get(0).get(1)).isEqualTo("은닉층 1 (유닛 j): 순입력");
        assertThat(ko.get("layers[0].net").get(1)).containsExactly("j", "uⱼ");
        assertThat(ko.get("layers[1].delta").get(1)).containsExactly("k", "Δₖ");
        assertThat(ko.get("layers[0].error").get(1)).containsExactly("j", "Σₖ wₖⱼΔₖ");
        assertThat(ko.get("layers[1].newWeights").get(1)).containsExactly("wₖⱼ(t+1)", "j = 1", "j = 2");
        Map<String, List<List<String>>> en = sections(csv(HandWorked.EXAMPLE, Lang.EN));
        // A title with a comma is quoted, and reads back whole.
        assertThat(en.get("layers[1].error").get(0).get(1))
                .isEqualTo("Output layer (units k): what g′ scales: the error d − y, or the sum handed back through "
                        + "the weights at time t");
        assertThat(en.get("layers[1].gradWeights").get(1)).containsExactly("∂E/∂wₖⱼ", "j = 1", "j = 2");
        assertThat(sections(csv(HandWorked.DEEP, Lang.EN)).get("layers[1].weights").get(1))
                .containsExactly("vₕₘ", "m = 1", "m = 2");
    }

    private static void readsBack(Problem problem) {
        JsonNode truth = Json.mapper().valueToTree(StepView.of(problem.step()));
        Map<String, List<List<String>>> sections = sections(csv(problem, Lang.EN));
        List<String> ids = new ArrayList<>(List.of("input", "target", "learningRate", "slope"));
        for (int l = 0; l < truth.get("layers").size(); l++) {
            for (String field : LAYER_FIELDS) {
                ids.add("layers[" + l + "]." + field);
            }
        }
        ids.addAll(List.of("loss", "lossAfter", "outAfter"));
        assertThat(sections.keySet()).containsExactlyElementsOf(ids);

        assertThat(values(sections.get("input"))).containsExactly(row(problem.input().toArray()));
        assertThat(values(sections.get("target"))).containsExactly(row(problem.target().toArray()));
        assertThat(values(sections.get("learningRate"))).containsExactly(row(problem.learningRate()));
        assertThat(values(sections.get("slope"))).containsExactly(row(problem.network().slope()));
        for (String id : ids.subList(4, ids.size())) {
            Matcher m = Pattern.compile("layers\\[(\\d)]\\.(\\w+)").matcher(id);
            JsonNode expected = m.matches() ? truth.get("layers").get(Integer.parseInt(m.group(1))).get(m.group(2))
                    : truth.get(id);
            assertThat(values(sections.get(id))).as(id).containsExactlyElementsOf(rows(expected));
        }
    }

    private static String csv(Problem problem, Lang lang) {
        return new Handout("t", problem, problem.step(), 4, lang).csv();
    }

    /** The numbers of a section: one list per data row (a vector's rows hold one number, after the index). */
    private static List<List<Double>> values(List<List<String>> section) {
        List<List<Double>> rows = new ArrayList<>();
        for (List<String> cells : section.subList(2, section.size())) {
            List<String> numbers = cells.size() == 1 ? cells : cells.subList(1, cells.size());
            rows.add(numbers.stream().map(Double::parseDouble).toList());
        }
        return rows;
    }

    /** The rows of a JSON number, vector (one row per entry) or matrix, exactly as doubles. */
    private static List<List<Double>> rows(JsonNode node) {
        List<List<Double>> rows = new ArrayList<>();
        if (node.isNumber()) {
            rows.add(List.of(node.doubleValue()));
        }
        for (JsonNode entry : node) {
            if (entry.isArray()) {
                List<Double> row = new ArrayList<>();
                entry.forEach(x -> row.add(x.doubleValue()));
                rows.add(row);
            } else {
                rows.add(List.of(entry.doubleValue()));
            }
        }
        return rows;
    }

    private static List<Double>[] row(double... values) {
        @SuppressWarnings("unchecked")
        List<Double>[] rows = new List[values.length];
        for (int n = 0; n < values.length; n++) {
            rows[n] = List.of(values[n]);
        }
        return rows;
    }

    /** Parses RFC 4180 text (after its BOM) into sections split by empty rows, keyed by their first cell. */
    static Map<String, List<List<String>>> sections(String csv) {
        assertThat(csv).startsWith("\uFEFF");
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        List<List<String>> section = new ArrayList<>();
        for (List<String> r : parse(csv.substring(1))) {
            if (r.size() == 1 && r.get(0).isEmpty()) {
                assertThat(sections.put(section.get(0).get(0), section)).as("a duplicate section").isNull();
                section = new ArrayList<>();
            } else {
                section.add(r);
            }
        }
        assertThat(section).as("the file ends with an empty row").isEmpty();
        return sections;
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (quoted) {
                if (c == '"' && at + 1 < text.length() && text.charAt(at + 1) == '"') {
                    cell.append('"');
                    at++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && text.charAt(at + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                at++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell).isEmpty();
        return rows;
    }
}
