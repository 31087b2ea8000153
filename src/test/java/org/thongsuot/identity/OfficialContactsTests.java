package org.thongsuot.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thongsuot.IntegrationTest;

/** Whom to notify: the officials holding a role at an agency, with their work emails. */
@IntegrationTest
class OfficialContactsTests {

	@Autowired
	Officials officials;

	@Test
	void theHoldersOfARoleAtAnAgencyComeWithTheirEmailsAndProvinceWideAdministratorsAreNotAmongThem() {
		officials.createOfficial("contact-spec-1", "contact-test-password", "Chuyên viên một",
				List.of(Grant.of(Role.SPECIALIST, 9_000_001L)));
		officials.createOfficial("contact-spec-2", "contact-test-password", "Chuyên viên hai",
				List.of(Grant.of(Role.SPECIALIST, 9_000_001L), Grant.of(Role.LEADER, 9_000_002L)));
		officials.createOfficial("contact-admin", "contact-test-password", "Quản trị tỉnh", List.of(Grant.provinceAdmin()));
		assertThat(officials.setEmail("contact-spec-1", " cv1@so.example.vn ")).isTrue();
		assertThat(officials.setEmail("no-such-official", "x@example.vn")).isFalse();

		assertThat(officials.holders(Role.SPECIALIST, 9_000_001L)).containsExactly(
				new OfficialContact("contact-spec-1", "Chuyên viên một", "cv1@so.example.vn"),
				new OfficialContact("contact-spec-2", "Chuyên viên hai", null));
		assertThat(officials.holders(Role.LEADER, 9_000_001L)).isEmpty();
		assertThat(officials.holders(Role.ADMIN, 9_000_001L)).isEmpty();
		assertThatThrownBy(() -> officials.setEmail("contact-spec-1", "not an address"))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
