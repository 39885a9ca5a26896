"""The appeal pack: the letter as DOCX and PDF, the evidence checklist on page 2."""

from __future__ import annotations

import io

import docx
import pypdf
import pytest

from letters import appeal_pack
from letters.appeal_pack import AppealPackError, Pack, pack_docx, pack_pdf
from letters.cases import get_case_type
from tests.factories import as_user, new_draft, url
from tests.helpers.browser import browser
from tests.helpers.wizard import Wizard, facts_for, walk_to_review

NAME = "深圳市鲁莫拉家居有限公司 / ルモラ株式会社"


def pdf_text(data: bytes) -> list[str]:
    # pypdf reads fpdf2's CJK (CFF) subset with a NUL before each character; the text
    # itself is there, in order.
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text().replace("\x00", "") for page in reader.pages]


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


PACK = Pack(
    subject=f"Appeal – {NAME}",
    body=f"Dear Amazon team,\n\nWe are {NAME}.\n\nKind regards",
    case="ip_complaint",
    ticked=["letter_of_authorisation"],
    stem="x",
)


def test_the_pdf_has_the_letter_then_the_checklist_and_reads_back_in_chinese() -> None:
    first, second = pdf_text(pack_pdf(PACK))
    assert f"We are {NAME}." in first
    assert "Evidence checklist" not in first
    assert "Evidence checklist" in second
    assert "[ ] Supplier invoices" in second
    assert "[x] Letter of authorisation from the brand owner" in second
    assert "365 days" in second


def test_the_docx_has_the_letter_a_page_break_and_the_checklist() -> None:
    data = pack_docx(PACK)
    text = docx_text(data)
    assert text.index(f"We are {NAME}.") < text.index("Evidence checklist")
    assert "[x] Letter of authorisation from the brand owner" in text
    assert 'w:type="page"' in docx.Document(io.BytesIO(data)).element.xml


def test_without_the_cjk_font_the_pdf_is_refused_with_a_clear_message(monkeypatch) -> None:
    monkeypatch.setattr(appeal_pack, "FONT_CANDIDATES", ())
    with pytest.raises(AppealPackError, match="fonts-noto-cjk"):
        pack_pdf(PACK)


def test_a_draft_downloads_its_pack_with_its_ticks(team, owner) -> None:
    draft = new_draft(team, owner, evidence=["order_ids"])
    client = as_user(owner)
    pdf = client.get(url("drafts:download", draft, fmt="pdf"))
    assert pdf["Content-Type"] == "application/pdf"
    assert "attachment" in pdf["Content-Disposition"]
    letter, checklist = pdf_text(pdf.content)
    assert "Order Defect Rate" in letter
    assert "[x] Order IDs concerned" in checklist
    assert "[ ] Amazon's deactivation notice" in checklist
    word = client.get(url("drafts:download", draft, fmt="docx"))
    assert word["Content-Type"] == appeal_pack.DOCX_TYPE
    assert "[x] Order IDs concerned" in docx_text(word.content)


def test_a_draft_without_the_font_says_so_instead_of_failing(team, owner, monkeypatch) -> None:
    monkeypatch.setattr(appeal_pack, "FONT_CANDIDATES", ())
    draft = new_draft(team, owner)
    response = as_user(owner).get(url("drafts:download", draft, fmt="pdf"), follow=True)
    assert response.status_code == 200
    assert "fonts-noto-cjk" in response.content.decode()


@pytest.mark.django_db
def test_the_review_downloads_the_pack_of_the_letter_as_edited(seeded: None) -> None:
    wizard = Wizard(browser())
    case = get_case_type("ip_complaint")
    walk_to_review(wizard, case, "US", facts=facts_for(case) | {"evidence": ["supplier_invoices"]})
    response = wizard.submit(
        "review", {"body": f"Edited by hand for {NAME}."}, follow=False, action="download_docx"
    )
    assert response["Content-Type"] == appeal_pack.DOCX_TYPE
    text = docx_text(response.content)
    assert f"Edited by hand for {NAME}." in text
    assert "[x] Supplier invoices" in text
