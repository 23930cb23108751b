package lab.backprop.hosting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers, put on every response by Jetty before any handler runs, so pages, the API,
 * static files, WebJars and error pages all carry them. Scripts come only from this server (no inline
 * script, no eval); styles only from its stylesheets (KaTeX and uPlot set element styles through the
 * DOM, which a style-src policy allows; htmx is configured not to inject its indicator style).
 */
public final class SecurityHeaders implements HttpConfiguration.Customizer {
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'");

    /** Header name to value, in the order they are sent. */
    public static final Map<String, String> HEADERS = headers();

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(h);
    }

    /** The same, encoded once: every response copies their bytes instead of encoding them again. */
    private static final List<HttpField> FIELDS = HEADERS.entrySet().stream()
            .<HttpField>map(h -> new PreEncodedHttpField(h.getKey(), h.getValue())).toList();

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        FIELDS.forEach(responseHeaders::add); // a new response has none of them yet
        return request;
    }

    /**
     * Jetty's own error pages (a malformed or ambiguous URI is refused before the app sees it): the
     * same headers, which Jetty clears before writing an error, and no stack traces or causes.
     */
    static final class ErrorPages extends ErrorHandler {
        ErrorPages() {
            setShowStacks(false);
            setShowCauses(false);
            setShowMessageInTitle(false);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            FIELDS.forEach(response.getHeaders()::put);
            return super.handle(request, response, callback);
        }
    }
}
