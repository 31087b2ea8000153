/** Account storage, the login's user look-up and the first administrator. */
package org.thongsuot.identity.internal;
