/**
 * The audit trail: every state change of every module, append-only and hash-chained. Modules publish
 * events implementing {@link org.thongsuot.platform.AuditedEvent}; this module writes each one in the
 * publishing transaction (a change and its entry commit together), seals entries into a SHA-256 chain
 * in the background and verifies the chain on demand ({@link org.thongsuot.audit.AuditTrail}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "platform" })
package org.thongsuot.audit;
