/**
 * The calendar's workings: the lunar astronomy, the statutory holidays and their default rules, the
 * stored arrangements, the per-year cache and the working-time arithmetic. Nothing here is API.
 */
package org.thongsuot.calendar.internal;
