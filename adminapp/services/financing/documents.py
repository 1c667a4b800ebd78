"""Documents attached to financing applications: copied into the data folder, hashed."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from adminapp.db import data_dir
from adminapp.errors import ConflictError, NotFound, ValidationError
from adminapp.models import ApplicationDocument
from adminapp.services import audit
from adminapp.services.access import require
from adminapp.services.context import AppContext, centre_now
from adminapp.services.financing.applications import (
    ApplicationView,
    DocumentView,
    load,
    view,
)
from adminapp.services.financing.workflow import LABELS

DOCUMENTS_FOLDER = "financing"


def _file_digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _safe_filename(name: str) -> str:
    cleaned = re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE).strip("._")
    return cleaned[:120] or "document"


def attach_document(
    ctx: AppContext, application_id: int, name: str, source: Path | str
) -> ApplicationView:
    """Copy ``source`` into the data folder and attach it to a draft as document ``name``.

    The copy is kept as ``financing/<reference>/<sha256 prefix>_<file name>`` under the data
    folder, with its SHA-256 and size, so a later change to the file can be detected.
    """
    require(ctx, "application.attach", application_id)
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "Say which document this is (e.g. Business licence)"
    path = Path(source).expanduser()
    if not str(source).strip() or not path.is_file():
        errors["file"] = f"File not found: {source}"
    if errors:
        raise ValidationError(errors)
    try:
        digest, size = _file_digest(path)
    except OSError as exc:
        raise ValidationError({"file": f"The file cannot be read: {exc.strerror or exc}"}) from exc
    copied: Path | None = None
    try:
        with ctx.db.write() as s:
            a = load(s, application_id, lock=True)
            if a.status != "draft":
                raise ConflictError(
                    f"Application {a.reference} is {LABELS[a.status]}; "
                    "documents are attached while it is a draft",
                    "status",
                )
            relative = (
                Path(DOCUMENTS_FOLDER)
                / a.reference
                / (f"{digest[:16]}_{_safe_filename(path.name)}")
            )
            target = data_dir() / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.copyfile(path, target)
                copied = target
            doc = ApplicationDocument(
                name=name.strip(),
                original_filename=path.name,
                stored_path=relative.as_posix(),
                sha256=digest,
                size=size,
                added_by=ctx.actor.login,
                added_at=centre_now(),
            )
            a.documents.append(doc)
            s.flush()
            audit.record(
                s,
                ctx,
                "attach",
                "application",
                a.id,
                {"document": [None, f"{doc.name}: {path.name} (sha256 {digest})"]},
                f"{a.reference}: {doc.name} attached",
            )
            return view(a)
    except BaseException:
        if copied is not None:
            copied.unlink(missing_ok=True)
        raise


def document_path(doc: DocumentView) -> Path:
    """Where an attached document's copy is on this workstation."""
    return data_dir() / doc.stored_path


def verify_document(ctx: AppContext, document_id: int) -> bool:
    """Whether the stored copy of an attached document is still the file that was attached.

    Compares the copy's SHA-256 and size with those recorded when it was attached. A copy
    that is missing or cannot be read does not match (False); an unknown document is NotFound.
    """
    with ctx.db.read() as s:
        doc = s.get(ApplicationDocument, document_id)
        if doc is None:
            raise NotFound(f"Document {document_id} does not exist")
        stored_path, sha256, size = doc.stored_path, doc.sha256, doc.size
    try:
        digest, actual = _file_digest(data_dir() / stored_path)
    except OSError:
        return False
    return digest == sha256 and actual == size
