"""Buyer rules, round 5 (issue 9): categories of phrasing the rules missed on letters they had
never seen, each with the near-misses a good letter uses, in both directions.

The second opinion is off: these tests are about what the rules read.
"""

from __future__ import annotations

import pytest

from letters.checks import check_letter


def _rules(
    body: str, *, case: str = "review_followup", language: str = "en", subject: str = ""
) -> set[str]:
    return {
        finding.rule
        for finding in check_letter(
            case=case, body=body, subject=subject, language=language, second_opinion=False
        )
        if str(finding.severity) == "error"
    }


@pytest.mark.parametrize(
    ("body", "language"),
    [
        # A review named by where it goes, on condition of satisfaction.
        (
            "If they work well this time, we would love to read a few words from you on the product page.",
            "en",
        ),
        (
            "If the topper lives up to what you hoped, a few stars from you on Amazon would mean a lot.",
            "en",
        ),
        ("If you are satisfy with the knife set, please share your experience on Amazon.", "en"),
        # Gated by timing.
        ("Please message us first, before posting anything on the product page.", "en"),
        ("Could you hold off on writing a review until we have sorted this out?", "en"),
        ("Before you rate the product, please drop us a line here.", "en"),
        # Repeated.
        (
            "We already sent one, sorry for asking again, but we really need reviews this month.",
            "en",
        ),
        ("As we asked last week, please don't forget to leave us a review.", "en"),
        (
            "You may have missed our first message, so here it is again: your rating would mean a lot.",
            "en",
        ),
        # Dictated wording.
        ("When you write your review, please mention how fast it shipped.", "en"),
        ("When you post about the yoga mat, could you say it is non-slip?", "en"),
        ("Only positive feedback please, we are a small family company.", "en"),
        # Other languages.
        ("Wenn alles passt, würden wir uns über ein paar Sterne auf Amazon freuen.", "de"),
        ("Si vous êtes content de la lampe, un petit mot positif sur Amazon nous aiderait.", "fr"),
        ("Se è soddisfatto del servizio, ci lasci cinque stelline!", "it"),
    ],
)
def test_a_review_asked_for_in_other_words_is_an_error(body: str, language: str) -> None:
    assert "buyer.review_solicitation" in _rules(body, language=language)


@pytest.mark.parametrize(
    "body",
    [
        "When you have a moment, you are welcome to leave a review on Amazon, whatever your experience.",
        "We reviewed your order after your message and a new one ships today.",
        "Thank you for telling other buyers about the scratched lid; a new lid ships today.",
        "If the light stays red, charge it for one hour first, then pair it again.",
        "When you write to us, please mention your order number.",
    ],
)
def test_a_neutral_request_or_an_ordinary_sentence_is_not(body: str) -> None:
    assert "buyer.review_solicitation" not in _rules(body)


@pytest.mark.parametrize(
    ("body", "language", "case"),
    [
        (
            "Your review says the case is fake. This is false. Please correct it within 48 hours.",
            "en",
            "review_followup",
        ),
        (
            "We saw your 1 star review. Remove it or we report your account.",
            "en",
            "review_followup",
        ),
        (
            "Since the A-to-z claim is not needed now, would you mind withdrawing it?",
            "en",
            "remedy_followup",
        ),
        (
            "If you would take away the one star after the refund, we add a gift card.",
            "en",
            "review_followup",
        ),
        (
            "Better you just cancel the order now on Amazon and buy again the size M.",
            "en",
            "exchange_after_dispatch",
        ),
        ("Could you please close the return request on Amazon?", "en", "return_fbm"),
        ("Please change the return reason to 'no longer needed'.", "en", "return_reason"),
        (
            "Ihre Bewertung ist unwahr. Wenn Sie sie nicht innerhalb von 3 Tagen löschen, handeln wir.",
            "de",
            "review_followup",
        ),
        (
            "Hemos visto su disputa con el banco. Si no la retira en 48 horas, actuaremos.",
            "es",
            "return_fbm",
        ),
        (
            "Il modo più veloce è che annulli l'ordine su Amazon e lo rifai.",
            "it",
            "exchange_after_dispatch",
        ),
        ("Le devolvemos 10 € si cambia su valoración de una estrella.", "es", "review_followup"),
    ],
)
def test_a_removal_or_cancellation_asked_of_the_buyer_is_an_error(
    body: str, language: str, case: str
) -> None:
    assert "buyer.remove_or_cancel" in _rules(body, language=language, case=case)


