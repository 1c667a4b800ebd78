"""Consultations: consultants, meeting rooms, clash-free bookings, the slot finder, no-shows
and calendar files.

- :mod:`.resources` — consultants (topics, weekly hours, time off, buffer) and rooms
  (capacity, opening hours, out-of-service periods);
- :mod:`.bookings` — booking, rescheduling, completing, cancelling, no-shows; every rule is
  checked in the transaction that saves, with the consultant and the room locked;
- :mod:`.slots` — free slots where a suitable consultant and a fitting room are both free;
- :mod:`.ical` — bookings as an iCalendar (.ics) file;
- :mod:`.times` — moments in UTC, entered and shown in Asia/Shanghai.
"""
