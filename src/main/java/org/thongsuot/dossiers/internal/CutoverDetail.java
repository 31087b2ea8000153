package org.thongsuot.dossiers.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The detail of a dossier (or a step) held at a cut-over, as the review queue and the verification report
 * show it to a person: "Được tiếp nhận · bước 1 · hạn 08/07/2025 17:00". It is stored with the item once,
 * so it is written in the province's language, Vietnamese. A cut-over reads up to millions of items: the
 * status labels are looked up once each.
 */
@Component
class CutoverDetail {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final MessageSource messages;
	private final Map<String, String> labels = new ConcurrentHashMap<>();

	CutoverDetail(MessageSource messages) {
		this.messages = messages;
	}

	String of(String status, String step, LocalDateTime due) {
		String label = labels.computeIfAbsent(status,
				s -> messages.getMessage("dossiers.status." + s, null, s, VIETNAMESE));
		return messages.getMessage("dossiers.cutover.detail",
				new Object[] { label, step, due == null ? "—" : due.format(DUE) }, VIETNAMESE);
	}
}
