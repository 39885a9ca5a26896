"""Round 4 of issue 9: how sellers really phrase what the rules forbid, category by category.

Each phrasing below comes with a near miss that says almost the same thing innocently: an
incentive tied to changing a review / a remedy alone, a catalogue attached / an invoice, a
threat over a claim / an honest note about a claim, blame told as a fact / ownership.
The second opinion is off: these tests are about the rules.
"""

from __future__ import annotations

import pytest

from letters.checks import check_letter


def _rules(body: str, *, case: str, language: str = "en") -> set[str]:
    findings = check_letter(case=case, body=body, language=language, second_opinion=False)
    return {finding.rule for finding in findings}


INCENTIVES = [
    ("en", "We refund you 100%, no need to return. In return please remove the 1 star feedback."),
    ("en", "We can refund you in full. After you delete please tell us, then we refund same day."),
    ("en", "If you update your comment on the product page we will also send you a free kit."),
    ("de", "Wir erstatten Ihnen 50 %, wenn Sie Ihre 1-Sterne-Bewertung löschen."),
    ("de", "Wenn Sie uns eine 5-Sterne-Bewertung schreiben, schicken wir Ihnen einen Gutschein."),
    ("it", "Se lascia una recensione a 5 stelle Le rimborsiamo 5 euro."),
    ("it", "Lascia una recensione con foto e ti regaliamo un accessorio omaggio."),
    ("es", "Si cambia su valoración a 5 estrellas, le enviamos además un regalo."),
    ("es", "Deja tu opinión con foto y te regalamos un cupón de 10 €."),
    ("fr", "Si vous modifiez votre avis, nous vous offrons un bon d'achat de 10 €."),
]
REMEDIES_ALONE = [
    ("en", "We refund you in full for the scratched pan; there is no need to return it."),
    ("en", "If you change your mind, we refund the full price when the item comes back."),
    ("en", "After you update the firmware, the speaker pairs at once; we refund if it does not."),
    ("de", "Wir erstatten Ihnen 50 % des Kaufpreises für den Kratzer."),
    ("it", "Le rimborsiamo 5 euro per il ritardo della consegna."),
    ("es", "Le devolvemos 5 euros por el retraso del pedido."),
]


@pytest.mark.parametrize(("language", "body"), INCENTIVES)
def test_a_value_tied_to_writing_changing_or_deleting_a_review_is_an_incentive(
    language: str, body: str
) -> None:
    assert "buyer.review_incentive" in _rules(body, case="remedy_followup", language=language)


@pytest.mark.parametrize(("language", "body"), REMEDIES_ALONE)
def test_a_remedy_without_a_review_is_not(language: str, body: str) -> None:
    assert "buyer.review_incentive" not in _rules(body, case="remedy_followup", language=language)


PROMOTIONAL_ATTACHMENTS = [
    ("en", "We also put our brochure and 10% coupon card inside the box for you."),
    ("en", "Attached is our printable loyalty card, show it for special prices."),
    ("de", "Die Anleitung finden Sie in unserem Katalog im Anhang."),
    ("fr", "Voici notre catalogue en pièce jointe avec le mode d'emploi."),
]
NEEDED_ATTACHMENTS = [
    ("en", "Attached is the invoice for your order, as you asked."),
    ("en", "We put the printed manual inside the box; a PDF copy is attached."),
    ("en", "The return label is attached; please stick it on the parcel."),
    ("de", "Die Rechnung finden Sie im Anhang."),
    ("fr", "Voici la facture en pièce jointe."),
]


@pytest.mark.parametrize(("language", "body"), PROMOTIONAL_ATTACHMENTS)
def test_a_catalogue_coupon_or_loyalty_card_attached_or_inserted_is_an_error(
    language: str, body: str
) -> None:
    assert "buyer.attachment" in _rules(body, case="how_to_use", language=language)


