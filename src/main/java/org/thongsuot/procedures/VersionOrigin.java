package org.thongsuot.procedures;

/** What made a version: an import of the national catalogue, the province's configuration, a decentralization. */
public enum VersionOrigin {
	IMPORT, CONFIGURATION, DECENTRALIZATION
}
