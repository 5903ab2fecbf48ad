package kr.go.smartfactory.shared.infrastructure;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects, at deploy and before anything else starts
 * (versioned Flyway migrations under {@code db/migration}; Hibernate never changes the schema). Baselines at
 * version 0 so that tables another component created first (the batch job repository) do not stop it. Migrations
 * that differ by database live in {@code db/vendor/postgresql} and {@code db/vendor/h2}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        // nothing to migrate: the target is null and the schema stays at its initial version
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The folder of the migrations that differ by database: "postgresql" (the usage log partitioned by day) or "h2"
     * (the same tables without partitions). Versions are unique across both folders and the common one.
     */
    private String vendor() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the database cannot be reached", e);
        }
    }
}
