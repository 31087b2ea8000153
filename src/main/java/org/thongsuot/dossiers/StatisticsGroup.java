package org.thongsuot.dossiers;

/** How statistics are broken down: by receiving agency, by field (lĩnh vực) of the procedure, or by month. */
public enum StatisticsGroup {
	AGENCY, FIELD, MONTH
}
