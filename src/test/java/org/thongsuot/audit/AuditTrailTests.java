package org.thongsuot.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.thongsuot.dossiers.DossierFixture.PASSWORD;
import static org.thongsuot.dossiers.DossierFixture.PDF;
import static org.thongsuot.dossiers.DossierFixture.PROCEDURE;
import static org.thongsuot.dossiers.DossierFixture.receipt;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.thongsuot.IntegrationTest;
import org.thongsuot.audit.internal.AuditChain;
import org.thongsuot.dossiers.DossierFixture;
import org.thongsuot.identity.Officials;
import org.thongsuot.platform.AuditedEvent;
import org.thongsuot.procedures.Procedures;
import org.thongsuot.units.Agencies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail as an administrator and an auditor rely on it. */
@IntegrationTest
class AuditTrailTests {

	static final String ADMIN = "admin";
	static final String ADMIN_PASSWORD = "admin-test-password";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChain chain;

	@Autowired
	Procedures procedures;

	@Autowired
	Agencies agencies;

	@Autowired
	Officials officials;

	/** An event of a test subject, so each test sees only its own entries. */
	record Tested(String id, String actor) implements AuditedEvent {

		@Override
		public String auditSubjectType() {
			return "test";
		}

		@Override
		public String auditSubjectId() {
			return id;
		}

		@Override
		public String auditActor() {
			return actor;
		}
	}

	@Test
	void aReceivedDossierIsAuditedUnderItsCodeWithWhoReceivedIt() {
		DossierFixture fixture = DossierFixture.get(procedures, agencies, officials);
		var answer = mvc.post().uri("/api/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(receipt(PROCEDURE, fixture.communeA, "COUNTER", "001203004005", "don.pdf", PDF)))
			.with(httpBasic("recv-a", PASSWORD))
			.exchange();
		assertThat(answer).hasStatus(201);
		String code = json.readTree(answer.getResponse().getContentAsByteArray()).at("/dossier/code").asString();

		var entries = trail.about("dossier", code, 10);

		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("DossierReceived");
			assertThat(entry.actor()).isEqualTo("recv-a");
			assertThat(entry.detail()).contains(code);
		});
	}

	@Test
	void aCitizensOnlineSubmissionIsAuditedBeforeAnyOfficialTouchesIt() {
		DossierFixture fixture = DossierFixture.get(procedures, agencies, officials);
		var answer = mvc.post().uri("/api/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(receipt(PROCEDURE, fixture.communeA, "ONLINE", DossierFixture.CITIZEN_ID, "don.pdf", PDF)))
			.with(httpBasic("citizen-1", PASSWORD))
			.exchange();
		assertThat(answer).hasStatus(201);
		String code = json.readTree(answer.getResponse().getContentAsByteArray()).at("/dossier/code").asString();

		assertThat(trail.about("dossier", code, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("DossierSubmitted");
			assertThat(entry.actor()).isEqualTo("citizen-1");
		});
	}

	@Test
	void aChangeThatRollsBackLeavesNoEntry() {
		String id = UUID.randomUUID().toString();

		transactions.executeWithoutResult(status -> {
			events.publishEvent(new Tested(id, "someone"));
			status.setRollbackOnly();
		});

		assertThat(trail.about("test", id, 10)).isEmpty();
	}

	@Test
	void anEventWithoutActorIsAttributedToTheSystemOutsideARequest() {
		String id = UUID.randomUUID().toString();

		transactions.executeWithoutResult(status -> events.publishEvent(new Tested(id, null)));

		assertThat(trail.about("test", id, 10)).singleElement().extracting(AuditEntry::actor).isEqualTo("system");
	}

	@Test
	void sealedEntriesFormAChainThatVerifies() {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(status -> events.publishEvent(new Tested(id, "someone")));

		AuditVerification verification = trail.verify();

		assertThat(verification.valid()).isTrue();
		assertThat(verification.firstBrokenSeq()).isNull();
		assertThat(trail.about("test", id, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.seq()).isNotNull().isLessThanOrEqualTo(verification.headSeq());
			assertThat(entry.hash()).hasSize(64);
		});
	}

	@Test
	void anEntryAlteredBehindTheTriggersBackBreaksTheChainAtItsPosition() {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(status -> events.publishEvent(new Tested(id, "someone")));
		trail.sealPending();
		long seq = trail.about("test", id, 1).get(0).seq();

		// what a database superuser could do; rolled back, as ALTER TABLE is transactional in PostgreSQL
		transactions.executeWithoutResult(status -> {
			jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change").update();
			jdbc.sql("UPDATE audit_entry SET actor = 'someone else' WHERE subject_type = 'test' AND subject_id = :id")
				.param("id", id)
				.update();
			AuditVerification verification = chain.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
			status.setRollbackOnly();
		});

		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void entriesCanBeNeitherChangedNorDeleted() {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(status -> events.publishEvent(new Tested(id, "someone")));

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'x' WHERE subject_id = :id").param("id", id).update())
			.hasMessageContaining("would change");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE subject_id = :id").param("id", id).update())
			.hasMessageContaining("append-only");
		assertThat(trail.about("test", id, 10)).singleElement().extracting(AuditEntry::actor).isEqualTo("someone");
	}

	@Test
	void anAdministratorVerifiesTheChainOverTheApi() {
		var answer = mvc.get().uri("/api/audit/verification").with(httpBasic(ADMIN, ADMIN_PASSWORD)).exchange();

		assertThat(answer).hasStatusOk();
		JsonNode body = json.readTree(answer.getResponse().getContentAsByteArray());
		assertThat(body.get("valid").asBoolean()).isTrue();
		assertThat(body.get("entries").asLong()).isPositive();
	}

	@Test
	void anOfficialWhoIsNotAnAdministratorCannotReadTheTrail() {
		DossierFixture.get(procedures, agencies, officials);

		assertThat(mvc.get().uri("/api/audit/verification").with(httpBasic("recv-a", PASSWORD))).hasStatus(403);
		assertThat(mvc.get().uri("/api/audit/entries")).hasStatus(401);
	}

	@Test
	void aLimitOutOfRangeIsRefusedNamingTheParameter() {
		var answer = mvc.get().uri("/api/audit/entries?limit=0").with(httpBasic(ADMIN, ADMIN_PASSWORD)).exchange();

		assertThat(answer).hasStatus(400);
		assertThat(json.readTree(answer.getResponse().getContentAsByteArray()).get("parameter").asString()).isEqualTo("limit");
	}

	@Test
	void aSubjectTypeWithoutItsIdIsRefused() {
		var answer = mvc.get().uri("/api/audit/entries?subjectType=dossier").with(httpBasic(ADMIN, ADMIN_PASSWORD)).exchange();

		assertThat(answer).hasStatus(400);
		assertThat(json.readTree(answer.getResponse().getContentAsByteArray()).get("parameter").asString()).isEqualTo("subjectId");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theAuditPageShowsTheChainState() {
		var answer = mvc.get().uri("/audit?verify=true").exchange();

		assertThat(answer).hasStatusOk();
		assertThat(answer).bodyText().contains("Chuỗi nguyên vẹn");
	}
}
