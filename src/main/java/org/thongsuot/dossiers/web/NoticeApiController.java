package org.thongsuot.dossiers.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thongsuot.dossiers.Notice;
import org.thongsuot.dossiers.Notices;
import org.thongsuot.identity.Officials;

/** The caller's notices (deadline warnings). */
@RestController
@RequestMapping("/api/notices")
@Tag(name = "Notices", description = "An official's deadline warnings")
class NoticeApiController {

	private final Notices notices;
	private final Officials officials;

	NoticeApiController(Notices notices, Officials officials) {
		this.notices = notices;
		this.officials = officials;
	}

	/** The list with the unread count. */
	record NoticeList(long unread, List<Notice> notices) {
	}

	@GetMapping
	@Operation(summary = "The caller's notices, newest first (officials only)")
	NoticeList list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "50") int limit) {
		var user = officials.current();
		List<Notice> list = notices.list(user, unread, limit);
		return new NoticeList(notices.unread(user), list);
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one of the caller's notices read")
	ResponseEntity<Void> read(@PathVariable long id) {
		notices.markRead(officials.current(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read")
	@Operation(summary = "Mark all the caller's notices read")
	Map<String, Integer> readAll() {
		return Map.of("marked", notices.markAllRead(officials.current()));
	}
}
