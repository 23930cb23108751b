package lab.backprop.config;

import java.nio.file.Path;

/**
 * Where class records are kept and who may read them. Records (hand-in and the instructor's pages)
 * are on only when an instructor password is set.
 *
 * @param data               the folder of the embedded database (used when no database URL is given)
 * @param databaseUrl        a JDBC URL of a database server (PostgreSQL), or null for the embedded one
 * @param databaseUser       the server's user (from the environment only), or null
 * @param databasePassword   the server's password (from the environment only), or null
 * @param instructorPassword the password of /instructor, or null: records off
 * @param retentionDays      attempts older than this many days are deleted; 0 keeps them all
 */
public record RecordsConfig(Path data, String databaseUrl, String databaseUser, Secret databasePassword,
                            Secret instructorPassword, int retentionDays) {
    public static final String DEFAULT_DATA = "backprop-lab-data";
    public static final int MAX_RETENTION_DAYS = 36_500;

    public RecordsConfig {
        if (data == null) {
            throw new IllegalArgumentException("the data folder must be set");
        }
        if (databaseUrl != null && !databaseUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("the database URL must start with jdbc:, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/backprop");
        }
        if (retentionDays < 0 || retentionDays > MAX_RETENTION_DAYS) {
            throw new IllegalArgumentException("records retention must be from 0 (keep all) to "
                    + MAX_RETENTION_DAYS + " days, got " + retentionDays);
        }
    }

    /** Records off, with the embedded database in ./backprop-lab-data should a subcommand want it. */
    public static RecordsConfig off() {
        return new RecordsConfig(Path.of(DEFAULT_DATA).toAbsolutePath().normalize(), null, null, null, null, 0);
    }

    /** The embedded database in {@code data}, with this instructor password (tests). */
    public static RecordsConfig embedded(Path data, String instructorPassword) {
        return new RecordsConfig(data, null, null, null, new Secret(instructorPassword), 0);
    }

    public boolean enabled() {
        return instructorPassword != null;
    }

    public RecordsConfig withDatabase(String url, String user, String password) {
        return new RecordsConfig(data, url, user, password == null ? null : new Secret(password),
                instructorPassword, retentionDays);
    }

    public RecordsConfig withRetentionDays(int days) {
        return new RecordsConfig(data, databaseUrl, databaseUser, databasePassword, instructorPassword, days);
    }
}
