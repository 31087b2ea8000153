/**
 * Working days and deadlines: the weekly rest days, the public holidays of the Labour Code 2019
 * (solar and lunar, computed by the Vietnamese calendar at UTC+7), the yearly arrangement an
 * administrator maintains (swaps, days in lieu, extra days off), and deadline arithmetic in working
 * days and hours. Its API: {@link org.thongsuot.calendar.WorkingCalendar},
 * {@link org.thongsuot.calendar.Holidays}, {@link org.thongsuot.calendar.LunarCalendar},
 * {@link org.thongsuot.calendar.CalendarArrangements} and the event
 * {@link org.thongsuot.calendar.CalendarArrangementChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = "platform")
package org.thongsuot.calendar;
