package lab.backprop.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.regex.Pattern;

/**
 * Typed form text as JSON for the API's validators: a plain decimal number becomes a number, blank
 * becomes null (missing), anything else stays text so the validator names it ("must be a number").
 */
public final class FormNumbers {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

    private FormNumbers() {
    }

    public static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JsonNodeFactory.instance.nullNode();
        }
        String t = text.trim().replace('−', '-');
        return NUMBER.matcher(t).matches()
                ? JsonNodeFactory.instance.numberNode(Double.parseDouble(t))
                : JsonNodeFactory.instance.textNode(t);
    }

    public static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text.trim()).matches();
    }
}
