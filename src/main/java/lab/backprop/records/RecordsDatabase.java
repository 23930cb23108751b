package lab.backprop.records;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The records database: a connection pool, the schema brought up to date by the versioned migrations
 * in {@code db/migration} (on every open; a migrated database is left as it is), and Jdbi over it.
 * Embedded H2 in a data folder by default; PostgreSQL (or any URL) for a department.
 */
public final class RecordsDatabase implements AutoCloseable {
    /**
     * H2 in PostgreSQL mode keeps one SQL dialect; WRITE_DELAY=0 writes every commit to the file at
     * once, so an acknowledged hand-in survives the process being killed.
     */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    static final int POOL_SIZE = 8;

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final boolean embedded;

    private RecordsDatabase(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("records");
        config.setConnectionTimeout(5_000);
        this.embedded = url.startsWith("jdbc:h2:");
        this.pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        this.jdbi = Jdbi.create(pool);
    }

    /** The embedded database in {@code dataDir} (created with its folder on first use). */
    public static RecordsDatabase embedded(Path dataDir) {
        return new RecordsDatabase(h2Url(dataDir), "sa", "");
    }

    /** The JDBC URL of the embedded database in {@code dataDir}. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("records") + H2_OPTIONS;
    }

    /** A database server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/backprop}. */
    public static RecordsDatabase server(String url, String user, String password) {
        return new RecordsDatabase(url, user, password);
    }

    /** The one database for these settings: a server URL if given, else the embedded one in {@code dataDir}. */
    public static RecordsDatabase open(Path dataDir, String url, String user, String password) {
        return url == null ? embedded(dataDir) : server(url, user, password);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean embedded() {
        return embedded;
    }

    /** Where the records are, for the start-up log: no user or password. */
    public String describe() {
        String url = pool.getJdbcUrl();
        int options = url.indexOf(';');
        int query = url.indexOf('?');
        return embedded ? url.substring(0, options < 0 ? url.length() : options)
                : url.substring(0, query < 0 ? url.length() : query);
    }

    @Override
    public void close() {
        pool.close();
    }
}