@pytest.mark.parametrize(("language", "body"), NEEDED_ATTACHMENTS)
def test_an_invoice_manual_or_label_is_not(language: str, body: str) -> None:
    assert "buyer.attachment" not in _rules(body, case="how_to_use", language=language)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Please find attached our full product brochure with all our other gadgets."),
        ("en", "I attached our brochure so you can see all our garden tools."),
        ("it", "In allegato il nostro catalogo completo, a pagina 4 trova le istruzioni."),
        ("es", "Le adjuntamos nuestro folleto con todos nuestros productos nuevos."),
        ("ja", "使い方は添付のカタログをご覧ください。"),
    ],
)
def test_sending_the_shops_catalogue_is_promotion(language: str, body: str) -> None:
    assert "buyer.promotion" in _rules(body, case="how_to_use", language=language)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Please find attached the user guide; page 3 shows how to set the timer."),
        ("en", "The instruction leaflet in the box shows how to fold the stroller."),
        ("it", "In allegato trova le istruzioni in PDF."),
    ],
)
def test_a_manual_is_not_promotion(language: str, body: str) -> None:
    assert "buyer.promotion" not in _rules(body, case="how_to_use", language=language)


CLAIMS_DISCOURAGED = [
    ("en", "If you open a claim we will report your account to Amazon for fraud."),
    ("en", "We will report your account and block you if you return this one as well."),
    ("en", "Sorry the strap broke, we send a new one. Please please no bad review."),
    ("en", "Please cancel the return request. Return is bad for our account."),
    ("it", "Prima di lasciare una valutazione negativa, la preghiamo di contattarci."),
    ("it", "Se restituisce anche queste scarpe segnaleremo il Suo account ad Amazon."),
    ("es", "Si abre una reclamación le denunciaremos por fraude ante la policía."),
]
CLAIMS_RESPECTED = [
    ("en", "If you open a claim, Amazon will review it and we will answer them quickly."),
    ("en", "If you return it, please use the prepaid label; we refund on arrival."),
    ("en", "There were no bad reviews about this model before, so we are checking the batch."),
    ("it", "Se restituisce le scarpe, Le rimborsiamo l'intero importo."),
    ("es", "Si abre una reclamación, responderemos a Amazon con el seguimiento."),
]


@pytest.mark.parametrize(("language", "body"), CLAIMS_DISCOURAGED)
def test_a_claim_or_return_answered_with_a_threat_or_a_plea_is_discouraged(
    language: str, body: str
) -> None:
    assert "buyer.discourage_claim" in _rules(body, case="lost_parcel", language=language)


@pytest.mark.parametrize(("language", "body"), CLAIMS_RESPECTED)
def test_a_claim_mentioned_plainly_is_not(language: str, body: str) -> None:
    assert "buyer.discourage_claim" not in _rules(body, case="lost_parcel", language=language)


def test_reporting_a_buyer_to_amazon_in_italian_is_a_threat_and_a_thank_you_is_not() -> None:
    threat = "Se fa ancora un reso, la segnaliamo ad Amazon come truffatore."
    thanks = "Grazie per la segnalazione: la nostra pagina prodotto ora è più chiara."
    assert "buyer.threat" in _rules(threat, case="return_reason", language="it")
    assert "buyer.threat" not in _rules(thanks, case="return_reason", language="it")


BLAME = [
    "Root cause: a former warehouse employee deliberately packed wrong items. He is fired.",
    "The cause was a careless worker at our factory. He has been dismissed.",
    "Amazon's A-to-z team decides claims in favor of buyers without checking our tracking.",
    "Our ODR is high because Amazon let buyers open claims before the delivery date.",
    "You are stealing our money: 50,000 dollars is held for no reason.",
    "The complaint was filed by a competitor who wants to remove us.",
    "The real cause was UPS, who lost and delayed dozens of our packages.",
    "Some customers do not use it correctly.",
    "We cannot control this kind of customers.",
    "The brand owner just want to monopolise the listing.",
]
OWNERSHIP = [
    "Root cause: our packer picked from the wrong bin because two bins shared one label.",
    "We retrained the warehouse team and added a second scan before sealing.",
    "Our listing did not say the product needs assembly; customers could not know.",
    "Our carrier choice was ours: we now ship fragile items with insured tracked service.",
    "We refunded every claim and now upload tracking within 24 hours.",
]


