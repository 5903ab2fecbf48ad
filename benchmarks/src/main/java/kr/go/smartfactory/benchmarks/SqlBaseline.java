package kr.go.smartfactory.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's other baseline: the same search written without a search engine, as SQL {@code LIKE} over the
 * portal's tables (PostgreSQL's case-insensitive {@code ILIKE}): every word must occur in the supplier's name,
 * introduction, a solution's name or description, or a build history's description; the same filters; the
 * total and the first page of 20 in the same order as the portal's default (verified builds). It does less than
 * the portal — no facets, no morphology, no 초성 or typo readings — so it errs in its own favour.
 */
final class SqlBaseline implements AutoCloseable {

    private final Connection connection;

    SqlBaseline(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        this.connection.setReadOnly(true);
    }

    /** Runs one query (the portal's URL parameters); returns the total. */
    long run(Map<String, String> params) throws SQLException {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        String text = params.getOrDefault("q", "").strip();
        if (!text.isEmpty()) {
            for (String word : text.split("\\s+")) {
                where.append(" and (c.name ilike ? or p.introduction ilike ?"
                        + " or exists (select 1 from supplier_solution s where s.supplier_id = p.id and (s.name ilike ? or s.description ilike ?))"
                        + " or exists (select 1 from build_history h where h.supplier_id = p.id and h.description ilike ?))");
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                for (int i = 0; i < 5; i++) {
                    args.add(like);
                }
            }
        }
        if (params.containsKey("region")) {
            where.append(" and c.region = ?");
            args.add(params.get("region"));
        }
        if (params.containsKey("speciality")) {
            where.append(" and exists (select 1 from supplier_speciality ss where ss.supplier_id = p.id"
                    + " and (ss.speciality_code = ? or ss.speciality_code like ?))");
            args.add(params.get("speciality"));
            args.add(params.get("speciality") + ".%");
        }
        StringBuilder history = new StringBuilder();
        if (params.containsKey("industry")) {
            history.append(" and h.client_industry = ?");
            args.add(params.get("industry"));
        }
        if (params.containsKey("level")) {
            history.append(" and h.level_after = ?");
            args.add(params.get("level"));
        }
        if (params.containsKey("yearFrom") || params.containsKey("yearTo")) {
            history.append(" and h.build_year between ? and ?");
            args.add(Integer.parseInt(params.getOrDefault("yearFrom", "0")));
            args.add(Integer.parseInt(params.getOrDefault("yearTo", "9999")));
        }
        if ("true".equals(params.get("verified"))) {
            history.append(" and h.kind = 'VERIFIED'");
        }
        if (!history.isEmpty()) {
            where.append(" and exists (select 1 from build_history h where h.supplier_id = p.id").append(history).append(')');
        }
        String from = " from supplier_profile p join company c on c.id = p.company_id";
        long total;
        try (PreparedStatement count = prepare("select count(*)" + from + where, args); ResultSet rs = count.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        String page = "select p.id, c.registration_number, c.name, c.region,"
                + " (select count(*) from build_history v where v.supplier_id = p.id and v.kind = 'VERIFIED') verified"
                + from + where + " order by verified desc, c.name limit 20";
        try (PreparedStatement select = prepare(page, args); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rs.getString(3);
            }
        }
        return total;
    }

    private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
