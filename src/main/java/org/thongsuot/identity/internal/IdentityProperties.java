package org.thongsuot.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param initialAdmin the administrator created when the platform starts with no administrator at all
 */
@ConfigurationProperties("thongsuot.identity")
record IdentityProperties(@DefaultValue InitialAdmin initialAdmin) {

	/**
	 * @param enabled  whether to create it
	 * @param username its login
	 * @param password its password; blank generates a random one, printed once to the log and written
	 *                 to {@code passwordFile}
	 * @param passwordFile where a generated password is written (readable by the owner only)
	 */
	record InitialAdmin(@DefaultValue("true") boolean enabled, @DefaultValue("admin") String username,
			@DefaultValue("") String password,
			@DefaultValue("./data/initial-admin-password.txt") String passwordFile) {
	}
}
