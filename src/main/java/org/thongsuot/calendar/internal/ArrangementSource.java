package org.thongsuot.calendar.internal;

import java.util.List;

import org.thongsuot.calendar.Arrangement;

/** Where the stored arrangements come from (PostgreSQL in the application, a list in tests). */
interface ArrangementSource {

	/** The arrangements whose year is within one of {@code year}: their days may spill over New Year. */
	List<Arrangement> around(int year);

	/** A number that changes whenever any arrangement changes, on any node. */
	long revision();
}
