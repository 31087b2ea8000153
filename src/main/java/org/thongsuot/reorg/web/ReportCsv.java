package org.thongsuot.reorg.web;

import org.thongsuot.reorg.Undecided;
import org.thongsuot.reorg.Verification;

/** The verification report as CSV (RFC 4180): one row per subject and agency, then the undecided items. */
final class ReportCsv {

	private ReportCsv() {
	}

	static String write(Verification v) {
		StringBuilder csv = new StringBuilder();
		csv.append("section,subject,agency_id,agency,side,before,after,moved_out,moved_in,accounted\r\n");
		for (Verification.Row r : v.rows()) {
			csv.append("count,").append(r.subject()).append(',').append(r.agencyId()).append(',').append(quote(r.agencyName()))
					.append(',').append(r.side()).append(',').append(r.before()).append(',').append(r.after()).append(',')
					.append(r.movedOut()).append(',').append(r.movedIn()).append(',').append(r.accounted()).append("\r\n");
		}
		for (Undecided u : v.undecidedItems()) {
			csv.append("undecided,").append(u.subject()).append(',').append(u.oldAgencyId()).append(',')
					.append(quote(u.oldAgencyName())).append(",OLD,,,,,").append(quote(u.itemKey())).append("\r\n");
		}
		csv.append("total,,,,,,,").append(v.moved()).append(",,").append(v.consistent() ? "consistent" : "NOT consistent")
				.append("\r\n");
		csv.append("lost,,,,,,,").append(v.lost()).append(",,\r\n");
		csv.append("duplicated,,,,,,,").append(v.duplicated()).append(",,\r\n");
		return csv.toString();
	}

	private static String quote(String text) {
		return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
