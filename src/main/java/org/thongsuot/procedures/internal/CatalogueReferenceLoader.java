package org.thongsuot.procedures.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.thongsuot.procedures.CatalogueFiles;
import org.thongsuot.procedures.ImportReport;

/**
 * Loads the shipped national catalogue when the application starts, before it serves requests: skipped
 * when files with the same checksum were imported already; otherwise imported in one transaction (new
 * procedures added, changed ones given a new version from today). A broken file stops the start with its
 * name, line and field, and leaves the data already stored untouched.
 *
 * <p>A lifecycle bean of an early phase: it runs after every singleton is ready (so after Spring
 * Modulith's resubmission of incomplete event publications, which would otherwise replay the fresh
 * ones at once) and before the web server takes requests.
 */
@Component
class CatalogueReferenceLoader implements SmartLifecycle {

	static final String ACTOR = "system:reference-data";

	private static final Logger log = LoggerFactory.getLogger(CatalogueReferenceLoader.class);

	private final CatalogueImport importer;
	private final ResourceLoader resources;
	private final ProceduresProperties properties;
	private final Today today;

	CatalogueReferenceLoader(CatalogueImport importer, ResourceLoader resources, ProceduresProperties properties,
			Today today) {
		this.importer = importer;
		this.resources = resources;
		this.properties = properties;
		this.today = today;
	}

	private volatile boolean running;

	@Override
	public void start() {
		if (properties.loadReferenceData()) {
			load(read());
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return -1000;
	}

	CatalogueFiles read() {
		String base = properties.referenceData().endsWith("/") ? properties.referenceData()
				: properties.referenceData() + "/";
		try {
			return CatalogueFiles.read(base, resources.getResource(base + CatalogueFiles.PROCEDURES).getInputStream(),
					resources.getResource(base + CatalogueFiles.CHANNELS).getInputStream(),
					resources.getResource(base + CatalogueFiles.FULL_RECORDS).getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the procedures reference data in " + base, e);
		}
	}

	ImportReport load(CatalogueFiles files) {
		String checksum = CatalogueReader.checksum(files);
		if (importer.imported(checksum)) {
			log.info("Procedures reference data unchanged (sha-256 {}), nothing to load", checksum.substring(0, 12));
			return null;
		}
		ImportReport report = importer.run(files, today.date(), ACTOR, today.now(), true);
		if (!report.rejected().isEmpty()) {
			throw new IllegalStateException("The procedures reference data in " + files.source() + " is broken; nothing "
					+ "was loaded:\n" + report.rejected().stream().limit(20).map(r -> "  " + r.describe())
							.collect(Collectors.joining("\n")));
		}
		log.info("Procedures reference data loaded from {} in {} ms: {} procedures, {} added, {} changed, {} drafts, "
				+ "{} unchanged, {} with an unparsed processing time", files.source(), report.millis(), report.procedures(),
				report.added().size(), report.changed().size(), report.drafted().size(), report.unchanged(),
				report.unparsed());
		return report;
	}
}
