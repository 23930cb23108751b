package lab.backprop.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.util.Locale;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Json;
import lab.backprop.problem.Limits;

/** Reads a request body as JSON, answering 415, 413 or 400 with a sentence when it cannot. */
public final class JsonBody {
    private JsonBody() {
    }

    public static JsonNode read(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("application/json")) {
            throw new UnsupportedMediaTypeResponse("Content-Type must be application/json, not "
                    + (type == null ? "missing" : "'" + type + "'"));
        }
        if (ctx.contentLength() > Limits.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > Limits.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return parse(bytes);
    }

    /** Parses JSON text, answering 400 with the parser's reason and position when it is not valid. */
    public static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInput("", "the request body is empty; send a JSON object");
        }
        try {
            JsonNode node = Json.mapper().readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new InvalidInput("", "the request body is empty; send a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidInput("", "the request body is not valid JSON: "
                    + firstLine(e.getOriginalMessage()) + where);
        } catch (IOException e) {
            throw new InvalidInput("", "the request body could not be read");
        }
    }

    static ContentTooLargeResponse tooLarge() {
        return new ContentTooLargeResponse("the request body is larger than " + Limits.MAX_BODY_BYTES + " bytes");
    }

    /** The parser's reason without its internal advice and source markers. */
    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        line = line.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll(": enable `[^`]*` to allow", "");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
