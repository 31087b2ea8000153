package org.thongsuot.dossiers.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thongsuot.dossiers.DossierStatus;
import org.thongsuot.dossiers.DossierSummary;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * A citizen's own dossiers: those their account submitted online ({@code dossier.owner_username}, the
 * same rule by which {@link DossierReader#involved} lets a citizen read a dossier), newest first. A
 * dossier received at the counter under the same id number is not theirs here: the receipt's secret
 * is how a counter applicant follows it.
 */
@Component
public class OwnedDossiers {

	/** How many a citizen's list shows; a person with more dossiers than this is rare. */
	static final int LIMIT = 200;

	private final JdbcClient jdbc;
	private final DossierReader reader;

	OwnedDossiers(JdbcClient jdbc, DossierReader reader) {
		this.jdbc = jdbc;
		this.reader = reader;
	}

	public List<DossierSummary> of(CurrentUser user) {
		if (user.anonymous()) {
			throw ApiException.of(ErrorCode.UNAUTHENTICATED);
		}
		if (!user.citizen()) {
			throw ApiException.of(ErrorCode.ACCESS_DENIED);
		}
		LocalDateTime now = reader.nowLocal();
		// index dossier_owner (owner_username); the current step by the step table's primary key
		return jdbc.sql("""
				SELECT d.code, d.procedure_code, d.procedure_name, d.agency_id, d.applicant_name, d.status, d.step,
					s.name AS step_name, s.role AS step_role, s.agency_id AS step_agency, d.received_at, d.due_at,
					d.step_due_at
				FROM dossier d LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step
				WHERE d.owner_username = :owner
				ORDER BY d.received_at DESC, d.id DESC LIMIT :limit""")
				.param("owner", user.username()).param("limit", LIMIT)
				.query((rs, n) -> {
					LocalDateTime due = rs.getObject("due_at", LocalDateTime.class);
					DossierStatus status = DossierStatus.valueOf(rs.getString("status"));
					return new DossierSummary(rs.getString("code"), rs.getString("procedure_code"),
							rs.getString("procedure_name"), rs.getLong("agency_id"), rs.getString("applicant_name"),
							status, rs.getInt("step"), rs.getString("step_name"), rs.getString("step_role"),
							rs.getLong("step_agency"), rs.getObject("received_at", java.time.OffsetDateTime.class).toInstant(),
							due, rs.getObject("step_due_at", LocalDateTime.class),
							!status.finished() && !status.clockStopped() && due != null && due.isBefore(now));
				}).list();
	}
}
