"""Passwords are kept only as salted scrypt hashes; the cost is the real one."""

from __future__ import annotations

import time

from adminapp import passwords
from tests.fast_hashing import REAL_SCRYPT_N


def test_hash_is_salted_scrypt_and_verifies(monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", REAL_SCRYPT_N)
    a = passwords.hash_password("correct horse")
    b = passwords.hash_password("correct horse")
    assert a.startswith(f"scrypt${REAL_SCRYPT_N}$8$1$") and "correct horse" not in a
    assert a != b  # a fresh salt each time
    assert passwords.verify_password("correct horse", a)
    assert not passwords.verify_password("correct horsE", a)
    assert not passwords.needs_rehash(a)


def test_real_cost_is_slow_for_a_guesser_but_fine_for_a_person(monkeypatch):
    monkeypatch.setattr(passwords, "SCRYPT_N", REAL_SCRYPT_N)
    stored = passwords.hash_password("pw-for-timing")
    started = time.perf_counter()
    assert passwords.verify_password("pw-for-timing", stored)
    took = time.perf_counter() - started
    assert REAL_SCRYPT_N >= 2**16
    assert took > 0.02  # not a fast hash (benchmarks/bench_login.py measures the real figure)


def test_cheaper_hash_asks_for_rehash_and_garbage_never_verifies(monkeypatch):
    cheap = passwords.hash_password("whatever1")  # tests run at a lower cost
    assert passwords.verify_password("whatever1", cheap)
    assert not passwords.needs_rehash(cheap)
    monkeypatch.setattr(passwords, "SCRYPT_N", REAL_SCRYPT_N)
    assert passwords.verify_password("whatever1", cheap)  # the cost is read from the hash
    assert passwords.needs_rehash(cheap)
    for stored in ("", "plain", "scrypt$x$y$z$a$b", "bcrypt$1$2$3$4$5"):
        assert not passwords.verify_password("whatever1", stored)
        assert passwords.needs_rehash(stored)


def test_password_rules():
    assert passwords.problem("short") == "Password must be at least 8 characters"
    assert passwords.problem(" padded-pw ") is not None
    assert passwords.problem("wang.fang", "Wang.Fang") == "Password must not be the login name"
    assert passwords.problem("a-good-passphrase", "wang.fang") is None
