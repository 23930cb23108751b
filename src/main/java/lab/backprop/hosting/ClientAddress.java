package lab.backprop.hosting;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Who sent a request, for the rate limit: the connection's address, except that a reverse proxy on
 * this machine (a loopback peer) is trusted to name the client as the last entry of
 * {@code X-Forwarded-For} (what nginx's {@code $proxy_add_x_forwarded_for} appends). A remote client's
 * own X-Forwarded-For is ignored, so it cannot pick its bucket.
 */
public final class ClientAddress {
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    /** The client of this request, for limits keyed by address. */
    public static String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!isLoopback(peer)) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return ADDRESS.matcher(last).matches() ? last : peer;
    }

    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1") || address.equals("[::1]"));
    }
}
