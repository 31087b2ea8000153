package org.thongsuot.procedures;

/** A legal basis of a procedure: the document's title and its number ("123/2015/NĐ-CP"), empty if not found. */
public record LegalDocument(String title, String number) {
}
