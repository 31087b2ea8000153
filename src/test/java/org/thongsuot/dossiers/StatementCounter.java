package org.thongsuot.dossiers;

import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the statements the calling thread sends to PostgreSQL while it runs a piece of work, as the JDBC
 * driver itself sees them: every Execute message of the extended protocol (BEGIN included) and every simple
 * query (the driver's COMMIT), and every Parse (a statement not yet prepared on the server for that
 * connection: the driver prepares one for good from its fifth use on a connection). It listens to the driver's
 * protocol trace (java.util.logging, level FINEST) only while it counts, on this thread only, so the
 * application runs exactly as in production and other threads (scheduled jobs) are not counted. Test code
 * only: nothing of it reaches the application.
 */
public final class StatementCounter {

	/** The driver's protocol logger (pgjdbc's {@code QueryExecutorImpl}). */
	private static final Logger PROTOCOL = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

	/** What one piece of work sent: statements executed (BEGIN and COMMIT included) and statements parsed. */
	public record Count(int executed, int parsed) {
	}

	/** The work's result and what it sent. */
	public record Counted<T>(T result, Count count) {
	}

	private StatementCounter() {
	}

	public static synchronized <T> Counted<T> count(Callable<T> work) throws Exception {
		Thread owner = Thread.currentThread();
		int[] counts = new int[2];
		Handler handler = new Handler() {
			@Override
			public void publish(LogRecord record) {
				if (Thread.currentThread() != owner || record.getMessage() == null) {
					return;
				}
				if (record.getMessage().startsWith(" FE=> Execute(") || record.getMessage().startsWith(" FE=> SimpleQuery(")) {
					counts[0]++;
				}
				else if (record.getMessage().startsWith(" FE=> Parse(")) {
					counts[1]++;
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		handler.setLevel(Level.ALL);
		Level level = PROTOCOL.getLevel();
		boolean parents = PROTOCOL.getUseParentHandlers();
		PROTOCOL.setUseParentHandlers(false);
		PROTOCOL.addHandler(handler);
		PROTOCOL.setLevel(Level.FINEST);
		try {
			T result = work.call();
			return new Counted<>(result, new Count(counts[0], counts[1]));
		}
		finally {
			PROTOCOL.setLevel(level);
			PROTOCOL.removeHandler(handler);
			PROTOCOL.setUseParentHandlers(parents);
		}
	}
}
