"""Trigger and near-miss examples of tests/letters/test_checks_intent.py."""

from __future__ import annotations

from tests.helpers.checks import example

TRIGGERS = [
    # Review solicitation in any form: conditional, gated, steering, dictated, repeated, kind words.
    example(
        "buyer.review_solicitation", "If everything is fine with the lamp, we'd love a review."
    ),
    example("buyer.review_solicitation", "If you are happy with it, please leave us feedback."),
    example("buyer.review_solicitation", "Please contact us before you leave a review."),
    example("buyer.review_solicitation", "In your review, please mention the fast delivery."),
    example("buyer.review_solicitation", "Please say in your review that the colour is true."),
    example(
        "buyer.review_solicitation",
        "We sent a review request last week; could you leave a review when you have a moment?",
    ),
    example("buyer.review_solicitation", "Just a reminder to leave your feedback for the order."),
    example("buyer.review_solicitation", "Could you leave some good words for us?"),
    example("buyer.review_solicitation", "Happy with your kettle? Leave a review!"),
    example("buyer.review_solicitation", "A 5-star review would make our day."),
    # Change or remove a review, feedback or claim; cancel the order.
    example("buyer.remove_or_cancel", "Could you please cancel the order so we can relist it?"),
    example("buyer.remove_or_cancel", "Please withdraw the A-to-z claim now that it has arrived."),
    example("buyer.remove_or_cancel", "We hope you can update your 1-star rating."),
    # Anything of value tied to a review.
    example("buyer.review_incentive", "Leave a review and get a $10 gift card."),
    example("buyer.review_incentive", "After you post your review we will send a free sample."),
    # Promotion without a promo keyword.
    example("buyer.promotion", "You will get a free gift with your next order."),
    example("buyer.promotion", "Just search our brand name on Amazon."),
    example("buyer.promotion", "Our new collection of cushions arrives in May."),
    example("buyer.promotion", "Check our brand page: other colours are at 20% discount."),
    example("buyer.attachment", "We attached our catalogue for you."),
    # Payment or contact off Amazon, however it is written.
    example("buyer.off_amazon_contact", "We can refund you via PayPal right away."),
    example("buyer.off_amazon_contact", "Send the difference by Venmo or Zelle."),
    example("buyer.off_amazon_contact", "Write to support(at)shop(dot)com for a faster answer."),
    example("buyer.off_amazon_contact", "Our mail is brightleaf at gmail dot com."),
    # Emoji, emoticons, GIFs.
    example("buyer.emoji_media", "Thank you 😊"),
    example("buyer.emoji_media", "Sorry about that :( we will fix it."),
    example("buyer.emoji_media", "Here is a GIF of how to open the lid."),
    # Discouraging claims or feedback.
    example("buyer.discourage_claim", "Please do not open an A-to-z claim, we will solve it."),
    example("buyer.discourage_claim", "Please don't leave negative feedback, just message us."),
    example("buyer.discourage_claim", "A chargeback would hurt our small shop."),
    # Threats.
    example("buyer.threat", "If you leave negative feedback, we will report you to Amazon."),
    example("buyer.threat", "Our lawyer is following this order."),
    example("buyer.threat", "Return it now or else we take legal action."),
    # Threats in letters to Amazon or to another seller.
    example("common.threat", "We know where you live.", case="abuse_report"),
    example(
        "common.threat", "We will destroy your account. Remove B0CCC33333.", case="cease_and_desist"
    ),
    # Urgency tags in a message that is not critical.
    example("buyer.important_misuse", "Hello.", subject="[URGENT] Your order"),
    example("buyer.important_misuse", "[Important] Thanks for buying our lamp."),
    # Attachments not needed for the order.
    example("buyer.attachment", "Please find attached our brochure of spring products."),
    example("buyer.attachment", "A flyer with our offers is enclosed in this message."),
]

NEAR_MISSES = [
    example("buyer.review_solicitation", "We would appreciate it if you left a review."),
    example("buyer.review_solicitation", "Thank you for your feedback about the lamp."),
    example(
        "buyer.review_solicitation",
        "If you would like a replacement, reply; your feedback helps us improve.",
    ),
    example("buyer.review_solicitation", "If you have any questions, reply to this message."),
    example("buyer.remove_or_cancel", "We have cancelled the order and refunded you in full."),
    example("buyer.remove_or_cancel", "You can open an A-to-z claim if the parcel is lost."),
    example("buyer.review_incentive", "Thank you for your feedback; we have issued a full refund."),
    example("buyer.review_incentive", "We will send a free replacement within 3 days."),
    example("buyer.promotion", "We will pack your next order with extra care."),
    example("buyer.promotion", "Your order is listed at https://www.amazon.com/gp/your-account."),
    example(
        "buyer.off_amazon_contact", "The refund goes back to the card you paid with on Amazon."
    ),
    example("buyer.off_amazon_contact", "Please reply at your convenience."),
    example("buyer.emoji_media", "The shirt is 100% linen."),
    example("buyer.emoji_media", "Note: see step 3 (the blue lid)."),
    example("buyer.discourage_claim", "Please do not leave the charger plugged in overnight."),
    example("buyer.discourage_claim", "If it has not arrived by Friday, you can open a claim."),
    example("buyer.threat", "We will report the lost parcel to the carrier."),
    example("buyer.threat", "If it happens again, please tell us."),
    example("common.threat", "We know the order 112-3456789-0123456 well.", case="abuse_report"),
    example(
        "common.threat",
        "Remove your offers on B0CCC33333 within 48 hours or we will file a report with Amazon.",
        case="cease_and_desist",
    ),
    example("buyer.important_misuse", "Hello.", subject="Your order 112-3456789-0123456"),
    example("buyer.important_misuse", "It is important to charge the watch before first use."),
    example("buyer.attachment", "Attached is the invoice for your order."),
    example("buyer.attachment", "Please find the return label attached."),
    # The messenger app as a feature of the product, not a way to the seller.
    example("buyer.messenger", "The watch cannot make WhatsApp calls, but shows WhatsApp alerts."),
    example("buyer.messenger", "It supports LINE and Telegram notifications."),
    example("buyer.off_amazon", "If you have a problem, contact us through Amazon messages."),
    # Amazon's own pages are fine.
    example(
        "buyer.link",
        "Your order: https://www.amazon.com/gp/your-account/order-details?orderID=112-3456789-0123456",
    ),
    example("buyer.link", "Start the return at https://www.amazon.co.uk/returns."),
    example("buyer.link", "See sellercentral.amazon.de for the rules."),
]
