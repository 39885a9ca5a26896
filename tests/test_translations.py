"""The interface in English and Simplified Chinese; letters always in English.

Every message makemessages finds must have a Chinese translation, the compiled catalogue
must match the .po file, and pages follow the browser's language or the language switch.
"""

from __future__ import annotations

import gettext
import importlib.util
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django_webtest import DjangoTestApp

from letters.cases import get_case_type
from letters.checks import check_letter
from letters.models import LetterTemplate, TemplateVersion
from letters.placeholders import Placeholder
from letters.rendering import render_version
from tests.helpers.wizard import WHO, Wizard, field_value, walk_to_review

ROOT = Path(settings.BASE_DIR)
PO_FILE = ROOT / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
MO_FILE = PO_FILE.with_suffix(".mo")
CHINESE = "zh-CN,zh;q=0.9"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")

# What makemessages reads, and the folders `make` tells it to skip.
SOURCE_SUFFIXES = {".py", ".html", ".txt"}
SKIPPED_DIRS = {".git", ".venv", "staticfiles", "var", "node_modules", "__pycache__", "locale"}


# --- reading .po files ---------------------------------------------------------------


def _unquote(line: str) -> str:
    escapes = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes[m.group(1)], line.strip()[1:-1])


def po_entries(path: Path) -> list[dict]:
    """The live entries of a .po file: msgid, msgctxt, plural, flags and msgstr by index."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry: dict = {"msgctxt": None, "msgid": None, "plural": None, "flags": set(), "msgstr": {}}
        key: tuple[str, int] | None = None
        for line in block.splitlines():
            if line.startswith("#~"):
                break  # obsolete: makemessages keeps it, nothing uses it
            if line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            elif match := re.match(
                r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(.*)", line
            ):
                name, index, text = match.groups()
                key = ("msgstr", int(index or 0)) if name == "msgstr" else (name, 0)
                if name == "msgstr":
                    entry["msgstr"][key[1]] = _unquote(text)
                else:
                    entry["plural" if name == "msgid_plural" else name] = _unquote(text)
            elif line.startswith('"') and key:
                if key[0] == "msgstr":
                    entry["msgstr"][key[1]] += _unquote(line)
                else:
                    entry["plural" if key[0] == "msgid_plural" else key[0]] += _unquote(line)
        if entry["msgid"]:  # not the header, not an obsolete entry
            entries.append(entry)
    return entries


def untranslated(path: Path) -> list[str]:
    """The msgids with an empty msgstr or marked fuzzy."""
    return [
        entry["msgid"]
        for entry in po_entries(path)
        if "fuzzy" in entry["flags"] or not all(entry["msgstr"].values())
    ]


def fresh_catalogue(tmp_path: Path, settings, monkeypatch) -> Path:
    """Run makemessages over a copy of the sources and the catalogue; return the new .po."""

    def ignore(directory: str, names: list[str]) -> list[str]:
        here = Path(directory)
        return [
            name
            for name in names
            if ((here / name).is_dir() and name in SKIPPED_DIRS)
            or ((here / name).is_file() and Path(name).suffix not in SOURCE_SUFFIXES)
        ]

    tree = tmp_path / "tree"
    shutil.copytree(ROOT, tree, ignore=ignore)
    shutil.copytree(ROOT / "locale", tree / "locale")
    settings.LOCALE_PATHS = [tree / "locale"]
    monkeypatch.chdir(tree)
    call_command("makemessages", locale=["zh_Hans"], verbosity=0)
    return tree / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"


def test_every_message_has_a_chinese_translation(tmp_path: Path, settings, monkeypatch) -> None:
    missing = untranslated(fresh_catalogue(tmp_path, settings, monkeypatch))
    assert not missing, (
        f"{len(missing)} message(s) without a Chinese translation (or fuzzy). Run "
        "`DEBUG=true .venv/bin/python manage.py makemessages -l zh_Hans --ignore=.venv "
        "--ignore=staticfiles --ignore=var --ignore=node_modules`, translate them in "
        f"{PO_FILE.relative_to(ROOT)}, then `compilemessages`:\n" + "\n".join(missing)
    )


def test_a_new_untranslated_template_string_is_caught(
    tmp_path: Path, settings, monkeypatch
) -> None:
    # The check above must see template strings: add one nobody translated to the copy.
    page = ROOT / "templates" / "sellerdesk" / "home.html"
    copy = tmp_path / "tree" / "templates" / "sellerdesk" / "home.html"

    po = fresh_catalogue(tmp_path, settings, monkeypatch)
    before = set(untranslated(po))
    copy.write_text(
        page.read_text(encoding="utf-8") + '{% translate "A sentence nobody translated" %}\n',
        encoding="utf-8",
    )
    call_command("makemessages", locale=["zh_Hans"], verbosity=0)
    assert set(untranslated(po)) - before == {"A sentence nobody translated"}


def test_the_compiled_catalogue_matches_the_po_file() -> None:
    expected: dict[object, str] = {}
    for entry in po_entries(PO_FILE):
        if "fuzzy" in entry["flags"]:
            continue
        msgid = entry["msgid"]
        if entry["msgctxt"] is not None:
            msgid = f"{entry['msgctxt']}\x04{msgid}"
        if entry["plural"] is None:
            expected[msgid] = entry["msgstr"][0]
        else:
            expected.update({(msgid, n): text for n, text in entry["msgstr"].items()})
    with MO_FILE.open("rb") as mo:
        compiled = dict(gettext.GNUTranslations(mo)._catalog)
    compiled.pop("", None)  # the header
    assert compiled == expected, "Run `manage.py compilemessages` and commit the .mo file."


def test_the_generated_string_modules_are_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_placeholder_strings", ROOT / "scripts" / "build_placeholder_strings.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    modules = script.modules()
    assert set(modules) == {
        ROOT / "letters" / "placeholder_strings.py",
        ROOT / "contacts" / "directory_strings.py",
    }
    for module, source in modules.items():
        assert module.read_text(encoding="utf-8") == source, (
            f"{module.relative_to(ROOT)} is out of date: run "
            "scripts/build_placeholder_strings.py, then makemessages."
        )


# --- pages ---------------------------------------------------------------------------


@pytest.fixture
def site(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


PAGES = [
    # (URL name, a string in Chinese, the same string in English)
    ("home", "帮你的亚马逊账户摆脱困境", "Get your Amazon account out of trouble"),
    ("contacts:directory", "亚马逊联系人目录", "Amazon contact directory"),
    ("letters:library", "信件模板库", "Letter library"),
    ("letters:wizard", "发生了什么？", "What happened?"),
    ("login", "忘记密码？", "Forgot your password?"),
]


@pytest.mark.parametrize(("name", "chinese", "english"), PAGES)
def test_pages_answer_in_the_browsers_language(
    site: None, client: Client, name: str, chinese: str, english: str
) -> None:
    page = client.get(reverse(name), HTTP_ACCEPT_LANGUAGE=CHINESE, follow=True)
    text = page.content.decode()
    assert page.status_code == 200
    assert '<html lang="zh-hans">' in text
    assert chinese in text
    assert english not in text
    # The language switch is on every page.
    assert f'action="{reverse("set_language")}"' in text

    page = client.get(reverse(name), HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9", follow=True)
    text = page.content.decode()
    assert '<html lang="en">' in text
    assert english in text
    assert chinese not in text


def test_the_language_switch_wins_over_the_browser_and_sticks(site: None, client: Client) -> None:
    switched = client.post(
        reverse("set_language"),
        {"language": "zh-hans", "next": reverse("letters:library")},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert switched.status_code == 302
    assert switched["Location"] == reverse("letters:library")
    for name in ("home", "letters:library", "contacts:directory"):
        page = client.get(reverse(name), HTTP_ACCEPT_LANGUAGE="en")
        assert '<html lang="zh-hans">' in page.content.decode()

    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE=CHINESE)
    assert '<html lang="en">' in page.content.decode()


def test_checker_messages_follow_the_active_language() -> None:
    letter = {"case": "cease_and_desist", "subject": "", "body": "Please stop selling.\n"}
    with translation.override("zh-hans"):
        chinese = [finding.as_dict()["message"] for finding in check_letter(**letter)]
    with translation.override("en"):
        english = [finding.as_dict()["message"] for finding in check_letter(**letter)]
    assert any(message.startswith("没有截止时间") for message in chinese)
    assert any(message.startswith("No deadline") for message in english)
    assert all(CJK.search(message) for message in chinese)


@pytest.fixture
def chinese_app(app: DjangoTestApp) -> DjangoTestApp:
    app.set_cookie(settings.LANGUAGE_COOKIE_NAME, "zh-hans")
    return app


def test_the_facts_step_shows_a_shipped_placeholder_in_chinese(
    site: None, chinese_app: DjangoTestApp
) -> None:
    wizard = Wizard(chinese_app)
    wizard.start()
    wizard.submit("case", {"case": "odr_deactivation"})
    page = wizard.submit("who", {"marketplace": "DE", **WHO})
    assert wizard.current() == "facts"
    text = page.content.decode()
    assert "ODR 数值" in text  # "ODR figure"
    assert "“账户状况”中显示的订单缺陷率，不带 % 符号。" in text
    assert "ODR figure" not in text


def test_the_library_lists_a_templates_facts_in_chinese(
    site: None, chinese_app: DjangoTestApp
) -> None:
    template = LetterTemplate.objects.get(case_type="odr_deactivation")
    page = chinese_app.get(reverse("letters:template_detail", args=[template.slug]))
    text = page.content.decode()
    assert "ODR 数值" in text
    assert "ODR figure" not in text


def test_a_placeholder_label_without_a_translation_stays_english() -> None:
    placeholder = Placeholder(name="pallet_count", label="pallets in the shipment")
    with translation.override("zh-hans"):
        assert placeholder.display_label == "Pallets in the shipment"
        assert placeholder.display_help == ""


def test_a_letter_written_in_the_chinese_interface_is_english(
    site: None, chinese_app: DjangoTestApp
) -> None:
    page = walk_to_review(Wizard(chinese_app), get_case_type("odr_deactivation"), "DE")
    assert '<html lang="zh-hans">' in page.content.decode()
    body = field_value(page, "review-body")
    assert "Order Defect Rate" in body
    assert not CJK.search(body), "the letter must stay in English"


def test_missing_facts_are_marked_in_english_whatever_the_language(db: None, site: None) -> None:
    version = TemplateVersion.objects.current_for("odr_deactivation")
    with translation.override("zh-hans"):
        letter = render_version(version, {})
    assert "[odr figure]" in letter.body
    assert "ODR figure" in letter.missing
    assert not CJK.search(letter.subject + letter.body)
