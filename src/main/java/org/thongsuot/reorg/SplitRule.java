package org.thongsuot.reorg;

/**
 * For a split unit: the successor unit an address's old village or street goes to.
 *
 * @param fromLevel the old unit's level
 * @param fromCode the old unit's code
 * @param locality the village (thôn, ấp, bản) or street, as written
 * @param toCode the successor unit's code
 */
public record SplitRule(String fromLevel, String fromCode, String locality, String toCode) {
}
