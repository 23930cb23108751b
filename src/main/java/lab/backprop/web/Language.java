package lab.backprop.web;

import io.javalin.config.Key;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import lab.backprop.i18n.Lang;

/**
 * Chooses the page language: {@code ?lang=} (then remembered in a cookie), else the cookie, else the
 * browser's Accept-Language, else the app's default ({@code --lang}, Korean unless set).
 */
public final class Language {
    static final String COOKIE = "lang";
    /** The app's default language, set once from the settings. */
    public static final Key<Lang> DEFAULT_KEY = new Key<>("backprop-lab.default-lang");

    private Language() {
    }

    public static Lang of(Context ctx) {
        Optional<Lang> asked = Lang.of(ctx.queryParam("lang"));
        if (asked.isPresent()) {
            String path = ctx.contextPath().isEmpty() ? "/" : ctx.contextPath();
            Cookie cookie = new Cookie(COOKIE, asked.get().code(), path, 365 * 24 * 3600);
            cookie.setSameSite(SameSite.LAX);
            cookie.setHttpOnly(true);
            ctx.cookie(cookie);
            return asked.get();
        }
        Optional<Lang> remembered = Lang.of(ctx.cookie(COOKIE));
        if (remembered.isPresent()) {
            return remembered.get();
        }
        if (ctx.header("Accept-Language") != null) {
            for (Locale locale : Collections.list(ctx.req().getLocales())) {
                Optional<Lang> lang = Lang.of(locale.getLanguage());
                if (lang.isPresent()) {
                    return lang.get();
                }
            }
        }
        return ctx.appData(DEFAULT_KEY);
    }
}
