package org.thongsuot.units;

import java.util.List;

/**
 * Everything recorded about one code at one level: its versions (oldest first) and the changes into
 * and out of them.
 *
 * @param level the tier
 * @param code the code
 * @param versions every version of the code, oldest first
 * @param incoming changes whose {@code to} is one of these versions, by date
 * @param outgoing changes whose {@code from} is one of these versions, by date
 */
public record UnitHistory(Level level, String code, List<Unit> versions, List<Hop> incoming, List<Hop> outgoing) {

	public UnitHistory {
		versions = List.copyOf(versions);
		incoming = List.copyOf(incoming);
		outgoing = List.copyOf(outgoing);
	}
}
