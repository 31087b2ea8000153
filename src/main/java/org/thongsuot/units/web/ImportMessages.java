package org.thongsuot.units.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.thongsuot.units.AgencyImportError;

/** The sentence that explains an import error: its message with the value as {0}, then its arguments. */
final class ImportMessages {

	private ImportMessages() {
	}

	static String message(MessageSource messages, AgencyImportError error, Locale locale) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(error.value());
		arguments.addAll(error.arguments());
		return messages.getMessage(error.messageCode(), arguments.toArray(), locale);
	}
}
