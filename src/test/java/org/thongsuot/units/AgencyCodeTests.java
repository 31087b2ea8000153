package org.thongsuot.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thongsuot.units.AgencyCode.Form;
import org.thongsuot.units.AgencyCode.Violation;

/** The format of Decision 20/2020/QĐ-TTg, Article 4, and of QCVN 102:2016. H99 is assigned to no province. */
class AgencyCodeTests {

	@ParameterizedTest
	@CsvSource({
			"H99,                 DECISION_20_2020, H99, 1",
			"H99.12,              DECISION_20_2020, H99, 2",
			"H99.12.05.001,       DECISION_20_2020, H99, 4",
			"G99.A1B,             DECISION_20_2020, G99, 2",
			"000.00.00.H99,       QCVN_102_2016,    H99, 1",
			"000.00.12.H99,       QCVN_102_2016,    H99, 2",
			"000.05.12.H99,       QCVN_102_2016,    H99, 3",
			"001.05.12.H99,       QCVN_102_2016,    H99, 4" })
	void acceptsBothPublishedForms(String value, Form form, String level1, int level) {
		AgencyCode code = AgencyCode.of(value);
		assertThat(code.form()).isEqualTo(form);
		assertThat(code.level1()).isEqualTo(level1);
		assertThat(code.level()).isEqualTo(level);
		assertThat(code.level1Letter()).isEqualTo(level1.charAt(0));
	}

	@ParameterizedTest
	@CsvSource({
			"'',                                      EMPTY",
			"H99.123456789.123456789.123456789.12,    TOO_LONG",
			"000.00.00.h99,                           INVALID_CHARACTER",
			"H99 12,                                  INVALID_CHARACTER",
			"H99-12,                                  INVALID_CHARACTER",
			"H99.Đ1,                                  INVALID_CHARACTER",
			".H99,                                    EMPTY_GROUP",
			"H99.,                                    EMPTY_GROUP",
			"H99..12,                                 EMPTY_GROUP",
			"Z01,                                     NO_LEVEL_1_CODE",
			"H9,                                      NO_LEVEL_1_CODE",
			"H999,                                    NO_LEVEL_1_CODE",
			"12.34,                                   NO_LEVEL_1_CODE",
			"00.00.00.H99,                            INVALID_LEGACY_GROUPS",
			"000.00.H99,                              INVALID_LEGACY_GROUPS",
			"000.0A.00.H99,                           INVALID_LEGACY_GROUPS",
			"1.000.00.00.H99,                         INVALID_LEGACY_GROUPS" })
	void refusesWhatTheDecisionDoesNotAllow(String value, Violation violation) {
		assertThat(AgencyCode.check(value)).contains(violation);
		assertThatThrownBy(() -> AgencyCode.of(value))
				.isInstanceOfSatisfying(InvalidAgencyCode.class, e -> assertThat(e.violation()).isEqualTo(violation));
	}

	@Test
	void thirtyFiveCharactersIsTheLimit() {
		String longest = "H99.123456789.123456789.1234567890";
		assertThat(longest).hasSize(AgencyCode.MAX_LENGTH - 1);
		assertThat(AgencyCode.isValid(longest + "1")).isTrue();
		assertThat(AgencyCode.isValid(longest + "12")).isFalse();
	}

	@Test
	void nullIsEmpty() {
		assertThat(AgencyCode.check(null)).contains(Violation.EMPTY);
	}
}
