"""Trigger and near-miss examples of tests/letters/test_checks_languages.py."""

from __future__ import annotations

from typing import Any

import pytest

CASE = "review_followup"
ORDER = "302-1234567-1234567"


def example(rule: str, language: str, body: str, subject: str = "") -> Any:
    return pytest.param(
        rule,
        {"case": CASE, "body": f"{ORDER} {body}", "subject": subject, "language": language},
        id=f"{language} {rule}: {body[:50]}",
    )


TRIGGERS = [
    # German
    example(
        "buyer.review_solicitation",
        "de",
        "Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung.",
    ),
    example("buyer.review_solicitation", "de", "Bitte geben Sie uns eine 5-Sterne-Bewertung."),
    example("buyer.remove_or_cancel", "de", "Könnten Sie Ihre Bewertung bitte ändern?"),
    example("buyer.review_incentive", "de", "Für eine Bewertung erhalten Sie einen Gutschein."),
    example("buyer.promotion", "de", "Entdecken Sie unsere neue Kollektion mit 20 % Rabatt."),
    example("buyer.off_amazon_contact", "de", "Wir erstatten den Betrag per Überweisung."),
    example("buyer.discourage_claim", "de", "Bitte stellen Sie keinen A-bis-z-Garantieantrag."),
    example("buyer.threat", "de", "Sonst schalten wir unseren Anwalt ein."),
    # French
    example("buyer.review_solicitation", "fr", "Si vous êtes satisfait, laissez-nous un avis."),
    example("buyer.review_solicitation", "fr", "Un avis 5 étoiles nous aiderait beaucoup."),
    example("buyer.remove_or_cancel", "fr", "Pourriez-vous supprimer votre avis ?"),
    example("buyer.promotion", "fr", "Découvrez notre nouvelle collection."),
    example(
        "buyer.off_amazon_contact", "fr", "Nous pouvons vous rembourser par virement bancaire."
    ),
    example("buyer.threat", "fr", "Nous allons contacter notre avocat."),
    # Italian
    example("buyer.review_solicitation", "it", "Se è soddisfatto, ci lasci una recensione."),
    example("buyer.review_solicitation", "it", "Una recensione a 5 stelle ci aiuterebbe."),
    example("buyer.remove_or_cancel", "it", "Potrebbe rimuovere la sua recensione?"),
    example("buyer.promotion", "it", "Usi il codice sconto sul prossimo ordine."),
    example("buyer.threat", "it", "Contatteremo il nostro avvocato."),
    # Spanish
    example("buyer.review_solicitation", "es", "Si está satisfecho, déjenos una reseña."),
    example("buyer.review_solicitation", "es", "Una valoración de 5 estrellas nos ayudaría."),
    example("buyer.remove_or_cancel", "es", "¿Podría eliminar su reseña, por favor?"),
    example("buyer.promotion", "es", "Vea nuestra nueva colección."),
    example("buyer.off_amazon_contact", "es", "Le devolvemos el dinero por Bizum."),
    example("buyer.threat", "es", "Hablaremos con nuestro abogado."),
    # Japanese
    example("buyer.review_solicitation", "ja", "ご満足いただけましたら、レビューをお願いします。"),
    example("buyer.review_solicitation", "ja", "星5の評価をいただけると嬉しいです。"),
    example("buyer.remove_or_cancel", "ja", "お手数ですが、レビューを削除していただけますか。"),
    example("buyer.promotion", "ja", "次回のご注文で使えるクーポンコードです。"),
    example("buyer.threat", "ja", "弁護士に相談します。"),
    example("buyer.emoji_media", "ja", "ありがとうございます😊"),
    # A letter in another language than the chosen one.
    example(
        "common.language_mismatch",
        "de",
        "Thank you for your order. We are sorry that the lamp arrived broken and we will send "
        "you a new one today.",
    ),
    example(
        "common.language_mismatch",
        "en",
        "Vielen Dank für Ihre Bestellung. Es tut uns leid, dass die Lampe beschädigt ankam. "
        "Wir senden Ihnen heute eine neue.",
    ),
    example("common.cjk_in_english", "en", "Your parcel 已发货 yesterday."),
    example("common.cjk_in_english", "en", "Thank you. 未发现问题"),
]

NEAR_MISSES = [
    # Polite everyday phrasing a keyword rule would flag.
    example("buyer.review_solicitation", "de", "Sie können Ihre Bestellung jederzeit bewerten."),
    example(
        "buyer.review_solicitation",
        "de",
        "Vielen Dank für Ihre Bewertung. Wir senden Ihnen kostenlos einen Ersatz.",
    ),
    example("buyer.review_incentive", "de", "Wir haben Ihnen die Rückerstattung veranlasst."),
    example("buyer.promotion", "de", "Ihre Bestellung wird morgen zugestellt."),
    example(
        "buyer.discourage_claim",
        "de",
        "Bitte senden Sie den Artikel nicht zurück, behalten Sie ihn.",
    ),
    example("buyer.review_solicitation", "fr", "Merci pour votre avis, nous sommes désolés."),
    example(
        "buyer.remove_or_cancel", "fr", "Nous avons annulé la commande et vous avons remboursé."
    ),
    example("buyer.threat", "fr", "Nous vous remercions de votre patience."),
    example("buyer.review_solicitation", "it", "Grazie per il suo feedback, ci dispiace molto."),
    example("buyer.promotion", "it", "Il suo ordine è stato spedito oggi."),
    example("buyer.review_solicitation", "es", "Gracias por su opinión, lo sentimos mucho."),
    example("buyer.promotion", "es", "Su pedido llegará mañana."),
    example("buyer.review_solicitation", "ja", "ご注文いただきありがとうございます。"),
    example("buyer.remove_or_cancel", "ja", "返金の手続きが完了しました。"),
    example("common.cjk_in_english", "ja", "ご注文の商品は本日発送いたしました。"),
    example("common.cjk_in_english", "en", "Your order has shipped."),
    example("common.language_mismatch", "de", "Danke!"),
    example("common.language_mismatch", "fr", "Merci pour votre commande, elle est en route."),
    example(
        "common.language_mismatch", "ja", "ご注文ありがとうございます。商品は本日発送しました。"
    ),
]
