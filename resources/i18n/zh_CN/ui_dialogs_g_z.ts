<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>%1 in credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open charges on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open charges, oldest first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing balance on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First start - Incubator Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import companies, units and leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workbook (.xlsx) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies, %2 units, %3 leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems: ready to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s): fix them in the file and choose it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaseDialog</name>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months&apos; rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the deposit to three months of the rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft (holds no units until signed)</source>
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
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lease %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminated lease cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leased on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacant until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day: %1 · term %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step rates are per m² per day, like the rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step rates are per m² per month, like the rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not free for the whole term: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company that takes the lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date must be after the start date (the lease ends at the start of its end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent-free months must be shorter than the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent step on %1 is outside the term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in - Incubator Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts (login, password, role):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference, cheque number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
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
        <source>Choose the company that paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the amount received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount received must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company to see its open charges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Choose a kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window: applications cannot be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must hold an active lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rent arrears over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One document per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rubric yet: at least one criterion is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the eligible cost</source>
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
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per company a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap as a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In residence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
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
        <source>Applications are received from the first to the last day of a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: companies of every segment may apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30 for up to 30% of the eligible cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may apply, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Technical merit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget for %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights add up to %1; a score is Σ weight × score ÷ Σ weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 per company in a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no cap per company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>New end date (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew lease %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed lease can be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term %1 · %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new end must be after the current end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RentEdit</name>
    <message>
        <source>¥ per m² per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥ per m² per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= ¥%1 per m² per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= ¥%1 per m² per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · monthly rent ¥%2 for %3 m²</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RentStepsEditor</name>
    <message>
        <source>No rent steps: one rate for the whole term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a date on, the rent changes to a new rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent step on %1: the rate must be a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 (%2) a temporary password and tell it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• They must choose their own password at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The account is locked until %1 after wrong passwords: the reset lifts the lock now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• A lock after wrong passwords, if any, is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The account stays deactivated: reactivate it so they can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <source>Reverse payment P%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the payment is reversed (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was already reversed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the payment is reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Choose a meeting-room unit…</source>
        <extracomment>Periods were added or removed (saved at once, even if the dialog is then cancelled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (out of service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No out-of-service periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the room first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is out of service: the room is not bookable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting room&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room must close after it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the weekdays the room is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked session(s) are in the room then and need another room or time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this out-of-service period? The room can be booked then again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotFinder</name>
    <message>
        <source>Choose one and press Book.</source>
        <extracomment>A session being rescheduled: its own time counts as free. What the status line tells the user to do with a slot found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Find slots to list the free times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any consultant for the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot in these days: try other days, another consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or no room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 500 free slots; narrow the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free slot(s). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
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
        <source>no room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Why the lease ends early (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate lease %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed lease can be terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease will end on %1; its last day is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date after %1 and before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination date must be after the start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination date must be before the current end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate %1 (%2, %3) on %4? The units become free from that date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitChoiceModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Choose a floor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service (can be leased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rentable area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1: %2 m² gross; units %3 m² with this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code is required (e.g. 7F-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code must look like 7F-12 or B1-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units on floor %1 have codes starting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rentable area must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rentable area must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1 would have %2 m² rentable, more than its %3 m² gross area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Filter by unit code or kind, e.g. 7F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 unit(s), %2 m² in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>as colleagues know them, e.g. Li Na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They must replace it with their own at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name cannot change: the audit trail refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. li.na (letters a-z, digits, . _ -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own account: without the administrator role you can no longer manage users once you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid</name>
    <message>
        <source>Add another period on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
