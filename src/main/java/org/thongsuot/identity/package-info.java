/**
 * Who people and machines are: officials' accounts and their roles, and login. For now an account
 * holds platform-wide roles; roles per agency come with dossier handling.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.thongsuot.identity;
