package org.thongsuot.dossiers.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Checking the digital signatures of result documents.
 *
 * @param trustedRoots a file of the root certificates a signer's certificate must chain to (PEM, several
 *        certificates one after another, or one DER certificate), for example the root of Vietnam's national
 *        digital signature certification service; empty (the default): no chain is checked and each signature
 *        says so. The project ships no root: a root is taken from its issuer, never guessed.
 */
@ConfigurationProperties("thongsuot.dossiers.signatures")
public record SignatureProperties(String trustedRoots) {
}
