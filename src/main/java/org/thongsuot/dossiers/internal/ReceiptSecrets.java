package org.thongsuot.dossiers.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.thongsuot.platform.PrivateFiles;

/**
 * Seals the receipt's secret (AES-256-GCM) so that form 01 can be printed again, with the secret, for the
 * receiving officers and the applicant's own account. The key lives in a file outside the database
 * ({@code thongsuot.dossiers.secret-key-file}, by default {@code receipt-secret.key} beside the blob
 * directory), created owner-only on first use: a copy of the database alone does not reveal secrets.
 * Checking a secret never needs the key (only its SHA-256 is compared).
 */
@Component
class ReceiptSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path keyFile;
	private volatile SecretKeySpec key;

	ReceiptSecrets(DossiersProperties properties) {
		this.keyFile = properties.secretKeyFile() != null && !properties.secretKeyFile().isBlank()
				? Path.of(properties.secretKeyFile()).toAbsolutePath()
				: Path.of(properties.blobDirectory()).toAbsolutePath().resolveSibling("receipt-secret.key");
	}

	byte[] seal(String secret) {
		try {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The secret, or empty if there is none or it was sealed with another key. */
	Optional<String> open(byte[] sealed) {
		if (sealed == null || sealed.length < 13) {
			return Optional.empty();
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, sealed, 0, 12));
			return Optional.of(new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			return Optional.empty();
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec k = key;
		if (k == null) {
			synchronized (this) {
				if (key == null) {
					key = new SecretKeySpec(loadOrCreate(), "AES");
				}
				k = key;
			}
		}
		return k;
	}

	private byte[] loadOrCreate() {
		try {
			if (Files.exists(keyFile)) {
				byte[] bytes = Files.readAllBytes(keyFile);
				if (bytes.length != 32) {
					throw new IllegalStateException("receipt secret key " + keyFile + " is not 32 bytes");
				}
				return bytes;
			}
			Files.createDirectories(keyFile.getParent());
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			Path temp = Files.createTempFile(keyFile.getParent(), "receipt-secret", ".part");
			// false on a file system without POSIX permissions: the directory's permissions protect it
			PrivateFiles.restrictToOwner(temp);
			Files.write(temp, bytes, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
			try {
				// Two nodes starting at once: the first key written wins, the other node reads it.
				Files.move(temp, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			}
			catch (java.nio.file.FileAlreadyExistsException e) {
				Files.deleteIfExists(temp);
			}
			return Files.readAllBytes(keyFile);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
