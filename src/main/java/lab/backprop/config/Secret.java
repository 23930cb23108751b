package lab.backprop.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A password held in memory: never printed (its toString is stars), compared in constant time. */
public final class Secret {
    private final String value;

    public Secret(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a password must not be empty");
        }
        this.value = value;
    }

    /** The password itself, for the one place that needs it (the database driver). */
    public String reveal() {
        return value;
    }

    /** Whether {@code attempt} is this password, taking the same time however much of it matches. */
    public boolean matches(String attempt) {
        if (attempt == null) {
            return false;
        }
        return MessageDigest.isEqual(digest(value), digest(attempt));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "******";
    }
}
