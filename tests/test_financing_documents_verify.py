"""verify_document: the stored copy of an attached document is still the file attached."""

from __future__ import annotations

import pytest

from adminapp.errors import NotFound
from adminapp.services import financing as fin
from adminapp.services.financing.documents import verify_document
from tests.dbstate import dump
from tests.test_financing_setup import as_user, make_draft, make_programme


@pytest.fixture
def attached(ctx, centre, tmp_path):
    """A draft with one document attached; returns (document view, its stored copy)."""
    app_id = make_draft(ctx, centre, make_programme(ctx))
    source = tmp_path / "licence.pdf"
    source.write_bytes(b"%PDF-1.7 business licence " * 200)
    (doc,) = fin.attach_document(ctx, app_id, "Business licence", source).documents
    return doc, fin.document_path(doc)


def test_an_untouched_copy_matches(ctx, attached):
    doc, _copy = attached
    before = dump(ctx.db)
    assert verify_document(ctx, doc.id) is True
    assert verify_document(as_user(ctx, "reader"), doc.id) is True  # no role needed to check
    assert dump(ctx.db) == before  # checking writes nothing


def test_a_changed_copy_does_not_match(ctx, attached):
    doc, copy = attached
    data = bytearray(copy.read_bytes())
    data[10] ^= 0x01  # same size, one bit different
    copy.write_bytes(bytes(data))
    assert verify_document(ctx, doc.id) is False
    copy.write_bytes(copy.read_bytes() + b"appended")
    assert verify_document(ctx, doc.id) is False


def test_a_missing_copy_does_not_match(ctx, attached):
    doc, copy = attached
    copy.unlink()
    assert verify_document(ctx, doc.id) is False


def test_an_unknown_document_is_not_found(ctx, attached):
    doc, _copy = attached
    with pytest.raises(NotFound, match="does not exist"):
        verify_document(ctx, doc.id + 1000)
