"""Trigger and near-miss examples of tests/letters/test_checks_buyer.py."""

from __future__ import annotations

from tests.helpers.checks import example

CASE = "review_followup"
ORDER = "Order 112-3456789-0123456."


TRIGGERS = [
    # Asking for a positive review (changing or removing one: buyer.remove_or_cancel).
    example("buyer.review_request", "Would you consider changing your 1-star rating to 5 stars?"),
    example("buyer.remove_or_cancel", "Could you update your review?"),
    example("buyer.remove_or_cancel", "Please remove the negative feedback you left."),
    example("buyer.remove_or_cancel", "Would it be possible for the review to be removed?"),
    example("buyer.review_request", "Please leave us a 5-star review."),
    example("buyer.review_request", "We hope you will leave positive feedback."),
    example("buyer.review_request", "Please rate us five stars.", subject="Thank you"),
    # Anything of value tied to a review.
    example("buyer.review_incentive", "We will refund you if you remove the review."),
    example("buyer.review_incentive", "You get a gift card for a 5-star review."),
    example("buyer.review_incentive", "Get a coupon for an honest review."),
    example("buyer.review_incentive", "Leave a review and get a $10 voucher."),
    example("buyer.review_incentive", "A free sample in exchange for your feedback."),
    # Marketing and promotion.
    example("buyer.marketing", "Join our VIP group for exclusive deals."),
    example("buyer.marketing", "Have a look at our other products while you wait."),
    example("buyer.marketing", "Get 10% off your next order with code SAVE10."),
    example("buyer.marketing", "Follow us on Instagram for new arrivals."),
    example("buyer.marketing", "Subscribe to our newsletter."),
    example("buyer.marketing", "Expect future discounts for loyal customers."),
    # Links.
    example("buyer.link", "See https://example.com/help for the manual."),
    example("buyer.link", "Visit www.mystore.com today."),
    example("buyer.link", "Our shop is at example.com/shop."),
    example("buyer.link", "The manual is at amazon.com.manuals-shop.xyz/lamp."),
    example("buyer.link", "Manuals on brightleaf-home.co.uk now."),
    # Contact details.
    example("buyer.email_address", "Write to support@mystore.com if needed."),
    example("buyer.email_address", "Our address: li.wei+orders@example.co.uk."),
    example("buyer.phone_number", "Call +1 555 123 4567 anytime."),
    example("buyer.phone_number", "Our number is (555) 123-4567."),
    example("buyer.phone_number", "Phone: 020 7946 0958."),
    example("buyer.phone_number", "My mobile is 13800138000."),
    example("buyer.phone_number", "Call 1-800-123-4567 for help."),
    example("buyer.phone_number", "Reach the team on +44 20 7946 0958."),
    example("buyer.phone_number", "Tracking 1Z999AA10123456784; my mobile is 13800138000."),
    example("buyer.phone_number", "Tracking No. 13912345678. Or call 13800138000."),
    example("buyer.messenger", "Add me on WeChat: seller88."),
    example("buyer.messenger", "Message us on WhatsApp."),
    example("buyer.messenger", "My LINE ID is brightleaf."),
    example("buyer.messenger", "Our Telegram is @brightleaf."),
    example("buyer.messenger", "Skype: brightleaf.support"),
    example("buyer.messenger", "Our QQ is 12345."),
    # Sending the buyer off Amazon.
    example("buyer.off_amazon", "Please contact us directly."),
    example("buyer.off_amazon", "Email us for help."),
    example("buyer.off_amazon", "Visit our website for a faster answer."),
    example("buyer.review_solicitation", "Instead of leaving a review, contact us."),
    example("buyer.off_amazon", "We can sort this out outside Amazon."),
    example("buyer.review_solicitation", "Before leaving negative feedback, please talk to us."),
    # "[Important]" in the subject.
    example("buyer.important_subject", "Hello.", subject="[Important] Your order"),
    example("buyer.important_subject", "Hello.", subject="Your order [IMPORTANT]"),
    # One more text for each remaining wording, so none of them can silently stop working.
    *(example("buyer.review_request", body) for body in ("We would appreciate a glowing review.",)),
    *(
        example("buyer.remove_or_cancel", body)
        for body in ("Could you raise your rating?", "Please delete the comment about the lid.")
    ),
    *(
        example("buyer.marketing", body)
        for body in (
            "Our new arrivals are in.",
            "Our latest products ship today.",
            "Our upcoming collection is lovely.",
            "Our new range is here.",
            "See our new collection.",
            "My other listings are cheaper.",
            "Use a coupon on your next purchase.",
            "A voucher for a future order.",
            "A special offer for you.",
            "Exclusive prices this week.",
            "Our flash sale starts Monday.",
            "Join the giveaway.",
            "Like us on the web.",
            "Find us on social media.",
            "We are on TikTok and YouTube.",
            "Join our mailing list.",
            "Check out our storefront.",
            "Browse our catalogue.",
            "Explore our shop.",
        )
    ),
    *(
        example("buyer.link", body)
        for body in (
            "Go to http://example.net now.",
            "Our page is brightleaf.shop/lamps.",
            "Try bit.ly/abc.",
            "Go to AMAZON.COM.brightleaf.shop/lamps.",
        )
    ),
    *(
        example("buyer.messenger", body)
        for body in (
            "Please add me on Zalo.",
            "Text us on Signal.",
            "Viber us any time.",
            "We use KakaoTalk: brightleaf.",
            "Weixin: brightleaf.",
            "加我微信 brightleaf88",
            "Find me via Line, please.",
        )
    ),
    *(
        example("buyer.off_amazon", body)
        for body in (
            "Call us any time.",
            "Text me when it arrives.",
            "Visit our online store.",
            "See our official website.",
            "We can settle this off Amazon.",
            "Reach us at the shop.",
            "Contact me at the shop.",
            "Contact us via the website.",
            "Contact us through the form on our shop.",
            "Write to us directly.",
        )
    ),
    # Warnings.
    example("buyer.no_order_id", "Your replacement is on its way."),
    example("buyer.no_order_id", "Your order 112-3456789 is on its way."),
    example("buyer.too_long", f"{ORDER} " + "We are sorry about the delay. " * 41),
    example("buyer.too_long", "word " * 201),
]

