package org.thongsuot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/thongsuot-*.jar}, what a province installs) run as its own process on a
 * data directory, the way an operator runs it: started, waited for, stopped, or killed with SIGKILL.
 * Used by the tests that must see the whole process die, which no test inside one JVM can.
 */
final class PackagedApplication implements AutoCloseable {

	private final Path jar;
	private final Path directory;
	private final int port;
	private final int databasePort;
	private final List<String> arguments;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2)).build();
	private Process process;
	private int starts;

	/** An installation with its own embedded PostgreSQL in the directory, and the demo setup of a first start. */
	PackagedApplication(Path jar, Path directory) throws IOException {
		this(jar, directory, List.of("--thongsuot.dossiers.demo.enabled=true"));
	}

	/**
	 * Another node of an installation: the same jar on {@code other}'s database (its embedded PostgreSQL, as an
	 * external one), without a demo setup of its own.
	 */
	PackagedApplication(Path jar, Path directory, PackagedApplication other) throws IOException {
		this(jar, directory, List.of("--spring.datasource.url=" + other.jdbcUrl(), "--spring.datasource.username=postgres",
				"--thongsuot.dossiers.demo.enabled=false"));
	}

	private PackagedApplication(Path jar, Path directory, List<String> arguments) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("no packaged application at " + jar + ": run ./mvnw verify (it packages first)");
		}
		this.jar = jar;
		this.directory = directory;
		this.port = freePort();
		this.databasePort = freePort();
		this.arguments = arguments;
	}

	/** The jar Maven's failsafe plugin passes in, or target/'s when run from an IDE after a package. */
	static Path jar() throws IOException {
		String given = System.getProperty("thongsuot.jar");
		if (given != null) {
			return Path.of(given);
		}
		try (var files = Files.list(Path.of("target"))) {
			return files.filter(f -> f.getFileName().toString().matches("thongsuot-.*\\.jar")).findFirst()
					.orElse(Path.of("target", "thongsuot.jar"));
		}
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres";
	}

	/** The first column of every row a query answers, read straight from the installation's database. */
	List<String> rows(String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection database = DriverManager.getConnection(jdbcUrl(), "postgres", "");
				Statement sql = database.createStatement();
				ResultSet rows = sql.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	Path demoLogins() {
		return directory.resolve("demo-logins.txt");
	}

	/** Starts the jar on the data directory (with the demo setup, as a first start does) and waits until it serves. */
	void start() throws IOException, InterruptedException {
		starts++;
		Path log = directory.resolve("app-" + starts + ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// a small heap and the quick compiler: these tests count rows, not speed
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port,
				"--thongsuot.database.embedded.data-directory=" + directory.resolve("postgres"),
				"--thongsuot.database.embedded.port=" + databasePort,
				"--thongsuot.identity.initial-admin.password-file=" + directory.resolve("admin-password.txt"),
				"--thongsuot.dossiers.blob-directory=" + directory.resolve("blobs"),
				"--thongsuot.dossiers.demo.logins-file=" + demoLogins(), "--logging.level.root=WARN"));
		command.addAll(arguments);
		process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
		while (!healthy()) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped while starting:\n" + tail(log));
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the application was not ready within 300 s:\n" + tail(log));
			}
			Thread.sleep(100);
		}
	}

	private boolean healthy() throws InterruptedException {
		try {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
			return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
		}
		catch (IOException notYet) {
			return false;
		}
	}

	/** SIGKILL to the JVM alone: its PostgreSQL lives on, orphaned, as after {@code kill -9} of the service. */
	void killJvm() throws InterruptedException {
		process.destroyForcibly(); // SIGKILL on Linux
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGKILL to the JVM and every PostgreSQL process of the data directory at once, as a machine crash would. */
	void killJvmAndDatabase() throws IOException, InterruptedException {
		Optional<ProcessHandle> postmaster = postmaster();
		List<ProcessHandle> doomed = new ArrayList<>();
		doomed.add(process.toHandle());
		postmaster.ifPresent(p -> {
			doomed.add(p);
			p.descendants().forEach(doomed::add);
		});
		doomed.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle handle : doomed) {
			handle.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> handle).join();
		}
	}

	private Optional<ProcessHandle> postmaster() throws IOException {
		Path pid = directory.resolve("postgres").resolve("postmaster.pid");
		if (!Files.exists(pid)) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()));
	}

	/** A graceful stop (SIGTERM), which stops the embedded PostgreSQL too; SIGKILL to both if it hangs. */
	@Override
	public void close() throws IOException, InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		// a failed test may leave an orphaned server behind: never leave one running
		Optional<ProcessHandle> left = postmaster();
		if (left.isPresent() && left.get().isAlive()) {
			left.get().destroyForcibly();
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
