package org.thongsuot.reorg;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.thongsuot.units.Agencies;
import org.thongsuot.units.Level;
import org.thongsuot.units.Lineage;
import org.thongsuot.units.Units;

import tools.jackson.databind.json.JsonMapper;

/**
 * A small plan over ONE real split commune of the 2025-07-01 reform (from the statistics office's
 * conversion table in the registry), as an uploaded plan file, and a few test dossiers at its old
 * People's Committee: half with the village the plan's one split rule names (placed by the rule), half
 * without an address (they wait for a person). The plan's name says it is a test; its legal basis is the
 * registry's. Tests give each their own commune (not in Lâm Đồng, Đắk Nông or Bình Thuận, which
 * {@code CutoverEndToEndTests} counts whole) and their own {@link CutoverData} day.
 */
public final class SplitPlanFixture {

	public static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
	public static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
	/** The village of the plan's one split rule (test data): it goes to the first successor. */
	public static final String RULED_VILLAGE = "Tổ dân phố thử 1";

	/** The old commune's committee, its successors' codes (registry order), and the plan file. */
	public record Split(String oldCode, String oldName, long oldAgencyId, List<String> successorCodes, byte[] planFile) {

		public String planName() {
			return "Phương án thử (dữ liệu kiểm thử): chia tách " + oldName;
		}
	}

	private SplitPlanFixture() {
	}

	/** The plan file for the split of the old commune {@code oldCode} (it must be a split commune). */
	public static Split split(Units units, Agencies agencies, JsonMapper json, String oldCode) {
		var old = units.get(Level.COMMUNE, oldCode, BEFORE);
		List<Lineage> successors = units.successors(Level.COMMUNE, oldCode, BEFORE, EFFECTIVE).stream()
				.filter(l -> l.unit().level() == Level.COMMUNE).toList();
		if (successors.size() < 2) {
			throw new IllegalArgumentException(oldCode + " is not a split commune");
		}
		List<String> codes = successors.stream().map(l -> l.unit().code()).toList();
		String basis = String.join("; ", successors.stream().flatMap(l -> l.legalBases().stream()).distinct().toList());
		long oldAgency = agencies.peoplesCommittee(Level.COMMUNE, oldCode, BEFORE).orElseThrow().id();
		Split draft = new Split(oldCode, old.fullName(), oldAgency, codes, null);
		Map<String, Object> plan = Map.of(
				"name", draft.planName(),
				"legalBasis", basis.isBlank() ? "—" : basis,
				"effectiveDate", EFFECTIVE.toString(),
				"provinceCode", successors.get(0).unit().provinceCode(),
				"changes", List.of(Map.of("kind", "SPLIT", "from", Map.of("level", "COMMUNE", "code", oldCode),
						"to", codes.stream().map(c -> Map.of("level", "COMMUNE", "code", c)).toList())),
				"splitRules", List.of(Map.of("from", Map.of("code", oldCode), "locality", RULED_VILLAGE, "to", codes.get(0))));
		return new Split(oldCode, old.fullName(), oldAgency, codes,
				json.writeValueAsString(plan).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * {@code count} open dossiers at the old committee, received on 2025-06-{day}: the even ones carry
	 * {@link #RULED_VILLAGE}, the odd ones no address. Returns their codes, in order.
	 */
	public static List<String> dossiers(JdbcClient jdbc, Split split, int count, int day) {
		CutoverData.insert(jdbc, List.of(split.oldAgencyId()), count, 1, day, Integer.MAX_VALUE,
				Arrays.asList(RULED_VILLAGE, null));
		List<String> codes = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			codes.add(code(split, day, n));
		}
		return codes;
	}

	/** The code {@link CutoverData} gives the n-th dossier of the day at the old committee. */
	public static String code(Split split, int day, int n) {
		return "X" + split.oldAgencyId() + "-2506" + String.format("%02d", day) + "-" + String.format("%04d", n);
	}
}
