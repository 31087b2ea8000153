/** The catalogue's administrator pages and API, and the public published list (page, CSV, Excel). */
package org.thongsuot.procedures.web;
