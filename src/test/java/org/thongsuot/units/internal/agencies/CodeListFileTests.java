package org.thongsuot.units.internal.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.thongsuot.units.AgencyImportError;
import org.thongsuot.units.AgencyImportError.Reason;

class CodeListFileTests {

	private static CodeListFile.Parsed parse(String text) {
		return CodeListFile.parse(text.getBytes(StandardCharsets.UTF_8), 100);
	}

	@Test
	void readsRowsNumberedAsASpreadsheetShowsThem() {
		CodeListFile.Parsed parsed = parse("\uFEFFCode,Name,unit_level,unit_code,kind\n"
				+ "H99,\"Ủy ban nhân dân, thử\",PROVINCE,68,PEOPLES_COMMITTEE\n"
				+ "\n"
				+ " 000.00.01.H99 , Sở thử ,PROVINCE,68,DEPARTMENT\n");
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).extracting(CodeListFile.Row::number).containsExactly(2, 4);
		assertThat(parsed.rows().get(0).get("name")).isEqualTo("Ủy ban nhân dân, thử");
		assertThat(parsed.rows().get(1).get("code")).isEqualTo("000.00.01.H99");
		assertThat(parsed.rows().get(1).get("name")).isEqualTo("Sở thử");
		assertThat(parsed.rows().get(1).get("parent_code")).isNull();
	}

	@Test
	void namesEveryHeaderProblem() {
		CodeListFile.Parsed parsed = parse("code,name,name,unit,kind\nH99,a,b,68,OTHER\n");
		assertThat(parsed.errors()).extracting(AgencyImportError::field, AgencyImportError::reason)
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple("name", Reason.DUPLICATE_COLUMN),
						org.assertj.core.groups.Tuple.tuple("unit", Reason.UNKNOWN_COLUMN),
						org.assertj.core.groups.Tuple.tuple("unit_level", Reason.MISSING_COLUMN),
						org.assertj.core.groups.Tuple.tuple("unit_code", Reason.MISSING_COLUMN));
		assertThat(parsed.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(1));
	}

	@Test
	void refusesFilesItCannotRead() {
		assertThat(CodeListFile.parse(new byte[] { 'c', ',', (byte) 0xC3, (byte) 0x28 }, 10).errors())
				.extracting(AgencyImportError::reason).containsExactly(Reason.NOT_UTF8);
		assertThat(parse("").errors()).extracting(AgencyImportError::reason).containsExactly(Reason.EMPTY_FILE);
		assertThat(parse("code,name,unit_level,unit_code,kind\n\n").errors())
				.extracting(AgencyImportError::reason).containsExactly(Reason.EMPTY_FILE);
		assertThat(parse("code,name,unit_level,unit_code,kind\nH99,\"unclosed,PROVINCE,68,OTHER\n").errors())
				.extracting(AgencyImportError::reason).containsExactly(Reason.UNREADABLE_CSV);
	}

	@Test
	void countsCellsAndRows() {
		assertThat(parse("code,name,unit_level,unit_code,kind\nH99,a,PROVINCE,68\n").errors())
				.singleElement()
				.satisfies(e -> {
					assertThat(e.row()).isEqualTo(2);
					assertThat(e.reason()).isEqualTo(Reason.WRONG_FIELD_COUNT);
				});
		String many = "code,name,unit_level,unit_code,kind\n" + "H99,a,PROVINCE,68,OTHER\n".repeat(101);
		assertThat(parse(many).errors()).extracting(AgencyImportError::reason).containsExactly(Reason.TOO_MANY_ROWS);
	}
}
