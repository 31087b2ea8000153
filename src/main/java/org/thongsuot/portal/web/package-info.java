/** The portal's public pages and API, and the administrator's page for the centres. */
package org.thongsuot.portal.web;
