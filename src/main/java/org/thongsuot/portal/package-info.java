/**
 * The public web of the province's services: procedure search (diacritic-, case- and tone-placement-blind,
 * ranked, filtered), a procedure's page, the read API {@code /api/procedures}, and the Public
 * Administration Centres' addresses and hotlines. It keeps its own search index by reacting to the
 * procedures module's {@code ProcedurePublished} and {@code ProcedureWithdrawn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.thongsuot.portal;
