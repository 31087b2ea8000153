/** Starts and stops the embedded PostgreSQL server when no external database is configured. */
package org.thongsuot.platform.internal.database;
