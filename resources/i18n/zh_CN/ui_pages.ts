<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate charges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a month&apos;s rent charges in line with the leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue charges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the scheduled charges due up to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service fee, utilities, damages or other charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money received from a company (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected company&apos;s statement for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit part or all of the selected issued charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an issued charge in Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the selected payment, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a standing payment in Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a step of the selected lease&apos;s deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lease in Deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent charges up to %1: %2 created, %3 updated, %4 removed, %5 corrections (total %6). They are scheduled until issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rent charges up to %1 were already in line with the leases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 charges due up to %2 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled charge is due up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrears as they stood at the end of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only companies in arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a company to open its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company is in arrears on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in arrears, %2 of them over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days in arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing charged or paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant&apos;s schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a session (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked session can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has not begun yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s schedule, %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dialog is not installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 took place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not complete the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the company did not come to %1?

Three no-shows in 90 days mean its next booking needs a manager&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 sessions to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no-shows in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 no-show in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — next booking needs a manager&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — a manager has confirmed a booking since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (prospective company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a booking to see its details. Double-click free time in the calendar to book it; double-click a booking to reschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies that have booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultations booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All its bookings in Consultations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants and rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day shown (the week view shows its week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns by consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns by room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrearsView</name>
    <message>
        <source>1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search summary or user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in Shanghai time; the first date means any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingActions</name>
    <message>
        <source>Generating charges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing charges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not do it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingList</name>
    <message>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies charged or that have paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargesList</name>
    <message>
        <source>charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search company or description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the charge is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charges yet. Finance generates the month&apos;s rent with Generate charges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet (scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes and supplements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name (English or Chinese) or credit code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only companies with a lease in force today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import companies, units and leases from a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companies yet. Use New (Ctrl+N) to admit the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No financing applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applications in Financing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leased today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search company, prospect or consultant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings yet. Use New booking (Ctrl+N) to book the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultants yet: add them under Consultants and rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting rooms yet: add them under Consultants and rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leased area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring ≤ 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring ≤ 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring ≤ 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy by floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lease in force ends within 90 days of this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit in service is leased on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 rentable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units leased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1: %2 of %3 leased (%4 of %5 units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases expiring within %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant units (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositsList</name>
    <message>
        <source>lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lease or company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit held only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lease matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed lease asks for a deposit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lease asks for no deposit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancingPage</name>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, company or programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies that have applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the application was submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. Use New (Ctrl+N) to take the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeasesPage</name>
    <message>
        <source>lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, company or unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lease matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leases yet. Use New (Ctrl+N) to record the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent per m² per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent per m² per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly rent at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting rate per m² per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent-free months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥/m²/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥/m²/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Use New to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This editor is not installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsList</name>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference or company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the money was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet. Finance records them with Record payment… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settles the company&apos;s oldest open charges; any excess is credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Programme budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget year: budgets and approvals of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programmes yet. Use New (Ctrl+N) to set up the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programmes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a programme to see its windows, caps, eligibility, required documents, review rubric and budgets by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per company per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the eligible cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: applications cannot be submitted until one is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rubric: applications cannot be reviewed until one is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget in any year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 programmes, budget year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 programme, budget year %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks for the district and the board: header block, typed cells, totals that follow the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 months before the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list companies in credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;latform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compa&amp;ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In cr&amp;edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first of the To month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2). &lt;a href=&apos;%3&apos;&gt;Open folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesView</name>
    <message>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consultant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consultants, %2 rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This editor is not installed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackingPage</name>
    <message>
        <source>Stacking plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease expiry year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No floors yet: add floors and units on the Units page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a unit for its tenant, term and rent; click it to open the lease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacking plan on %1: %2 floors, %3 of %4 units in service let</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search unit code or tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units yet. Use New (Ctrl+N) to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rentable area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases of this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never leased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search login or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches the search and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet. Use New (Ctrl+N) to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected user a temporary password and lift a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected user from signing in and acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected user sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts managers and directors may approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1?

They can no longer sign in, and whatever they try at a workstation where they are still signed in is refused. Their records and history stay, and you can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be changed at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (wrong passwords; a reset lifts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role: can only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 older entries are on the Audit page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Export calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stacking plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
