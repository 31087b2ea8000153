/**
 * Who people and machines are: officials' accounts with their roles per agency ({@link org.thongsuot.identity.Grant}),
 * citizens' local accounts, and login. Other modules ask {@link org.thongsuot.identity.Officials} who is calling.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.thongsuot.identity;
