package lab.backprop.exercises;

import java.util.Arrays;
import java.util.Optional;

/** The languages of messages and exercise texts; Korean, the lecture's language, is the default. */
public enum Language {
    KO("ko"),
    EN("en");

    private final String id;

    Language(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Language> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
