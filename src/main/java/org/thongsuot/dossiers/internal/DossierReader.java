package org.thongsuot.dossiers.internal;

import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.Applicant;
import org.thongsuot.dossiers.DossierView;
import org.thongsuot.identity.CurrentUser;

/**
 * Who may read a dossier, and what they see: officials holding a role for the receiving agency or for
 * an agency of one of its steps (or a province-wide administrator), the citizen who submitted it, and
 * anyone with the code and the receipt's secret (who sees the applicant's id number masked, no files and
 * no officials' names). To
 * everyone else the dossier does not exist.
 */
@Component
public class DossierReader {

	private final DossierRepository repository;
	private final Clocks clocks;

	DossierReader(DossierRepository repository, Clocks clocks) {
		this.repository = repository;
		this.clocks = clocks;
	}

	static byte[] hash(String secret) {
		return java.util.HexFormat.of().parseHex(BlobStore.sha256(Receipts.utf8(secret)));
	}

	Optional<DossierRepository.Row> find(String code) {
		return code == null ? Optional.empty() : repository.find(normalized(code));
	}

	/** The dossier with everything its readers see, in one statement. */
	Optional<DossierRepository.Snapshot> read(String code) {
		return code == null ? Optional.empty() : repository.snapshot(normalized(code), false);
	}

	/**
	 * The same, the dossier's row locked until the transaction ends: an action reads what it decides on,
	 * and a concurrent action on the same dossier waits, then finds the version moved on.
	 */
	Optional<DossierRepository.Snapshot> lock(String code) {
		return code == null ? Optional.empty() : repository.snapshot(normalized(code), true);
	}

	private static String normalized(String code) {
		return code.strip().toUpperCase(java.util.Locale.ROOT);
	}

	boolean involved(DossierRepository.Row row, CurrentUser user) {
		return involved(row, user, null);
	}

	/** The same, with the dossier's steps when the caller has read them already (null: read them if needed). */
	boolean involved(DossierRepository.Row row, CurrentUser user, List<DossierView.Step> steps) {
		if (user.anonymous()) {
			return false;
		}
		if (user.citizen()) {
			return user.username().equals(row.ownerUsername());
		}
		return user.provinceAdmin() || user.worksFor(row.agencyId())
				|| (steps != null ? steps : repository.steps(row.id())).stream().anyMatch(s -> user.worksFor(s.agencyId()));
	}

	static boolean secretMatches(DossierRepository.Row row, String secret) {
		return secret != null && !secret.isBlank()
				&& MessageDigest.isEqual(row.secretHash(), hash(secret.strip().toUpperCase(java.util.Locale.ROOT)));
	}

	/** The dossier of a row read before, its lists (and nothing else) read now in one statement. */
	DossierView view(DossierRepository.Row r, boolean full) {
		DossierRepository.Snapshot s = repository.snapshot(r.code(), false).orElseThrow();
		return view(new DossierRepository.Snapshot(r, s.steps(), s.files(), s.history(), s.results(), s.result()), full);
	}

	/**
	 * The dossier as a reader sees it: in full (officials involved, the citizen who submitted it), or as the
	 * holder of the receipt's secret sees it (the id number masked, no papers, no officials' names, the
	 * results only once returned online).
	 */
	DossierView view(DossierRepository.Snapshot s, boolean full) {
		DossierRepository.Row r = s.row();
		Applicant applicant = full ? r.applicant()
				: new Applicant(r.applicant().name(), "*********" + r.applicant().idNumber().substring(9), null);
		DossierView.Timeliness timeliness = null;
		if (r.timeliness() != null) {
			long day = clocks.dayMinutes();
			long minutes = r.timelinessMinutes() == null ? 0 : r.timelinessMinutes();
			timeliness = new DossierView.Timeliness(r.timeliness(), minutes / day, minutes % day);
		}
		DossierRepository.ResultState result = s.result();
		boolean resultsVisible = full || onlineResult(r, result);
		return new DossierView(r.code(), r.procedureCode(), r.procedureVersionId(), r.procedureName(), r.agencyId(),
				r.agencyName(), r.channel(), applicant, r.status(), r.status().portalCode(), r.step(), s.steps(),
				r.receivedAt(), r.dueAt(), r.stepDueAt(), r.pausedSince() != null, r.completedAt(), timeliness,
				full ? s.files() : List.of(), full ? s.history() : anonymized(s.history()),
				resultsVisible ? s.results() : List.of(), result.readyAt(), result.method(), r.version());
	}

	/** Whether the result was returned online: then its owner and the receipt's secret holder may download it. */
	static boolean onlineResult(DossierRepository.Row r, DossierRepository.ResultState result) {
		return r.status() == org.thongsuot.dossiers.DossierStatus.RESULT_RETURNED
				&& result.method() == org.thongsuot.dossiers.ReturnMethod.ONLINE;
	}

	/** The history without the officials' names, for readers with the receipt's secret only. */
	private static List<DossierView.Event> anonymized(List<DossierView.Event> history) {
		return history.stream().map(e -> new DossierView.Event(e.at(), null, e.action(), e.fromStatus(), e.toStatus(),
				e.step(), e.note())).toList();
	}

	LocalDateTime nowLocal() {
		return clocks.local(clocks.now());
	}
}
