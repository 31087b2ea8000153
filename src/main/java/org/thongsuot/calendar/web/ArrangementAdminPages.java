package org.thongsuot.calendar.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thongsuot.calendar.ArrangedDay;
import org.thongsuot.calendar.Arrangement;
import org.thongsuot.calendar.ArrangementDraft;
import org.thongsuot.calendar.CalendarArrangements;
import org.thongsuot.calendar.CalendarException;
import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.calendar.DayKind;
import org.thongsuot.calendar.InvalidArrangementException;
import org.thongsuot.calendar.Occasion;
import org.thongsuot.calendar.WorkingCalendar;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/**
 * The administrator's page for the yearly arrangement (/calendar/admin, role ADMIN by the access
 * rules): list a year's arrangements, enter one, edit or delete it.
 */
@Controller
class ArrangementAdminPages {

	private final CalendarArrangements arrangements;

	private final ZoneId zone;

	ArrangementAdminPages(CalendarArrangements arrangements, WorkingCalendar calendar) {
		this.arrangements = arrangements;
		this.zone = calendar.zone();
	}

	/**
	 * The form. {@code days} holds one day per line: {@code 2026-02-16 HOLIDAY Tên | English name}.
	 */
	record ArrangementForm(Integer year, Occasion occasion, String sourceDocument, String sourceIssuer,
			String sourceDate, String sourceNote, String days) {

		static ArrangementForm empty(int year) {
			return new ArrangementForm(year, Occasion.LUNAR_NEW_YEAR, "", "", "", "", "");
		}

		static ArrangementForm of(Arrangement arrangement) {
			StringBuilder lines = new StringBuilder();
			for (ArrangedDay day : arrangement.days()) {
				lines.append(day.date()).append(' ').append(day.kind()).append(' ').append(day.nameVi()).append(" | ")
					.append(day.nameEn()).append('\n');
			}
			return new ArrangementForm(arrangement.year(), arrangement.occasion(), arrangement.sourceDocument(),
					arrangement.sourceIssuer(), arrangement.sourceDate() == null ? "" : arrangement.sourceDate().toString(),
					arrangement.sourceNote() == null ? "" : arrangement.sourceNote(), lines.toString());
		}

		ArrangementDraft toDraft() {
			if (year == null) {
				throw new InvalidArrangementException("year", "is required");
			}
			LocalDate issued = null;
			if (sourceDate != null && !sourceDate.isBlank()) {
				try {
					issued = LocalDate.parse(sourceDate.trim());
				}
				catch (DateTimeParseException ex) {
					throw new InvalidArrangementException("sourceDate", "must be a date YYYY-MM-DD");
				}
			}
			return new ArrangementDraft(year, occasion, sourceDocument, sourceIssuer, issued,
					sourceNote == null || sourceNote.isBlank() ? null : sourceNote.trim(), parseDays(days));
		}

		private static List<ArrangedDay> parseDays(String text) {
			List<ArrangedDay> days = new ArrayList<>();
			String[] lines = text == null ? new String[0] : text.split("\\R");
			for (String line : lines) {
				if (line.isBlank()) {
					continue;
				}
				String field = "days[" + days.size() + "]";
				String[] parts = line.trim().split("\\s+", 3);
				String[] names = parts.length == 3 ? parts[2].split("\\|", 2) : new String[0];
				if (names.length != 2) {
					throw new InvalidArrangementException(field, "write: YYYY-MM-DD KIND Tên tiếng Việt | English name");
				}
				try {
					days.add(new ArrangedDay(LocalDate.parse(parts[0]), DayKind.valueOf(parts[1]), names[0].trim(),
							names[1].trim()));
				}
				catch (DateTimeParseException ex) {
					throw new InvalidArrangementException(field + ".date", parts[0] + " is not a date YYYY-MM-DD");
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidArrangementException(field + ".kind", parts[1] + " is not one of HOLIDAY, DAY_OFF, WORKING_DAY, DAY_IN_LIEU");
				}
			}
			return days;
		}
	}

	@GetMapping("/calendar/admin")
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long edit, Model model) {
		int shown = year == null ? LocalDate.now(zone).getYear() : year;
		if (shown < CalendarRangeException.FIRST_YEAR || shown > CalendarRangeException.LAST_YEAR) {
			throw ApiException.ofParameter(ErrorCode.DATE_OUT_OF_RANGE, "year", shown);
		}
		if (!model.containsAttribute("form")) {
			ArrangementForm form = ArrangementForm.empty(shown);
			if (edit != null) {
				try {
					form = ArrangementForm.of(arrangements.get(edit));
				}
				catch (CalendarException ex) {
					throw ApiException.ofParameter(ErrorCode.ARRANGEMENT_NOT_FOUND, "edit", edit);
				}
			}
			model.addAttribute("form", form);
			model.addAttribute("editing", edit);
		}
		return fill(model, shown);
	}

	@PostMapping("/calendar/admin/arrangements")
	String create(@ModelAttribute ArrangementForm form, Model model, RedirectAttributes redirect) {
		try {
			Arrangement created = arrangements.create(form.toDraft());
			redirect.addFlashAttribute("saved", created.id());
			return "redirect:/calendar/admin?year=" + created.year();
		}
		catch (CalendarException ex) {
			return refuse(ex, form, null, model);
		}
	}

	@PostMapping("/calendar/admin/arrangements/{id}")
	String replace(@PathVariable long id, @ModelAttribute ArrangementForm form, Model model,
			RedirectAttributes redirect) {
		try {
			Arrangement replaced = arrangements.replace(id, form.toDraft());
			redirect.addFlashAttribute("saved", replaced.id());
			return "redirect:/calendar/admin?year=" + replaced.year();
		}
		catch (CalendarException ex) {
			return refuse(ex, form, id, model);
		}
	}

	@PostMapping("/calendar/admin/arrangements/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Arrangement arrangement;
		try {
			arrangement = arrangements.get(id);
		}
		catch (CalendarException ex) {
			throw ApiException.ofParameter(ErrorCode.ARRANGEMENT_NOT_FOUND, "id", id);
		}
		arrangements.delete(id);
		redirect.addFlashAttribute("deleted", id);
		return "redirect:/calendar/admin?year=" + arrangement.year();
	}

	private String refuse(CalendarException ex, ArrangementForm form, Long editing, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errorParameter", ex.parameter());
		model.addAttribute("errorReason", ex.reason());
		int year = form.year() == null || form.year() < CalendarRangeException.FIRST_YEAR
				|| form.year() > CalendarRangeException.LAST_YEAR ? LocalDate.now(zone).getYear() : form.year();
		return fill(model, year);
	}

	private String fill(Model model, int year) {
		model.addAttribute("year", year);
		model.addAttribute("arrangements", arrangements.ofYear(year));
		model.addAttribute("occasions", Occasion.values());
		return "calendar/admin";
	}
}
