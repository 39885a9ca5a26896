"""Buyer rules, round 6 (issue 9): categories of phrasing the rules missed on a blind set,
each with the near-misses a good letter uses, in both directions.

The second opinion is off: these tests are about what the rules read.
"""

from __future__ import annotations

import pytest

from letters.checks import check_letter


def _rules(body: str, *, case: str = "review_followup", language: str = "en") -> set[str]:
    return {
        finding.rule
        for finding in check_letter(case=case, body=body, language=language, second_opinion=False)
        if str(finding.severity) == "error"
    }


# A letter written in another language than the one chosen is read in the language it is in:
# it is in the wrong language, and what it says breaks the rules all the same.
@pytest.mark.parametrize(
    ("body", "rule"),
    [
        (
            "Sehr geehrte Frau Wilson, Ihre Sendung ist laut DHL verloren gegangen. Bitte stellen "
            "Sie keinen A-bis-z-Antrag. Wir versenden nächste Woche einen Ersatz.",
            "buyer.discourage_claim",
        ),
        (
            "Hola Jennifer, su pedido está en camino con USPS y debería llegar en 3 o 4 días "
            "hábiles. Por favor, no abra una reclamación "
            "de la Garantía de la A a la Z si tarda un poco más; le aseguramos que llegará. "
            "Saludos, Casa Sol Textiles",
            "buyer.discourage_claim",
        ),
        (
            "Hallo Herr Becker, vielen Dank für Ihre Bestellung. Wenn Sie rundum zufrieden sind, "
            "würden wir uns sehr über eine 5-Sterne-Bewertung freuen.",
            "buyer.review_solicitation",
        ),
        (
            "Gentile cliente, le rispediamo subito il prodotto. Le chiediamo però di chiudere il "
            "reclamo dalla A alla Z che ha aperto ieri, così risolviamo tutto tra di noi.",
            "buyer.remove_or_cancel",
        ),
    ],
)
def test_a_letter_in_another_language_is_read_in_that_language(body: str, rule: str) -> None:
    rules = _rules(body, case="lost_parcel", language="en")
    assert "common.language_mismatch" in rules
    assert rule in rules


def test_a_good_letter_in_another_language_gets_only_the_language_finding() -> None:
    body = (
        "Sehr geehrte Frau Wilson, Ihre Sendung ist laut DHL verloren gegangen. Wir versenden "
        "heute einen Ersatz, oder wir erstatten Ihnen den vollen Betrag, wie Sie möchten."
    )
    assert _rules(body, case="lost_parcel", language="en") == {"common.language_mismatch"}


@pytest.mark.parametrize(
    "body",
    [
        "Please do not open a return case or A-to-z claim yet, we can solve this between us.",
        "Please don't leave feedback about the missing part, because we are fixing it!",
        "Buyers who leave negative feedback for shipping damage usually get it removed by Amazon "
        "anyway, so it is not worth it.",
        "Buyers who open claims over weather delays will be blocked from buying from our store.",
        "Just one request: please skip the feedback on this one, we are sorting it out.",
    ],
)
def test_discouraging_a_claim_or_feedback_is_found(body: str) -> None:
    assert "buyer.discourage_claim" in _rules(body, case="return_fbm")


@pytest.mark.parametrize(
    "body",
    [
        "If the parcel has not arrived by Friday, you can open an A-to-z claim.",
        "Don't forget to leave feedback once the replacement arrives, it helps other buyers.",
        "Don't hesitate to open a return on Amazon if the size is wrong.",
        "Please do not hesitate to open an A-to-z claim if the parcel does not arrive.",
        "Customers who open a return get a prepaid label straight away.",
    ],
)
def test_claims_and_feedback_left_to_the_buyer_are_not_discouraged(body: str) -> None:
    assert "buyer.discourage_claim" not in _rules(body, case="return_fbm")


@pytest.mark.parametrize(
    "body",
    [
        "If you cancel now, we will not ship any more orders to you in the future, we keep a list.",
        "We would be very disappointed and we do remember customers who cancel.",
        "If the set comes back damaged we will charge the full price to your card.",
        "Those buyers will be blocked from buying from our store.",
        "Shoppers who cancel orders already on the way end up on our do-not-sell list.",
        "Keep in mind that anyone who returns items as defective gets reported by us.",
    ],
)
def test_shutting_the_buyer_out_or_charging_them_is_a_threat(body: str) -> None:
    assert "buyer.threat" in _rules(body, case="delivery_time")


