package kr.go.smartfactory.usage.application;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * The day partitions of {@code usage_log} on PostgreSQL (one per Korea-time day of receipt, {@code usage_log_20261202}):
 * the coming days' are created ahead so that logs never pile up in the default partition; a day whose logs did land
 * there (the job did not run) gets its partition with those rows moved into it; days past the retention period are
 * dropped whole. On H2 the table is not partitioned and nothing is done.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsagePartitions {

    private static final Logger LOG = Logger.getLogger(UsagePartitions.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.BASIC_ISO_DATE;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    /** Creates the partitions of {@code from} and the {@code days} - 1 days after it that are missing; returns how many. */
    public int prepare(LocalDate from, int days) {
        try (Connection c = dataSource.getConnection()) {
            if (!partitioned(c)) {
                return 0;
            }
            int created = 0;
            for (int i = 0; i < days; i++) {
                if (create(c, from.plusDays(i))) {
                    created++;
                }
            }
            return created;
        } catch (SQLException e) {
            throw new IllegalStateException("usage log partitions not prepared", e);
        }
    }

    /**
     * Drops the day partitions of days before {@code day} (their logs are past the retention period and added up);
     * returns how many. Nothing on H2, where the rows are deleted instead.
     */
    public int dropBefore(LocalDate day) {
        try (Connection c = dataSource.getConnection()) {
            if (!partitioned(c)) {
                return 0;
            }
            java.util.List<String> old = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select t.relname from pg_inherits i "
                    + "join pg_class t on t.oid = i.inhrelid join pg_class p on p.oid = i.inhparent where p.relname = 'usage_log'")) {
                while (r.next()) {
                    String name = r.getString(1);
                    if (name.matches("usage_log_\\d{8}") && LocalDate.parse(name.substring(10), NAME).isBefore(day)) {
                        old.add(name);
                    }
                }
            }
            for (String table : old) {
                try (Statement s = c.createStatement()) {
                    s.execute("drop table " + table);
                    LOG.info(() -> table + " dropped: past the retention period");
                }
            }
            return old.size();
        } catch (SQLException e) {
            throw new IllegalStateException("usage log partitions not dropped", e);
        }
    }

    private static boolean partitioned(Connection c) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return false;
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select 1 from pg_partitioned_table p join pg_class t on t.oid = p.partrelid "
                        + "where t.relname = 'usage_log'")) {
            return r.next();
        }
    }

    /** One day's partition, with any of its rows moved out of the default partition, in one transaction. */
    private static boolean create(Connection c, LocalDate day) throws SQLException {
        String table = "usage_log_" + NAME.format(day);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select 1 from pg_class where relname = '" + table + "'")) {
            if (r.next()) {
                return false;
            }
        }
        String from = "'" + day.atStartOfDay(KoreanTime.ZONE).toOffsetDateTime() + "'";
        String to = "'" + day.plusDays(1).atStartOfDay(KoreanTime.ZONE).toOffsetDateTime() + "'";
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("create table " + table + " (like usage_log including defaults)");
            int moved = s.executeUpdate("insert into " + table + " select * from usage_log_default where received_at >= " + from
                    + " and received_at < " + to);
            s.executeUpdate("delete from usage_log_default where received_at >= " + from + " and received_at < " + to);
            s.execute("alter table usage_log attach partition " + table + " for values from (" + from + ") to (" + to + ")");
            c.commit();
            if (moved > 0) {
                LOG.info(() -> table + ": " + moved + " logs moved out of the default partition");
            }
            return true;
        } catch (SQLException e) {
            c.rollback();
            LOG.log(Level.WARNING, e, () -> table + " not created");
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
