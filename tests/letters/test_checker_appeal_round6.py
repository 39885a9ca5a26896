"""Appeals, round 6 (issue 9): the notice is no root cause, parts named by a question or a
bare label, parts in another script, a commonplace followed by its cause, and verification
appeals that name no document.

Each category has triggers and near-misses, both ways."""

from __future__ import annotations

from letters.checks import check_letter

MISSING = {
    "appeal.missing_root_cause",
    "appeal.missing_corrective_actions",
    "appeal.missing_preventive_measures",
    "appeal.verification_unexplained",
}


def _rules(body: str, case: str = "odr_deactivation") -> set[str]:
    return {finding.rule for finding in check_letter(case=case, body=body, second_opinion=False)}


# --- The notice restated is not a root cause ---------------------------------------------------


def test_restating_the_deactivation_and_the_rate_is_no_root_cause() -> None:
    body = (
        "Dear Seller Performance team,\n\nOur store Fernhill Paper was deactivated for an Order "
        "Defect Rate of 1.4%, above the 1% target.\n\nWe refunded all 12 buyers on 3 November.\n\n"
        "From now on our packer Lena checks every parcel before it leaves.\n\nRegards"
    )
    assert "appeal.missing_root_cause" in _rules(body)


def test_a_fact_with_a_figure_that_tells_what_went_wrong_is_a_root_cause() -> None:
    body = (
        "Dear Seller Performance team,\n\nOur warehouse shipped 31 orders four days late in the "
        "week of 2 November while our only packer was off sick.\n\nWe refunded all 12 buyers on "
        "3 November.\n\nFrom now on our packer Lena checks every parcel before it leaves.\n\n"
        "Regards"
    )
    assert "appeal.missing_root_cause" not in _rules(body)


# --- Parts named by a question or by a bare label inside a paragraph ---------------------------

_QUESTIONS = (
    "Dear team,\n\nHow did the infringement happen? In July we bought a vase design at a trade "
    "fair without checking the EU design register.\n\nWhat have you already done? On 13 November "
    "we closed the listing and removed 275 units from FBA.\n\n"
    "{prevention}\n\nPlease reinstate the account."
)


def test_a_question_naming_prevention_opens_the_preventive_part() -> None:
    prevention = (
        "What will stop it happening again? Every new design is searched in DesignView before "
        "we order samples, and I sign the search off."
    )
    rules = _rules(_QUESTIONS.format(prevention=prevention), "ip_complaint")
    assert not rules & MISSING


def test_a_paragraph_with_no_prevention_is_still_missing_it() -> None:
    prevention = "We are sorry for the trouble this caused the rights owner."
    rules = _rules(_QUESTIONS.format(prevention=prevention), "ip_complaint")
    assert "appeal.missing_preventive_measures" in rules


def test_a_bare_label_sentence_opens_its_paragraph_as_the_part() -> None:
    body = (
        "Dear team,\n\nRoot cause. Our catalogue tool matched our products to other brands' "
        "ASINs by UPC codes bought from a reseller. We did not check the matches.\n\n"
        "Corrective actions. We closed all 11 offers on 9 November.\n\n"
        "Preventive measures. Automatic matching is off; our listing lead compares brand and "
        "images of every ASIN before an offer goes live.\n\nRegards"
    )
    rules = _rules(body, "suspension_hijacking")
    assert not rules & MISSING
    assert "appeal.vague_part" not in rules


def test_a_bare_label_over_vague_sentences_is_still_vague() -> None:
    body = (
        "Dear team,\n\nRoot cause. There was a mistake.\n\nCorrective actions. We closed all "
        "11 offers on 9 November.\n\nPreventive measures. Our listing lead compares brand and "
        "images of every ASIN before an offer goes live.\n\nRegards"
    )
    assert "appeal.vague_part" in _rules(body, "suspension_hijacking")


# --- A part written in Chinese is the script rule's finding, not a vague part -------------------


def test_a_root_cause_in_chinese_is_not_called_vague() -> None:
    body = (
        "Root cause: 我们的供应商换了包装，买家以为是假货。\n"
        "Corrective actions: on 8 Nov we sent both buyers the invoice from the brand.\n"
        "Preventive measures: our QC lead Mei photographs every new packaging version.\n"
    )
    rules = _rules(body, "inauthentic_complaint")
    assert "common.cjk_in_english" in rules
    assert "appeal.vague_part" not in rules


# --- A commonplace followed by the cause ------------------------------------------------------


def test_our_mistake_followed_by_the_cause_is_a_root_cause() -> None:
    body = (
        "Root cause: that was our mistake: the card belongs to the wrong legal entity, our "
        "sister company.\nCorrective actions: on 4 Nov we replaced the card (ending 3006).\n"
        "Preventive measures: our bookkeeper checks every payment method against one checklist.\n"
    )
    assert "appeal.vague_part" not in _rules(body)


def test_our_mistake_alone_is_a_hollow_root_cause() -> None:
    body = (
        "Root cause: that was our mistake and our negligence.\nCorrective actions: on 4 Nov we "
        "replaced the card (ending 3006).\nPreventive measures: our bookkeeper checks every "
        "payment method against one checklist.\n"
    )
    assert "appeal.vague_part" in _rules(body)


# --- Verification appeals that name no document ----------------------------------------------


def test_documents_uploaded_again_with_nothing_named_is_missing() -> None:
    body = (
        "Dear Amazon Team,\n\nOur account was suspended for verification. We have uploaded the "
        "business license again. Please verify our account as soon as possible.\n\nThank you."
    )
    assert "appeal.verification_unexplained" in _rules(body, "suspension_verification")


