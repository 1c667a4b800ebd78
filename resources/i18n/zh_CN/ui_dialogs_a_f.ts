<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddChargeDialog</name>
    <message>
        <source>Add charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the charge is for (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue it now, dated</source>
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
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the charge is for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start disbursing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute provider the hours are used with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the money or GPU-hours will pay for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 are kept as submitted and can no longer be edited (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this application; editing it needs the %1 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft first: documents are attached to a saved draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company that applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the programme applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount requested must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the eligible cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligible cost must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the compute provider the GPU-hours will be used with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New financing application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are attached while the application is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching documents needs the %1 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to the details first, then submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the application withdrawn? (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationHeader</name>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company and the programme, then save the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed so far %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalLimitsDialog</name>
    <message>
        <source>A manager approves financing up to the manager&apos;s limit; a director approves larger amounts, up to the director&apos;s limit if one is set. Amounts in CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers always have a limit: enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers approve up to ¥%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: directors approve any amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directors approve up to ¥%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set by the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the eligible cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company&apos;s cap left in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme&apos;s budget left in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role limits are in yuan only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you hold no approval role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ binds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company is told this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 (%2, %3 requested)? Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <source>◀ Earlier change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the last day before this one with a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later change ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next day with a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold on yellow: different from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as it was on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 this %2 did not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was created on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change to it has been recorded (it was loaded without a history): these are its values today, which it has had since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 this %2 had been deleted; its last values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its values on %2 differ from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 it was as it is today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change by then: %1 by %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its recorded history starts on %1 (it was loaded without one): values before then are those its first recorded changes replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospective company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the company, not yet a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager confirms this booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the company wants to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session that already happened</source>
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
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company missed %1 sessions in the last 90 days: its next booking needs a manager&apos;s confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager to book it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has passed: to record a session, tick the box below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot chosen yet: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot chosen yet: press Find slots and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company, or name the prospective company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the prospective company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That slot was taken meanwhile: %1. The list shows the slots free now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Find slots, then choose one of the free slots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>The company asked to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultant is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company did not confirm the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason or type your own (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked session can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the session is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>18 characters (统一社会信用代码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Check digit is correct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type part of a name or credit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultantDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>Periods were added or removed (saved at once, even if the dialog is then cancelled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre&apos;s own staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept free before and after each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time off recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours (Shanghai time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consultant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the consultant first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the consultant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one topic the consultant covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service platform the consultant belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the hours must end after they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two periods of working hours overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the consultant&apos;s working hours on at least one weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked session(s) fall in this time off and need rescheduling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this time off? The hours are free again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note on C%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is credited (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 is left to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to credit on this charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the charge is credited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <source>Deposit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked %1 · charged %2 · received %3 · held %4 · applied %5 · refunded %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to ask for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged and not received yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: %1; applied to the company&apos;s debts like a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: %1; refunded once the lease has ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a file into the application as a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the stored copy of the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare each stored copy with the SHA-256 recorded when it was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme requires no documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ changed since attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which document is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document the programme requires, or type a name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a changed file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of %1 no longer matches the SHA-256 recorded when it was attached (%2…): it has been changed since. Open it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Load their changes</source>
        <extracomment>Changing the key field makes the service&apos;s errors on these fields stale too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the record as saved now; what you typed is listed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the record as saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had typed — %1. Make your changes again and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued charges are owed and never rewritten; a credit note corrects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Generate charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signed lease&apos;s rent is generated up to the end of this month: new months are scheduled, scheduled ones follow their lease, issued ones get a credit note or a supplement. Running it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to the month of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Show the application as saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed here stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTranchesDialog</name>
    <message>
        <source>Add tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tranche(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split evenly into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved %2. The tranches must add up to it exactly, in the order of their planned dates; each is paid once its milestone is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the tranches of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 = the approved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of the approved %2: %3 still to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 is %3 more than the approved %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the company asked for another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing one puts it into the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a free slot (same topic and length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked session can be rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The list shows the slots free now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>What the score rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has no review criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– (%1 of %2 criteria scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews are taken while the application is under review; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reviewed this application on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s score: %1 of %2, the mean of %3 review(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <source>Policy applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal and IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrancheRowsEditor</name>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be done first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranchesPanel</name>
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
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone met (date · by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (date · reference · by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan tranches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone met…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1 of the approved %2; remainder %3 · paid %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the tranches; payments start once they add up to the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tranche to mark its milestone met or to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche %1 is paid once its milestone (%2) is marked met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone of tranche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche %1 of %2 (%3): mark its milestone “%4” met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank or voucher number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release tranche %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the payment of tranche %1 of %2: %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <source>Used on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
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
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paid in yuan; GPU-hours are recorded on compute vouchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours are recorded against an approved voucher; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s statement or invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours used on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2: %3 left of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
