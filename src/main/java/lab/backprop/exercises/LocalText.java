package lab.backprop.exercises;

/** A text in both languages of the app. */
public record LocalText(String ko, String en) {
    /** The text in {@code language}. */
    public String in(Language language) {
        return language == Language.KO ? ko : en;
    }
}
