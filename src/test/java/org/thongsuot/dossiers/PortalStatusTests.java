package org.thongsuot.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The platform's statuses against the National Public Service Portal's status list. */
class PortalStatusTests {

	@Test
	void thePortalListIsNumberedOneToTenWithTheNamesTheIntegrationsUse() {
		assertThat(Arrays.stream(PortalStatus.values()).map(PortalStatus::code)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(Arrays.stream(PortalStatus.values()).map(PortalStatus::label)).containsExactly("Mới đăng ký",
				"Được tiếp nhận", "Không được tiếp nhận", "Đang xử lý", "Yêu cầu bổ sung giấy tờ",
				"Yêu cầu thực hiện nghĩa vụ tài chính", "Công dân yêu cầu rút hồ sơ", "Dừng xử lý", "Đã xử lý xong",
				"Đã trả kết quả");
	}

	@Test
	void everyStatusOfOursMapsToExactlyOnePortalStatusAsTheDocumentationsTableSays() throws IOException {
		Map<DossierStatus, PortalStatus> documented = documentedMapping();
		assertThat(documented.keySet()).as("one row per status of ours").containsExactlyInAnyOrder(DossierStatus.values());
		for (DossierStatus status : DossierStatus.values()) {
			assertThat(Arrays.stream(PortalStatus.values()).filter(p -> p == status.portal())).as(status.name()).hasSize(1);
			assertThat(status.portal()).as(status.name()).isEqualTo(documented.get(status));
			assertThat(status.portalCode()).isEqualTo(status.portal().code());
			assertThat(status.portalLabel()).isEqualTo(status.portal().label());
		}
	}

	@Test
	void everyPortalStatusIsReportedForSomeStatusOfOurs() {
		EnumSet<PortalStatus> reached = EnumSet.noneOf(PortalStatus.class);
		Arrays.stream(DossierStatus.values()).map(DossierStatus::portal).forEach(reached::add);
		assertThat(reached).containsExactlyInAnyOrder(PortalStatus.values());
	}

	@Test
	void theEndedStatusesOfOursAreExactlyThoseThePortalCountsAsEnded() {
		// A suspension that will resume must not reach the portal as "Dừng xử lý": the portal would count
		// the dossier as ended there.
		for (DossierStatus status : DossierStatus.values()) {
			assertThat(status.portal().endsProcessing()).as(status.name()).isEqualTo(status.finished());
		}
	}

	/** The rows "| STATUS | n | name |" of the mapping table in docs/dossiers.md. */
	private static Map<DossierStatus, PortalStatus> documentedMapping() throws IOException {
		String documentation = Files.readString(Path.of("docs", "dossiers.md"));
		Matcher row = Pattern.compile("(?m)^\\| ([A-Z_]+) \\| (\\d+) \\| ([^|]+?) \\|").matcher(documentation);
		Map<DossierStatus, PortalStatus> mapping = new EnumMap<>(DossierStatus.class);
		while (row.find()) {
			if (Arrays.stream(DossierStatus.values()).noneMatch(s -> s.name().equals(row.group(1)))) {
				continue;
			}
			int code = Integer.parseInt(row.group(2));
			PortalStatus portal = Arrays.stream(PortalStatus.values()).filter(p -> p.code() == code).findFirst().orElseThrow();
			assertThat(row.group(3)).as("the name documented for " + row.group(1)).isEqualTo(portal.label());
			assertThat(mapping.put(DossierStatus.valueOf(row.group(1)), portal)).as("a second row for " + row.group(1)).isNull();
		}
		return mapping;
	}
}
