package lab.backprop.exercises;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lab.backprop.problem.Json;

/**
 * Loads and validates exercise files. Every file is checked on its own: a bad one is reported by
 * name with the reason and left out, and the rest still load. When two files share an id, the first
 * by file name is kept and a warning names both.
 */
public final class ExerciseLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * The outcome: the catalog of good exercises, and one sentence per bad file or duplicate id;
     * {@code files} names each loaded exercise's file by id.
     */
    public record Result(ExerciseCatalog catalog, List<String> errors, List<String> warnings, Map<String, String> files) {
    }

    private ExerciseLoader() {
    }

    public static Result load(List<SourceFile> files) {
        List<Exercise> loaded = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (SourceFile file : files) {
            Exercise e;
            try {
                e = ExerciseReader.read(parse(file));
            } catch (IllegalArgumentException ex) {
                errors.add(file.name() + ": " + ex.getMessage());
                continue;
            }
            String first = fileOfId.putIfAbsent(e.id(), file.name());
            if (first != null) {
                warnings.add(file.name() + ": duplicate id '" + e.id() + "' (already used by " + first
                        + "); this file is ignored");
            } else {
                loaded.add(e);
            }
        }
        return new Result(new ExerciseCatalog(loaded), List.copyOf(errors), List.copyOf(warnings), Map.copyOf(fileOfId));
    }

    private static JsonNode parse(SourceFile file) {
        byte[] bytes;
        try {
            bytes = file.content().read();
        } catch (IOException e) {
            throw new IllegalArgumentException("could not be read: " + e.getMessage());
        }
        String format = file.isJson() ? "JSON" : "YAML";
        try {
            JsonNode root = (file.isJson() ? Json.mapper() : YAML).readTree(bytes);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new IllegalArgumentException("the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("not valid " + format + ": " + reason + where);
        } catch (IOException e) {
            throw new IllegalArgumentException("could not be read: " + e.getMessage());
        }
    }
}
