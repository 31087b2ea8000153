package org.thongsuot.procedures;

/** What the applicant receives ("Giấy khai sinh") and the result's code in the national catalogue, if given. */
public record ProcedureResult(String name, String code) {
}
