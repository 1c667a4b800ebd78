"""One family of errors whose messages a member of staff can read.

Messages are written in English where they are raised and read in the language in force
(:func:`adminapp.i18n_messages.translate_message`): a refusal raised while the window runs in
Chinese carries the Chinese text; the English original stays in ``source_message`` (and
``source_errors``) for logs and tests.
"""

from __future__ import annotations

from adminapp.i18n_messages import translate_errors, translate_message


class DomainError(Exception):
    """A rule of the centre refused an action; nothing was written."""

    def __init__(self, message: str, field: str | None = None) -> None:
        self.source_message = message
        message = translate_message(message)
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Input that breaks a rule: ``field`` names the input, ``message`` the problem.

    ``errors`` holds every problem found, as ``{field: message}``, so a dialog can show each
    beside its field.
    """

    def __init__(self, errors: dict[str, str]) -> None:
        self.source_errors = dict(errors)
        self.errors = translate_errors(errors)
        field, message = next(iter(self.source_errors.items()))
        super().__init__(message, field)


class NotFound(DomainError):
    pass


class ConflictError(DomainError):
    """The action clashes with another record (a unit already leased, a stale save)."""


class StaleRecordError(ConflictError):
    """The record was saved by someone else after this user opened it (no lost updates)."""


class DatabaseVersionError(DomainError):
    """The database was written by a newer version of the app, or cannot be migrated."""


class PermissionDenied(DomainError):
    """The signed-in user's roles do not allow the action; nothing was written."""


class AuthenticationError(DomainError):
    """Signing in failed: wrong login or password, a locked or a deactivated account."""
