/** The units REST API ({@code /api/units/**}) and who may call it. */
package org.thongsuot.units.web;
