/**
 * The catalogue of administrative procedures (TTHC): the import of the national catalogue, versions
 * with effective dates and states (draft, published, withdrawn), the province's configuration of the
 * procedures it offers (level, agencies, time, fees, dossier components, online level, internal
 * process), decentralization from the abolished district level, and the province's published list.
 *
 * <p>The API is {@link org.thongsuot.procedures.Procedures} and its records; every state change
 * publishes an event ({@link org.thongsuot.procedures.ProcedurePublished},
 * {@link org.thongsuot.procedures.ProcedureWithdrawn}, ...) and is kept in an append-only history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedures")
package org.thongsuot.procedures;
