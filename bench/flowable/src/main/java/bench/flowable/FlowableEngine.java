package bench.flowable;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * Flowable's side: a Flowable 8 process engine embedded in this JVM (standalone configuration, a HikariCP
 * pool of the platform's size, history level {@code full}, UUID ids as Flowable recommends under concurrency,
 * no async executor: the process has no jobs) on its own database of the same PostgreSQL. The dossier life
 * is {@code dossier-life.bpmn20.xml}: the file is stored durably exactly as the platform stores it
 * ({@link DurableFiles}), then the process starts with the applicant and the file reference as variables
 * (the submission), and each of the four user tasks is found by process instance and candidate group and
 * completed through the {@link TaskService} by its official, with an outcome variable.
 * With {@code --file-store database} (when the platform keeps submitted files in PostgreSQL) the file goes
 * into the process start's transaction as a byte-array variable instead.
 * Extra arguments: {@code --jdbc URL --files DIRECTORY [--file-store directory|database]}.
 */
public final class FlowableEngine {

	/** The platform's pool size (spring.datasource.hikari.maximum-pool-size). */
	static final int POOL = 20;
	static final int AGENCIES = 64;

	private FlowableEngine() {
	}

	public static void main(String[] args) throws Exception {
		String jdbc = null;
		Path files = null;
		String fileStore = "directory";
		java.util.List<String> rest = new java.util.ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--jdbc" -> jdbc = args[++i];
				case "--files" -> files = Path.of(args[++i]);
				case "--file-store" -> fileStore = args[++i];
				default -> rest.add(args[i]);
			}
		}
		Lives.Settings settings = null;
		try {
			settings = Lives.Settings.parse(rest.toArray(String[]::new));
			if (jdbc == null || files == null) {
				throw new IllegalArgumentException("--jdbc and --files are required");
			}
			if (!fileStore.equals("directory") && !fileStore.equals("database")) {
				throw new IllegalArgumentException("--file-store is directory or database, not " + fileStore);
			}
		}
		catch (RuntimeException e) {
			Lives.failUsage("flowable", e);
		}
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(jdbc);
		pool.setUsername("postgres");
		pool.setMaximumPoolSize(POOL);
		pool.setPoolName("flowable");
		try (HikariDataSource dataSource = new HikariDataSource(pool)) {
			StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
			configuration.setDataSource(dataSource);
			configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
			configuration.setHistoryLevel(HistoryLevel.FULL);
			configuration.setAsyncExecutorActivate(false);
			configuration.setIdGenerator(new StrongUuidGenerator());
			ProcessEngine engine = configuration.buildProcessEngine();
			try {
				engine.getRepositoryService().createDeployment().name("dossier life (benchmark)")
						.addClasspathResource("dossier-life.bpmn20.xml").deploy();
				DurableFiles store = fileStore.equals("directory") ? new DurableFiles(files) : null;
				RuntimeService runtime = engine.getRuntimeService();
				TaskService tasks = engine.getTaskService();
				Lives.run("flowable", settings, (thread, sequence) -> life(runtime, tasks, store, sequence), dataSource);
				HistoryService history = engine.getHistoryService();
				System.err.printf("flowable: %d process instances finished in history%n",
						history.createHistoricProcessInstanceQuery().finished().count());
			}
			finally {
				engine.close();
			}
		}
	}

	/** {@code store} null: the file goes into the database with the process start. */
	static void life(RuntimeService runtime, TaskService tasks, DurableFiles store, long sequence) throws Exception {
		long agency = 1 + sequence % AGENCIES;
		byte[] pdf = Lives.pdf(sequence);
		String receiver = "bench.tiepnhan." + agency;
		Map<String, Object> variables = new HashMap<>();
		variables.put("procedureCode", OurPlatformCodes.PROCEDURE);
		variables.put("agencyId", agency);
		variables.put("channel", "COUNTER");
		variables.put("applicantName", "Nguyễn Thị Thử " + sequence);
		variables.put("applicantIdNumber", Lives.idNumber(sequence));
		variables.put("applicantPhone", "0912345678");
		variables.put("fileComponent", "Tờ khai");
		variables.put("fileName", "to-khai.pdf");
		variables.put("fileContentType", "application/pdf");
		variables.put("fileSize", pdf.length);
		if (store != null) {
			variables.put("fileSha256", store.put(pdf));
		}
		else {
			// the platform keeps the file in its database: here too, as a byte-array variable written in the
			// process start's transaction (ACT_GE_BYTEARRAY), beside its hash
			variables.put("fileSha256", DurableFiles.sha256(pdf));
			variables.put("fileContent", pdf);
		}
		Authentication.setAuthenticatedUserId(receiver);
		String instance;
		try {
			instance = runtime.createProcessInstanceBuilder().processDefinitionKey("dossierLife")
					.businessKey("BENCH-" + agency + "-" + sequence).variables(variables).start().getId();
		}
		finally {
			Authentication.setAuthenticatedUserId(null);
		}
		complete(tasks, instance, "receiver-" + agency, receiver, "forward");
		complete(tasks, instance, "specialist-" + agency, "bench.chuyenvien." + agency, "forward");
		complete(tasks, instance, "leader-" + agency, "bench.lanhdao." + agency, "approve");
		complete(tasks, instance, "receiver-" + agency, receiver, "return-result");
	}

	/** The official's open task of this dossier, completed by them. */
	private static void complete(TaskService tasks, String instance, String group, String user, String outcome) {
		Task task = tasks.createTaskQuery().processInstanceId(instance).taskCandidateGroup(group).singleResult();
		if (task == null) {
			throw new IllegalStateException("no task for " + group + " in " + instance);
		}
		Authentication.setAuthenticatedUserId(user);
		try {
			tasks.complete(task.getId(), Map.of("outcome", outcome));
		}
		finally {
			Authentication.setAuthenticatedUserId(null);
		}
	}
}
