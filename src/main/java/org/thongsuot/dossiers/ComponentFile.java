package org.thongsuot.dossiers;

/**
 * A file handed in for one paper of the dossier.
 *
 * @param component the paper it is (a component name of the procedure)
 * @param fileName the file's name as given
 * @param content the bytes; their real type is read from them, never from the name
 */
public record ComponentFile(String component, String fileName, byte[] content) {
}
