package org.thongsuot.dossiers.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thongsuot.dossiers.Notices;
import org.thongsuot.identity.Officials;

/**
 * {@code /notices}: an official's deadline warnings or a citizen's news about their dossiers, newest
 * first, with "mark as read".
 */
@Controller
class NoticePages {

	private final Notices notices;
	private final Officials officials;

	NoticePages(Notices notices, Officials officials) {
		this.notices = notices;
		this.officials = officials;
	}

	@GetMapping("/notices")
	String list(@RequestParam(defaultValue = "false") boolean unread, Model model) {
		var user = officials.current();
		model.addAttribute("notices", notices.list(user, unread, 200));
		model.addAttribute("citizen", !user.official());
		model.addAttribute("unreadOnly", unread);
		return "dossiers/notices";
	}

	@PostMapping("/notices/{id}/read")
	String read(@PathVariable long id) {
		notices.markRead(officials.current(), id);
		return "redirect:/notices";
	}

	@PostMapping("/notices/read-all")
	String readAll() {
		notices.markAllRead(officials.current());
		return "redirect:/notices";
	}
}
