package org.thongsuot.procedures;

import java.math.BigDecimal;

import org.thongsuot.identity.Role;

/**
 * A step of the internal process: who does it, in which agency, and how much of the processing time it
 * may take (in the configuration's unit).
 */
public record ProcessStep(String name, Role role, AgencyRef agency, BigDecimal share) {
}
