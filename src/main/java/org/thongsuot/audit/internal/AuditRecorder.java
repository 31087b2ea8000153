package org.thongsuot.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thongsuot.platform.AuditedEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an entry for every {@link AuditedEvent}. A plain (synchronous) listener on purpose: it runs in
 * the publisher's transaction, so the change and its entry commit or roll back together and no crash can
 * separate them.
 */
@Component
class AuditRecorder {

	private final AuditRepository repository;
	private final JsonMapper json;

	AuditRecorder(AuditRepository repository, JsonMapper json) {
		this.repository = repository;
		this.json = json;
	}

	@EventListener
	void on(AuditedEvent event) {
		String action = event.getClass().getSimpleName();
		repository.append(Instant.now().truncatedTo(ChronoUnit.MICROS), required(event.auditSubjectType(), "subject type", action),
				required(event.auditSubjectId(), "subject id", action), action, actor(event), json.writeValueAsString(event));
	}

	private static String actor(AuditedEvent event) {
		String actor = event.auditActor();
		if (actor != null && !actor.isBlank()) {
			return actor;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
	}

	private static String required(String value, String what, String action) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(action + " has no audit " + what);
		}
		return value;
	}
}
