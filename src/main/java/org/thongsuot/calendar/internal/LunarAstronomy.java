package org.thongsuot.calendar.internal;

/**
 * The astronomical core of the Vietnamese lunisolar calendar, after Hồ Ngọc Đức's published
 * description Âm lịch Việt Nam (new moons and solar terms from Meeus' Astronomical Algorithms
 * approximations). Days are Julian day numbers; the time zone is in hours east of UTC, and the
 * Vietnamese calendar uses +7 since 1968 (the whole range is computed at +7 because that is what
 * the Labour Code holidays are defined by today).
 *
 * <p>Pure functions only: the results depend on nothing but the arguments.
 */
final class LunarAstronomy {

	/** Mean length of a synodic month in days. */
	static final double SYNODIC_MONTH = 29.530588853;

	/** Julian day of the new moon of 1900-01-01 (k = 0), the epoch of {@link #newMoon(int)}. */
	static final double NEW_MOON_EPOCH = 2415021.076998695;

	private static final double DR = Math.PI / 180;

	private LunarAstronomy() {
	}

	/** Julian day number of a Gregorian (or, before 1582-10-15, Julian) calendar date. */
	static int jdFromDate(int day, int month, int year) {
		int a = (14 - month) / 12;
		int y = year + 4800 - a;
		int m = month + 12 * a - 3;
		int jd = day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
		if (jd < 2299161) {
			jd = day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
		}
		return jd;
	}

	/** The calendar date {day, month, year} of a Julian day number. */
	static int[] jdToDate(int jd) {
		int a;
		int b;
		int c;
		if (jd > 2299160) {
			a = jd + 32044;
			b = (4 * a + 3) / 146097;
			c = a - (b * 146097) / 4;
		}
		else {
			b = 0;
			c = jd + 32082;
		}
		int d = (4 * c + 3) / 1461;
		int e = c - (1461 * d) / 4;
		int m = (5 * e + 2) / 153;
		int day = e - (153 * m + 2) / 5 + 1;
		int month = m + 3 - 12 * (m / 10);
		int year = b * 100 + d - 4800 + m / 10;
		return new int[] { day, month, year };
	}

	/**
	 * Julian day (fractional, Terrestrial Time corrected to UT) of the k-th new moon after the one of
	 * 1900-01-01 (Meeus, chapter 47, with the short periodic-term series).
	 */
	static double newMoon(int k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DR) + 0.0021 * Math.sin(2 * DR * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * DR) + 0.0161 * Math.sin(DR * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(DR * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(DR * 2 * f) - 0.0051 * Math.sin(DR * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(DR * (m - mpr)) + 0.0004 * Math.sin(DR * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(DR * (2 * f - m)) - 0.0006 * Math.sin(DR * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(DR * (2 * f - mpr)) + 0.0005 * Math.sin(DR * (2 * mpr + m));
		double deltaT;
		if (t < -11) {
			deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
		}
		else {
			deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
		}
		return jd1 + c1 - deltaT;
	}

	/**
	 * The Sun's apparent ecliptic longitude in radians, normalised to the range 0 to 2π, at the given Julian
	 * day (Meeus, chapter 25, low accuracy: well under the precision a day boundary needs).
	 */
	static double sunLongitude(double jdn) {
		double t = (jdn - 2451545.0) / 36525;
		double t2 = t * t;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) + 0.000290 * Math.sin(DR * 3 * m);
		double l = (l0 + dl) * DR;
		return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
	}

	/** The local day number on which the k-th new moon falls, at the given zone offset. */
	static int newMoonDay(int k, double timeZone) {
		return (int) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
	}

	/**
	 * Which of the twelve 30° solar-term sectors the Sun is in at the start of a local day: sector 9
	 * begins at the winter solstice (270°), so a month containing sector-9 entry is month 11.
	 */
	static int sunLongitudeSector(int dayNumber, double timeZone) {
		return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
	}

	/** The first day of lunar month 11 (the month containing the winter solstice) of a solar year. */
	static int lunarMonth11(int year, double timeZone) {
		double off = jdFromDate(31, 12, year) - 2415021.0;
		int k = (int) Math.floor(off / SYNODIC_MONTH);
		int nm = newMoonDay(k, timeZone);
		if (sunLongitudeSector(nm, timeZone) >= 9) {
			nm = newMoonDay(k - 1, timeZone);
		}
		return nm;
	}

	/**
	 * The offset, 1 to 13, of the leap month in the 13-month lunar year that starts with month 11 on
	 * day a11. It is the first month in which the Sun enters no new 30 degree sector, that is the
	 * first month without a major solar term, trung khí.
	 */
	static int leapMonthOffset(int a11, double timeZone) {
		int k = (int) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
		int last;
		int i = 1;
		int arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
		do {
			last = arc;
			i++;
			arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
		}
		while (arc != last && i < 14);
		return i - 1;
	}
}
