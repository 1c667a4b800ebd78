"""Password hashing: salted scrypt (RFC 7914) from the standard library.

A stored hash reads ``scrypt$N$r$p$salt$hash`` (salt and hash in base64), so the cost can be
raised later without breaking older hashes: :func:`needs_rehash` tells the sign-in to upgrade
a hash made with a lower cost. Verification takes ~0.25 s at N=2**16 on an office machine
(``benchmarks/bench_login.py``): slow for a guesser, unnoticed by a person signing in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCRYPT_N = 2**16  # CPU/memory cost: 64 MiB and ~0.25 s per hash
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 8


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * 1024 * 1024,
        dklen=KEY_BYTES,
    )


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(key).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored``; compares in constant time."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    try:
        scheme, n, r, p, _salt, _key = stored.split("$")
        cost = (int(n), int(r), int(p))
    except ValueError:
        return True
    return scheme != "scrypt" or cost < (SCRYPT_N, SCRYPT_R, SCRYPT_P)


def waste_time(password: str) -> None:
    """Spend what a verification costs, so an unknown login answers as slowly as a known one."""
    _scrypt(password, bytes(SALT_BYTES), SCRYPT_N, SCRYPT_R, SCRYPT_P)


def problem(password: str, login: str = "") -> str | None:
    """Why ``password`` is not acceptable, or None."""
    if len(password) < MIN_LENGTH:
        return f"Password must be at least {MIN_LENGTH} characters"
    if password.strip() != password:
        return "Password must not start or end with a space"
    if login and password.lower() == login.lower():
        return "Password must not be the login name"
    return None
