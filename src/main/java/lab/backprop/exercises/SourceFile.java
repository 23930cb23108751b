package lab.backprop.exercises;

import java.io.IOException;

/**
 * One exercise file to load: its name (used in every error about it) and a way to read its bytes,
 * which may fail on its own without stopping the others.
 */
public record SourceFile(String name, Content content) {
    /** Reads the file's bytes. */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    /** A file already in memory. */
    public static SourceFile of(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new SourceFile(name, copy::clone);
    }

    /** Whether the name says JSON (else the file is read as YAML). */
    boolean isJson() {
        return name.endsWith(".json");
    }
}
