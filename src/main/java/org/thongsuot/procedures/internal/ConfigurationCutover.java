package org.thongsuot.procedures.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.procedures.AgencyRef;
import org.thongsuot.procedures.HistoryEntry;
import org.thongsuot.procedures.HistoryEntry.Action;
import org.thongsuot.procedures.ProcedurePublished;
import org.thongsuot.procedures.ProcedureVersion;
import org.thongsuot.procedures.ProcessStep;
import org.thongsuot.procedures.ProvinceConfiguration;
import org.thongsuot.procedures.VersionOrigin;
import org.thongsuot.procedures.VersionState;
import org.thongsuot.reorg.CutoverParticipant;
import org.thongsuot.reorg.HeldItem;
import org.thongsuot.reorg.ItemMove;

/**
 * Procedure configurations at a cut-over: a configuration in force (or scheduled) that names an ended
 * agency — as the competent agency, a receiving point or a step's agency — is re-pointed to the successor.
 * A published version is never changed: the re-pointed configuration is published as a new version from
 * the day of the move (the one before ends that day), so dossiers received before keep the version they
 * were received under. Drafts are left alone (publishing a draft that names an ended agency is refused).
 *
 * <p>An item is one (configuration, agency) pair: a configuration naming two ended agencies is two items,
 * each moved, logged and verified on its own. Its id is {@code versionId × 2^24 + agencyId} (agency ids
 * are far below 2^24), ascending with the version, so a version made by an earlier batch of the same run
 * comes after the cursor and its other ended agencies are still found. Its key, for the review queue, is
 * {@code "code @agencyId"}.
 */
@Component
class ConfigurationCutover implements CutoverParticipant {

	static final long AGENCY_BITS = 1L << 24;

	/** The configured versions that count: published, not ended (in force now or scheduled). */
	private static final String CURRENT = """
			WITH current AS (
			  SELECT id, code, version, configuration FROM procedures_version
			   WHERE state = 'PUBLISHED' AND valid_to IS NULL AND configuration IS NOT NULL),
			refs AS (
			  SELECT c.id, c.code, c.version, 'competentAgency' AS field,
			         CAST(c.configuration -> 'competentAgency' ->> 'agencyId' AS bigint) AS agency_id
			    FROM current c
			  UNION ALL
			  SELECT c.id, c.code, c.version, 'receivingPoints[' || (r.n - 1) || ']', CAST(r.ref ->> 'agencyId' AS bigint)
			    FROM current c, jsonb_array_elements(c.configuration -> 'receivingPoints') WITH ORDINALITY AS r (ref, n)
			  UNION ALL
			  SELECT c.id, c.code, c.version, 'steps[' || (s.n - 1) || '].agency', CAST(s.step -> 'agency' ->> 'agencyId' AS bigint)
			    FROM current c, jsonb_array_elements(c.configuration -> 'steps') WITH ORDINALITY AS s (step, n))
			""";

	private final JdbcClient jdbc;
	private final VersionRepository versions;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher events;
	private final Today today;

