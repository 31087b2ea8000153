package bench.flowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * What one life costs each side in the database ({@code bench/flowable.sh --profile}): pg_stat_statements
 * (loaded by {@link BenchPostgres} only when profiling, since it costs both sides a little) is reset before the
 * side's warm-up and read for the side's own database after its last window; the sides run one after the
 * other, so nothing else is counted. Per life: statements, transactions (BEGIN), rows, WAL bytes and
 * execution time, then the statements most often run. JDK only, like {@link Lives}.
 */
final class StatementProfile {

	private static final int TOP = 30;

	private StatementProfile() {
	}

	static void reset(DataSource database) throws SQLException {
		try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
			s.execute("SELECT pg_stat_statements_reset()");
		}
	}

	/** A Markdown section for the side; {@code lives} is the number of lives completed since the reset. */
	static String report(String engine, DataSource database, long lives) throws SQLException {
		StringBuilder out = new StringBuilder();
		double n = Math.max(lives, 1);
		try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
			String own = " FROM pg_stat_statements p JOIN pg_database d ON d.oid = p.dbid"
					+ " WHERE d.datname = current_database() AND p.query NOT LIKE '%pg_stat_statements%'";
			try (ResultSet r = s.executeQuery("SELECT coalesce(sum(calls), 0),"
					+ " coalesce(sum(calls) FILTER (WHERE upper(query) IN ('COMMIT', 'BEGIN', 'ROLLBACK')), 0),"
					+ " coalesce(sum(calls) FILTER (WHERE upper(query) = 'BEGIN'), 0), coalesce(sum(rows), 0),"
					+ " coalesce(sum(wal_bytes), 0), coalesce(sum(total_exec_time), 0)" + own)) {
				r.next();
				out.append(String.format(Locale.ROOT, "### %s: %d lives profiled%n%nPer life: %.1f statements "
						+ "(besides BEGIN/COMMIT), %.1f transactions (BEGIN; the driver's COMMIT is not "
						+ "counted by pg_stat_statements), %.1f rows returned or changed, %.0f bytes of WAL, "
						+ "%.2f ms of execution in PostgreSQL.%n%n", engine, lives, (r.getLong(1) - r.getLong(2)) / n,
						r.getLong(3) / n, r.getLong(4) / n, r.getDouble(5) / n, r.getDouble(6) / n));
			}
			out.append("| calls / life | rows / call | mean ms | WAL bytes / life | statement |\n");
			out.append("| ---: | ---: | ---: | ---: | --- |\n");
			try (ResultSet r = s.executeQuery("SELECT calls, rows, mean_exec_time, wal_bytes, query" + own
					+ " ORDER BY calls DESC, total_exec_time DESC LIMIT " + TOP)) {
				while (r.next()) {
					String query = r.getString(5).replaceAll("\\s+", " ").replace("|", "\\|");
					if (query.length() > 160) {
						query = query.substring(0, 157) + "...";
					}
					out.append(String.format(Locale.ROOT, "| %.2f | %.1f | %.3f | %.0f | `%s` |%n", r.getLong(1) / n,
							r.getLong(2) / (double) Math.max(r.getLong(1), 1), r.getDouble(3), r.getDouble(4) / n,
							query));
				}
			}
		}
		return out.append('\n').toString();
	}
}