@pytest.mark.parametrize(
    ("body", "case"),
    [
        (
            "The claim you opened will be closed by Amazon once they see the refund.",
            "remedy_followup",
        ),
        (
            "We cancelled the duplicate order as you asked, and the refund is on its way.",
            "exchange_after_dispatch",
        ),
        (
            "If you prefer not to wait, you can cancel through your Amazon orders page.",
            "lost_parcel",
        ),
        ("Your review mentioned the lid. We changed it in all new boxes.", "review_followup"),
        ("We received your return. Please send it back with the Amazon label.", "return_fbm"),
    ],
)
def test_telling_the_buyer_what_happens_is_not(body: str, case: str) -> None:
    assert "buyer.remove_or_cancel" not in _rules(body, case=case)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("No need to ask Amazon or open a case, we always solve it faster ourselves.", "en"),
        ("Please give us a chance to fix this before opening a case with Amazon.", "en"),
        ("A claim will not help you, it only slows things down.", "en"),
        ("Opening a claim now will only get our account in trouble.", "en"),
        ("Please do not file anything with Amazon yet; claims count against small sellers.", "en"),
        ("Returning is very costly for us, so please consider keeping them.", "en"),
        ("If any problem please contact us first, not leave bad review.", "en"),
        ("Bitte nicht zurückschicken, Rücksendungen schaden unserem Shop.", "de"),
        ("Merci de ne pas retourner l'article, les retours coûtent cher.", "fr"),
        ("Non apra una richiesta di rimborso dalla Garanzia dalla A alla Z.", "it"),
        ("No hace falta abrir una reclamación de la Garantía de la A a la Z.", "es"),
        ("Amazonへの問い合わせやA-to-z申請はせず、まずは当店にご連絡ください。", "ja"),
    ],
)
def test_discouraging_a_claim_or_return_is_an_error(body: str, language: str) -> None:
    assert "buyer.discourage_claim" in _rules(body, case="lost_parcel", language=language)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "If it does not arrive by Friday, you are welcome to request a refund through Amazon.",
            "en",
        ),
        ("We will refund you in full, no need to return anything.", "en"),
        ("N'hésitez pas à ouvrir une réclamation si vous rencontrez un problème.", "fr"),
        ("No dude en escribirnos si necesita ayuda.", "es"),
        ("Se dovesse avere ancora problemi, non esiti a scriverci qui.", "it"),
    ],
)
def test_pointing_to_amazons_remedies_is_not(body: str, language: str) -> None:
    assert "buyer.discourage_claim" not in _rules(body, case="lost_parcel", language=language)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("If more complaints like this come, we will report to Amazon as abuse.", "en"),
        ("If you return it, we have to mark your account as a risky buyer.", "en"),
        ("We have added you to our blocked buyers list.", "en"),
        ("If you continue the claim, we will post your name and address online.", "en"),
        ("Abusive returners get reported to Amazon.", "en"),
        ("Wenn Sie noch einmal zurücksenden, melden wir Ihr Konto bei Amazon.", "de"),
        ("Wenn Sie weiter behaupten, nichts erhalten zu haben, erstatten wir Anzeige.", "de"),
        ("Si no la retira, tomaremos medidas legales contra usted.", "es"),
    ],
)
def test_threatening_the_buyer_is_an_error(body: str, language: str) -> None:
    assert "buyer.threat" in _rules(body, case="return_reason", language=language)


@pytest.mark.parametrize(
    "body",
    [
        "We marked your order as shipped; the tracking is in Your Orders.",
        "We reported the damaged parcel to the carrier and a new one ships today.",
        "Wir melden uns morgen mit der Sendungsnummer.",
    ],
)
def test_reporting_to_the_carrier_or_marking_an_order_is_not(body: str) -> None:
    assert "buyer.threat" not in _rules(
        body, case="return_reason", language="de" if "Wir" in body else "en"
    )


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Please see attached image: our holiday gift guide with 12 best sellers.", "en"),
        (
            "I attached the recipe booklet, in case yours was missing, plus our brand brochure.",
            "en",
        ),
        ("Please answer on the attached survey form, it takes one minute.", "en"),
        ("We also attached some photos of our factory and our team.", "en"),
        ("Our loyalty flyer is in the parcel: show it for 15% off.", "en"),
        ("秋冬の新作カタログを添付いたしました。", "ja"),
    ],
)
def test_an_attachment_the_order_does_not_need_is_an_error(body: str, language: str) -> None:
    assert "buyer.attachment" in _rules(body, case="replacement_sent", language=language)


