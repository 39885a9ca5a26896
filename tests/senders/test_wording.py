"""Every wording rule with a sentence that triggers it and a near miss that must not."""

from __future__ import annotations

import pytest

from senders.checks import check_text_for_phishing_requests
from senders.findings import Severity
from senders.wording import MAX_EXCERPT, wording_hits

TRIGGERS = [
    ("request.credentials", "Please reply with your password and the one-time code."),
    ("request.credentials", "Bitte geben Sie Ihr Passwort und den Bestätigungscode ein."),
    ("request.credentials", "Entrez votre mot de passe ci-dessous."),
    ("request.credentials", "Inserisci le tue credenziali per continuare."),
    ("request.credentials", "Introduzca su contraseña en el formulario."),
    ("request.credentials", "パスワードを入力してください。"),
    ("request.credentials", "请输入卖家平台密码和手机验证码。"),
    ("request.bank_details", "Send us your bank account details and card number."),
    ("request.bank_details", "Teilen Sie uns Ihre Bankverbindung mit, senden Sie die IBAN."),
    ("request.bank_details", "Envoyez vos coordonnées bancaires par retour."),
    ("request.bank_details", "Rispondi indicando le coordinate bancarie."),
    ("request.bank_details", "Envíe sus datos bancarios hoy."),
    ("request.bank_details", "クレジットカード番号を入力してください。"),
    ("request.bank_details", "请回复提供您的银行账户。"),
    ("request.click_to_verify", "Click here to verify your account."),
    ("request.click_to_verify", "Klicken Sie hier, um Ihr Konto zu bestätigen."),
    ("request.click_to_verify", "Cliquez ici pour confirmer votre compte."),
    ("request.click_to_verify", "Clicca qui per sbloccare l'account."),
    ("request.click_to_verify", "Haga clic aquí para verificar su cuenta."),
    ("request.click_to_verify", "こちらをクリックしてアカウントを確認してください。"),
    ("request.click_to_verify", "请点击链接验证您的账户。"),
    ("pressure.deadline", "Respond within 72 hours or lose your account."),
    ("pressure.deadline", "Innerhalb von 48 Stunden antworten."),
    ("pressure.deadline", "Répondez sous 72 heures."),
    ("pressure.deadline", "Rispondi entro le prossime 24 ore."),
    ("pressure.deadline", "Responda en un plazo de 48 horas."),
    ("pressure.deadline", "２４時間以内にご対応ください。"),
    ("pressure.deadline", "请在72小时内完成验证。"),
    ("pressure.fee", "Pay the registration fee of 149 EUR."),
    ("pressure.fee", "Bitte zahlen Sie die Registrierungsgebühr."),
    ("pressure.fee", "Réglez les frais d'enregistrement."),
    ("pressure.fee", "Effettua il pagamento della commissione."),
    ("pressure.fee", "Debe pagar la tarifa de registro."),
    ("pressure.fee", "登録料をお支払いください。"),
    ("pressure.fee", "请支付解冻手续费。"),
]

NEAR_MISSES = [
    ("request.credentials", "Amazon will never ask for your password."),
    ("request.credentials", "Amazon fragt niemals nach Ihrem Passwort, geben Sie es nie ein."),
    ("request.credentials", "Amazon ne vous demandera jamais de saisir votre mot de passe."),
    ("request.credentials", "亚马逊不会要求您提供密码。"),
    ("request.credentials", "Keep your password safe."),
    ("request.bank_details", "We sent the payment to your bank account on file."),
    ("request.bank_details", "Amazon never asks you to send card details by e-mail."),
    ("request.click_to_verify", "Click Orders to see the order."),
    ("request.click_to_verify", "Verify the details in Seller Central."),
    ("pressure.deadline", "The claim window is 30 days."),
    ("pressure.deadline", "Shipping takes 2 to 3 days."),
    ("pressure.fee", "Referral fees are listed in Seller Central."),
    ("pressure.fee", "Il pagamento non è andato a buon fine."),
]


@pytest.mark.parametrize(("rule", "sentence"), TRIGGERS)
def test_wording_rule_triggers(rule: str, sentence: str) -> None:
    assert rule in {hit.rule for hit in wording_hits(sentence)}


@pytest.mark.parametrize(("rule", "sentence"), NEAR_MISSES)
def test_wording_rule_near_miss_does_not_trigger(rule: str, sentence: str) -> None:
    assert rule not in {hit.rule for hit in wording_hits(sentence)}


def test_excerpt_is_the_triggering_sentence_cut_to_a_bounded_length() -> None:
    long = "Please enter your password " + "now " * 100 + "."
    (hit,) = wording_hits("Hello there.\n" + long)
    assert hit.excerpt.startswith("Please enter your password")
    assert len(hit.excerpt) <= MAX_EXCERPT


def test_notice_text_with_a_link_and_a_credential_request() -> None:
    reasons = check_text_for_phishing_requests(
        "Your account is on hold. Enter your password at https://amazon-verify.example/login "
        "within 24 hours."
    )
    by_rule = {reason.rule: reason.severity for reason in reasons}
    assert by_rule == {
        "links.lookalike": Severity.STRONG,
        "request.credentials": Severity.STRONG,
        "pressure.deadline": Severity.WARNING,
    }


def test_notice_text_pointing_to_seller_central_only_raises_nothing() -> None:
    text = (
        "Your listing B0C7XQ2L9M was removed. See Account Health at "
        "https://sellercentral.amazon.de/performance/dashboard for the details."
    )
    assert check_text_for_phishing_requests(text) == []


def test_notice_text_with_an_off_amazon_link() -> None:
    reasons = check_text_for_phishing_requests("Details: https://bit.ly/3xYz and www.example.org")
    assert [reason.rule for reason in reasons] == ["links.off_amazon"]
    assert "bit.ly" in reasons[0].message and "www.example.org" in reasons[0].message
