/**
 * Agencies of the units: their table, the People's Committees created from the unit registry, the
 * import of a province's electronic identification code list, and successor look-up through the units'
 * lineage. Used only through {@link org.thongsuot.units.Agencies}.
 */
package org.thongsuot.units.internal.agencies;
