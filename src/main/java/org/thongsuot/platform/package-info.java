/**
 * The platform's shared plumbing, used by every module: the embedded PostgreSQL the application starts
 * when no external database is configured, RFC 9457 problem details with stable error codes, the page
 * layout and languages, and the security baseline (deny by default).
 *
 * <p>Its public API is {@link org.thongsuot.platform.ErrorCode} and {@link org.thongsuot.platform.ApiException};
 * everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.thongsuot.platform;
