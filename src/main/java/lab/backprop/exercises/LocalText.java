package lab.backprop.exercises;

import lab.backprop.i18n.Lang;

/** A text in both languages of the app. */
public record LocalText(String ko, String en) {
    /** The text in {@code language}. */
    public String text(Lang language) {
        return language == Lang.KO ? ko : en;
    }
}
