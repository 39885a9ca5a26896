"""The appeal pack: the letter as a Word document and a PDF, the evidence checklist on page 2.

Sellers attach their Plan of Action to Amazon's appeal form as a document. python-docx
writes the .docx; fpdf2 writes the PDF with an embedded Noto Sans CJK subset, so Chinese
or Japanese names in a letter come out as text that can be copied and searched. The font is
Debian's fonts-noto-cjk (installed by .ci/run); without it the PDF is refused with a clear
message rather than written with missing characters. Both are in English, like the letters.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

from letters.evidence import checklist
from letters.letter_files import download, one_line

# Noto Sans CJK, Simplified Chinese face (index 2 of the collection); the JP face as a second
# choice. Both hold Latin, Chinese and Japanese characters.
# Latin text in DejaVu Sans (TrueType outlines: its text extracts back cleanly), with Noto Sans
# CJK as the fallback for Chinese and Japanese characters.
LATIN_FONTS: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
)
FONT_CANDIDATES: tuple[tuple[Path, int], ...] = (
    (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2),
    (Path("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf"), 0),
    (Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"), 2),
)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CHECKLIST_TITLE = "Evidence checklist"
CHECKLIST_INTRO = (
    "What to attach to this case and what makes each document acceptable. "
    "[x] marks what the seller has."
)


class AppealPackError(Exception):
    """The pack cannot be made here (the PDF's font is missing)."""


@dataclass(frozen=True)
class Pack:
    subject: str
    body: str
    case: str
    ticked: Sequence[str]
    stem: str

    def items(self) -> list[dict]:
        with translation.override("en"):
            return checklist(self.case, self.ticked)


def find_font() -> tuple[Path, int]:
    for path, index in FONT_CANDIDATES:
        if path.is_file():
            return path, index
    raise AppealPackError(
        _(
            "The PDF needs the Noto Sans CJK font (Debian package fonts-noto-cjk), "
            "which is not installed on this server. Download the Word document instead."
        )
    )


def pack_docx(pack: Pack) -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    document.core_properties.title = one_line(pack.subject)
    document.add_heading(one_line(pack.subject) or "Letter", level=1)
    for paragraph in pack.body.split("\n\n"):
        document.add_paragraph(paragraph)
    items = pack.items()
    if items:
        document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(CHECKLIST_TITLE, level=1)
        document.add_paragraph(CHECKLIST_INTRO)
        for item in items:
            mark = "[x]" if item["have"] else "[ ]"
            bullet = document.add_paragraph(style="List Bullet")
            bullet.add_run(f"{mark} {item['label']}").bold = True
            bullet.add_run(f"\n{item['requirement']}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pack_pdf(pack: Pack) -> bytes:
    from fpdf import FPDF

    font_path, index = find_font()
    pdf = FPDF(format="A4")
    pdf.set_title(one_line(pack.subject))
    pdf.set_creator("SellerDesk")
    pdf.add_font("NotoSansCJK", "", str(font_path), collection_font_number=index)
    family = "NotoSansCJK"
    latin = next((path for path in LATIN_FONTS if path.is_file()), None)
    if latin is not None:
        pdf.add_font("Latin", "", str(latin))
        pdf.set_fallback_fonts(["NotoSansCJK"])
        family = "Latin"
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font(family, size=13)
    pdf.multi_cell(0, 7, one_line(pack.subject), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, size=10.5)
    pdf.multi_cell(0, 5.5, pack.body, new_x="LMARGIN", new_y="NEXT")
    items = pack.items()
    if items:
        pdf.add_page()
        pdf.set_font(family, size=13)
        pdf.cell(0, 8, CHECKLIST_TITLE, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, size=10)
        pdf.multi_cell(0, 5, CHECKLIST_INTRO, new_x="LMARGIN", new_y="NEXT")
        for item in items:
            pdf.ln(3)
            mark = "[x]" if item["have"] else "[ ]"
            pdf.set_font(family, size=11)
            pdf.multi_cell(0, 6, f"{mark} {item['label']}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(family, size=9.5)
            pdf.multi_cell(0, 5, item["requirement"], new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def pack_response(pack: Pack, fmt: str) -> HttpResponse:
    """The pack as a download; AppealPackError when the PDF cannot be made here."""
    if fmt == "docx":
        return download(pack_docx(pack), filename=f"{pack.stem}.docx", content_type=DOCX_TYPE)
    if fmt == "pdf":
        return download(pack_pdf(pack), filename=f"{pack.stem}.pdf", content_type="application/pdf")
    raise ValueError(fmt)
