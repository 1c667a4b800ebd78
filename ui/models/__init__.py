"""Table models over the services' paged lists (no SQL here: rows come from adminapp.services)."""
