package lab.backprop.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class that talks to one real app on a free loopback port, started once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AppTest {
    protected RunningApp app;

    @BeforeAll
    void startApp() {
        app = RunningApp.start();
    }

    @AfterAll
    void stopApp() {
        if (app != null) {
            app.close();
        }
    }
}
