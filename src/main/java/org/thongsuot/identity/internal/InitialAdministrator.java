package org.thongsuot.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.thongsuot.identity.Role;
import org.thongsuot.platform.PrivateFiles;

/**
 * A new installation needs one administrator to configure everything else. There is no shared default
 * password: unless one is configured, a random one is generated, printed once and written to a file
 * only its owner can read.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final Accounts accounts;
	private final PasswordEncoder encoder;
	private final IdentityProperties.InitialAdmin settings;

	InitialAdministrator(Accounts accounts, PasswordEncoder encoder, IdentityProperties properties) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.settings = properties.initialAdmin();
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!settings.enabled() || accounts.anyWithRole(Role.ADMIN)) {
			return;
		}
		boolean generated = settings.password().isBlank();
		String password = generated ? randomPassword() : settings.password();
		if (!accounts.create(settings.username(), encoder.encode(password), "Quản trị hệ thống", List.of(Role.ADMIN))) {
			return;
		}
		if (generated) {
			Path file = Path.of(settings.passwordFile()).toAbsolutePath();
			Files.createDirectories(file.getParent());
			Files.writeString(file, password + System.lineSeparator());
			restrictToOwner(file);
			log.warn("Created the administrator '{}' with the password {} (also in {}). Change it after logging in.",
					settings.username(), password, file);
		}
		else {
			log.info("Created the administrator '{}' with the configured password", settings.username());
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void restrictToOwner(Path file) {
		try {
			if (!PrivateFiles.restrictToOwner(file)) {
				log.debug("Could not restrict {} to its owner", file);
			}
		}
		catch (IOException e) {
			log.debug("Could not restrict {} to its owner", file, e);
		}
	}
}
