package org.thongsuot.calendar.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thongsuot.IntegrationTest;
import org.thongsuot.calendar.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ArrangementApiTests {

	private static final String EXTRA_DAY_OFF_2027 = """
			{"year": 2027, "occasion": "OTHER", "sourceDocument": "Thông báo thử nghiệm 1/TB-TEST",
			 "sourceIssuer": "Bộ Nội vụ", "sourceDate": "2026-11-01",
			 "days": [{"date": "2027-03-08", "kind": "DAY_OFF", "nameVi": "Nghỉ thêm", "nameEn": "Extra day off"}]}
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousCallersCannotEditTheArrangement() {
		assertThat(mvc.post().uri("/api/calendar/arrangements").contentType(MediaType.APPLICATION_JSON)
			.content(EXTRA_DAY_OFF_2027)).hasStatus(401);
	}

	@Test
	@WithMockUser(roles = "RECEIVER")
	void officersWhoAreNotAdministratorsCannotEditTheArrangement() {
		assertThat(mvc.post().uri("/api/calendar/arrangements").contentType(MediaType.APPLICATION_JSON)
			.content(EXTRA_DAY_OFF_2027)).hasStatus(403);
		assertThat(mvc.delete().uri("/api/calendar/arrangements/1")).hasStatus(403);
	}

	@Test
	void everyoneCanReadTheArrangementsOfAYear() {
		assertThat(mvc.get().uri("/api/calendar/arrangements?year=2026")).hasStatusOk().bodyJson()
			.extractingPath("$.length()").isEqualTo(5);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anAdministratorsEditTakesEffectAtOnceAndIsAnnounced() throws Exception {
		long eventsBefore = publishedChanges();
		var created = mvc.post().uri("/api/calendar/arrangements").contentType(MediaType.APPLICATION_JSON)
			.content(EXTRA_DAY_OFF_2027).exchange();
		assertThat(created).hasStatus(201);
		Number id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		try {
			assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2027, 3, 8))).isFalse();
			assertThat(mvc.get().uri("/api/calendar/holidays?year=2027")).hasStatusOk().bodyJson()
				.extractingPath("$.days[?(@.date=='2027-03-08')].source").asArray()
				.singleElement().asString().contains("1/TB-TEST");
			assertThat(publishedChanges()).isEqualTo(eventsBefore + 1);

			String moved = EXTRA_DAY_OFF_2027.replace("2027-03-08", "2027-03-09");
			assertThat(mvc.put().uri("/api/calendar/arrangements/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(moved)).hasStatusOk();
			assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2027, 3, 8))).isTrue();
			assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2027, 3, 9))).isFalse();
		}
		finally {
			assertThat(mvc.delete().uri("/api/calendar/arrangements/" + id)).hasStatus(204);
		}
		assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2027, 3, 9))).isTrue();
		assertThat(mvc.get().uri("/api/calendar/arrangements/" + id)).hasStatus(404).bodyJson()
			.extractingPath("$.code").isEqualTo("ARRANGEMENT_NOT_FOUND");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anOccasionAlreadyArrangedIsAConflict() {
		String tet2026 = """
				{"year": 2026, "occasion": "LUNAR_NEW_YEAR", "sourceDocument": "Bản sao", "sourceIssuer": "X",
				 "days": [{"date": "2026-02-23", "kind": "DAY_OFF", "nameVi": "a", "nameEn": "a"}]}
				""";
		assertThat(mvc.post().uri("/api/calendar/arrangements").contentType(MediaType.APPLICATION_JSON).content(tet2026))
			.hasStatus(409).bodyJson().extractingPath("$.parameter").isEqualTo("occasion");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aContradictoryArrangementIsRefusedNamingTheField() {
		String saturdayOff = EXTRA_DAY_OFF_2027.replace("2027-03-08", "2027-03-06");
		assertThat(mvc.post().uri("/api/calendar/arrangements").contentType(MediaType.APPLICATION_JSON).content(saturdayOff))
			.hasStatus(400).bodyJson().extractingPath("$.parameter").isEqualTo("days[0].kind");
		String noSource = EXTRA_DAY_OFF_2027.replace("Thông báo thử nghiệm 1/TB-TEST", " ");
		assertThat(mvc.post().uri("/api/calendar/arrangements").contentType(MediaType.APPLICATION_JSON).content(noSource))
			.hasStatus(400).bodyJson().extractingPath("$.parameter").isEqualTo("sourceDocument");
		assertThat(mvc.post().uri("/api/calendar/arrangements").contentType(MediaType.APPLICATION_JSON).content("{oops"))
			.hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("INVALID_REQUEST_BODY");
		String farYear = EXTRA_DAY_OFF_2027.replace("\"year\": 2027", "\"year\": 2300");
		assertThat(mvc.post().uri("/api/calendar/arrangements").contentType(MediaType.APPLICATION_JSON).content(farYear))
			.hasStatus(400).bodyJson().extractingPath("$.parameter").isEqualTo("year");
	}

	private long publishedChanges() {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%CalendarArrangementChanged'")
			.query(Long.class).single();
	}
}
