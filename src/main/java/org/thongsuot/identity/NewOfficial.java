package org.thongsuot.identity;

import java.util.List;

/** What an administrator enters to create an official's account; the password is generated. */
public record NewOfficial(String username, String displayName, List<Grant> grants) {
}
