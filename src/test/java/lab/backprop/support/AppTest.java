package lab.backprop.support;

import lab.backprop.config.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class that talks to one real app on a free loopback port, started once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AppTest {
    protected RunningApp app;

    /** The settings the app starts with; a test class that needs others (a base path, class records) says so here. */
    protected Settings settings() {
        return Settings.forTests();
    }

    @BeforeAll
    void startApp() {
        app = RunningApp.start(settings());
    }

    @AfterAll
    void stopApp() {
        if (app != null) {
            app.close();
        }
    }
}
