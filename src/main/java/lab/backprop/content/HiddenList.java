package lab.backprop.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code hidden.txt}: one lesson slug or exercise id per line to leave out; blank lines and text
 * after {@code #} are ignored. An entry that is not a valid name is reported with its line number.
 *
 * @param entries each hidden name with the line it is on
 * @param errors  one sentence per bad line
 */
record HiddenList(Map<String, Integer> entries, List<String> errors) {
    static final String FILE_NAME = "hidden.txt";

    HiddenList {
        entries = Map.copyOf(entries);
        errors = List.copyOf(errors);
    }

    static HiddenList none() {
        return new HiddenList(Map.of(), List.of());
    }

    /** Reads {@code file} (named {@code name} in messages); none when it does not exist. */
    static HiddenList read(Path file, String name, Pattern valid, String what) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new HiddenList(Map.of(), List.of(name + ": cannot be read as UTF-8 text"));
        }
        Map<String, Integer> entries = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (!valid.matcher(entry).matches()) {
                errors.add(name + ": line " + (i + 1) + ": '" + entry + "' is not " + what);
            } else {
                entries.putIfAbsent(entry, i + 1);
            }
        }
        return new HiddenList(entries, errors);
    }

    boolean hides(String name) {
        return entries.containsKey(name);
    }
}