@pytest.mark.parametrize(
    "body",
    [
        "The invoice is attached, as you asked for your company's records.",
        "The printable manual is attached as a PDF, in case the paper one is missing.",
        "We attached photos of the damage the carrier reported.",
    ],
)
def test_an_attachment_the_order_needs_is_not(body: str) -> None:
    assert "buyer.attachment" not in _rules(body, case="replacement_sent")


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Check out our new winter collection on our Amazon storefront.", "en"),
        (
            "We just launched a matching pillow cover; type DreamSoft in the Amazon search bar.",
            "en",
        ),
        ("For your next order, use code THANKS10 at checkout to save 10%.", "en"),
        ("Buy 2 more and get 1 free on your next purchase from our store.", "en"),
        ("Our autumn range is now on our Amazon store.", "en"),
        ("Le adjuntamos nuestro folleto con los modelos de la nueva temporada.", "es"),
    ],
)
def test_promoting_the_shop_is_an_error(body: str, language: str) -> None:
    assert "buyer.promotion" in _rules(body, case="shipping_status", language=language)


@pytest.mark.parametrize(
    "body",
    [
        "Next time anything arrives damaged, just send us a photo and we replace it.",
        "A new lamp shade ships today with a free replacement bulb.",
        "Your order is in Your Orders on Amazon.",
    ],
)
def test_an_ordinary_shipping_note_is_not_promotion(body: str) -> None:
    assert "buyer.promotion" not in _rules(body, case="shipping_status")


@pytest.mark.parametrize(
    "body",
    [
        "As a thank-you, when you share your opinion on Amazon, send a screenshot and we return 10 dollars.",
        "Leave seller feedback and we'll add another 10% on top.",
        "If you rate our product, we will extend your warranty to 3 years for free.",
        "Maybe you can write something nice about our help? We'll add a little surprise in your next order.",
        "We will send you a small gift after you share your experience on the product page.",
    ],
)
def test_a_value_for_a_review_is_an_incentive(body: str) -> None:
    assert "buyer.review_incentive" in _rules(body)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("We refunded you today. Could you please update your review?", "en"),
        ("Since the refund is done, could you modify your review? Thank you.", "en"),
        ("To give you a better experience, we refund the shipping.", "en"),
        ("Comme le remboursement a été effectué, pourriez-vous modifier votre avis ?", "fr"),
    ],
)
def test_a_refund_given_as_a_reason_is_not_an_incentive(body: str, language: str) -> None:
    assert "buyer.review_incentive" not in _rules(body, language=language)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "For bulk orders we give a better price if you transfer directly to our bank account.",
            "en",
        ),
        ("If you lost the manual, I can send a PDF, just give me your email address.", "en"),
        ("Please add our customer service on WeChat, ID shop_helper88.", "en"),
        ("Please confirm by call or text to 0044 7700 900123.", "en"),
        ("Per il reso ci scriva a info(chiocciola)lucecasa(punto)it con le foto.", "it"),
        ("Pour toute question, écrivez-nous à contact arobase jardinbio point fr.", "fr"),
        ("Scrivici su WhatsApp al 347 1234567 e risolviamo subito.", "it"),
        ("迅速に対応いたしますので、公式LINE（ID: @hanamaru_shop）までご連絡ください。", "ja"),
    ],
)
def test_contact_or_payment_off_amazon_is_an_error(body: str, language: str) -> None:
    found = _rules(body, case="how_to_use", language=language)
    assert found & {"buyer.off_amazon_contact", "buyer.messenger", "buyer.phone_number"}


@pytest.mark.parametrize(
    "body",
    [
        "We never ask buyers to pay through PayPal or bank transfer; all payments stay on Amazon.",
        "If anything doesn't show up, tell me your phone model and I'll walk you through it.",
        "The camera can send alerts to WhatsApp and Telegram through the app.",
        "Your tracking number is 9400 1118 9922 3344 5566 77 (USPS).",
        "The order 113-5509182-7723015 ships today.",
    ],
)
def test_an_app_named_as_a_feature_or_a_refused_payment_is_not(body: str) -> None:
    found = _rules(body, case="how_to_use")
    assert not found & {"buyer.off_amazon_contact", "buyer.messenger", "buyer.phone_number"}


@pytest.mark.parametrize(
    "body",
    [
        "Setup video here: youtu.be/dQw4w9WgXcQ shows how to mount the light.",
        "If you need help visit our forum at forum.camguard dot net.",
        "Visite nuestra tienda online tiendasol.es para más ofertas.",
    ],
)
def test_a_link_off_amazon_is_an_error(body: str) -> None:
    assert "buyer.link" in _rules(
        body, case="how_to_use", language="es" if "Visite" in body else "en"
    )


