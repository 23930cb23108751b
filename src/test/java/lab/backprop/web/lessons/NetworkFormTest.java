package lab.backprop.web.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import lab.backprop.lessons.Lesson;
import lab.backprop.problem.Json;
import lab.backprop.problem.ProblemReader;
import org.junit.jupiter.api.Test;

class NetworkFormTest {
    static final String PRESET = """
            {"layers": [2, 2, 1], "weights": [[[0.5, -0.3], [0.2, 0.4]], [[0.6, -0.5]]],
             "biases": [[0.1, -0.1], [0.2]], "activations": ["sigmoid", "tanh"], "slope": 2.0,
             "input": [1.0, 0.5], "target": [1.0], "learningRate": 0.25}""";

    static NetworkForm preset() throws Exception {
        return form(PRESET);
    }

    static NetworkForm form(String request) throws Exception {
        return NetworkForm.fromPreset(new Lesson.Preset(ProblemReader.read(Json.mapper().readTree(request)), null));
    }

    @Test
    void aPresetBecomesFieldsAndComesBackAsTheSameRequest() throws Exception {
        NetworkForm form = preset();
        assertThat(form.value("w-0-0-1")).isEqualTo("-0.3");
        assertThat(form.value("b-1-0")).isEqualTo("0.2");
        assertThat(form.value("g-1")).isEqualTo("tanh");
        assertThat(form.value("slope")).isEqualTo("2");
        assertThat(form.toRequest()).isEqualTo(Json.mapper().readTree(PRESET));
    }

    @Test
    void theShareQueryReopensExactlyThisNetwork() throws Exception {
        NetworkForm form = preset();
        Map<String, String> params = new HashMap<>();
        for (String pair : form.query().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(params).containsEntry("layers", "2,2,1").containsEntry("w-1-0-1", "-0.5");
        NetworkForm reopened = NetworkForm.fromParams(params::get, form(PRESET.replace("0.5, -0.3", "9, 9")));
        assertThat(reopened.toRequest()).isEqualTo(form.toRequest());
    }

    @Test
    void typedTextThatIsNotANumberReachesTheValidatorAsText() throws Exception {
        Map<String, String> params = Map.of("w-0-1-0", "abc", "eta", "", "x-1", "1e3");
        JsonNode request = NetworkForm.fromParams(params::get, preset()).toRequest();
        assertThat(request.at("/weights/0/1/0").isTextual()).isTrue();
        assertThat(request.get("learningRate").isNull()).isTrue();
        assertThat(request.at("/input/1").asDouble()).isEqualTo(1000.0);
    }

    @Test
    void resizingKeepsTheValuesThatStillFitAndFillsTheRest() throws Exception {
        Map<String, String> params = Map.of("layers", "2, 3, 1", "w-0-0-0", "0.9");
        NetworkForm form = NetworkForm.fromParams(params::get, preset());
        assertThat(form.layersText()).isEqualTo("2,3,1");
        assertThat(form.value("w-0-0-0")).isEqualTo("0.9");
        assertThat(form.value("w-0-1-1")).isEqualTo("0.4");
        assertThat(form.value("w-0-2-0")).isEqualTo("0.1");
        assertThat(form.value("w-1-0-2")).isEqualTo("0.1");
        assertThat(form.layout().connections().get(1).rows().get(0).fields()).hasSize(4);
    }

    @Test
    void badLayerSizesKeepTheOldShapeAndSayWhy() throws Exception {
        NetworkForm huge = NetworkForm.fromParams(Map.of("layers", "2,500,1")::get, preset());
        assertThat(huge.layersText()).isEqualTo("2,2,1");
        assertThat(huge.layersError()).isEqualTo("layers must be whole numbers from 1 to 64 separated by commas, like 2,2,1");
        assertThat(NetworkForm.fromParams(Map.of("layers", "3")::get, preset()).layersError())
                .isEqualTo("layers must list from 2 to 10 sizes, like 2,2,1");
    }

    @Test
    void theLessonFormTakesAtMost256WeightsAndBiases() throws Exception {
        assertThat(NetworkForm.fromParams(Map.of("layers", "10,10,10,2")::get, preset()).layersError()).isNull();
        assertThat(NetworkForm.fromParams(Map.of("layers", "64,64,64,64,64,64,64,64,64,64")::get, preset()).layersError())
                .isEqualTo("layers 64,64,64,64,64,64,64,64,64,64 would need 37440 weights and biases; the lesson form "
                        + "takes at most 256 (the JSON API takes larger networks)");
    }

    @Test
    void anApiErrorPathNamesItsFormField() throws Exception {
        NetworkForm form = preset();
        assertThat(form.fieldOf("weights[1][0][1]")).isEqualTo("w-1-0-1");
        assertThat(form.fieldOf("biases[0][1]")).isEqualTo("b-0-1");
        assertThat(form.fieldOf("learningRate")).isEqualTo("eta");
        assertThat(form.fieldOf("slope")).isEqualTo("slope");
        assertThat(form.fieldOf("input[1]")).isEqualTo("x-1");
        assertThat(form.fieldOf("target[0]")).isEqualTo("d-0");
        assertThat(form.fieldOf("activations[1]")).isEqualTo("g-1");
        assertThat(form.fieldOf("weights[7][0][0]")).isNull();
        assertThat(form.fieldOf("")).isNull();
    }

    @Test
    void scalingMultipliesEveryWeightButNoBias() throws Exception {
        NetworkForm doubled = preset().scaleWeights(2);
        assertThat(doubled.value("w-0-0-1")).isEqualTo("-0.6");
        assertThat(doubled.value("w-1-0-0")).isEqualTo("1.2");
        assertThat(doubled.value("b-0-0")).isEqualTo("0.1");
    }

    @Test
    void labelsFollowTheLecture() throws Exception {
        NetworkForm form = preset();
        assertThat(form.layout().connections().get(0).symbol()).isEqualTo("v");
        assertThat(form.layout().connections().get(1).symbol()).isEqualTo("w");
        assertThat(form.layout().connections().get(0).rows().get(1).fields()).extracting(FormLayout.Field::label)
                .containsExactly("v₂₀", "v₂₁", "v₂₂");
        assertThat(form.layout().connections().get(1).columns()).containsExactly("z₀ = +1", "z₁", "z₂");
        assertThat(form.layout().inputs()).extracting(FormLayout.Field::label).containsExactly("x₁", "x₂");
        assertThat(form.layout().targets()).extracting(FormLayout.Field::label).containsExactly("d₁");
    }
}
