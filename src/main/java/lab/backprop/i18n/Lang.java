package lab.backprop.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the app: Korean first, English second. */
public enum Lang {
    KO("ko", Locale.KOREAN),
    EN("en", Locale.ENGLISH);

    public static final Lang DEFAULT = KO;

    private final String code;
    private final Locale locale;

    Lang(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The two-letter code used in URLs, cookies and file names (ko.md, en.md). */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language with this code, ignoring case and any region ("en-US" is English). */
    public static Optional<Lang> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (Lang lang : values()) {
            if (lang.code.equals(primary)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