@pytest.mark.parametrize("body", BLAME)
def test_blame_told_as_a_fact_is_blame(body: str) -> None:
    assert "appeal.blame" in _rules(body, case="odr_deactivation")


@pytest.mark.parametrize("body", OWNERSHIP)
def test_owning_the_cause_is_not(body: str) -> None:
    assert "appeal.blame" not in _rules(body, case="odr_deactivation")


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("de", "Die Bewertungen stammen von Kunden, die die Anleitung nicht gelesen haben."),
        ("de", "Es lag an DHL, das ständig Pakete verliert. Wir können nichts dafür."),
        ("fr", "Les réclamations viennent de La Poste qui perd des colis sans arrêt."),
    ],
)
def test_blame_in_german_and_french_appeals(language: str, body: str) -> None:
    assert "appeal.blame" in _rules(body, case="odr_deactivation", language=language)


BOASTS = [
    "We have 99.8% positive feedback and over 1 million orders.",
    "We are among the most respected importers in Europe.",
    "Our factory is the largest in Zhejiang.",
    "We are very professional and have never failed.",
    "Our reputation speaks for itself.",
]
MODEST = [
    "We have checked 1,200 units in stock and found 14 with the same fault.",
    "Our factory is in Zhejiang; we visited it on 3 November.",
    "We are a small team of four, and one person now checks every listing.",
]


@pytest.mark.parametrize("body", BOASTS)
def test_size_rank_and_ratings_are_boasts(body: str) -> None:
    assert "appeal.boast" in _rules(body, case="product_quality")


@pytest.mark.parametrize("body", MODEST)
def test_plain_numbers_about_the_problem_are_not(body: str) -> None:
    assert "appeal.boast" not in _rules(body, case="product_quality")


@pytest.mark.parametrize(
    "body",
    [
        "If it is not withdrawn, our solicitors will issue proceedings against the rights owner.",
        "We will file a complaint with the Trading Standards office about this.",
        "We already spoke with a journalist from a business newspaper.",
        "If it is not lifted we will tell our story to the media.",
    ],
)
def test_solicitors_authorities_and_journalists_are_legal_threats(body: str) -> None:
    assert "appeal.legal_threat" in _rules(body, case="ip_complaint")


@pytest.mark.parametrize(
    "body",
    [
        "Our legal team reviewed the listing text and removed the claims it could not support.",
        "We read the Federal Trade Commission's guidance on endorsements and changed our inserts.",
    ],
)
def test_naming_a_lawyer_or_authority_for_compliance_is_not(body: str) -> None:
    assert "appeal.legal_threat" not in _rules(body, case="ip_complaint")


