"""The shipped templates are authored once, as files; everything else is built from them."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from letters.cases import CASE_TYPES
from letters.seed.files import SEED_DIR, SeedError, load_seed, paragraphs, seed_problems

ROOT = Path(__file__).resolve().parents[2]


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_seed", ROOT / "scripts" / "build_seed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "templates"
    shutil.copytree(SEED_DIR, copy)
    return copy


def test_the_shipped_files_break_no_rule() -> None:
    assert seed_problems(load_seed()) == []


def test_every_case_has_an_english_text() -> None:
    cases = load_seed()
    assert [case.case for case in cases] == [case.key for case in CASE_TYPES]
    assert all("en" in case.texts for case in cases)


def test_the_generated_files_match_the_seed_files() -> None:
    for path, text in _build_script().outputs().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.relative_to(ROOT)} is out of date: run `make seed` and commit the result."
        )


def test_a_changed_body_makes_the_fixture_drift(seed_copy: Path) -> None:
    english = seed_copy / "return_size" / "en.txt"
    english.write_text(english.read_text(encoding="utf-8") + "P.S. Thank you.\n", "utf-8")
    build = _build_script()
    rows = build.fixture_rows(load_seed(seed_copy))
    fixture = json.loads((ROOT / "fixtures" / "letter_templates.json").read_text("utf-8"))
    assert rows != fixture
    changed = [row for row in rows if row not in fixture]
    assert [row["fields"]["template"] for row in changed] == [["return_size-en"]]


def test_the_body_is_kept_exactly(seed_copy: Path) -> None:
    (seed_copy / "return_size" / "en.txt").write_text(
        "name: Return\nsubject: Order {{ order_id }}\n---\nDear {{ buyer_name }},\n\n  indented\n",
        "utf-8",
    )
    text = {case.case: case for case in load_seed(seed_copy)}["return_size"].texts["en"]
    assert (text.name, text.subject) == ("Return", "Order {{ order_id }}")
    assert text.body == "Dear {{ buyer_name }},\n\n  indented\n"


def test_another_language_becomes_its_own_template_with_its_examples(seed_copy: Path) -> None:
    folder = seed_copy / "return_size"
    english = (folder / "en.txt").read_text("utf-8")
    german = english.replace("name: Return: the item does not fit", "name: Rückgabe: passt nicht")
    (folder / "de.txt").write_text(german, "utf-8")
    (folder / "examples.de.json").write_text('{"buyer_name": "Jonas Weber"}', "utf-8")
    cases = {case.case: case for case in load_seed(seed_copy)}
    assert seed_problems(list(cases.values())) == []
    text = cases["return_size"].texts["de"]
    assert (text.slug, text.language, text.name) == (
        "return_size-de",
        "de",
        "Rückgabe: passt nicht",
    )
    examples = {item["name"]: item["example"] for item in text.placeholders}
    assert examples["buyer_name"] == "Jonas Weber"
    rows = _build_script().fixture_rows([cases["return_size"]])
    slugs = [row["fields"].get("slug") for row in rows[::2]]
    assert slugs[0] == "return_size-en"
    assert "return_size-de" in slugs


def test_a_translation_with_other_placeholders_or_paragraphs_is_refused(seed_copy: Path) -> None:
    folder = seed_copy / "return_size"
    english = (folder / "en.txt").read_text("utf-8")
    (folder / "fr.txt").write_text(
        english.replace("{{ partial_refund }}", "{{ montant }}"), "utf-8"
    )
    (folder / "it.txt").write_text(english.replace("two options:\n", "two options:\n\n"), "utf-8")
    problems = seed_problems(load_seed(seed_copy))
    assert any(p.startswith("return_size/fr.txt") for p in problems)
    assert any(p.startswith("return_size/it.txt") and "paragraphs" in p for p in problems)


def test_a_chinese_reading_is_read_and_checked(seed_copy: Path) -> None:
    folder = seed_copy / "return_size"
    english = (folder / "en.txt").read_text("utf-8")
    (folder / "reading.zh.txt").write_text(english.replace("Kind regards,", "此致"), "utf-8")
    case = {case.case: case for case in load_seed(seed_copy)}["return_size"]
    assert case.reading is not None
    assert "此致" in case.reading.body
    assert seed_problems([case]) == []
    # The reading is never a template of its own: one template and one version per language.
    assert len(_build_script().fixture_rows([case])) == 2 * len(case.texts)
    (folder / "reading.zh.txt").write_text(english.replace("{{ product }}", "产品"), "utf-8")
    problems = seed_problems(load_seed(seed_copy))
    assert any(p.startswith("return_size/reading.zh.txt") for p in problems)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("en.txt", "subject: x\n---\nbody\n", "expected 'name: …'"),
        ("en.txt", "name: x\r\nsubject: y\r\n---\r\nbody\r\n", "LF line endings"),
        ("xx.txt", "name: x\nsubject: y\n---\nbody\n", "unknown file"),
    ],
)
def test_a_malformed_file_is_named(seed_copy: Path, name: str, text: str, expected: str) -> None:
    (seed_copy / "return_size" / name).write_bytes(text.encode())
    with pytest.raises(SeedError) as error:
        load_seed(seed_copy)
    assert any(expected in problem and "return_size" in problem for problem in error.value.problems)


def test_a_folder_that_is_not_a_case_is_refused(seed_copy: Path) -> None:
    shutil.copytree(seed_copy / "return_size", seed_copy / "return_sise")
    with pytest.raises(SeedError, match="return_sise: not a case key"):
        load_seed(seed_copy)


def test_an_example_for_an_undeclared_placeholder_is_refused(seed_copy: Path) -> None:
    (seed_copy / "return_size" / "de.txt").write_text(
        (seed_copy / "return_size" / "en.txt").read_text("utf-8"), "utf-8"
    )
    (seed_copy / "return_size" / "examples.de.json").write_text('{"kunde": "Jonas"}', "utf-8")
    with pytest.raises(SeedError, match="kunde is not a declared placeholder"):
        load_seed(seed_copy)


def test_paragraphs_are_blocks_between_blank_lines() -> None:
    assert paragraphs("A\nB\n\nC\n \nD\n") == ["A\nB", "C", "D"]
