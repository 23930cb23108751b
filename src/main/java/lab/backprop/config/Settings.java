package lab.backprop.config;

import java.nio.file.Path;
import java.util.regex.Pattern;
import lab.backprop.i18n.Lang;

/**
 * Everything the server is configured with, read once at start-up by {@link CommandLine}.
 *
 * @param host        the address to bind; loopback by default so a laptop is not opened to the network
 * @param port        the TCP port; 0 picks any free port (tests)
 * @param content     an instructor's content folder overlaid on the built-in lessons and exercises, or null
 * @param basePath    the path prefix everything is served under behind a reverse proxy ("/backprop"), or ""
 * @param defaultLang the language for visitors whose choice (link, cookie, browser) is neither ko nor en
 * @param rateLimit   compute requests per second allowed to one browser, or to one address for requests
 *                    without the browser cookie (bursts of five times as many; an address as a whole gets
 *                    twenty times as many); 0 turns the limit off
 * @param records     class records: where they are kept and the instructor's password (off without one)
 */
public record Settings(String host, int port, Path content, String basePath, Lang defaultLang, int rateLimit,
                       RecordsConfig records) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /**
     * 100 compute requests a second, bursts of 500: a class of 300 behind one NAT address pressing
     * "compute" together fits in the burst, while a script sending thousands a second gets 429s.
     */
    public static final int DEFAULT_RATE_LIMIT = 100;
    public static final int MAX_RATE_LIMIT = 100_000;

    private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    public Settings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
        }
        basePath = normalizeBasePath(basePath);
        if (defaultLang == null) {
            throw new IllegalArgumentException("the default language must be ko or en");
        }
        if (rateLimit < 0 || rateLimit > MAX_RATE_LIMIT) {
            throw new IllegalArgumentException("rate limit must be from 0 (off) to " + MAX_RATE_LIMIT
                    + " requests per second, got " + rateLimit);
        }
        if (records == null) {
            records = RecordsConfig.off();
        }
    }

    /** These settings with class records off. */
    public Settings(String host, int port, Path content, String basePath, Lang defaultLang, int rateLimit) {
        this(host, port, content, basePath, defaultLang, rateLimit, RecordsConfig.off());
    }

    /** Host and port with every other setting at its default. */
    public Settings(String host, int port) {
        this(host, port, null, "", Lang.DEFAULT, DEFAULT_RATE_LIMIT, RecordsConfig.off());
    }

    /** Settings for tests: loopback, any free port, the defaults otherwise. */
    public static Settings forTests() {
        return new Settings(DEFAULT_HOST, 0);
    }

    public Settings withContent(Path dir) {
        return new Settings(host, port, dir, basePath, defaultLang, rateLimit, records);
    }

    public Settings withBasePath(String path) {
        return new Settings(host, port, content, path, defaultLang, rateLimit, records);
    }

    public Settings withDefaultLang(Lang lang) {
        return new Settings(host, port, content, basePath, lang, rateLimit, records);
    }

    public Settings withRateLimit(int perSecond) {
        return new Settings(host, port, content, basePath, defaultLang, perSecond, records);
    }

    public Settings withRecords(RecordsConfig config) {
        return new Settings(host, port, content, basePath, defaultLang, rateLimit, config);
    }

    /** "" for none; otherwise a leading slash, no trailing one, and only URL-safe segments without dot-dot. */
    static String normalizeBasePath(String path) {
        if (path == null || path.isBlank() || path.strip().equals("/")) {
            return "";
        }
        String p = path.strip();
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!BASE_PATH.matcher(p).matches() || p.contains("/./") || p.endsWith("/.") || p.contains("/..")) {
            throw new IllegalArgumentException("base path must look like /backprop (a slash, then letters, digits, "
                    + "'-', '_', '.' or '~' in segments, no '..'), got '" + path + "'");
        }
        return p;
    }
}
