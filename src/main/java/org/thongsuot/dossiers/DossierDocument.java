package org.thongsuot.dossiers;

/**
 * A document of a dossier to download: a form as PDF, or the result document.
 *
 * @param fileName the name to save it under
 * @param contentType its real type
 * @param content the bytes
 */
public record DossierDocument(String fileName, String contentType, byte[] content) {
}
