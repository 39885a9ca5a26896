"""check_letter as a whole: the findings it returns, their order, and odd input."""

from __future__ import annotations

from collections import Counter

import pytest
from django.utils import translation

from letters.checks import RULES, Finding, Severity, check_letter
from tests.helpers.check_examples import appeal, buyer, intent, languages, substance
from tests.helpers.checks import GOOD_APPEAL

GOOD_BUYER_MESSAGE = """Dear Anna,

Thank you for your order 112-3456789-0123456, and I am sorry that the lamp arrived with a cracked shade.

We would like to put this right. We can send you a free replacement, which usually arrives within 3 to 5 days, or refund the order in full. Please reply to this message and tell us which you prefer.

If you have any questions, just reply here.

Best regards,
Li Wei, Brightleaf Home
"""


def test_a_well_written_buyer_message_has_no_findings() -> None:
    assert check_letter(case="review_followup", body=GOOD_BUYER_MESSAGE, subject="Your lamp") == []


def test_a_well_written_appeal_has_no_findings() -> None:
    assert (
        check_letter(case="odr_deactivation", body=GOOD_APPEAL, stock_texts=[GOOD_BUYER_MESSAGE])
        == []
    )


def test_errors_come_first_then_warnings_each_in_text_order() -> None:
    body = "Dear [buyer name],\nFollow us on Facebook.\nPlease update your review.\nEmail us."
    findings = check_letter(case="review_followup", body=body, subject="[Important] note")
    assert [(finding.severity, finding.rule) for finding in findings] == [
        (Severity.ERROR, "buyer.important_subject"),
        (Severity.ERROR, "buyer.marketing"),
        (Severity.ERROR, "buyer.messenger"),
        (Severity.ERROR, "buyer.remove_or_cancel"),
        (Severity.ERROR, "buyer.off_amazon"),
        (Severity.WARNING, "common.unfilled_placeholder"),
        (Severity.WARNING, "buyer.no_order_id"),
    ]
    assert [finding.excerpt for finding in findings] == [
        "[Important] note",
        "Follow us on Facebook.",
        "Follow us on Facebook.",
        "Please update your review.",
        "Email us.",
        "[buyer name]",
        "",
    ]


def test_finding_as_dict_is_plain_strings() -> None:
    (finding,) = check_letter(case="lost_parcel", body="Order 112-3456789-0123456. Email us.")
    assert finding == Finding(
        rule="buyer.off_amazon",
        severity=Severity.ERROR,
        message=RULES["buyer.off_amazon"].message,
        excerpt="Email us.",
    )
    as_dict = finding.as_dict()
    assert as_dict == {
        "rule": "buyer.off_amazon",
        "severity": "error",
        "message": str(RULES["buyer.off_amazon"].message),
        "excerpt": "Email us.",
    }
    assert all(type(value) is str for value in as_dict.values())


def test_messages_are_lazy_so_they_follow_the_active_language() -> None:
    for rule in RULES.values():
        assert type(rule.message) is not str, rule.id
        with translation.override("en"):
            assert str(rule.message).strip(), rule.id


def test_unknown_case_raises_key_error() -> None:
    with pytest.raises(KeyError):
        check_letter(case="no_such_case", body="Hello.")


def test_every_rule_has_a_stable_dotted_id_and_a_severity() -> None:
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        assert rule_id.split(".")[0] in {"buyer", "appeal", "seller", "common"}
        assert rule.severity in {Severity.ERROR, Severity.WARNING}


_MODULES = (buyer, appeal, intent, languages, substance)
TRIGGERS = [param for module in _MODULES for param in module.TRIGGERS]
NEAR_MISSES = [param for module in _MODULES for param in module.NEAR_MISSES]


def test_every_rule_has_two_triggers_and_two_near_misses() -> None:
    triggered = Counter(param.values[0] for param in TRIGGERS)
    missed = Counter(param.values[0] for param in NEAR_MISSES)
    assert set(triggered) == set(RULES), "each rule in RULES needs trigger tests, and no more"
    assert set(missed) == set(RULES), "each rule in RULES needs near-miss tests, and no more"
    assert min(triggered.values()) >= 2
    assert min(missed.values()) >= 2


@pytest.mark.parametrize(
    "case", ["review_followup", "odr_deactivation", "cease_and_desist", "abuse_report"]
)
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("您好，您的订单已发货。请问包裹收到了吗？谢谢！😊🎁", id="chinese-and-emoji"),
        pytest.param(
            "根本原因：新员工。\n纠正措施：删除了图片。\n预防措施：每周审核。", id="chinese-plan"
        ),
        pytest.param("", id="empty"),
        pytest.param("\n\n  \t\n", id="blank"),
        pytest.param("Hello {{ settings.SECRET_KEY }} {% debug %}", id="template-tags"),
        pytest.param("[[[[ ]]]] {{{{ }}}} ((( ))) !!! ??? ... 。。。", id="punctuation"),
    ],
)
def test_odd_text_does_not_crash(case: str, body: str) -> None:
    for finding in check_letter(
        case=case, body=body, subject=body, stock_texts=[body], previous_texts=[body]
    ):
        assert finding.as_dict()["rule"] in RULES


def test_template_tags_left_in_the_text_are_unfilled_placeholders() -> None:
    findings = check_letter(
        case="lost_parcel", body="Order 112-3456789-0123456. Key: {{ settings.SECRET_KEY }}"
    )
    assert [(finding.rule, finding.excerpt) for finding in findings] == [
        ("common.unfilled_placeholder", "{{ settings.SECRET_KEY }}")
    ]


def test_each_placeholder_is_reported_once() -> None:
    body = "Dear [buyer name], order [order ID]. Thank you, [buyer name]."
    findings = check_letter(case="lost_parcel", body=body)
    placeholders = [f.excerpt for f in findings if f.rule == "common.unfilled_placeholder"]
    assert placeholders == ["[buyer name]", "[order ID]"]


def test_a_ten_thousand_character_letter_is_checked() -> None:
    body = (GOOD_APPEAL * 10)[:10_000] + "\nIt was Amazon's mistake."
    assert len(body) > 10_000
    findings = check_letter(
        case="odr_deactivation", body=body, stock_texts=[body[:5_000]], previous_texts=[body]
    )
    assert [finding.rule for finding in findings] == ["appeal.blame", "common.repeats_previous"]


def test_a_long_buyer_message_full_of_problems_gets_one_finding_per_sentence() -> None:
    body = "Order 112-3456789-0123456.\n" + "Email us at li@example.com.\n" * 300
    findings = check_letter(case="lost_parcel", body=body)
    assert Counter(finding.rule for finding in findings) == {
        "buyer.off_amazon": 300,
        "buyer.email_address": 300,
        "buyer.too_long": 1,
    }
