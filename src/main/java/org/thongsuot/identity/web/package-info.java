/** Account administration: pages under /admin/accounts and the REST API under /api/accounts. */
package org.thongsuot.identity.web;
