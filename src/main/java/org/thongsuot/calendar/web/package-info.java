/**
 * The calendar's doors: the REST API under {@code /api/calendar} and the {@code /calendar} pages, with
 * who may use them. Thin: parsing, checking and shaping only; the rules live in the module.
 */
package org.thongsuot.calendar.web;