@pytest.mark.parametrize(
    "body",
    [
        "The parcel arrived.It works now, thank you for the update.",
        "Follow it at amazon.com/gp/your-account/order-history.",
        "There is a small red dot on the lid; it is the power light.",
    ],
)
def test_a_missing_space_amazons_own_link_or_a_dot_is_not_a_link(body: str) -> None:
    assert "buyer.link" not in _rules(body, case="how_to_use")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Important - order update", "Your parcel is on the way and should arrive Thursday."),
        ("*** IMPORTANT: PLEASE READ ***", "Hi, delivery takes 3-5 working days. Thanks!"),
        ("[IMPORTANT!!] Your order", "We have sent a new parcel today."),
        ("", "IMPORTANT NOTICE!!! Delivery time is 5 days. Thank you for your order."),
        ("", "Dear Customer,\n\n[IMPORTANT] About your recent review\n\nWe can replace it."),
    ],
)
def test_an_urgency_tag_on_a_routine_message_is_an_error(subject: str, body: str) -> None:
    assert _rules(body, case="shipping_status", subject=subject) & {
        "buyer.important_misuse",
        "buyer.important_subject",
    }


@pytest.mark.parametrize(
    ("subject", "body", "language"),
    [
        (
            "Important: we need your address confirmation",
            "The carrier returned your parcel with the note 'address not found'. Could you "
            "please confirm your full address?",
            "en",
        ),
        ("[Important] Missing house number", "The house number is missing from the address.", "en"),
        (
            "Importante: dirección de entrega",
            "Su pedido se envió a una dirección equivocada.",
            "es",
        ),
        ("Importante: falta el número de piso", "Falta el número de piso en la dirección.", "es"),
        ("【重要】お届け先について", "ご注文が誤った住所に発送されてしまいました。", "ja"),
        ("", "Wichtig: bitte nur das mitgelieferte Kabel verwenden.", "de"),
        ("", "It is important to us that it arrives safely.", "en"),
    ],
)
def test_an_address_problem_or_an_innocent_important_is_not(
    subject: str, body: str, language: str
) -> None:
    found = _rules(body, case="wrong_address", subject=subject, language=language)
    assert not found & {"buyer.important_misuse", "buyer.important_subject"}


def test_a_letter_in_dutch_or_portuguese_is_in_the_wrong_language() -> None:
    dutch = (
        "Beste meneer De Vries,\n\nBedankt voor uw bestelling. Het pakket wordt morgen "
        "verzonden en u ontvangt het trackingnummer van Amazon zodra het onderweg is.\n\n"
        "Met vriendelijke groet"
    )
    portuguese = (
        "Olá, obrigado pelo seu pedido. Não se preocupe: a encomenda foi enviada hoje e "
        "também enviamos o código de rastreio. Atenciosamente"
    )
    assert "common.language_mismatch" in _rules(dutch, case="tracking_number")
    assert "common.language_mismatch" in _rules(portuguese, case="tracking_number", language="es")


def test_an_english_letter_is_still_english() -> None:
    body = (
        "Dear Mr. Van Dijk, thank you for your order. The parcel ships tomorrow and you will "
        "receive the tracking number from Amazon as soon as it is on its way. Best regards"
    )
    assert "common.language_mismatch" not in _rules(body, case="tracking_number")