def test_an_angry_verification_letter_with_no_document_named_is_missing() -> None:
    body = (
        "Dear Amazon,\n\nI have uploaded my ID and my bank statement three times and you reject "
        "them every time. Please check again.\n\nDaniel"
    )
    assert "appeal.verification_unexplained" in _rules(body, "suspension_verification")


def test_a_list_of_named_documents_is_enough_for_verification() -> None:
    body = (
        "Dear Seller Verification Team,\nAs requested, attached: the Certificate of "
        "Incorporation (Delaware, file no. 7712345), the EIN letter, and the Chase bank "
        "statement for October 2026, account ending 2208.\nRegards, Daniel Kim"
    )
    assert not _rules(body, "suspension_verification") & MISSING


def test_a_vague_three_part_verification_plan_is_vague_not_missing() -> None:
    body = (
        "Root cause: There was some problem with our documents.\n"
        "Corrective actions: We have uploaded new documents.\n"
        "Preventive measures: We will make sure all our information is correct in future.\n"
    )
    rules = _rules(body, "suspension_verification")
    assert "appeal.verification_unexplained" not in rules
    assert "appeal.vague_part" in rules


def test_the_documents_rule_is_for_verification_appeals_only() -> None:
    body = (
        "Root cause: our packer used the wrong box size for 14 orders in October.\n"
        "Corrective actions: on 3 Nov we refunded the 14 buyers.\n"
        "Preventive measures: our packer Lena weighs every parcel before it leaves.\n"
    )
    assert "appeal.verification_unexplained" not in _rules(body)


# --- Injustice claimed, Amazon's people cast as careless: blame, not a plea -------------------

_PLAN = (
    "\n\nRoot cause: our courier lost 14 parcels in October and we did not track them.\n"
    "Corrective actions: on 2 Nov we refunded the 14 buyers.\n"
    "Preventive measures: our shipping lead checks every late tracking number daily.\n"
)


def test_calling_the_claims_unfair_is_blame_not_begging() -> None:
    rules = _rules("The claims counted against us are unfair." + _PLAN)
    assert "appeal.blame" in rules
    assert "appeal.emotive" not in rules


def test_other_sellers_doing_the_same_is_blame() -> None:
    body = "Many other sellers are doing the same thing and nobody gets punished." + _PLAN
    assert "appeal.blame" in _rules(body)


def test_amazon_team_not_reading_the_documents_is_blame() -> None:
    body = (
        "I uploaded my passport twice and you rejected it without any explanation. Your "
        "verification team clearly does not read the documents." + _PLAN
    )
    assert "appeal.blame" in _rules(body, "suspension_verification")


def test_the_rights_owners_lawyer_made_a_mistake_is_blame() -> None:
    body = "The complaint is because Halcyon's lawyer made a mistake." + _PLAN
    assert "appeal.blame" in _rules(body, "ip_complaint")


def test_unfair_business_practice_in_a_legal_threat_is_the_threat_only() -> None:
    body = (
        "If the account is not restored our lawyer will file a complaint for unfair business "
        "practice." + _PLAN
    )
    rules = _rules(body)
    assert "appeal.legal_threat" in rules
    assert "appeal.blame" not in rules


def test_a_seller_owning_a_misread_is_not_blame() -> None:
    body = (
        "We did not read the rights owner's registration before listing, and that was unwise "
        "of us; Amazon's notice was correct." + _PLAN
    )
    assert "appeal.blame" not in _rules(body, "ip_complaint")


def test_will_file_suit_is_a_legal_threat() -> None:
    body = "We will file suit against the brand and Amazon within 10 days." + _PLAN
    assert "appeal.legal_threat" in _rules(body)


def test_a_pleading_letter_is_still_begging() -> None:
    body = "Please, please help us, we beg you for one more chance." + _PLAN
    assert "appeal.emotive" in _rules(body)


# --- Facts: an IBAN is a bank's, a document's age is no reply time ------------------------------


def _facts(body: str, case: str = "suspension_verification") -> bool:
    return "common.inconsistent_facts" in _rules(body, case)


def test_a_short_iban_written_out_is_flagged() -> None:
    assert _facts("On 3 November we uploaded a statement showing account NL91ABNA0417164300.")


def test_a_tracking_number_shaped_like_an_iban_is_not() -> None:
    body = (
        "Your replacement was shipped today with Royal Mail, tracking number "
        "JD014600003812345678, and should arrive in 2-3 days."
    )
    assert not _facts(body, "replacement_sent")


def test_a_document_no_older_than_90_days_is_no_reply_promise() -> None:
    assert not _facts("In future I check that every bill is dated within 90 days.")


def test_a_reply_promised_within_90_days_is_no_promise() -> None:
    assert _facts("From now on we reply to every buyer message within 90 days.", "odr_deactivation")


# --- Boasts: reach and retail standing; a product's own name is none -------------------------


def test_our_best_selling_product_named_in_the_cause_is_no_boast() -> None:
    body = "Root cause: on 11 October we raised the price of our best-selling water filter." + _PLAN
    assert "appeal.boast" not in _rules(body)


def test_being_the_best_selling_brand_is_a_boast() -> None:
    assert "appeal.boast" in _rules("We are the best-selling humidifier brand." + _PLAN)


def test_a_big_factory_exporting_to_30_countries_is_a_boast() -> None:
    body = "We are a big factory with 200 workers and export to 30 countries." + _PLAN
    assert "appeal.boast" in _rules(body)


def test_products_sold_in_walmart_is_a_boast() -> None:
    assert "appeal.boast" in _rules("Our products are sold in Walmart and Costco." + _PLAN)


def test_selling_in_three_countries_is_a_fact() -> None:
    body = "We sell in 3 countries (UK, DE, FR) from one warehouse." + _PLAN
    assert "appeal.boast" not in _rules(body)
