"""The services' messages in the language in force, without touching where they are raised.

The services build their refusals as English f-strings (``f"The account is locked until
{until}"``). ``scripts/domain_messages.py`` lifts each one out as a template with Qt-style
placeholders (``"The account is locked until %1"``) into ``resources/i18n/<lang>/domain.ts``
(context ``Domain``). :func:`translate_message` finds a message there: the exact text first,
else the template that matches it (the one with the most literal text when several do), and
puts the values it captured into the translation. Values that are messages or table words
themselves (a role, a status, a list of problems joined by ``"; "``) are translated too.

English is the source language: the message comes back unchanged, without reading any file.
"""

from __future__ import annotations

import re
from functools import cache

from adminapp import i18n

CONTEXT = "Domain"
_PLACEHOLDER = re.compile(r"%(\d+)")
# How a list inside a message is joined in English, and the same join in the translation.
_SEPARATORS = (("; ", "；"), (", ", "、"), (" or ", "或"), (" and ", "和"))
# Where an optional tail (" (and 2 more)", " (reason)") may start after a value it follows.
_TAIL_START = (" ", ",", ";", "(", "（", "，")
_MAX_DEPTH = 3


class _Template:
    # Plain classes, not dataclasses: building a dataclass costs milliseconds at import.
    __slots__ = ("adjacent", "literal", "order", "pattern", "translation")

    def __init__(self, pattern: re.Pattern[str], literal: int, order: tuple[int, ...],
                 translation: str, adjacent: tuple[int, ...]) -> None:  # fmt: skip
        self.pattern = pattern
        self.literal = literal  # characters outside the placeholders: more is a closer match
        self.order = order  # the placeholder number of each captured group
        self.translation = translation
        self.adjacent = adjacent  # groups followed at once by another group ("%4%5")


class _Catalog:
    __slots__ = ("exact", "folded", "templates")

    def __init__(self, exact: dict[str, str], folded: dict[str, str],
                 templates: tuple[_Template, ...]) -> None:  # fmt: skip
        self.exact = exact
        self.folded = folded  # lower-cased sources of the exact messages without placeholders
        self.templates = templates


def _compile(source: str, translation: str) -> _Template:
    parts, order, adjacent, pos = [], [], [], 0
    for m in _PLACEHOLDER.finditer(source):
        if order and m.start() == pos:
            adjacent.append(len(order) - 1)
        parts.append(re.escape(source[pos : m.start()]))
        parts.append("(.*?)")
        order.append(int(m.group(1)))
        pos = m.end()
    parts.append(re.escape(source[pos:]))
    pattern = re.compile(r"\A" + "".join(parts) + r"\Z", re.DOTALL)
    literal = len(_PLACEHOLDER.sub("", source))
    return _Template(pattern, literal, tuple(order), translation, tuple(adjacent))


@cache
def _catalog(lang: str) -> _Catalog:
    """The Domain messages of ``lang``, templates compiled once (first use in that language)."""
    exact: dict[str, str] = {}
    templates: list[_Template] = []
    for (context, source), translation in i18n.catalog(lang).items():
        if context != CONTEXT:
            continue
        if _PLACEHOLDER.search(source):
            templates.append(_compile(source, translation))
        else:
            exact[source] = translation
    templates.sort(key=lambda t: -t.literal)
    folded = {k.lower(): v for k, v in exact.items()}
    return _Catalog(exact, folded, tuple(templates))


def translate_message(text: str) -> str:
    """``text`` (a message the services raise or hand back) in the language in force;
    itself when the language is English or no translation fits."""
    lang = i18n.current()
    if lang == i18n.ENGLISH or not text:
        return text
    found = _translate(_catalog(lang), text, 0)
    return text if found is None else found


def translate_errors(errors: dict[str, str]) -> dict[str, str]:
    """Every message of a ``{field: message}`` dict in the language in force."""
    if i18n.current() == i18n.ENGLISH:
        return dict(errors)
    return {field: translate_message(message) for field, message in errors.items()}


def _translate(cat: _Catalog, text: str, depth: int) -> str | None:
    """``text`` translated, or None when nothing in the catalog fits it."""
    hit = cat.exact.get(text)
    if hit is not None:
        return hit
    for template in cat.templates:  # the most literal text first
        m = template.pattern.match(text)
        if m is None:
            continue
        groups = list(m.groups())
        for i in template.adjacent:
            groups[i], groups[i + 1] = _split_tail(cat, groups[i] + groups[i + 1], depth)
        values = {n: _value(cat, v, depth) for n, v in zip(template.order, groups, strict=True)}
        return _PLACEHOLDER.sub(
            lambda p, v=values: v.get(int(p.group(1)), p.group(0)), template.translation
        )
    return None


def _split_tail(cat: _Catalog, joined: str, depth: int) -> tuple[str, str]:
    """Two values written side by side ("%4%5": a date, then " (and 2 more)" or nothing):
    the tail is the first ending that is a message of its own, else a closing parenthesis,
    else empty."""
    starts = [k for k in range(1, len(joined)) if joined[k] in _TAIL_START]
    for k in starts:
        if _translate(cat, joined[k:], depth + 1) is not None:
            return joined[:k], joined[k:]
    for k in starts:
        if joined.startswith(" (", k) and joined.endswith(")"):
            return joined[:k], joined[k:]
    return joined, ""


def _value(cat: _Catalog, value: str, depth: int) -> str:
    """A captured value: a message or table word of its own translated, a list of them
    translated item by item; anything else (a name, a date, an amount) as it is."""
    if depth >= _MAX_DEPTH or not value.strip():
        return value
    found = cat.exact.get(value) or cat.folded.get(value.lower())
    if found is not None:
        return found
    for english, joined in _SEPARATORS:
        if english not in value:
            continue
        items = value.split(english)
        done = [_translate(cat, i, depth + 1) or cat.folded.get(i.lower()) for i in items]
        if english == "; " and any(d is not None for d in done):
            return joined.join(d if d is not None else i for d, i in zip(done, items, strict=True))
        if all(d is not None for d in done):
            return joined.join(d for d in done if d is not None)
    found = _translate(cat, value, depth + 1)
    return value if found is None else found
