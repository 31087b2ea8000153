package org.thongsuot.identity;

/**
 * An official as someone to notify.
 *
 * @param username the login name
 * @param displayName the name shown to people
 * @param email the work email, or null when none is recorded
 */
public record OfficialContact(String username, String displayName, String email) {
}
