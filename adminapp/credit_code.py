"""Unified Social Credit Code (统一社会信用代码, GB 32100-2015).

18 characters from ``0-9`` and ``A-Y`` without I, O, S, V, Z; the last is a check digit:
``31 - (sum(value(c_i) * w_i) mod 31)`` over the first 17, with weights ``3^i mod 31``.
"""

from __future__ import annotations

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {c: i for i, c in enumerate(CHARSET)}


def check_character(first17: str) -> str:
    """The check character for the first 17 characters of a code."""
    total = sum(_VALUE[c] * w for c, w in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def problem(code: str) -> str | None:
    """Why ``code`` is not a valid credit code, or ``None`` when it is."""
    if len(code) != 18:
        return f"must be 18 characters (has {len(code)})"
    bad = sorted({c for c in code if c not in _VALUE})
    if bad:
        return "contains characters not allowed in a credit code: " + " ".join(bad)
    expected = check_character(code[:17])
    if code[17] != expected:
        return f"check digit is {code[17]}, should be {expected}"
    return None


def normalise(code: str) -> str:
    return code.strip().upper()


def is_valid(code: str) -> bool:
    return problem(normalise(code)) is None
