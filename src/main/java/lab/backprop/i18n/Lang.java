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
        String tag = code.trim().toLowerCase(Locale.ROOT);
        int region = firstOf(tag, '-', '_');
        String primary = region < 0 ? tag : tag.substring(0, region);
        for (Lang lang : values()) {
            if (lang.code.equals(primary)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /** The first index of either character, or -1 (String.split with a class compiles a regex each call). */
    private static int firstOf(String s, char a, char b) {
        for (int n = 0; n < s.length(); n++) {
            if (s.charAt(n) == a || s.charAt(n) == b) {
                return n;
            }
        }
        return -1;
    }
}
