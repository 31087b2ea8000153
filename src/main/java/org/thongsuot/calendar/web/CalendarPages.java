package org.thongsuot.calendar.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.thongsuot.calendar.CalendarException;
import org.thongsuot.calendar.CalendarRangeException;
import org.thongsuot.calendar.Holidays;
import org.thongsuot.calendar.LunarCalendar;
import org.thongsuot.calendar.WorkingBudget;
import org.thongsuot.calendar.WorkingCalendar;
import org.thongsuot.calendar.internal.CalendarProperties;
import org.thongsuot.platform.ApiException;
import org.thongsuot.platform.ErrorCode;

/** The /calendar page: a year of holidays with their sources, today's lunar date, a deadline calculator. */
@Controller
class CalendarPages {

	private final Holidays holidays;

	private final WorkingCalendar calendar;

	private final LunarCalendar lunar;

	private final CalendarProperties properties;

	CalendarPages(Holidays holidays, WorkingCalendar calendar, LunarCalendar lunar, CalendarProperties properties) {
		this.holidays = holidays;
		this.calendar = calendar;
		this.lunar = lunar;
		this.properties = properties;
	}

	/** The calculator's form; {@code error} is a message key when the input was refused. */
	record DeadlineForm(String start, String amount, String unit) {
	}

	@GetMapping("/calendar")
	String page(@RequestParam(required = false) Integer year, Model model) {
		LocalDate today = LocalDate.now(calendar.zone());
		int shown = year == null ? today.getYear() : year;
		if (shown < CalendarRangeException.FIRST_YEAR || shown > CalendarRangeException.LAST_YEAR) {
			throw ApiException.ofParameter(ErrorCode.DATE_OUT_OF_RANGE, "year", shown);
		}
		String now = LocalDateTime.now(calendar.zone()).truncatedTo(ChronoUnit.MINUTES).toString();
		fill(model, shown, today, new DeadlineForm(now, "3", "DAYS"));
		return "calendar/index";
	}

	@GetMapping("/calendar/deadline")
	String deadline(@RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "DAYS") String unit,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		DeadlineForm form = new DeadlineForm(start, amount, "HOURS".equals(unit) ? "HOURS" : "DAYS");
		compute(form, model);
		if (htmx != null) {
			return "calendar/index :: deadlineResult";
		}
		LocalDate today = LocalDate.now(calendar.zone());
		fill(model, today.getYear(), today, form);
		return "calendar/index";
	}

	private void compute(DeadlineForm form, Model model) {
		LocalDateTime receivedAt;
		try {
			receivedAt = LocalDateTime.parse(form.start().trim());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("deadlineError", "calendar.deadline.error.start");
			return;
		}
		long amount;
		try {
			amount = Long.parseLong(form.amount().trim());
		}
		catch (NumberFormatException ex) {
			model.addAttribute("deadlineError", "calendar.deadline.error.amount");
			return;
		}
		try {
			WorkingBudget budget = "HOURS".equals(form.unit()) ? WorkingBudget.hours(amount) : WorkingBudget.days(amount);
			model.addAttribute("deadline", calendar.deadline(receivedAt, budget, List.of()));
		}
		catch (CalendarRangeException ex) {
			model.addAttribute("deadlineError",
					"start".equals(ex.parameter()) || "year".equals(ex.parameter()) ? "calendar.deadline.error.start"
							: "calendar.deadline.error.range");
		}
		catch (CalendarException ex) {
			model.addAttribute("deadlineError", "calendar.deadline.error.amount");
		}
	}

	private void fill(Model model, int year, LocalDate today, DeadlineForm form) {
		model.addAttribute("year", year);
		model.addAttribute("holidays", holidays.holidaysOf(year));
		model.addAttribute("today", today);
		model.addAttribute("lunarToday", lunar.toLunar(today));
		model.addAttribute("form", form);
		model.addAttribute("officeHours", String.join(", ", properties.officeHours()));
		model.addAttribute("cutOff", properties.cutOff());
		model.addAttribute("firstYear", CalendarRangeException.FIRST_YEAR);
		model.addAttribute("lastYear", CalendarRangeException.LAST_YEAR);
	}
}
