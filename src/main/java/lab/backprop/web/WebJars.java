package lab.backprop.web;

import java.util.Map;
import org.webjars.WebJarVersionLocator;

/** The versions of the WebJars the pages load (KaTeX, uPlot, htmx), looked up once from the classpath. */
public record WebJars(String katex, String uplot, String htmx) {
    public static WebJars locate() {
        WebJarVersionLocator locator = new WebJarVersionLocator();
        return new WebJars(require(locator, "katex"), require(locator, "uplot"), require(locator, "htmx.org"));
    }

    private static String require(WebJarVersionLocator locator, String name) {
        String version = locator.version(name);
        if (version == null) {
            throw new IllegalStateException("the " + name + " WebJar is missing from the classpath");
        }
        return version;
    }

    /** For templates: asset versions by name. */
    public Map<String, String> asMap() {
        return Map.of("katex", katex, "uplot", uplot, "htmx", htmx);
    }
}
