package lab.backprop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.backprop.config.Settings;
import lab.backprop.content.Content;
import lab.backprop.hosting.Warmup.Call;
import lab.backprop.lessons.Lesson;
import lab.backprop.support.RunningApp;
import lab.backprop.web.WebJars;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's list of static files is written by hand, a copy of what the layout links; it had
 * drifted once (uPlot's stylesheet and the icon were missing). It must name exactly the files that the
 * pages a class opens first load, so that a class's first burst finds every one of them ready.
 */
class WarmupPlanTest {
    private static final Pattern FILE = Pattern.compile("(?:href|src)=\"(/(?:static|webjars)/[^\"]+)\"");

    @Test
    void theWarmupsFilesAreExactlyTheFilesTheHomePageAndEveryLessonLoad() {
        Settings settings = Settings.forTests();
        Content content = BackpropLab.loadContent(settings);
        Set<String> planned = new TreeSet<>();
        for (Call c : WarmupPlan.files(WebJars.locate())) {
            if (!c.path().equals("/health")) {
                planned.add(c.path());
            }
        }
        try (RunningApp app = RunningApp.start(settings)) {
            Set<String> home = linked(app.get("/").body());
            assertThat(planned).as("the files the home page loads").isEqualTo(home);
            for (Lesson lesson : content.lessons().lessons()) {
                for (String lang : new String[] {"ko", "en"}) {
                    assertThat(linked(app.get("/lessons/" + lesson.slug() + "?lang=" + lang).body()))
                            .as("the files /lessons/%s?lang=%s loads", lesson.slug(), lang).isEqualTo(planned);
                }
            }
        }
    }

    private static Set<String> linked(String page) {
        Set<String> files = new TreeSet<>();
        Matcher m = FILE.matcher(page);
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }
}
