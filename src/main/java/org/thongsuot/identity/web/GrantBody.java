package org.thongsuot.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.thongsuot.identity.Grant;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/** A grant as JSON: a role and an agency id (none for a province-wide administrator). */
record GrantBody(String role, Long agencyId) {

	static GrantBody of(Grant grant) {
		return new GrantBody(grant.role().name(), grant.agencyId());
	}

	/** The grants, each checked, naming the element at fault. */
	static List<Grant> grants(List<GrantBody> bodies) {
		List<Grant> grants = new ArrayList<>();
		if (bodies == null) {
			return grants;
		}
		for (int i = 0; i < bodies.size(); i++) {
			GrantBody body = bodies.get(i);
			if (body == null || body.role() == null) {
				throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "grants[" + i + "].role");
			}
			Role role = role(body.role(), "grants[" + i + "].role");
			if (body.agencyId() == null && role != Role.ADMIN) {
				throw ApiException.ofParameter(ErrorCode.MISSING_PARAMETER, "grants[" + i + "].agencyId");
			}
			grants.add(new Grant(role, body.agencyId()));
		}
		return grants;
	}

	/** The role a request names (case-blind); 400 naming {@code parameter} when it names none. */
	static Role role(String name, String parameter) {
		try {
			return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw ApiException.ofParameter(ErrorCode.INVALID_PARAMETER, parameter).withDetail("identity.problem.role", name);
		}
	}
}
