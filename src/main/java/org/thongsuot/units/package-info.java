/**
 * Administrative units as dated versions (provinces, districts until 2025-06-30, communes), their
 * lineage through the 2025 reorganization and later changes, successor and predecessor look-up, and
 * name search. The facade {@link org.thongsuot.units.Units} is the only entry point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Units")
package org.thongsuot.units;
