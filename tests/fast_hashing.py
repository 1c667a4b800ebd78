"""A pytest plugin (``-p tests.fast_hashing`` in pyproject): cheap password hashes in tests.

The cost is stored in each hash, so hashes made here verify the same way; tests about the real
cost (``tests/test_passwords.py``) set ``passwords.SCRYPT_N`` back themselves.
"""

from __future__ import annotations

import pytest

from adminapp import passwords

REAL_SCRYPT_N = passwords.SCRYPT_N


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
