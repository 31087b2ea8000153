package org.thongsuot.dossiers.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param blobDirectory where received files are stored (content-addressed by SHA-256)
 * @param maxFileSize the largest file accepted
 * @param demo the demonstration setup created at first start (never in the {@code production} profile)
 * @param secretKeyFile the key that seals receipt secrets (32 random bytes, created on first use); empty:
 *        {@code receipt-secret.key} beside the blob directory
 */
@ConfigurationProperties("thongsuot.dossiers")
public record DossiersProperties(@DefaultValue("./data/blobs") String blobDirectory,
		@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue Demo demo, String secretKeyFile) {

	/**
	 * @param enabled whether to create it
	 * @param loginsFile where the generated demo logins are written (readable by the owner only)
	 */
	public record Demo(@DefaultValue("true") boolean enabled,
			@DefaultValue("./data/demo-logins.txt") String loginsFile) {
	}
}
