/** The security baseline: deny by default, form login for people, HTTP basic for machines. */
package org.thongsuot.platform.internal.security;
