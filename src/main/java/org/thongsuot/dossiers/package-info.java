/**
 * One-stop dossier handling: receipt (dossier code, appointment date, files), the status machine along
 * the procedure's internal process, supplements that stop the clock, results, deadlines and on-time
 * accounting. The API is {@link org.thongsuot.dossiers.Dossiers}; every change is recorded in the
 * dossier's append-only history and announced by an event in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
		allowedDependencies = { "platform", "identity", "procedures", "units", "calendar", "reorg" })
package org.thongsuot.dossiers;
