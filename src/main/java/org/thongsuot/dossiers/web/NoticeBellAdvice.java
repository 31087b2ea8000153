package org.thongsuot.dossiers.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thongsuot.dossiers.Notices;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Officials;

/**
 * The bell in the page header: for a logged-in official or citizen, the number of unread notices (the
 * layout shows the bell only when this attribute is present, and the officials' menu entries only for
 * officials).
 */
@ControllerAdvice(annotations = Controller.class)
class NoticeBellAdvice {

	private final Notices notices;
	private final Officials officials;

	NoticeBellAdvice(Notices notices, Officials officials) {
		this.notices = notices;
		this.officials = officials;
	}

	/** The unread count, shown next to the bell; whether the reader is an official (else a citizen). */
	public record Bell(long unread, boolean official) {
	}

	@ModelAttribute("noticeBell")
	Bell bell(jakarta.servlet.http.HttpServletRequest request) {
		// @RestController is a @Controller too: the API has no page header, so no count to query
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		CurrentUser user = officials.current();
		return user.anonymous() ? null : new Bell(notices.unread(user), user.official());
	}
}
