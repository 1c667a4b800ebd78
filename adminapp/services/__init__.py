"""Services: one function per user action. Each opens a unit of work, validates, writes,
records the audit entry and returns plain dataclasses; the GUI and the CLI call only these."""
