package lab.backprop.records;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases the records run on, fresh for each test: the embedded H2 in a temporary folder,
 * and a PostgreSQL server named by {@code RECORDS_TEST_DATABASE_URL} (with {@code _USER} and
 * {@code _PASSWORD}), in a schema of its own. Without a reachable server the PostgreSQL tests are
 * skipped with a message — except under {@code CI=true}, where they fail.
 */
public final class Databases {
    public static final String URL = "RECORDS_TEST_DATABASE_URL";

    private Databases() {
    }

    public static RecordsDatabase h2(Path dir) {
        return RecordsDatabase.embedded(dir);
    }

    /** A database server's URL, user and password in a new empty schema. */
    public record Server(String url, String user, String password) {
    }

    public static Server postgresSchema() {
        String url = System.getenv(URL);
        String user = System.getenv(URL.replace("URL", "USER"));
        String password = System.getenv(URL.replace("URL", "PASSWORD"));
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (url == null || url.isBlank()) {
            if (ci) {
                throw new IllegalStateException(URL + " is not set; under CI=true the PostgreSQL tests must run "
                        + "(.ci/run starts the server and sets it)");
            }
            Assumptions.abort("PostgreSQL tests skipped: set " + URL + " (and _USER, _PASSWORD) to run them");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if (ci) {
                throw new IllegalStateException("PostgreSQL at " + url + " is not reachable under CI=true", e);
            }
            Assumptions.abort("PostgreSQL tests skipped: " + url + " is not reachable (" + e.getMessage() + ")");
        }
        return new Server(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    public static RecordsDatabase postgres() {
        Server s = postgresSchema();
        return RecordsDatabase.server(s.url(), s.user(), s.password());
    }
}