@pytest.mark.parametrize(
    "body",
    [
        "We will ship the replacement to you tomorrow.",
        "We will not charge you anything for the replacement.",
        "We keep your order details only as long as Amazon requires.",
        "We remember how frustrating a late parcel is, sorry again.",
        "We have reported the faulty batch to our supplier, and it is reported as fixed.",
    ],
)
def test_ordinary_promises_are_no_threat(body: str) -> None:
    assert "buyer.threat" not in _rules(body, case="delivery_time")


@pytest.mark.parametrize(
    "body",
    [
        "We'd love a review. Please mention how quickly we sent the replacement!",
        "Would you mind sharing how quick our team fixed things? A line on Amazon would help.",
        "We add a $25 gift card, on the condition that your review reflects our quick support.",
        "Maybe you can write only about the pole and give at least 3 stars?",
        "If you decide to review it, please talk about how fast our team replaced it.",
    ],
)
def test_dictated_review_content_is_solicitation(body: str) -> None:
    assert "buyer.review_solicitation" in _rules(body)


@pytest.mark.parametrize(
    "body",
    [
        "Could you tell us how well the size fits, so we can advise on the exchange?",
        "Your review mentions the lid is loose; we are sending a new lid today.",
        "Once the issue is fixed, you are of course free to review the product as you see fit.",
    ],
)
def test_questions_and_quoted_reviews_are_no_solicitation(body: str) -> None:
    assert "buyer.review_solicitation" not in _rules(body)


def test_a_review_update_nudged_by_other_customers_example_is_found() -> None:
    body = (
        "Many of our customers who had a problem like this later updated their review once it "
        "was resolved. We'll leave that up to you, of course."
    )
    assert "buyer.remove_or_cancel" in _rules(body)
    assert "buyer.remove_or_cancel" not in _rules(
        "Many of our customers had a problem like this; the new batch fixes it."
    )


def test_closing_a_claim_by_pronoun_in_french_is_found() -> None:
    body = (
        "Nous vous renvoyons un colis aujourd'hui. Si vous avez déjà ouvert une réclamation A à "
        "Z, merci de la fermer, car nous avons réglé le problème."
    )
    assert "buyer.remove_or_cancel" in _rules(body, case="lost_parcel", language="fr")


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Wenn alles wieder funktioniert, wäre es toll, wenn Sie Ihre Bewertung anpassen "
            "könnten. Als Dankeschön erstatten wir Ihnen dann 15 € zurück.",
            "de",
        ),
        (
            "We add a $25 Amazon gift card for your trouble, on the condition that your review "
            "reflects our quick support.",
            "en",
        ),
    ],
)
def test_a_value_for_the_review_is_an_incentive(body: str, language: str) -> None:
    assert "buyer.review_incentive" in _rules(body, language=language)


def test_a_refund_for_the_problem_alone_is_no_incentive() -> None:
    body = (
        "We refund you in full today. As a thank you for your patience, the replacement ships "
        "by express at no cost."
    )
    assert "buyer.review_incentive" not in _rules(body)


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("Please use our direct line 0800-555-2847 if the courier comes.", "buyer.phone_number"),
        (
            "You can reach the owner personally at blanc.ceramics.owner (gmail).",
            "buyer.off_amazon_contact",
        ),
        ("Add me, WeChat: MingHome2024", "buyer.messenger"),
        (
            "As an apology, your next order on our store gets a free matching travel mug.",
            "buyer.promotion",
        ),
    ],
)
def test_contact_details_and_next_order_gifts_are_found(body: str, rule: str) -> None:
    assert rule in _rules(body, case="wrong_address")


@pytest.mark.parametrize(
    "body",
    [
        "It supports voice messages in LINE and WeChat: open the app on your phone and speak.",
        "Your order 112-5561029-2093847 ships on 2026-12-03 with tracking 1Z999AA10123456784.",
        "The manual is attached as a PDF (pages 6-9 cover the Gmail integration).",
    ],
)
def test_product_features_and_order_numbers_are_no_contact(body: str) -> None:
    rules = _rules(body, case="how_to_use")
    assert not rules & {"buyer.messenger", "buyer.phone_number", "buyer.off_amazon_contact"}


