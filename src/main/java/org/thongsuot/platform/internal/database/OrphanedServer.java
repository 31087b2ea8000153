package org.thongsuot.platform.internal.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by a JVM that died without shutting it down
 * (kill -9). PostgreSQL runs as a separate process, so it outlives the JVM and keeps the data directory
 * locked; the next start has to stop it first.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private final long pid;

	private OrphanedServer(long pid) {
		this.pid = pid;
	}

	/** The server still running on this data directory, if any, read from its {@code postmaster.pid}. */
	static Optional<OrphanedServer> on(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return Optional.empty();
		}
		long pid = Long.parseLong(lines.get(0).strip());
		boolean isPostgres = ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.flatMap(p -> p.info().command())
				.map(command -> command.endsWith("postgres"))
				.orElse(false);
		if (!isPostgres) {
			// A stale pid file of a server that is gone (or whose pid was reused): PostgreSQL itself
			// recognises and replaces it on start.
			return Optional.empty();
		}
		return Optional.of(new OrphanedServer(pid));
	}

	/**
	 * Asks the server for a fast shutdown (SIGINT): it ends its sessions (their JVM is gone anyway) and
	 * writes a clean checkpoint. A smart shutdown (SIGTERM) could wait for sessions that never end. Only if
	 * it does not stop in time is it killed; PostgreSQL then recovers from its write-ahead log on the next
	 * start, losing nothing that was committed.
	 */
	void stop(Duration patience) {
		ProcessHandle process = ProcessHandle.of(pid).orElse(null);
		if (process == null) {
			return;
		}
		log.warn("Stopping the PostgreSQL server (pid {}) left running by an earlier run that did not shut down", pid);
		if (!interrupt(pid)) {
			process.destroy();
		}
		if (!awaitExit(process, patience)) {
			log.warn("PostgreSQL (pid {}) did not stop within {}; killing it, it will recover from its WAL", pid, patience);
			process.destroyForcibly();
			awaitExit(process, Duration.ofSeconds(10));
		}
	}

	/** SIGINT, which Java's process API cannot send; false if the kill command is not there. */
	private static boolean interrupt(long pid) {
		try {
			return new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor() == 0;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean awaitExit(ProcessHandle process, Duration patience) {
		Instant until = Instant.now().plus(patience);
		while (process.isAlive() && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return !process.isAlive();
			}
		}
		return !process.isAlive();
	}
}
