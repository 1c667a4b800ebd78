"""The detail panels' HTML: a title, label/value pairs, short lists and small tables.

Every value is escaped: names and notes come from users (a company may be called "<b>").
The panel is narrow, so lists put a record on two short lines rather than in wide columns.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from adminapp.services.context import CENTRE_TZ

DETAIL_CSS = """
<style>
h2 { margin: 0 0 2px 0; }
h3 { margin: 14px 0 4px 0; }
.sub { color: #5f6b76; }
p.item { margin: 0 0 6px 0; }
table.kv td { padding: 1px 10px 1px 0; vertical-align: top; }
table.kv td.k { color: #5f6b76; }  /* wraps: a long label must not squeeze the values */
table.grid th { text-align: left; color: #5f6b76; font-weight: normal; padding: 1px 10px 1px 0; }
table.grid td { padding: 1px 10px 1px 0; white-space: nowrap; }
td.num, th.num { text-align: right; }
a { color: #1a5fb4; }
table.compare th { text-align: left; color: #5f6b76; font-weight: normal; padding: 2px 14px 2px 0; }
table.compare td { vertical-align: top; padding: 2px 14px 2px 0; }
table.compare td.k { color: #5f6b76; white-space: nowrap; }
</style>
"""


def esc(value: Any) -> str:
    return html.escape(str(value))


def title(text: str, sub: str = "") -> str:
    return f"<h2>{esc(text)}</h2>" + (f"<p class='sub'>{esc(sub)}</p>" if sub else "")


def heading(text: str) -> str:
    return f"<h3>{esc(text)}</h3>"


# The detail panel's link to the record "as it was on…" a chosen date.
AS_OF_LINK = "as-of"


def history_heading(text: str, link_text: str) -> str:
    """The History heading, with a link that opens the record as it was on a chosen date."""
    link = f"<a href='{AS_OF_LINK}'>{esc(link_text)}</a>"
    return (
        f"<h3>{esc(text)} <span style='font-weight: normal; font-size: small;'>{link}</span></h3>"
    )


def link_as_of(page: Any, entity_type: str) -> None:
    """Make the ``AS_OF_LINK`` in ``page``'s detail panel open the selected record's past.

    The dialog is imported only when first asked for (start-up does not pay for it).
    """

    def follow(url: Any) -> None:
        row = page.selected_row()
        if url.toString() != AS_OF_LINK or row is None:
            return
        from ui.dialogs.as_of_dialog import AsOfDialog

        AsOfDialog.run(page, page.ctx, entity_type, row.id)

    page.detail.anchorClicked.connect(follow)


def note(text: str) -> str:
    return f"<p class='sub'>{esc(text)}</p>"


def kv_table(pairs: Iterable[tuple[str, str]]) -> str:
    """Label/value rows; pairs with an empty value are left out."""
    rows = "".join(
        f"<tr><td class='k'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in pairs if v != ""
    )
    return f"<table class='kv'>{rows}</table>"


def item_list(items: Iterable[tuple[str, str]]) -> str:
    """One record per item: a bold first line and a grey second line."""
    return "".join(
        f"<p class='item'><b>{esc(first)}</b><br><span class='sub'>{esc(second)}</span></p>"
        for first, second in items
    )


def grid_table(
    headers: list[str], rows: list[list[str]], numeric: frozenset[int] = frozenset()
) -> str:
    def cls(i: int) -> str:
        return " class='num'" if i in numeric else ""

    head = "".join(f"<th{cls(i)}>{esc(h)}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{esc(v)}</td>" for i, v in enumerate(r)) + "</tr>"
        for r in rows
    )
    return f"<table class='grid'>{head and f'<tr>{head}</tr>'}{body}</table>"


def comparison_table(headers: list[str], rows: list[tuple[str, str, str, bool]]) -> str:
    """Label, then, now; a row whose values differ has them in bold on yellow."""

    def cell(value: str, differs: bool) -> str:
        shown = esc(value or "—")
        return f"<td bgcolor='#fff1c2'><b>{shown}</b></td>" if differs else f"<td>{shown}</td>"

    head = "".join(f"<th>{esc(x)}</th>" for x in headers)
    body = "".join(
        f"<tr><td class='k'>{esc(label)}</td>{cell(then, differs)}{cell(now, differs)}</tr>"
        for label, then, now, differs in rows
    )
    return f"<table class='compare' cellspacing='0'><tr>{head}</tr>{body}</table>"


def history(entries: Iterable[Any], empty: str) -> str:
    """A record's audit entries, newest first (``entries`` oldest first, as
    ``audit.history`` gives them); times in Shanghai. ``empty`` is shown when there are none."""
    items = [
        (e.summary or e.action, f"{e.at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M} · {e.actor}")
        for e in reversed(list(entries))
    ]
    return item_list(items) if items else note(empty)


def lease_items(leases: Iterable[Any], label: Any, status_label: Any, date: Any, empty: str) -> str:
    """A record's leases, one line each: ``label(lease)`` over its term and status."""
    leases = list(leases)
    if not leases:
        return note(empty)
    return item_list(
        (label(x), f"{date(x.start_date)} → {date(x.end_date)} · {status_label(x.status)}")
        for x in leases
    )