	ConfigurationCutover(JdbcClient jdbc, VersionRepository versions, AgencyDirectory agencies,
			ApplicationEventPublisher events, Today today) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.agencies = agencies;
		this.events = events;
		this.today = today;
	}

	@Override
	public String subject() {
		return "procedure";
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeldItem> held(Collection<Long> agencyIds, long afterId, int limit) {
		return jdbc.sql(CURRENT + """
				SELECT id * :bits + agency_id AS item, code, version, agency_id, string_agg(field, ', ' ORDER BY field) AS fields
				  FROM refs WHERE agency_id = ANY (CAST(:agencies AS bigint[])) AND id * :bits + agency_id > :after
				 GROUP BY id, code, version, agency_id ORDER BY item LIMIT :limit""")
				.param("bits", AGENCY_BITS).param("agencies", agencyIds.toArray(Long[]::new)).param("after", afterId)
				.param("limit", limit)
				.query((rs, n) -> new HeldItem(rs.getLong("item"), key(rs.getString("code"), rs.getLong("agency_id")),
						rs.getLong("agency_id"), null, null,
						rs.getString("code") + " v" + rs.getInt("version") + " · " + rs.getString("fields")))
				.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> countByAgency(Collection<Long> agencyIds) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql(CURRENT + """
				SELECT agency_id, count(DISTINCT id) FROM refs WHERE agency_id = ANY (CAST(:agencies AS bigint[]))
				 GROUP BY agency_id""")
				.param("agencies", agencyIds.toArray(Long[]::new))
				.query(rs -> {
					counts.put(rs.getLong(1), rs.getLong(2));
				});
		return counts;
	}

	/**
	 * Per procedure, one new version with every reference of this batch re-pointed. Which references: on
	 * the way forward, those to {@code from} in the configuration in force; on a rollback (the item's
	 * version is an older one), only those the item's version had at {@code to} — a reference to the
	 * successor that was there before the cut-over stays.
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<ItemMove> move(List<ItemMove> moves, String reason, String actor) {
		Map<Long, String> codes = new HashMap<>();
		jdbc.sql("SELECT id, code FROM procedures_version WHERE id = ANY (CAST(:ids AS bigint[]))")
				.param("ids", moves.stream().map(m -> m.id() / AGENCY_BITS).distinct().toArray(Long[]::new))
				.query(rs -> {
					codes.put(rs.getLong(1), rs.getString(2));
				});
		Map<String, List<ItemMove>> byCode = new LinkedHashMap<>();
		for (ItemMove m : moves) {
			String code = codes.get(m.id() / AGENCY_BITS);
			if (code != null) {
				byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(m);
			}
		}
		List<ItemMove> moved = new ArrayList<>();
		Instant now = today.now();
		LocalDate day = today.date();
		for (Map.Entry<String, List<ItemMove>> e : byCode.entrySet()) {
			moved.addAll(repoint(e.getKey(), e.getValue(), reason, actor, now, day));
		}
		return moved;
	}

	private List<ItemMove> repoint(String code, List<ItemMove> moves, String reason, String actor, Instant now,
			LocalDate day) {
		VersionRepository.Known known = versions.known(code).orElse(null); // locks the procedure's row
		ProcedureVersion current = versions.latest(code).orElse(null);
		if (known == null || current == null || current.state() != VersionState.PUBLISHED || current.validTo() != null
				|| current.configuration() == null) {
			return List.of();
		}
		List<AgencyRef> refs = flatten(current.configuration());
		List<ItemMove> moved = new ArrayList<>();
		for (ItemMove m : moves) {
			long itemVersion = m.id() / AGENCY_BITS;
			List<AgencyRef> then = itemVersion == current.id() ? null
					: versions.byId(itemVersion).map(v -> v.configuration() == null ? null : flatten(v.configuration())).orElse(null);
			if (itemVersion != current.id() && then == null) {
				continue;
			}
			AgencyRef successor = null;
			for (int i = 0; i < refs.size(); i++) {
				AgencyRef ref = refs.get(i);
				boolean atFrom = ref != null && ref.agencyId() != null && ref.agencyId() == m.from();
				boolean chosen = then == null ? atFrom
						: atFrom && i < then.size() && then.get(i) != null && then.get(i).agencyId() != null
								&& then.get(i).agencyId() == m.to();
				if (chosen) {
					if (successor == null) {
						successor = resolve(m, day);
					}
					refs.set(i, successor);
				}
			}
			if (successor != null) {
				moved.add(m);
			}
		}
		if (moved.isEmpty()) {
			return moved;
		}
		ProvinceConfiguration configuration = rebuild(current.configuration(), refs);
		LocalDate from = current.validFrom().isAfter(day) ? current.validFrom() : day;
		int number = known.lastVersion() + 1;
		List<HistoryEntry> history = new ArrayList<>();
		versions.close(code, from).ifPresent(id -> history.add(new HistoryEntry(0, code, id, current.version(),
				Action.SUPERSEDED, VersionState.PUBLISHED, VersionState.PUBLISHED, actor, now, null, "ends " + from)));
		String what = moved.stream().map(m -> m.from() + " → " + m.to()).collect(Collectors.joining(", "));
		long id = versions.insert(new VersionRepository.NewVersion(code, number, VersionState.PUBLISHED, from,
				VersionOrigin.CONFIGURATION, null, versions.nationalOf(current, known.nationalHash()), current.levels(),
				configuration, reason, now, actor));
		versions.upsertProcedure(code, known.nationalHash(), number, now);
		history.add(new HistoryEntry(0, code, id, number, Action.CONFIGURED, null, VersionState.PUBLISHED, actor, now,
				null, "agencies " + what + ": " + reason));
		history.add(new HistoryEntry(0, code, id, number, Action.PUBLISHED, VersionState.PUBLISHED,
				VersionState.PUBLISHED, actor, now, null, "in force from " + from));
		versions.history(history);
		events.publishEvent(new ProcedurePublished(code, id, number, from, VersionOrigin.CONFIGURATION, actor, now));
		return moved;
	}

	/** The successor as the registry names it (its code and current name), else as the engine named it. */
	private AgencyRef resolve(ItemMove m, LocalDate day) {
		return agencies.find(m.to(), day).map(a -> new AgencyRef(a.id(), a.code(), a.name()))
				.orElse(new AgencyRef(m.to(), null, m.toName()));
	}

	static String key(String code, long agencyId) {
		return code + " @" + agencyId;
	}

	/** The configuration's agency references in a fixed order: competent agency, receiving points, steps. */
	static List<AgencyRef> flatten(ProvinceConfiguration c) {
		List<AgencyRef> refs = new ArrayList<>();
		refs.add(c.competentAgency());
		refs.addAll(c.receivingPoints());
		c.steps().forEach(s -> refs.add(s.agency()));
		return refs;
	}

	static ProvinceConfiguration rebuild(ProvinceConfiguration c, List<AgencyRef> refs) {
		int points = c.receivingPoints().size();
		List<ProcessStep> steps = new ArrayList<>();
		for (int i = 0; i < c.steps().size(); i++) {
			ProcessStep s = c.steps().get(i);
			steps.add(new ProcessStep(s.name(), s.role(), refs.get(1 + points + i), s.share()));
		}
		return new ProvinceConfiguration(c.level(), refs.get(0), refs.subList(1, 1 + points), c.timeValue(), c.timeUnit(),
				c.fees(), c.components(), c.onlineLevel(), steps);
	}
}
