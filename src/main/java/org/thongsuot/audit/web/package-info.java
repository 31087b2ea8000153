/** The audit trail's page and REST endpoints (administrators only). */
package org.thongsuot.audit.web;
