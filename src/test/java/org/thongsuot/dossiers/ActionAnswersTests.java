package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.IntegrationTest;
import org.thongsuot.identity.AccountKind;
import org.thongsuot.identity.CurrentUser;
import org.thongsuot.identity.Role;

/**
 * The answer to every action is the dossier exactly as a read after the commit shows it (state, steps,
 * files, the whole history, results, the hand-over, the next version), whichever way the action changed it.
 */
@IntegrationTest
class ActionAnswersTests {

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	DossierFixture fixture;
	CurrentUser receiver;
	CurrentUser specialist;
	CurrentUser leader;
	CurrentUser citizen;

	@BeforeEach
	void setUp() {
		fixture = fixtures.get();
		receiver = DossierFixture.official("recv-a", Role.RECEIVER, fixture.communeA);
		specialist = DossierFixture.official("spec-a", Role.SPECIALIST, fixture.communeA);
		leader = DossierFixture.official("lead-a", Role.LEADER, fixture.communeA);
		citizen = new CurrentUser("citizen-1", AccountKind.CITIZEN, DossierFixture.CITIZEN_ID, Set.of());
	}

	DossierView receive(CurrentUser user, SubmissionChannel channel, String idNumber) {
		return dossiers.receive(new ReceiptRequest(DossierFixture.PROCEDURE, fixture.communeA, channel,
				new Applicant("Lê Văn Cường", idNumber, "0912345678"), List.of(paper())), user, null).dossier();
	}

	static ComponentFile paper() {
		return new ComponentFile(DossierFixture.COMPONENT, "to-khai.pdf", DossierFixture.PDF);
	}

	/** Acts, and checks the answer against a fresh read by the same person. */
	DossierView act(DossierView dossier, DossierAction action, CurrentUser user, ActionRequest request) {
		DossierView answer = dossiers.act(dossier.code(), action, request, user);
		assertThat(answer).as(action.slug()).isEqualTo(dossiers.get(dossier.code(), null, user));
		assertThat(answer.version()).as(action.slug()).isEqualTo(dossier.version() + 1);
		return answer;
	}

	static ActionRequest plain(DossierView dossier, String note) {
		return new ActionRequest(dossier.version(), note, List.of());
	}

	@Test
	void everyStepSupplementPauseAndResultIsAnsweredAsALaterReadShowsIt() {
		DossierView d = receive(receiver, SubmissionChannel.COUNTER, "068190004321");
		d = act(d, DossierAction.FORWARD, receiver, plain(d, null));
		d = act(d, DossierAction.RETURN, specialist, plain(d, "Bổ sung ý kiến bộ phận một cửa"));
		d = act(d, DossierAction.FORWARD, receiver, plain(d, null));
		d = act(d, DossierAction.REQUEST_SUPPLEMENT, specialist, plain(d, "Thiếu bản sao"));
		d = act(d, DossierAction.SUPPLY, receiver, new ActionRequest(d.version(), null, List.of(paper())));
		assertThat(d.files()).hasSize(2);
		d = act(d, DossierAction.SUSPEND, specialist, plain(d, "Chờ xác minh"));
		d = act(d, DossierAction.RESUME, specialist, plain(d, null));
		d = act(d, DossierAction.REQUEST_FINANCIAL_OBLIGATION, specialist, plain(d, "Nộp lệ phí"));
		d = act(d, DossierAction.FULFIL_FINANCIAL_OBLIGATION, receiver, plain(d, null));
		jdbc.sql("UPDATE dossier SET due_at = due_at - interval '30 days' WHERE code = :c").param("c", d.code()).update();
		d = dossiers.get(d.code(), null, specialist);
		d = act(d, DossierAction.APOLOGIZE, specialist, new ActionRequest(d.version(), "Cần xác minh thêm", List.of(),
				null, 3));
		d = act(d, DossierAction.FORWARD, specialist, plain(d, null));
		d = act(d, DossierAction.APPROVE, leader, new ActionRequest(d.version(), "Đồng ý", List.of(
				new ComponentFile(null, "ket-qua.pdf", DossierFixture.PDF))));
		assertThat(d.results()).hasSize(1);
		d = act(d, DossierAction.ATTACH_RESULT, leader, new ActionRequest(d.version(), null, List.of(
				new ComponentFile(null, "ket-qua-dinh-chinh.pdf", DossierFixture.PDF))));
		d = act(d, DossierAction.MARK_READY, receiver, plain(d, null));
		assertThat(d.resultReadyAt()).isNotNull();
		d = act(d, DossierAction.RETURN_RESULT, receiver, new ActionRequest(d.version(), null, List.of(),
				ReturnMethod.ONLINE, null));
		assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
		assertThat(d.returnMethod()).isEqualTo(ReturnMethod.ONLINE);
		assertThat(d.history()).hasSize(16);
	}

	@Test
	void acceptanceWithdrawalRefusalAndDeclineAreAnsweredAsALaterReadShowsThem() {
		DossierView online = receive(citizen, null, DossierFixture.CITIZEN_ID);
		online = act(online, DossierAction.ACCEPT, receiver, plain(online, null));
		act(online, DossierAction.WITHDRAW, citizen, plain(online, "Không còn nhu cầu"));

		DossierView declined = receive(citizen, null, DossierFixture.CITIZEN_ID);
		act(declined, DossierAction.DECLINE, receiver, plain(declined, "Không thuộc thẩm quyền"));

		DossierView refused = receive(receiver, SubmissionChannel.COUNTER, "068190004322");
		refused = act(refused, DossierAction.FORWARD, receiver, plain(refused, null));
		refused = act(refused, DossierAction.REFUSE, specialist, plain(refused, "Không đủ điều kiện"));
		assertThat(refused.status()).isEqualTo(DossierStatus.STOPPED);
		act(refused, DossierAction.RETURN_RESULT, receiver, plain(refused, null));
	}
}