NEAR_MISSES = [
    example("buyer.review_request", "Please let us know if the replacement arrived."),
    example("buyer.review_request", "If you have any questions, reply here."),
    example("buyer.review_request", "Thank you for your positive feedback."),
    example("buyer.review_request", "We have updated our instructions following your feedback."),
    example("buyer.review_request", "We changed our packaging after reviewing complaints."),
    example("buyer.review_incentive", "Thanks for your feedback; we'd like to offer a refund."),
    example("buyer.review_incentive", "We saw your review and would like to offer a full refund."),
    example("buyer.review_incentive", "Since you left a negative review, we will refund you."),
    example("buyer.marketing", "We will pack your next order with extra care."),
    example("buyer.marketing", "Thank you for shopping at our store."),
    example("buyer.marketing", "We can offer a 20% discount on this order as a partial refund."),
    example("buyer.marketing", "Please follow the steps in the attached instructions."),
    example("buyer.link", "Thank you for shopping on Amazon.com."),
    example("buyer.link", "Your order 112-3456789-0123456 for B0ABCDEFGH has shipped."),
    example("buyer.link", "e.g. the box, i.e. the lid. It costs $12.99, version 2.5."),
    example("buyer.link", "Write to support@mystore.com if needed."),
    example("buyer.email_address", "You will receive an email from Amazon."),
    example("buyer.email_address", "Reply with @ and the size, e.g. size @ M."),
    example("buyer.phone_number", "Order 112-3456789-0123456 shipped on 2025-05-01."),
    example("buyer.phone_number", "Tracking 1Z999AA10123456784, delivered 05/01/2025."),
    example("buyer.phone_number", "Tracking 9400 1118 9922 3197 4284 90 costs $1,234.56."),
    example("buyer.phone_number", "FedEx tracking 7489 2391 2345 arrived on 01.05.2025."),
    example("buyer.phone_number", "We sent 2 units (SKU 4455-12) for 24.99 on 12 May 2025."),
    # 11 digits from 13 to 19 look like a Chinese mobile number; here they are tracking numbers.
    example("buyer.phone_number", "Your tracking number is 13912345678."),
    example("buyer.phone_number", "Tracking No. 15912345678, delivered on 2 May."),
    example("buyer.phone_number", "It left with SF Express under 18812345678 today."),
    example("buyer.messenger", "Please use Buyer-Seller Messaging; the line was busy."),
    example("buyer.messenger", "The inline guide shows how to chat with support on Amazon."),
    example("buyer.off_amazon", "Please contact the carrier and reply to this message."),
    example("buyer.off_amazon", "Contact us through Amazon messaging if you need help."),
    example("buyer.off_amazon", "Please contact us through the Buyer-Seller Messaging tab."),
    example("buyer.off_amazon", "If the size is wrong, contact us via the Messages tab."),
    example("buyer.off_amazon", "Contact us through Amazon's Buyer-Seller Messaging."),
    example("buyer.off_amazon", "You will receive an email from Amazon when it ships."),
    example("buyer.important_subject", "[Important] safety note.", subject="Your order"),
    example("buyer.important_subject", "Hello.", subject="Important information about your order"),
    example("buyer.no_order_id", "Your order 112-3456789-0123456 is on its way."),
    example("buyer.no_order_id", "Hello.", subject="Order 112-3456789-0123456"),
    example("buyer.too_long", f"{ORDER} " + "Sorry. " * 190),
    example("buyer.too_long", "word " * 200),
]