def test_a_cease_and_desist_may_consider_legal_action_but_not_threaten_to_sue() -> None:
    measured = (
        "Remove your offers on B0C4K9M2LQ within 48 hours. If you do not, we will report the "
        "listing to Amazon and consider legal action to protect our trademark."
    )
    threat = "Remove your offer on B0DD445566 today or our lawyers will sue you for $1,000,000."
    boast = "We are the number one brand in pet grooming. Remove your offer on B0C7L2K8MQ."
    assert "appeal.legal_threat" not in _rules(measured, case="cease_and_desist")
    assert "appeal.legal_threat" in _rules(threat, case="cease_and_desist")
    assert "appeal.boast" in _rules(boast, case="cease_and_desist")


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Hola Sr. Wilson, ¿le ha llegado el producto de recambio? Un saludo."),
        ("fr", "Hi Mr. Bernard, please confirm the 50 units. Thanks"),
        ("it", "Bonjour Monsieur Gallo, merci de confirmer 30 pièces. Cordialement"),
        ("es", "Ciao signor Ruiz, può confermare 40 pezzi? Grazie"),
        ("en", "Hallo Herr Lang, ist der Ersatz angekommen? Viele Grüße, Qing"),
        ("en", "您好，您订购了50个手机壳，请确认数量是否正确，我们确认后立即发货。谢谢！"),
    ],
)
def test_a_short_message_in_another_language_is_a_mismatch(language: str, body: str) -> None:
    assert "common.language_mismatch" in _rules(body, case="confirm_quantity", language=language)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("es", "Hola Sr. Ruiz, ¿puede confirmar 40 unidades? Un saludo."),
        ("fr", "Bonjour Monsieur Bernard, merci de confirmer 50 pièces. Cordialement"),
        ("de", "Hallo Herr Lang, bitte bestätigen Sie 30 Stück. Viele Grüße"),
        ("en", "Hi Mr. Inoue, please confirm 100 pcs. Thanks, 王芳"),
    ],
)
def test_a_short_message_in_its_own_language_is_not(language: str, body: str) -> None:
    assert "common.language_mismatch" not in _rules(
        body, case="confirm_quantity", language=language
    )


@pytest.mark.parametrize(
    ("rule", "case", "language", "body"),
    [
        (
            "buyer.review_incentive",
            "review_followup",
            "en",
            "A coupon is waiting for your honest opinion.",
        ),
        (
            "buyer.review_incentive",
            "remedy_followup",
            "en",
            "We refund as soon as your feedback is changed.",
        ),
        (
            "buyer.review_incentive",
            "review_followup",
            "fr",
            "Dès que votre avis sera publié, un cadeau.",
        ),
        (
            "appeal.blame",
            "odr_deactivation",
            "en",
            "The courier threw the parcels around in its hub.",
        ),
        ("appeal.blame", "inauthentic_complaint", "en", "Amazon's system mislabelled our goods."),
        ("appeal.blame", "ip_complaint", "en", "The complainant has no rights to this word."),
        ("appeal.legal_threat", "odr_deactivation", "en", "We will take this to the media."),
        ("common.threat", "cease_and_desist", "en", "We will blacklist you with every wholesaler."),
    ],
)
def test_round_4_dev_letters_phrasings(rule: str, case: str, language: str, body: str) -> None:
    assert rule in _rules(body, case=case, language=language)


@pytest.mark.parametrize(
    ("rule", "case", "body"),
    [
        (
            "buyer.review_incentive",
            "review_followup",
            "Thank you for your opinion; we sent a refund.",
        ),
        ("appeal.blame", "odr_deactivation", "The courier's scans show normal handling."),
        (
            "appeal.blame",
            "inauthentic_complaint",
            "Our system mislabelled 12 parcels; we fixed it.",
        ),
        ("appeal.legal_threat", "odr_deactivation", "We took the feedback to our packing team."),
    ],
)
def test_round_4_dev_near_misses(rule: str, case: str, body: str) -> None:
    assert rule not in _rules(body, case=case)


def _urgency(subject: str, body: str) -> set[str]:
    findings = check_letter(case="wrong_address", subject=subject, body=body, second_opinion=False)
    return {finding.rule for finding in findings} & {
        "buyer.important_subject",
        "buyer.important_misuse",
    }


def test_important_is_allowed_for_an_address_that_stops_the_order() -> None:
    body = "The address on order 112-3344556-6778899 is missing the house number. Please fix it."
    assert _urgency("[Important] Address problem with your order", body) == set()
    assert (
        _urgency("【重要】 Ihre Bestellung", "Die Adresse ist unvollständig: bitte prüfen.")
        == set()
    )


def test_important_on_a_thank_you_is_still_misuse() -> None:
    body = "Thank you for your order 112-3344556-6778899. We hope you enjoy the lamp."
    assert _urgency("[Important] Thank you", body) == {"buyer.important_subject"}
    assert _urgency("[Urgent] Thank you", body) == {"buyer.important_misuse"}
