package org.thongsuot.portal;

import java.time.Instant;

/** A centre's entry was created or changed ({@code removed}: deleted) by an administrator. */
public record ServiceCentreSaved(long id, String name, boolean removed, String actor, Instant at) {
}
