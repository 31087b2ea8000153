package org.thongsuot.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thongsuot.identity.GrantMoved;
import org.thongsuot.identity.Role;
import org.thongsuot.reorg.CutoverParticipant;
import org.thongsuot.reorg.HeldItem;
import org.thongsuot.reorg.ItemMove;

/**
 * Officials' grants at a cut-over: a role held for an ended agency moves to its successor; at a split
 * unit's agency the grant is flagged in the review queue (a person decides which successor the official
 * now works for). If the official already holds the same role at the successor, the old grant is simply
 * dropped (it is logged as moved, so the report accounts for it).
 */
@Component
class GrantCutover implements CutoverParticipant {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;

	GrantCutover(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages) {
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
	}

	@Override
	public String subject() {
		return "grant";
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeldItem> held(Collection<Long> agencyIds, long afterId, int limit) {
		return jdbc.sql("""
				SELECT id, username, role, agency_id FROM identity_grant
				 WHERE agency_id = ANY (CAST(:agencies AS bigint[])) AND id > :after ORDER BY id LIMIT :limit""")
				.param("agencies", agencyIds.toArray(Long[]::new)).param("after", afterId).param("limit", limit)
				.query((rs, n) -> new HeldItem(rs.getLong("id"), rs.getString("username") + " " + rs.getString("role"),
						rs.getLong("agency_id"), null, null,
						// the detail a person reads in the review queue, stored once: in the province's language
						messages.getMessage("identity.role." + rs.getString("role"), null, rs.getString("role"), VIETNAMESE)))
				.list();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<ItemMove> move(List<ItemMove> moves, String reason, String actor) {
		List<ItemMove> moved = new ArrayList<>();
		for (ItemMove m : moves) {
			var grant = jdbc.sql("SELECT username, role FROM identity_grant WHERE id = :id AND agency_id = :from FOR UPDATE")
					.param("id", m.id()).param("from", m.from())
					.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).optional();
			if (grant.isEmpty()) {
				continue;
			}
			String username = grant.get()[0];
			String role = grant.get()[1];
			boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_grant WHERE username = :u AND role = :r AND agency_id = :to)")
					.param("u", username).param("r", role).param("to", m.to()).query(Boolean.class).single();
			if (exists) {
				jdbc.sql("DELETE FROM identity_grant WHERE id = :id").param("id", m.id()).update();
			}
			else {
				jdbc.sql("UPDATE identity_grant SET agency_id = :to WHERE id = :id").param("to", m.to()).param("id", m.id())
						.update();
			}
			moved.add(m);
			events.publishEvent(new GrantMoved(username, Role.valueOf(role), m.from(), m.to(), reason, actor));
		}
		return moved;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> countByAgency(Collection<Long> agencyIds) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("SELECT agency_id, count(*) FROM identity_grant WHERE agency_id = ANY (CAST(:agencies AS bigint[])) GROUP BY agency_id")
				.param("agencies", agencyIds.toArray(Long[]::new))
				.query(rs -> {
					counts.put(rs.getLong(1), rs.getLong(2));
				});
		return counts;
	}
}
