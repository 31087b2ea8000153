package org.thongsuot.procedures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.thongsuot.procedures.HistoryEntry;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.VersionSummary;

/** The read side of the versions, for the facade. */
@Component
public class VersionQueries {

	private final VersionRepository versions;

	VersionQueries(VersionRepository versions) {
		this.versions = versions;
	}

	public boolean exists(String code) {
		return versions.exists(code);
	}

	public Optional<ProcedureVersion> inForce(String code, LocalDate day) {
		return versions.inForce(code, day);
	}

	public Optional<ProcedureVersion> byId(long id) {
		return versions.byId(id);
	}

	public List<ProcedureVersion> publishedOf(String code) {
		return versions.publishedOf(code);
	}

	public List<VersionSummary> versions(String code) {
		return versions.versions(code);
	}

	public Optional<ProcedureVersion> draft(String code) {
		return versions.draft(code);
	}

	public List<VersionSummary> drafts() {
		return versions.drafts();
	}

	public List<HistoryEntry> history(String code) {
		return versions.history(code);
	}
}
