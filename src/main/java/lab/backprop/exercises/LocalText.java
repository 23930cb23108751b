package lab.backprop.exercises;

import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;

/** A text in both languages of the app. */
public record LocalText(String ko, String en) {
    /** The app's text {@code key} (see {@link Texts}) in both languages, with {0}, {1}... filled in. */
    public static LocalText of(String key, Object... args) {
        return new LocalText(Texts.get().of(Lang.KO, key, args), Texts.get().of(Lang.EN, key, args));
    }

    /** The text in {@code language}. */
    public String text(Lang language) {
        return language == Lang.KO ? ko : en;
    }
}
