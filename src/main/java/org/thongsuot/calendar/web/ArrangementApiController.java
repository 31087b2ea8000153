package org.thongsuot.calendar.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thongsuot.calendar.ArrangedDay;
import org.thongsuot.calendar.Arrangement;
import org.thongsuot.calendar.ArrangementDraft;
import org.thongsuot.calendar.CalendarArrangements;
import org.thongsuot.calendar.InvalidArrangementException;
import org.thongsuot.calendar.Occasion;

@Tag(name = "Calendar arrangements", description = "The yearly holiday arrangement, edited by administrators")
@RestController
@RequestMapping("/api/calendar/arrangements")
class ArrangementApiController {

	private final CalendarArrangements arrangements;

	ArrangementApiController(CalendarArrangements arrangements) {
		this.arrangements = arrangements;
	}

	@Operation(summary = "The arrangements stored for a year")
	@GetMapping
	List<Arrangement> ofYear(@RequestParam int year) {
		return arrangements.ofYear(year);
	}

	@Operation(summary = "One arrangement")
	@GetMapping("/{id}")
	Arrangement get(@PathVariable long id) {
		return arrangements.get(id);
	}

	@Operation(summary = "Enter the arrangement of one occasion of a year (administrators)",
			description = "Replaces the computed default days of that occasion; cite the document it comes from.",
			security = @SecurityRequirement(name = "basic"))
	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Arrangement> create(@RequestBody ArrangementRequest request) {
		Arrangement created = arrangements.create(request.toDraft());
		return ResponseEntity.created(URI.create("/api/calendar/arrangements/" + created.id())).body(created);
	}

	@Operation(summary = "Replace an arrangement (administrators)", security = @SecurityRequirement(name = "basic"))
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	Arrangement replace(@PathVariable long id, @RequestBody ArrangementRequest request) {
		return arrangements.replace(id, request.toDraft());
	}

	@Operation(summary = "Delete an arrangement; its occasion falls back to the default rule (administrators)",
			security = @SecurityRequirement(name = "basic"))
	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable long id) {
		arrangements.delete(id);
		return ResponseEntity.noContent().build();
	}

	/** The body of POST and PUT. */
	record ArrangementRequest(Integer year, Occasion occasion, String sourceDocument, String sourceIssuer,
			LocalDate sourceDate, String sourceNote, List<ArrangedDay> days) {

		ArrangementDraft toDraft() {
			if (year == null) {
				throw new InvalidArrangementException("year", "is required");
			}
			return new ArrangementDraft(year, occasion, sourceDocument, sourceIssuer, sourceDate, sourceNote, days);
		}
	}
}
