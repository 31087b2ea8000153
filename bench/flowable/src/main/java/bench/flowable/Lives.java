package bench.flowable;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

/**
 * Drives dossier lives on a number of threads, engine-neutral (JDK only, so each engine's JVM loads it
 * beside its own libraries): a warm-up at the largest thread count, then for each thread count a measured
 * window. A life counts when it started and completed inside the window; its latency is start to finish of
 * the whole life (submit, three steps, return). Each run appends one JSON line per thread count to the
 * output file.
 */
final class Lives {

	/** One complete dossier life, done by the calling thread. */
	@FunctionalInterface
	interface Life {
		void run(int thread, long sequence) throws Exception;
	}

	record Settings(int[] threads, int warmupSeconds, int seconds, Path output, Path profile) {

		/**
		 * {@code --threads 4,8,16 --warmup N --seconds N --out FILE [--profile FILE]}; anything else is refused.
		 * With {@code --profile} the database must have pg_stat_statements loaded.
		 */
		static Settings parse(String[] args) {
			int[] threads = { 4, 8, 16 };
			int warmup = 20;
			int seconds = 30;
			Path out = null;
			Path profile = null;
			for (int i = 0; i < args.length; i += 2) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(args[i] + " needs a value");
				}
				String value = args[i + 1];
				switch (args[i]) {
					case "--threads" -> threads = Arrays.stream(value.split(",")).mapToInt(Settings::positive).toArray();
					case "--warmup" -> warmup = Integer.parseInt(value);
					case "--seconds" -> seconds = positive(value);
					case "--out" -> out = Path.of(value);
					case "--profile" -> profile = Path.of(value);
					default -> throw new IllegalArgumentException("unknown argument " + args[i]);
				}
			}
			if (out == null) {
				throw new IllegalArgumentException("--out is required");
			}
			return new Settings(threads, warmup, seconds, out, profile);
		}

		private static int positive(String value) {
			int n = Integer.parseInt(value);
			if (n < 1) {
				throw new IllegalArgumentException("not a positive number: " + value);
			}
			return n;
		}
	}

	private Lives() {
	}

	/** {@code database}: the side's own connections, read only for the profile. */
	static void run(String engine, Settings settings, Life life, DataSource database) throws Exception {
		AtomicLong sequence = new AtomicLong();
		// lives completed without failure, warm-up and window edges included: the profile's denominator
		AtomicLong completed = new AtomicLong();
		if (settings.profile() != null) {
			StatementProfile.reset(database);
		}
		int most = Arrays.stream(settings.threads()).max().orElseThrow();
		if (settings.warmupSeconds() > 0) {
			System.err.printf("%s: warming up, %d threads for %d s%n", engine, most, settings.warmupSeconds());
			window(most, settings.warmupSeconds(), life, sequence, completed);
		}
		for (int threads : settings.threads()) {
			System.err.printf("%s: measuring, %d threads for %d s%n", engine, threads, settings.seconds());
			Result result = window(threads, settings.seconds(), life, sequence, completed);
			String line = String.format(java.util.Locale.ROOT,
					"{\"engine\":\"%s\",\"threads\":%d,\"seconds\":%d,\"lives\":%d,\"perSecond\":%.2f,"
							+ "\"p50ms\":%.2f,\"p99ms\":%.2f,\"maxms\":%.2f,\"cpuMsPerLife\":%.2f,\"failed\":%d,"
							+ "\"firstFailure\":%s}",
					engine, threads, settings.seconds(), result.latencies.length,
					result.latencies.length / (double) settings.seconds(), percentile(result.latencies, 0.50),
					percentile(result.latencies, 0.99), percentile(result.latencies, 1.0),
					result.cpuNanos / 1e6 / Math.max(result.latencies.length, 1), result.failed,
					result.firstFailure == null ? "null" : quote(result.firstFailure));
			System.out.println(line);
			Files.writeString(settings.output(), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		if (settings.profile() != null) {
			Files.writeString(settings.profile(), StatementProfile.report(engine, database, completed.get()),
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}


	/** {@code cpuNanos}: this JVM's CPU time over the window (all its threads: the engine's, GC, JIT). */
	private record Result(long[] latencies, long failed, String firstFailure, long cpuNanos) {
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	/** Runs lives on {@code threads} threads for {@code seconds}; returns the lives of that window. */
	private static Result window(int threads, int seconds, Life life, AtomicLong sequence, AtomicLong completed) throws InterruptedException {
		long cpuBefore = processCpuNanos();
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		List<long[]> perThread = new ArrayList<>();
		AtomicLong failed = new AtomicLong();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(threads);
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			long[][] box = { new long[1024] };
			int[] count = { 0 };
			Thread worker = new Thread(() -> {
				try {
					while (System.nanoTime() < end) {
						long began = System.nanoTime();
						try {
							life.run(thread, sequence.incrementAndGet());
						}
						catch (Exception | Error e) {
							failed.incrementAndGet();
							firstFailure.compareAndSet(null, e.toString());
							continue;
						}
						long finished = System.nanoTime();
						completed.incrementAndGet();
						if (finished <= end) {
							if (count[0] == box[0].length) {
								box[0] = Arrays.copyOf(box[0], box[0].length * 2);
							}
							box[0][count[0]++] = finished - began;
						}
					}
				}
				finally {
					synchronized (perThread) {
						perThread.add(Arrays.copyOf(box[0], count[0]));
					}
					done.countDown();
				}
			}, "life-" + t);
			workers.add(worker);
			worker.start();
		}
		done.await();
		long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(all, failed.get(), firstFailure.get(), processCpuNanos() - cpuBefore);
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
	}

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	/** A small PDF, different for every life (the blob stores are content-addressed: no write is skipped). */
	static byte[] pdf(long sequence) {
		StringBuilder text = new StringBuilder("%PDF-1.7\n% dossier life ").append(sequence).append('\n');
		while (text.length() < 1500) {
			text.append("1 0 obj << /Type /Catalog >> endobj\n");
		}
		return text.append("%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A well-formed personal identification number (Lâm Đồng's code 068, male, born 1990), distinct per life. */
	static String idNumber(long sequence) {
		return String.format("068090%06d", sequence % 1_000_000);
	}

	static void failUsage(String engine, Exception e) {
		System.err.println(engine + ": " + e.getMessage());
		System.err.println("usage: --threads 4,8,16 --warmup SECONDS --seconds SECONDS --out FILE [engine options]");
		System.exit(2);
	}

	static void ensureParent(Path file) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
	}
}
