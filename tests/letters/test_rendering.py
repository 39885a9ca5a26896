"""The renderer fills declared placeholders with plain text and evaluates nothing."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError

from letters.placeholders import Kind, Placeholder, validate_template_text
from letters.rendering import render_letter

STORE = Placeholder(name="store_name", label="Store name")
ORDERS = Placeholder(name="order_ids", label="Order IDs", kind=Kind.ORDER_IDS)
SINCE = Placeholder(name="since", label="Date of the notice", kind=Kind.DATE)
EXTRA = Placeholder(name="extra", label="Anything else", kind=Kind.TEXTAREA, required=False)
NOTE = Placeholder(name="note", label="Note")

HOSTILE_VALUES = [
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "{{ 7*7 }}",
    "<script>alert(1)</script>",
    "x" * 10_000,
    "🙂📦",
    "您好，我们已经更换了供应商",
    "مرحبا",
]


def render(body: str, values: dict, placeholders: list[Placeholder], subject: str = "Re: order"):
    return render_letter(subject=subject, body=body, placeholders=placeholders, values=values)


def test_declared_placeholders_are_replaced_in_subject_and_body() -> None:
    letter = render(
        "Dear team,\nWe are {{ store_name }}.\n",
        {"store_name": "Lucky Panda"},
        [STORE],
        subject="Appeal for {{store_name}}",
    )
    assert letter.subject == "Appeal for Lucky Panda"
    assert letter.body == "Dear team,\nWe are Lucky Panda.\n"
    assert letter.complete


def test_a_list_renders_one_dash_item_per_line() -> None:
    letter = render(
        "Orders:\n{{ order_ids }}\n",
        {"order_ids": ["111-1234567-1234567", "111-7654321-7654321"]},
        [ORDERS],
    )
    assert letter.body == "Orders:\n- 111-1234567-1234567\n- 111-7654321-7654321\n"


def test_a_list_given_as_lines_of_text_renders_the_same_way() -> None:
    letter = render("{{ order_ids }}", {"order_ids": "A1\n\n  B2  \n"}, [ORDERS])
    assert letter.body == "- A1\n- B2\n"


def test_inline_joins_a_list_with_commas_and_and() -> None:
    body = "Orders {{ order_ids|inline }} were refunded."
    assert render(body, {"order_ids": ["A", "B", "C"]}, [ORDERS]).body == (
        "Orders A, B and C were refunded.\n"
    )
    assert render(body, {"order_ids": ["A"]}, [ORDERS]).body == "Orders A were refunded.\n"


def test_dates_are_written_out() -> None:
    letter = render("Since {{ since }}.", {"since": datetime.date(2026, 3, 5)}, [SINCE])
    assert letter.body == "Since 5 March 2026.\n"


def test_a_missing_required_value_shows_its_label_and_is_reported() -> None:
    letter = render("We are {{ store_name }}.", {"store_name": "  "}, [STORE])
    assert letter.body == "We are [store name].\n"
    assert letter.missing == ("Store name",)
    assert not letter.complete


def test_a_missing_required_list_shows_its_label() -> None:
    letter = render("Orders:\n{{ order_ids }}", {"order_ids": []}, [ORDERS])
    assert "[order ids]" in letter.body
    assert letter.missing == ("Order IDs",)


def test_a_missing_optional_paragraph_leaves_no_hole() -> None:
    body = "First paragraph.\n\n{{ extra }}\n\nLast paragraph.\n"
    letter = render(body, {}, [EXTRA])
    assert letter.body == "First paragraph.\n\nLast paragraph.\n"
    assert "\n\n\n" not in letter.body
    assert letter.missing == ()


@pytest.mark.parametrize("value", HOSTILE_VALUES, ids=lambda value: value[:20])
def test_hostile_values_appear_literally(value: str) -> None:
    letter = render("Note: {{ note }}\nEnd.", {"note": value}, [NOTE], subject="Re: {{ note }}")
    assert letter.body == f"Note: {value}\nEnd.\n"
    assert value in letter.subject
    assert settings.SECRET_KEY not in letter.body + letter.subject


def test_arithmetic_in_a_value_is_not_evaluated() -> None:
    letter = render("Total: {{ note }}", {"note": "{{ 7*7 }}"}, [NOTE])
    assert "49" not in letter.body


def test_a_value_naming_another_placeholder_is_not_substituted() -> None:
    letter = render(
        "{{ note }} / {{ store_name }}",
        {"note": "{{ store_name }}", "store_name": "Lucky Panda"},
        [NOTE, STORE],
    )
    assert letter.body == "{{ store_name }} / Lucky Panda\n"


def test_an_undeclared_placeholder_is_refused() -> None:
    with pytest.raises(ValidationError, match="store_nmae"):
        validate_template_text(subject="Hi", body="We are {{ store_nmae }}.", placeholders=[STORE])


@pytest.mark.parametrize(
    "body",
    ["{% if store_name %}Hi{% endif %}", "{{ settings.SECRET_KEY }}", "{{ store_name|upper }}"],
)
def test_other_template_syntax_is_refused(body: str) -> None:
    with pytest.raises(ValidationError, match="is not a placeholder"):
        validate_template_text(subject="Hi", body=body, placeholders=[STORE])


def test_inline_on_a_single_value_is_refused() -> None:
    with pytest.raises(ValidationError, match="only applies to list placeholders"):
        validate_template_text(subject="Hi", body="{{ store_name|inline }}", placeholders=[STORE])


def test_a_list_in_the_subject_without_inline_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_template_text(
            subject="Appeal for {{ order_ids }}", body="{{ order_ids }}", placeholders=[ORDERS]
        )

    assert refused.value.messages == [
        "order_ids is a list: in the subject write {{ order_ids|inline }} to put its items "
        "on one line."
    ]


def test_declared_placeholders_pass_validation() -> None:
    validate_template_text(
        subject="Appeal for {{ store_name }}",
        body="{{ order_ids|inline }}\n{{ since }}",
        placeholders=[STORE, ORDERS, SINCE],
    )