@pytest.mark.parametrize(
    ("body", "rule", "language"),
    [
        (
            "We refunded you; we hope you can find it in your heart to bump that 2-star rating up.",
            "buyer.remove_or_cancel",
            "en",
        ),
        ("Would you consider editing what you posted about us?", "buyer.remove_or_cancel", "en"),
        (
            "Your review is false. We will take this further if the review stays up.",
            "buyer.remove_or_cancel",
            "en",
        ),
        (
            "Würden Sie Ihre 1-Sterne-Bewertung bitte noch einmal überdenken?",
            "buyer.remove_or_cancel",
            "de",
        ),
        (
            "Amazon charges us a big fee for every return, we are a tiny business.",
            "buyer.discourage_claim",
            "en",
        ),
        ("Could you keep it for a 40% refund instead?", "buyer.discourage_claim", "en"),
        (
            "If you contact Amazon about this, it will only make things slower.",
            "buyer.discourage_claim",
            "en",
        ),
        ("Retouren sind für uns sehr teuer.", "buyer.discourage_claim", "de"),
        ("Leaving lies about our product has consequences.", "buyer.threat", "en"),
        (
            "In the box you'll also find a discount card for our sister brand.",
            "buyer.attachment",
            "en",
        ),
        (
            "A shout-out to our team in your review would be lovely.",
            "buyer.review_solicitation",
            "en",
        ),
        (
            "¿Podría dejarnos una valoración de 5 estrellas? ¡Le enviaremos un regalo!",
            "buyer.review_incentive",
            "es",
        ),
        ("Visite nuestra web para ver más productos.", "buyer.off_amazon_contact", "es"),
        (
            "お急ぎの場合は、shop-info＠hana.jp までご連絡ください。",
            "buyer.off_amazon_contact",
            "ja",
        ),
    ],
)
def test_third_probe_categories_are_errors(body: str, rule: str, language: str) -> None:
    assert rule in _rules(body, case="review_followup", language=language)


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        (
            "We refunded the order. If you still want the item, you can order it again any time.",
            "buyer.remove_or_cancel",
        ),
        (
            "Would you like to keep it with a 20% refund, or return it for a full refund?",
            "buyer.discourage_claim",
        ),
        ("Return shipping is free and there is no fee for you.", "buyer.discourage_claim"),
        ("If you decide to write a review, we read every one.", "buyer.review_solicitation"),
        (
            "Thank you for your review; a new filter ships today, free of charge.",
            "buyer.review_incentive",
        ),
    ],
)
def test_third_probe_near_misses_are_not(body: str, rule: str) -> None:
    assert rule not in _rules(body, case="review_followup")


@pytest.mark.parametrize(
    "body",
    [
        "Your message came through 3kx9y2@marketplace.amazon.com and we answered the same day.",
        "Amazon will e-mail you from return@amazon.com with the label.",
        "You can call Amazon customer service on 0800 279 7234 if you prefer.",
        "You can reach Amazon customer service at amazon.com/contact-us.",
    ],
)
def test_amazons_own_addresses_and_numbers_are_not_contact_off_amazon(body: str) -> None:
    found = _rules(body, case="how_to_use")
    assert not found & {"buyer.email_address", "buyer.phone_number", "buyer.link"}


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("Write to help@shopname.com or to return@amazon.com.", "buyer.email_address"),
        ("Call our hotline or Amazon customer service on 0800 279 7234.", "buyer.phone_number"),
    ],
)
def test_the_sellers_own_address_beside_amazons_still_is(body: str, rule: str) -> None:
    assert rule in _rules(body, case="how_to_use")


@pytest.mark.parametrize(
    ("body", "rule", "language", "case"),
    [
        (
            "Hope you're loving the blanket! If so, we'd be thrilled if you told the world on Amazon.",
            "buyer.review_solicitation",
            "en",
            "review_followup",
        ),
        (
            "This is our third note about your review. Please take a minute today.",
            "buyer.review_solicitation",
            "en",
            "review_followup",
        ),
        (
            "If you mark it 'defective', Amazon penalises us. Please choose 'no longer needed'.",
            "buyer.discourage_claim",
            "en",
            "return_reason",
        ),
        ("We know who you are. Delete the review today.", "buyer.threat", "en", "review_followup"),
        (
            "We popped a little leaflet about our new range into the parcel.",
            "buyer.attachment",
            "en",
            "replacement_sent",
        ),
        (
            "Bitte wenden Sie sich nicht an Amazon, wir klären das direkt.",
            "buyer.discourage_claim",
            "de",
            "lost_parcel",
        ),
        (
            "Vous trouverez aussi dans le colis notre catalogue de Noël.",
            "buyer.attachment",
            "fr",
            "replacement_sent",
        ),
        (
            "Si devuelve el producto, lo reportaremos a Amazon como abuso.",
            "buyer.discourage_claim",
            "es",
            "return_reason",
        ),
    ],
)
def test_fourth_probe_categories_are_errors(body: str, rule: str, language: str, case: str) -> None:
    assert rule in _rules(body, case=case, language=language)


@pytest.mark.parametrize(
    ("body", "rule", "language"),
    [
        (
            "Did the parcel arrive? If so, please confirm in Your Orders.",
            "buyer.review_solicitation",
            "en",
        ),
        (
            "Please choose the reason that fits best: 'defective' if it is broken.",
            "buyer.discourage_claim",
            "en",
        ),
        ("The manual is in the parcel, in the side pocket of the box.", "buyer.attachment", "en"),
        ("Sie können sich jederzeit auch an Amazon wenden.", "buyer.discourage_claim", "de"),
        ("Le colis contient la notice et le chargeur.", "buyer.attachment", "fr"),
    ],
)
def test_fourth_probe_near_misses_are_not(body: str, rule: str, language: str) -> None:
    assert rule not in _rules(body, case="return_reason", language=language)
