package lab.backprop.hosting;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lab.backprop.config.Settings;

/** The start-up line: where to open the app, with its base path; on 0.0.0.0, this machine's addresses. */
public final class Urls {
    private Urls() {
    }

    public static String startupMessage(Settings settings, int port) {
        String path = settings.basePath() + "/";
        String host = settings.host();
        if (!host.equals("0.0.0.0") && !host.equals("::") && !host.equals("[::]")) {
            return "Backprop Lab is running: open " + url(host, port, path);
        }
        List<String> urls = new ArrayList<>();
        for (String address : siteAddresses()) {
            urls.add(url(address, port, path));
        }
        String here = url("localhost", port, path);
        return urls.isEmpty() ? "Backprop Lab is running: open " + here
                : "Backprop Lab is running for the room: students open " + String.join(" or ", urls)
                + " (on this machine: " + here + ")";
    }

    static String url(String host, int port, String path) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port + path;
    }

    /** The IPv4 addresses of this machine's network interfaces that are up, loopback excluded. */
    private static List<String> siteAddresses() {
        List<String> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        addresses.add(a.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return addresses;
    }
}
