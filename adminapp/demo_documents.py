"""Small, valid one-page PDFs standing in for the documents demo applications carry."""

from __future__ import annotations

import re


def _escape(text: str) -> str:
    # The standard Helvetica font has no CJK glyphs: keep the text printable ASCII.
    ascii_text = re.sub(r"[^\x20-\x7e]", "?", text)
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def demo_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF with a title and a few lines of text (about 1 KB)."""
    text = [f"BT /F1 16 Tf 72 780 Td ({_escape(title)}) Tj ET"]
    y = 750
    for line in lines:
        text.append(f"BT /F1 11 Tf 72 {y} Td ({_escape(line)}) Tj ET")
        y -= 18
    stream = "\n".join(text).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