def test_buyers_who_charge_back_blocked_in_german_is_a_threat_and_discourages() -> None:
    body = (
        "Ihr Paket ist leider verloren gegangen. Kunden, die trotzdem eine Rückbuchung "
        "veranlassen, sperren wir für künftige Bestellungen."
    )
    rules = _rules(body, case="lost_parcel", language="de")
    assert {"buyer.threat", "buyer.discourage_claim"} <= rules
    good = (
        "Ihr Paket ist leider verloren gegangen. Kunden, die lieber eine Erstattung möchten, "
        "erhalten sie sofort, antworten Sie einfach auf diese Nachricht."
    )
    assert not _rules(good, case="lost_parcel", language="de") & {
        "buyer.threat",
        "buyer.discourage_claim",
    }


def test_a_rating_bumped_up_for_a_refund_is_removal_and_incentive() -> None:
    body = "We'll refund the shipping, provided that your rating is bumped up to match."
    assert {"buyer.remove_or_cancel", "buyer.review_incentive"} <= _rules(body)
    assert not _rules("We have also refunded the shipping cost, as promised.") & {
        "buyer.remove_or_cancel",
        "buyer.review_incentive",
    }


def test_a_free_gift_with_the_next_purchase_is_promotion_but_not_with_this_order() -> None:
    promo = "As a small apology, your next purchase from our shop comes with a free phone strap."
    assert "buyer.promotion" in _rules(promo, case="exchange_after_dispatch")
    good = "We will send the green one with a free phone strap as an apology."
    assert "buyer.promotion" not in _rules(good, case="exchange_after_dispatch")


def test_chinese_in_a_letter_meant_to_be_japanese_is_the_wrong_language() -> None:
    chinese = (
        "木村先生您好，非常抱歉，您的订单因为我们仓库的失误寄到了错误的地址。"
        "我们可以今天免费重新发货，或者全额退款。请告诉我们您的选择。谢谢！"
    )
    assert "common.language_mismatch" in _rules(chinese, case="wrong_address", language="ja")
    japanese = (
        "木村様、この度は弊社倉庫の手違いにより、ご注文の商品を誤った住所へお届けしてしまい、"
        "誠に申し訳ございません。本日無料で再発送するか、全額返金いたします。"
    )
    assert "common.language_mismatch" not in _rules(japanese, case="wrong_address", language="ja")


def test_portuguese_in_a_letter_meant_to_be_spanish_is_the_wrong_language() -> None:
    portuguese = (
        "Olá Sra. Ortega, pedimos desculpa: a encomenda foi enviada para uma morada errada por "
        "um erro do nosso armazém. Podemos enviar hoje uma nova encomenda sem custos ou "
        "reembolsar o valor total. Diga-nos o que prefere. Com os melhores cumprimentos."
    )
    assert "common.language_mismatch" in _rules(portuguese, case="wrong_address", language="es")
    spanish = (
        "Hola Sra. Ortega, le pedimos disculpas: el pedido se envió a una dirección equivocada "
        "por un error de nuestro almacén. Podemos enviar hoy un pedido nuevo sin coste o "
        "reembolsarle el importe total. Díganos qué prefiere. Un saludo cordial."
    )
    assert "common.language_mismatch" not in _rules(spanish, case="wrong_address", language="es")


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Before you send it back, please talk to us: returns really hurt a small business.", "en"),
        (
            "Le pedimos que no abra una devolución en Amazon ni deje una valoración negativa.",
            "es",
        ),
    ],
)
def test_returns_said_to_hurt_and_negative_ratings_asked_away_are_discouraging(
    body: str, language: str
) -> None:
    assert "buyer.discourage_claim" in _rules(body, case="return_fbm", language=language)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Returns are easy: a small business like ours handles them within a day.", "en"),
        ("Puede abrir una devolución en Amazon, ni siquiera necesita escribirnos.", "es"),
    ],
)
def test_returns_welcomed_are_not_discouraging(body: str, language: str) -> None:
    assert "buyer.discourage_claim" not in _rules(body, case="return_fbm", language=language)
