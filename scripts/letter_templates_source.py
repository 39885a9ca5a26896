"""The English letter templates SellerDesk ships with: one per case, as readable data.

scripts/build_letter_templates_fixture.py validates these and writes
fixtures/letter_templates.json. Every text here was written for SellerDesk; the
examples describe one consistent imaginary seller (Lumora Home EU, run by Li Wei) so that
a template rendered with its examples reads like a real letter.

Placeholders: `{{ name }}` inserts a value; a list placeholder on its own line becomes
"- item" lines, and `{{ name|inline }}` becomes "A, B and C". Optional placeholders
(required False) stand alone on a line, because an empty one renders as nothing.
"""

from __future__ import annotations


def ph(
    name: str,
    label: str,
    kind: str,
    help_text: str,
    example: str | list[str],
    *,
    required: bool = True,
) -> dict:
    """One placeholder declaration, in the JSON shape TemplateVersion.placeholders stores."""
    return {
        "name": name,
        "label": label,
        "kind": kind,
        "help": help_text,
        "example": example,
        "required": required,
    }


# --- Filled by the wizard's own steps --------------------------------------------------


def store_name(help_text: str = "Your store name exactly as buyers see it on Amazon.") -> dict:
    return ph("store_name", "store name", "text", help_text, "Lumora Home EU")


MARKETPLACE = ph(
    "marketplace",
    "marketplace",
    "text",
    "The Amazon marketplace this letter is about.",
    "Germany (amazon.de)",
)
SENDER_NAME = ph(
    "sender_name",
    "your name",
    "text",
    "The name of the person who signs the letter.",
    "Li Wei",
)
SENDER_ROLE = ph(
    "sender_role",
    "your role",
    "text",
    "Your position in the business, e.g. Owner or Operations manager.",
    "Owner",
)
BUYER_NAME = ph(
    "buyer_name",
    "buyer name",
    "text",
    "The buyer's name as it appears on the order.",
    "Anna Schmidt",
)
ORDER_ID = ph(
    "order_id",
    "order ID",
    "order_id",
    "The Amazon order ID, e.g. 302-4417815-9920318.",
    "302-4417815-9920318",
)

IDENTITY = [store_name(), MARKETPLACE, SENDER_NAME, SENDER_ROLE]

SPECIFIC = (
    " Specific means something Amazon can check: a date, a number, the name of a "
    "process, tool, supplier or person. 'We will be more careful' is not specific."
)


def plan_of_action(
    *,
    root_help: str,
    root_example: list[str],
    corrective_help: str,
    corrective_example: list[str],
    preventive_help: str,
    preventive_example: list[str],
) -> list[dict]:
    """The three required Plan-of-Action lists, with help written for the case."""
    return [
        ph(
            "root_causes",
            "root causes",
            "lines",
            "One cause per line: what went wrong and why, admitted plainly. "
            + root_help
            + " Do not blame buyers, Amazon or the carrier."
            + SPECIFIC,
            root_example,
        ),
        ph(
            "corrective_actions",
            "corrective actions",
            "lines",
            "One action already taken per line, starting with its date, as in "
            "'14 October 2026: Removed all 12 affected listings'. "
            + corrective_help
            + " Only list what you have really done."
            + SPECIFIC,
            corrective_example,
        ),
        ph(
            "preventive_measures",
            "preventive measures",
            "lines",
            "One change per line that stops this from happening again, with who owns it "
            "and how often it runs. " + preventive_help + SPECIFIC,
            preventive_example,
        ),
    ]


def notice_date(example: str, what: str = "the notice") -> dict:
    return ph(
        "notice_date",
        "notice date",
        "date",
        f"The date of {what} in your Account Health or Performance Notifications.",
        example,
    )


def buyer_identity() -> list[dict]:
    return [BUYER_NAME, ORDER_ID, store_name(), SENDER_NAME]


# --- A. Letters to Amazon: appeals (Plan of Action) ------------------------------------

SUSPENSION_VERIFICATION = {
    "case": "suspension_verification",
    "name": "Appeal: account suspended for identity or document verification",
    "subject": "Appeal against verification suspension – {{ store_name }}, {{ marketplace }}",
    "body": """Dear Amazon team,

We are appealing the suspension notice of {{ notice_date }} for our store {{ store_name }} on the {{ marketplace }} marketplace. The notice says that Amazon could not verify the information we provided. We have compared every document we submitted with our account details, found where they did not match, and explain and correct each point below.

Documents that were not accepted:
{{ rejected_documents }}

Documents attached to this appeal:
{{ supplied_documents }}

Why the earlier documents did not match our account:
{{ difference_reason }}

Root cause
{{ root_causes }}

Corrective actions taken
{{ corrective_actions }}

Preventive measures
{{ preventive_measures }}

We ask you to verify the attached documents and reinstate the selling account of {{ store_name }} on the {{ marketplace }} marketplace. If you need another document, or a clearer copy of one of these, please tell us which one and we will send it within one working day.

Yours sincerely,
{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        *IDENTITY,
        notice_date("9 October 2026", "the suspension notice"),
        ph(
            "rejected_documents",
            "rejected documents",
            "lines",
            "One document per line: which document Amazon did not accept and the reason "
            "it gave (or the reason you found), e.g. an old address or a cropped scan.",
            [
                "Utility bill dated 3 June 2026: it showed our previous office address",
                "Business licence: the scan was cut off, so the registration number "
                "could not be read",
            ],
        ),
        ph(
            "supplied_documents",
            "documents supplied",
            "lines",
            "One document per line, as you attach it now: what it is, whose name it is in "
            "and its date (business licence, passport or ID card, utility bill, bank "
            "statement).",
            [
                "Business licence of Shenzhen Lumora Trading Co., Ltd., full colour scan "
                "of the whole page",
                "Passport of Li Wei, primary contact and beneficial owner",
                "Electricity bill dated 2 October 2026 for our current registered address",
                "Bank statement dated 30 September 2026 showing the company name and the "
                "same address",
            ],
        ),
        ph(
            "difference_reason",
            "why the documents differed",
            "textarea",
            "Explain plainly why the earlier documents did not match your account, e.g. "
            "the business moved, or a name is written differently in Chinese and English. "
            "Give the dates.",
            "Our company moved its registered office from Longgang District to Nanshan "
            "District, Shenzhen, in May 2026, and the bill we first uploaded was for the old "
            "office. The English company name on our account is the official translation of "
            "the Chinese name on the business licence, as the enclosed bank statement shows.",
        ),
        ph(
            "based_in_china",
            "based in mainland China",
            "yesno",
            "Is the business based in mainland China? In the UK, Amazon sends these "
            "appeals to its seller verification team.",
            "yes",
            required=False,
        ),
        *plan_of_action(
            root_help="Say which document failed and why: an outdated address, a cropped "
            "or unreadable scan, a name written differently, a missing page.",
            root_example=[
                "We uploaded a utility bill for our old office after our registered address "
                "changed in May 2026",
                "Our business licence scan was cropped, so the registration number could "
                "not be read",
                "Nobody compared the documents with the account details before we submitted them",
            ],
            corrective_help="E.g. address updated in Seller Central, new documents "
            "obtained, documents rescanned.",
            corrective_example=[
                "9 October 2026: Updated the registered address in Seller Central to match "
                "our current business licence",
                "10 October 2026: Obtained a new electricity bill and bank statement for "
                "the current address",
                "10 October 2026: Rescanned the business licence in full colour, with all "
                "four corners and the registration number visible",
            ],
            preventive_help="E.g. who checks documents against the account before upload, "
            "and how fast you update Seller Central after a change of address or name.",
            preventive_example=[
                "Every document is compared field by field with the account details before "
                "upload — owned by the operations manager, every submission",
                "Any change of address or company name is updated in Seller Central within "
                "3 working days, with new documents on file — owned by the owner",
            ],
        ),
    ],
}

SUSPENSION_HIJACKING = {
    "case": "suspension_hijacking",
    "name": "Appeal: account under review for offers on listings without the right to sell",
    "subject": "Appeal: offers on listings we had no right to sell – {{ store_name }}, "
    "{{ marketplace }}",
    "body": """Dear Seller Performance team,

We are responding to your notice of {{ notice_date }} that our account {{ store_name }} on the {{ marketplace }} marketplace is under review because we offered goods on listings that we had no right to sell on. The notice is correct. This letter explains how it happened and what we have changed.

Listings concerned:
{{ asins }}

What we sold on these listings:
{{ goods_description }}

Supplier invoices for these goods (copies attached):
{{ supplier_invoices }}

We removed all of our offers from these listings on {{ offers_removed_date }}.

Root cause
{{ root_causes }}

Corrective actions taken
{{ corrective_actions }}

Preventive measures
{{ preventive_measures }}

Before we add an offer to any existing listing, we now check our right to sell as follows: {{ rights_check }}

We ask you to reinstate our selling privileges on the {{ marketplace }} marketplace. We can send further invoices, our supplier's details or a copy of our new listing checklist if they would help your review.

Yours sincerely,
{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        *IDENTITY,
        notice_date("9 October 2026"),
        ph(
            "asins",
            "ASINs",
            "asins",
            "The ASINs of the listings you offered goods on without the right to, one per line.",
            ["B0C7M4QX2T", "B0C9K2LRW5", "B0BZT6HN1Q"],
        ),
        ph(
            "goods_description",
            "goods sold",
            "textarea",
            "Say exactly what you sold on these listings and whether it was the genuine "
            "product of that brand or your own similar product. Be honest: Amazon compares "
            "this with your invoices.",
            "Our own unbranded LED desk lamps, model LH-DL20. They look similar to the "
            "branded lamps on these listings but are not made by that brand, so they did "
            "not match the listings.",
        ),
        ph(
            "supplier_invoices",
            "supplier invoices",
            "lines",
            "One invoice per line: supplier name, invoice number, date and quantity. "
            "Attach the invoices to the appeal.",
            [
                "Shenzhen Kaiyu Lighting Co., Ltd., invoice KY-20260917, 17 September "
                "2026, 300 units of model LH-DL20"
            ],
        ),
        ph(
            "offers_removed_date",
            "date offers removed",
            "date",
            "The date you deleted your offers from these listings.",
            "10 October 2026",
        ),
        ph(
            "rights_check",
            "rights check before listing",
            "textarea",
            "Describe the check you now make before offering on an existing listing: who "
            "does it, what they look at (brand, product, invoice, authorisation) and where "
            "it is recorded.",
            "the listing manager compares the brand and product on the listing with our "
            "supplier invoice, and we list only if the goods are identical and we hold an "
            "invoice or written authorisation for that brand. Each check is recorded in our "
            "listing log and signed off by the owner.",
        ),
        *plan_of_action(
            root_help="Say why you offered on these listings, e.g. the product looked "
            "similar, staff did not know the rule, there was no check before listing.",
            root_example=[
                "We added offers to three existing listings because our lamps looked "
                "similar, without checking that the listings belonged to another brand",
                "Our listing staff did not know that an offer on an existing listing must "
                "be for the identical product",
                "We had no written rule or checklist for adding offers to existing listings",
            ],
            corrective_help="E.g. offers deleted, the whole catalogue reviewed, staff trained.",
            corrective_example=[
                "10 October 2026: Deleted our offers from all three listings",
                "11 October 2026: Reviewed all 86 active offers in our catalogue and found "
                "no other offer on another brand's listing",
                "12 October 2026: Trained our four listing staff for two hours on Amazon's "
                "rules for selling on existing listings",
            ],
            preventive_help="E.g. a rights check before every new offer, a sign-off, a "
            "regular audit of live offers.",
            preventive_example=[
                "Rights check before any offer on an existing listing, recorded in the "
                "listing log — owned by the listing manager, every new offer",
                "Owner's sign-off before any new offer goes live — every day",
                "Audit of all active offers against brand and supplier invoices — owned by "
                "the operations manager, monthly",
            ],
        ),
    ],
}

ODR_DEACTIVATION = {
    "case": "odr_deactivation",
    "name": "Appeal: account deactivated for Order Defect Rate",
    "subject": "Appeal: deactivation for Order Defect Rate – {{ store_name }}, {{ marketplace }}",
    "body": """Dear Seller Performance team,

We are appealing the deactivation of our store {{ store_name }} on the {{ marketplace }} marketplace, notified on {{ notice_date }}. Our Order Defect Rate reached {{ odr_percent }}%, above Amazon's target of less than {{ odr_target }}%: {{ claim_count }} of our {{ order_count }} orders in the period had an A-to-z claim, negative feedback or a chargeback. The causes lay in our own processes, and we have changed them.

Orders concerned:
{{ order_ids }}

Root cause
{{ root_causes }}

Corrective actions taken
{{ corrective_actions }}

Preventive measures
{{ preventive_measures }}

From now on we reply to every buyer message within {{ reply_hours }} hours, including weekends and public holidays, and we issue every refund we owe within {{ refund_hours }} hours of the request or of the return reaching us.

We ask you to reinstate our selling account on the {{ marketplace }} marketplace. We can provide our message logs, refund records or staff rota if they would help your review.

Yours sincerely,
{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        *IDENTITY,
        notice_date("16 October 2026", "the deactivation notice"),
        ph(
            "odr_percent",
            "ODR figure",
            "percent",
            "Your Order Defect Rate as shown in Account Health, without the % sign.",
            "1.8",
        ),
        ph(
            "odr_target",
            "ODR target",
            "percent",
            "Amazon's target for the rate, without the % sign (1 for most accounts).",
            "1",
        ),
        ph(
            "claim_count",
            "number of defects",
            "integer",
            "How many orders had an A-to-z claim, negative feedback or a chargeback in the "
            "period Account Health shows.",
            "5",
        ),
        ph(
            "order_count",
            "number of orders",
            "integer",
            "How many orders you had in the same period (Account Health shows it).",
            "280",
        ),
        ph(
            "order_ids",
            "order IDs",
            "order_ids",
            "The order IDs with a claim, negative feedback or chargeback, one per line.",
            [
                "302-4417815-9920318",
                "302-8830142-5561907",
                "302-1958264-3307745",
                "302-6602871-1184520",
                "302-3371096-7745213",
            ],
        ),
        ph(
            "reply_hours",
            "reply time in hours",
            "integer",
            "The longest time, in hours, you now take to answer a buyer message. Promise "
            "only what your team can keep; 24 or less.",
            "12",
        ),
        ph(
            "refund_hours",
            "refund time in hours",
            "integer",
            "The longest time, in hours, you now take to refund once a refund is due.",
            "24",
        ),
        *plan_of_action(
            root_help="Name the cause of each group of claims: late replies, listings left "
            "active over a holiday, slow refunds, late dispatch, with the numbers.",
            root_example=[
                "Our office closed from 1 to 7 October 2026 for the National Day holiday and "
                "nobody answered buyer messages; 3 buyers opened A-to-z claims after "
                "waiting more than 48 hours",
                "Our listings stayed active over the holiday although nobody could ship, so "
                "2 orders shipped 6 days late and received negative feedback",
                "We approved refunds only once a week, so buyers who returned items waited "
                "up to 9 days",
            ],
            corrective_help="E.g. open messages answered, affected buyers refunded, "
            "holiday settings changed, staff added.",
            corrective_example=[
                "17 October 2026: Answered all open buyer messages and refunded the 5 "
                "orders concerned in full",
                "18 October 2026: Set up holiday mode so that our listings close "
                "automatically whenever nobody can ship",
                "20 October 2026: Hired a second customer-service agent so that messages "
                "are covered seven days a week",
            ],
            preventive_help="Include your reply-time and refund-time rules and how you "
            "cover holidays.",
            preventive_example=[
                "Buyer messages answered within 12 hours, seven days a week — owned by the "
                "customer-service lead, checked daily",
                "Listings set to inactive before every public holiday when nobody ships — "
                "owned by the operations manager, from a holiday calendar",
                "Refunds processed every working day instead of weekly — owned by the "
                "finance assistant",
            ],
        ),
    ],
}

INAUTHENTIC_COMPLAINT = {
    "case": "inauthentic_complaint",
    "name": "Appeal: inauthentic-item complaints",
    "subject": "Appeal: inauthentic-item complaints – {{ store_name }}, {{ marketplace }}",
    "body": """Dear Seller Performance team,

We are responding to your notice of {{ notice_date }} about complaints that items sold by our store {{ store_name }} on the {{ marketplace }} marketplace were not authentic. The items are genuine, and the invoices below show where they came from. We have found what led these buyers to doubt them.

Affected ASINs:
{{ asins }}

Orders with a complaint:
{{ order_ids }}

Each of these buyers has been offered {{ buyer_remedy }}.

Our supplier: {{ supplier }}
Invoices (copies attached):
{{ supplier_invoices }}

What caused the complaints:
{{ complaint_cause }}

Our FBA stock:
{{ stock_inspection }}

Root cause
{{ root_causes }}

Corrective actions taken
{{ corrective_actions }}

Preventive measures
{{ preventive_measures }}

We ask you to reinstate our listings and selling privileges on the {{ marketplace }} marketplace. We can send further invoices, our supplier's business licence or photos of the inspected stock if they would help your review.

Yours sincerely,
{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        *IDENTITY,
        notice_date("12 October 2026"),
        ph(
            "asins",
            "ASINs",
            "asins",
            "The ASINs named in the notice, one per line.",
            ["B0C7M4QX2T"],
        ),
        ph(
            "order_ids",
            "order IDs",
            "order_ids",
            "The order IDs of the complaints, one per line.",
            [
                "302-4417815-9920318",
                "302-5126603-4471852",
                "302-9084417-2265039",
                "302-7713350-8846101",
            ],
        ),
        ph(
            "buyer_remedy",
            "what buyers were offered",
            "text",
            "What you offered the buyers who complained, e.g. 'a free replacement from "
            "inspected stock or a full refund, as they preferred'.",
            "a free replacement from inspected stock or a full refund, as they preferred",
        ),
        ph(
            "supplier",
            "supplier",
            "text",
            "The company you bought the goods from, and whether it is the manufacturer or "
            "an authorised distributor.",
            "Ningbo Lumora Houseware Co., Ltd., the factory that makes our Lumora Home products",
        ),
        ph(
            "supplier_invoices",
            "invoices",
            "lines",
            "One invoice per line: number, date and quantity. The quantities should cover "
            "what you sold.",
            [
                "Invoice NLH-2026-0812, 12 August 2026, 600 units",
                "Invoice NLH-2026-0905, 5 September 2026, 400 units",
            ],
        ),
        ph(
            "complaint_cause",
            "cause of the complaints",
            "textarea",
            "The defect, packaging change or delay that made buyers think the item was not "
            "genuine, with dates and numbers.",
            "In September 2026 our factory switched to a new box without the Lumora Home "
            "logo on the side. Buyers who knew the old box received a different package "
            "from the one in our photos and believed the item was a copy. Two of the four "
            "buyers also received a dented box.",
        ),
        ph(
            "stock_inspection",
            "FBA stock removed or inspected",
            "textarea",
            "What you did with the stock in Amazon's warehouses: how many units you removed "
            "and inspected, when, and what you found.",
            "We removed all 420 units from FBA on 15 October 2026 and inspected each one. "
            "All were genuine; 37 had damaged outer boxes and have been repacked.",
        ),
        *plan_of_action(
            root_help="E.g. an unannounced packaging change, listing photos that no longer "
            "matched, no inspection before shipping to FBA, poor protection in transit.",
            root_example=[
                "Our factory changed the product box in September 2026 without telling us, "
                "and we sent the new boxes to FBA without checking them",
                "Our listing photos still showed the old box, so buyers received a package "
                "that looked different from the one pictured",
                "We did not inspect incoming goods before sending them to FBA",
            ],
            corrective_help="E.g. listings closed, FBA stock removed and inspected, buyers "
            "offered a reship or refund, photos corrected.",
            corrective_example=[
                "14 October 2026: Obtained the factory's packaging change record and a "
                "letter confirming the new box is original",
                "15 October 2026: Removed all 420 FBA units of the affected ASIN and "
                "inspected each unit",
                "16 October 2026: Offered each of the 4 buyers a free replacement or a full refund",
                "17 October 2026: Replaced the listing photos with photos of the current box",
            ],
            preventive_help="Include how you vet suppliers, how you inspect goods before "
            "they go to FBA, and any change to packing or logistics.",
            preventive_example=[
                "Our supply contract now requires 30 days' written notice of any change to "
                "product or packaging — owned by the owner, checked with each purchase order",
                "Every inbound shipment is sampled (10% of units opened and compared with "
                "the listing photos) before it goes to FBA — owned by the warehouse lead",
                "Goods now travel to FBA in double-walled cartons with corner protectors, "
                "from 20 October 2026",
            ],
        ),
    ],
}

IP_COMPLAINT = {
    "case": "ip_complaint",
    "name": "Appeal: intellectual-property complaint",
    "subject": "Appeal: intellectual-property complaint {{ complaint_id }} – {{ store_name }}, "
    "{{ marketplace }}",
    "body": """Dear Amazon team,

We are responding to your notice of {{ notice_date }}: after an intellectual-property complaint from {{ rights_owner }} (complaint ID {{ complaint_id }}), Amazon removed the ASINs below from our store {{ store_name }} on the {{ marketplace }} marketplace. We have reviewed the content and agree that we had no right to use it.

Affected ASINs:
{{ asins }}

The content that infringed:
{{ infringing_content }}

{{ rights_owner_agreement }}

Root cause
{{ root_causes }}

Corrective actions taken
{{ corrective_actions }}

Preventive measures
{{ preventive_measures }}

We ask you to reinstate the listings above now that the infringing content has been deleted. We can send our own photographs with their original files, our training record or our correspondence with the rights owner if they would help your review.

Yours sincerely,
{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        *IDENTITY,
        notice_date("12 October 2026"),
        ph(
            "complaint_id",
            "complaint ID",
            "text",
            "The complaint ID from Amazon's notice (a number of about ten digits).",
            "7914025386",
        ),
        ph(
            "rights_owner",
            "rights owner",
            "text",
            "The person or company who filed the complaint, as the notice names them.",
            "Brightwell Design Ltd",
        ),
        ph(
            "asins",
            "ASINs",
            "asins",
            "The ASINs of the removed listings, one per line.",
            ["B0C7M4QX2T"],
        ),
        ph(
            "infringing_content",
            "infringing content",
            "textarea",
            "Exactly which content infringed: which images, which words (e.g. a brand name "
            "in the title), which design, and whose it was.",
            "The main image and two lifestyle photos on the listing were photographs owned "
            "by Brightwell Design Ltd, copied from their website.",
        ),
        ph(
            "rights_owner_agreement",
            "licence or retraction",
            "textarea",
            "Optional. If the rights owner has given you a licence or agreed to withdraw "
            "the complaint, say so in one or two sentences and attach their letter. Leave "
            "empty otherwise.",
            "On 18 October 2026 Brightwell Design Ltd agreed in writing to withdraw the "
            "complaint and will send its retraction to Amazon. A copy of its letter is "
            "attached.",
            required=False,
        ),
        *plan_of_action(
            root_help="Say how the content got onto the listing, e.g. a new staff member "
            "copied images from the web, a supplier's photos were used without checking "
            "who owned them.",
            root_example=[
                "A listing assistant who joined us on 1 September 2026 copied product photos "
                "from a search engine and used them on the listing",
                "Nobody checked where the images came from before the listing went live",
                "We had not trained new staff on copyright and trademark rules",
            ],
            corrective_help="E.g. the content deleted, your own photos taken, all other "
            "listings checked, training held.",
            corrective_example=[
                "13 October 2026: Deleted the three copied photos from the listing and from "
                "our image library",
                "14 October 2026: Photographed the product ourselves and kept the original "
                "camera files",
                "15 October 2026: Checked the images and text of all 64 active listings and "
                "found no other third-party content",
                "16 October 2026: Held a 90-minute training on intellectual-property rules "
                "for all five listing staff",
            ],
            preventive_help="Include the review rule every listing passes before it goes "
            "live, and training for new staff.",
            preventive_example=[
                "Every image and text on a new or edited listing needs a recorded source "
                "(our own photo, a licensed file or written permission) — checked by the "
                "operations manager before it goes live",
                "Intellectual-property training for every new hire in their first week, and "
                "a refresher for all staff every six months",
                "Audit of all live listings for third-party content — owned by the owner, "
                "every quarter",
            ],
        ),
    ],
}

PRODUCT_QUALITY = {
    "case": "product_quality",
    "name": "Appeal: product-quality block or item not as described",
    "subject": "Appeal: listing blocked as not as described – {{ store_name }}, {{ marketplace }}",
    "body": """Dear Amazon team,

We are responding to your notice of {{ notice_date }} that a listing sold by our store {{ store_name }} on the {{ marketplace }} marketplace was blocked because buyers reported that the item did not match its description. They were right, and we have corrected both the listing and our stock.

Affected ASINs:
{{ asins }}

What differed from the listing:
{{ listing_difference }}

Our stock check:
{{ stock_check }}

Root cause
{{ root_causes }}

Corrective actions taken
{{ corrective_actions }}

Preventive measures
{{ preventive_measures }}

We ask you to lift the block on the listing now that it describes the item accurately. We can send photos of the corrected listing and of the stock, our inspection records or our supplier's specification sheet if they would help your review.

Yours sincerely,
{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        *IDENTITY,
        notice_date("14 October 2026"),
        ph(
            "asins",
            "ASINs",
            "asins",
            "The ASIN of the blocked listing (one per line if there are several).",
            ["B0C7M4QX2T"],
        ),
        ph(
            "listing_difference",
            "what differed",
            "textarea",
            "What the listing said and what buyers received instead: photos, size, "
            "material, colour, quantity. Give the real figures.",
            "The listing said the cushion cover measured 50 x 50 cm and was pure linen. The "
            "covers from our August 2026 batch measure 45 x 45 cm and are a linen-cotton "
            "blend.",
        ),
        ph(
            "stock_check",
            "stock check",
            "textarea",
            "How you checked the stock in FBA and your own warehouse: when, how many units, "
            "and what you found.",
            "On 15 October 2026 we measured and checked the label of all 310 units in FBA "
            "and our warehouse: 184 units from the August batch did not match the listing; "
            "the other 126 did.",
        ),
        *plan_of_action(
            root_help="E.g. the supplier changed the product, the listing was written from "
            "an old specification, nobody compared new stock with the listing.",
            root_example=[
                "Our supplier changed the size and fabric of the August 2026 batch, and we "
                "did not compare the samples with the listing",
                "The listing was written from the first batch's specification and was never "
                "updated",
            ],
            corrective_help="E.g. listing corrected, stock that did not match removed, "
            "buyers refunded.",
            corrective_example=[
                "15 October 2026: Checked all 310 units in stock",
                "16 October 2026: Created a removal order for the 184 units that did not "
                "match the listing",
                "17 October 2026: Refunded the 9 buyers who received a cover that did not "
                "match, whether or not they had filed a claim",
                "17 October 2026: Corrected the size and material in the listing and "
                "replaced the photos with photos of the units in stock",
            ],
            preventive_help="E.g. how each new batch is checked against the listing, what "
            "the supplier must tell you before changing anything.",
            preventive_example=[
                "Every new batch is measured and its material label checked against the "
                "listing before it ships to FBA — owned by the warehouse lead, 5 units per "
                "batch",
                "The supplier must send a pre-production sample and written notice of any "
                "change of size, material or colour — owned by the purchasing manager",
                "The listing is compared with the current specification each time a "
                "purchase order is placed",
            ],
        ),
    ],
}

# --- A. Other letters to Amazon ----------------------------------------------------------

IP_RETRACTION = {
    "case": "ip_retraction",
    "name": "Retraction of an intellectual-property complaint (for the rights owner)",
    "subject": "Retraction of intellectual-property complaint against {{ store_name }}",
    "body": """Dear Amazon team,

We, {{ rights_owner }}, withdraw every intellectual-property complaint listed below that we filed against the seller {{ store_name }} on the {{ marketplace }} marketplace.

Complaint IDs:
{{ complaint_ids }}

ASINs covered by the complaint:
{{ asins }}

{{ retraction_reason }}

We ask you to close the complaint, reinstate the listings above and remove the complaint from the seller's account record. We are sending this retraction from the e-mail address we used to file the complaint.

Yours sincerely,
{{ signer_name }}
{{ signer_role }}, {{ rights_owner }}
""",
    "placeholders": [
        store_name("Your store name: the seller the complaint was filed against."),
        MARKETPLACE,
        ph(
            "rights_owner",
            "rights owner",
            "text",
            "The company or person who filed the complaint. They send this letter, from the "
            "e-mail address they used to file the complaint.",
            "Brightwell Design Ltd",
        ),
        ph(
            "complaint_ids",
            "complaint IDs",
            "lines",
            "The complaint ID from each notice you received, one per line.",
            ["7914025386"],
        ),
        ph(
            "asins",
            "ASINs",
            "asins",
            "The ASINs the complaint covered, one per line.",
            ["B0C7M4QX2T"],
        ),
        ph(
            "retraction_reason",
            "reason for the retraction",
            "textarea",
            "Optional. One sentence from the rights owner on why they withdraw, e.g. the "
            "seller removed the content or holds a licence. Leave empty otherwise.",
            "The seller has replaced the photographs with its own, and the listings no longer "
            "use any of our content.",
            required=False,
        ),
        ph(
            "signer_name",
            "signer's name",
            "text",
            "The name of the person at the rights owner who signs the retraction.",
            "Emma Clarke",
        ),
        ph(
            "signer_role",
            "signer's role",
            "text",
            "Their position at the rights owner.",
            "Brand protection manager",
        ),
    ],
}

FUNDS_RELEASE = {
    "case": "funds_release",
    "name": "Request to release funds held after deactivation",
    "subject": "Request to release held funds – {{ store_name }}, {{ marketplace }}",
    "body": """Dear Amazon team,

Our seller account {{ store_name }} on the {{ marketplace }} marketplace was deactivated on {{ deactivation_date }}, and its balance of {{ balance_amount }} has been held since then. We ask you to release this balance to the bank account on file.

Account e-mail address: {{ account_email }}
Bank account on file: ending in {{ bank_last4 }}
Amount held: {{ balance_amount }}

Payment schedule:
{{ payment_dates }}

If part of the balance is held as a reserve against future claims, please tell us the amount and the date on which it will be released. If you need a document to confirm our identity or the bank account, tell us which one and we will send it promptly.

Yours sincerely,
{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        *IDENTITY,
        ph(
            "deactivation_date",
            "deactivation date",
            "date",
            "The date the account was deactivated or closed.",
            "2 October 2026",
        ),
        ph(
            "balance_amount",
            "balance held",
            "money",
            "The balance or reserve Amazon holds, with the currency, as your last "
            "settlement summary shows it.",
            "€4,860.25",
        ),
        ph(
            "account_email",
            "account e-mail address",
            "text",
            "The e-mail address you log in to Seller Central with.",
            "li.wei@lumorahome.com",
        ),
        ph(
            "bank_last4",
            "bank account last 4 digits",
            "text",
            "Only the last 4 digits of the bank account on file. Never write the full "
            "account number.",
            "4821",
        ),
        ph(
            "payment_dates",
            "payment dates",
            "lines",
            "One scheduled payment per line: its date from the payment schedule, the "
            "amount due and whether it was paid.",
            [
                "15 October 2026: €2,310.00 due, not paid",
                "29 October 2026: €2,550.25 due, not paid",
            ],
        ),
        ph(
            "account_frozen",
            "account frozen",
            "yesno",
            "Is the account frozen (US)? Amazon US has a separate team for the balance of "
            "a frozen account.",
            "no",
            required=False,
        ),
    ],
}

FBA_REMOVAL_LOCKED = {
    "case": "fba_removal_locked",
    "name": "Request to remove FBA inventory from a locked account",
    "subject": "Request to remove FBA inventory from a locked account – {{ store_name }}, "
    "{{ marketplace }}",
    "body": """Dear Amazon team,

We can no longer log in to our seller account {{ store_name }} on the {{ marketplace }} marketplace, whose login e-mail address is {{ account_email }}. Our inventory is still in Amazon's fulfilment centres, and we would like it returned to us rather than disposed of.

{{ lock_reason }}

We ask you to:
- send us a list of all our units in your fulfilment centres, by ASIN and quantity, with the removal fee;
- create a removal order for all of these units once we have confirmed the list;
- ship them to the address below.

Return address:
{{ return_address }}

We agree to pay the removal fee. Please deduct it from our account balance, or tell us how to pay it if the balance does not cover it.

Yours sincerely,
{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        *IDENTITY,
        ph(
            "account_email",
            "account e-mail address",
            "text",
            "The e-mail address of the locked Seller Central account.",
            "li.wei@lumorahome.com",
        ),
        ph(
            "lock_reason",
            "why you cannot log in",
            "textarea",
            "One or two sentences on why you cannot log in: what happened to the account and "
            "since when.",
            "The account was deactivated on 2 October 2026, and Seller Central now shows "
            "only the appeal page, so we cannot create a removal order ourselves.",
        ),
        ph(
            "return_address",
            "return address",
            "textarea",
            "The full address the stock should go to, one line per address line. It must "
            "be in the marketplace's country unless Amazon agrees otherwise.",
            "Lumora Home EU c/o Rhein Logistik GmbH\nHafenstraße 12\n47119 Duisburg\nGermany",
        ),
    ],
}

ABUSE_REPORT = {
    "case": "abuse_report",
    "name": "Report of feedback abuse or extortion",
    "subject": "Feedback abuse report – {{ store_name }}",
    "body": """Dear Amazon team,

We are reporting an attempt to extort our store {{ store_name }} on the {{ marketplace }} marketplace with threats of negative feedback. The messages below were sent about the orders listed, and the sender demanded {{ demand }}. We have not agreed to these demands.

Orders concerned:
{{ order_ids }}

Messages received (screenshots attached):
{{ messages_received }}

We ask you to investigate these messages, remove any feedback or review posted as part of the threat, and take the action you consider appropriate against the account that sent them. We can send the complete message history if it helps.

Yours sincerely,
{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        *IDENTITY,
        ph(
            "order_ids",
            "order IDs",
            "order_ids",
            "The order IDs the messages or feedback relate to, one per line.",
            ["302-4417815-9920318"],
        ),
        ph(
            "demand",
            "what was demanded",
            "text",
            "What the sender asked for in return for not leaving negative feedback, e.g. a "
            "refund while keeping the item, or a payment.",
            "a full refund of €89.00 while keeping the item, plus a further payment of €50",
        ),
        ph(
            "messages_received",
            "messages received",
            "lines",
            "One message per line: its date, then what it said, quoted word for word where "
            "you can. Include any feedback or review that was then posted.",
            [
                '12 October 2026: "Refund me now and pay 50 euros, or I will leave one star '
                'and report you for fake products."',
                '14 October 2026: "Last warning. The one-star review is already written."',
                "15 October 2026: A one-star feedback rating was posted on the order",
            ],
        ),
    ],
}

# --- B. Letter to another seller ---------------------------------------------------------

CEASE_AND_DESIST = {
    "case": "cease_and_desist",
    "name": "Cease-and-desist to a seller offering on your brand's listings",
    "subject": "Cease and desist: unauthorised offers on {{ brand }} listings",
    "body": """To the operators of the Amazon store {{ other_store }},

We are {{ store_name }}, the owner of the {{ brand }} brand. {{ brand }} is a trademark registered with the {{ trademark_office }} under number {{ trademark_number }}. Only we, and sellers we authorise in writing, may sell goods under this mark. We have not authorised {{ other_store }}.

Your store is offering goods on these {{ brand }} listings on the {{ marketplace }} marketplace:
{{ asins }}

These listings carry our trademark and our own product photographs. Offering goods that we did not make or supply under our mark and with our images infringes our trademark and misleads buyers.

Within {{ deadline_hours }} hours of this message, you must:
- remove all of your offers from the listings above and from any other {{ brand }} listing;
- stop using the {{ brand }} name, logo and product images anywhere you sell.

If your offers are still live after {{ deadline_hours }} hours, we will report your store to Amazon for trademark infringement, make test buys to document the goods you ship, and instruct our lawyers to take legal action, including a claim for damages.

Please reply to this message to confirm that you have removed the offers.

{{ sender_name }}
{{ sender_role }}, {{ store_name }}
""",
    "placeholders": [
        store_name("Your store name, the brand owner's store on Amazon."),
        MARKETPLACE,
        SENDER_NAME,
        SENDER_ROLE,
        ph(
            "brand",
            "brand",
            "text",
            "Your brand name exactly as it is registered.",
            "Lumora Home",
        ),
        ph(
            "trademark_office",
            "trademark office",
            "text",
            "Where the trademark is registered, to finish 'registered with the …', e.g. "
            "European Union Intellectual Property Office (EUIPO), USPTO, UK IPO.",
            "European Union Intellectual Property Office (EUIPO)",
        ),
        ph(
            "trademark_number",
            "registration number",
            "text",
            "The trademark registration number from the certificate.",
            "018734562",
        ),
        ph(
            "other_store",
            "other seller's store",
            "text",
            "The store name of the seller offering on your listings, as shown on the offer.",
            "BestDeal Trading",
        ),
        ph(
            "asins",
            "ASINs",
            "asins",
            "The ASINs of your listings where this seller has offers, one per line.",
            ["B0C7M4QX2T", "B0C9K2LRW5"],
        ),
        ph(
            "deadline_hours",
            "deadline in hours",
            "integer",
            "How many hours the seller has to remove the offers; 48 or 72 is usual.",
            "48",
        ),
    ],
}

# --- C. Messages to buyers -------------------------------------------------------------

PRODUCT = ph(
    "product",
    "product",
    "text",
    "The product as the buyer would name it, e.g. 'rechargeable table lamp'.",
    "Lumora Home rechargeable table lamp",
)
PARTIAL_REFUND = ph(
    "partial_refund",
    "partial refund",
    "money",
    "The amount you offer to refund, with the currency, e.g. €8.00.",
    "€8.00",
)
CARRIER = ph("carrier", "carrier", "text", "The delivery company, e.g. DHL.", "DHL")
TRACKING_NUMBER = ph(
    "tracking_number",
    "tracking number",
    "text",
    "The carrier's tracking number for the parcel.",
    "00340434161094042557",
)
TRANSIT_DAYS = ph(
    "transit_days",
    "transit days",
    "integer",
    "How many working days delivery usually takes after dispatch.",
    "3",
)

REVIEW_FOLLOWUP = {
    "case": "review_followup",
    "name": "Bad experience: apologise and offer a replacement or a refund",
    "subject": "Your order {{ order_id }}: we would like to put this right",
    "body": """Dear {{ buyer_name }},

I am sorry to read that {{ problem }}. That is not the experience we want anyone to have with our {{ product }} (order {{ order_id }}), and I would like to put it right.

We can offer you either:
- a free replacement, sent at no cost to you, or
- a full refund of your order.

Please reply to this message and let me know which you prefer. I will arrange it as soon as I hear from you.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [
        *buyer_identity(),
        PRODUCT,
        ph(
            "problem",
            "what went wrong",
            "text",
            "What went wrong, in the buyer's terms, to finish the sentence 'I am sorry to "
            "read that …'.",
            "the lamp stopped charging after two weeks",
        ),
    ],
}

REMEDY_FOLLOWUP = {
    "case": "remedy_followup",
    "name": "Follow-up: did the replacement arrive?",
    "subject": "Your replacement for order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

We sent your replacement {{ product }} for order {{ order_id }} with {{ carrier }}, tracking number {{ tracking_number }}. I am writing to check that it has arrived safely and works as it should.

If it has not arrived, or if anything is still not right, please reply to this message and I will help straight away.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [*buyer_identity(), PRODUCT, CARRIER, TRACKING_NUMBER],
}

RETURN_SIZE = {
    "case": "return_size",
    "name": "Return: the item does not fit",
    "subject": "Your return request for order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

Thank you for letting us know that the {{ product }} from order {{ order_id }} does not fit. I am sorry it did not work out.

You have two options:
- keep the item, and we will refund {{ partial_refund }} of the price; or
- go ahead with the return, and we will refund you in full once it reaches us.

Please reply to this message with the option you prefer.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [
        *buyer_identity(),
        ph(
            "product",
            "product",
            "text",
            "The product and the size the buyer ordered.",
            "Lumora Home linen bathrobe in size M",
        ),
        PARTIAL_REFUND,
    ],
}

RETURN_REASON = {
    "case": "return_reason",
    "name": "Return: ask the reason",
    "subject": "Your return of order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

We have received your return request for the {{ product }} from order {{ order_id }}, and I am sorry it did not work out for you.

Could you tell us what went wrong? If the item is damaged or faulty, please attach a photo or two to your reply. I will pass them to our quality-control team so that they can find the cause and fix it in future batches.

Your return goes ahead as normal either way; your answer simply helps us improve the {{ product }}.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [*buyer_identity(), PRODUCT],
}

RETURN_FBM = {
    "case": "return_fbm",
    "name": "Return on a merchant-fulfilled order",
    "subject": "Your return request for order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

Thank you for your return request for the {{ product }} from order {{ order_id }}. I am sorry it has not worked out.

Could you tell us what went wrong? If the item is damaged or faulty, please attach photos to your reply so that our quality-control team can look into it.

Instead of a return, we can also:
- send you a replacement free of charge, or
- refund {{ partial_refund }} if you would like to keep the item.

If you would still prefer to return it, that is fine: we will authorise the return as soon as you reply.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [*buyer_identity(), PRODUCT, PARTIAL_REFUND],
}

EXCHANGE_AFTER_DISPATCH = {
    "case": "exchange_after_dispatch",
    "name": "Exchange asked after dispatch",
    "subject": "Your change request for order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

Thank you for your message. I am sorry, but order {{ order_id }} had already been handed to the carrier when your request reached us, so we can no longer change the parcel.

Once your {{ product }} arrives, we can put this right in one of two ways:
- we send you {{ requested_item }} free of charge, and you send back the original; or
- you send it back, and we refund you in full.

Please reply to this message with your choice, and I will arrange it straight away.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [
        *buyer_identity(),
        ph(
            "product",
            "product",
            "text",
            "The item as ordered and shipped.",
            "Lumora Home linen cushion cover in sand",
        ),
        ph(
            "requested_item",
            "requested item",
            "text",
            "What the buyer asked for instead, e.g. 'the same cover in grey'.",
            "the same cushion cover in grey",
        ),
    ],
}

SHIPPING_STATUS = {
    "case": "shipping_status",
    "name": "Where is my parcel?",
    "subject": "Update on your order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

Thank you for asking about order {{ order_id }}. Your parcel is on its way: according to {{ carrier }}, it {{ carrier_status }}.

Parcels on this route usually take {{ transit_days }} working days, so yours should reach you within about {{ expected_days }} more working days.

We are following the tracking and will message you if anything changes. If the parcel has not arrived by then, please reply to this message and we will sort it out.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [
        *buyer_identity(),
        CARRIER,
        ph(
            "carrier_status",
            "carrier status",
            "text",
            "The latest tracking status, to finish the sentence 'according to the carrier, "
            "it …', e.g. 'reached the parcel centre in Leipzig on 14 October'.",
            "reached the parcel centre in Leipzig on 14 October",
        ),
        ph(
            "transit_days",
            "usual transit days",
            "integer",
            "How many working days delivery usually takes on this route.",
            "4",
        ),
        ph(
            "expected_days",
            "days to delivery",
            "integer",
            "How many more working days until you expect the parcel to arrive.",
            "2",
        ),
    ],
}

DELIVERY_TIME = {
    "case": "delivery_time",
    "name": "Delivery time question",
    "subject": "Delivery time for your order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

Thank you for your question about order {{ order_id }}. Once an order has shipped, delivery usually takes {{ transit_days }} working days.

The estimated delivery date for your order is shown under Your Orders on Amazon, and the tracking details appear there as soon as the parcel has shipped. If you have any other questions, just reply to this message.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [*buyer_identity(), TRANSIT_DAYS],
}

LOST_PARCEL = {
    "case": "lost_parcel",
    "name": "Parcel lost or tracking not updating",
    "subject": "Your parcel for order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

I am sorry that your parcel for order {{ order_id }} has not arrived. The {{ carrier }} tracking (number {{ tracking_number }}) has not changed since {{ last_update_date }}, and we have asked {{ carrier }} to trace it.

You do not need to wait for their answer. We can either:
- send you a new parcel straight away, at no cost to you, or
- refund your order in full.

{{ reship_question }}

Please reply to this message with your choice.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [
        *buyer_identity(),
        CARRIER,
        TRACKING_NUMBER,
        ph(
            "last_update_date",
            "last tracking update",
            "date",
            "The date of the last change in the tracking.",
            "9 October 2026",
        ),
        ph(
            "reship_question",
            "question before reshipping",
            "text",
            "Optional. Only if you need an answer before sending a new parcel, e.g. the size "
            "or colour when the original is out of stock. Leave empty otherwise.",
            "Size M is out of stock at the moment: if you choose a new parcel, please tell "
            "us whether size S or L would suit you.",
            required=False,
        ),
    ],
}

TRACKING_NUMBER_QUESTION = {
    "case": "tracking_number",
    "name": "Tracking number question",
    "subject": "Tracking for your order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

Thank you for your message about order {{ order_id }}. We ship orders within {{ handling_days }} working days of purchase. As soon as your parcel leaves our warehouse, Amazon sends you a shipping confirmation with the tracking number, which you can also find under Your Orders.

After dispatch, delivery usually takes {{ transit_days }} working days. If no tracking number has appeared after {{ handling_days }} working days, please reply to this message and I will check it for you.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [
        *buyer_identity(),
        ph(
            "handling_days",
            "handling days",
            "integer",
            "How many working days you take to ship an order after purchase.",
            "2",
        ),
        TRANSIT_DAYS,
    ],
}

HOW_TO_USE = {
    "case": "how_to_use",
    "name": "How to use the product",
    "subject": "How to use your {{ product }} (order {{ order_id }})",
    "body": """Dear {{ buyer_name }},

Thank you for your question about the {{ product }} from order {{ order_id }}. Here is how to {{ task }}:
{{ instructions }}

I have also attached the user guide to this message. Your question showed us that our product page does not explain this clearly enough, so we are adding these steps to it.

If anything is still unclear, reply to this message and I will help.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [
        *buyer_identity(),
        ph(
            "product",
            "product",
            "text",
            "The product the buyer asked about.",
            "rechargeable table lamp",
        ),
        ph(
            "task",
            "what the buyer wants to do",
            "text",
            "What the buyer asked how to do, to finish the sentence 'Here is how to …'.",
            "set the sleep timer",
        ),
        ph(
            "instructions",
            "instructions",
            "lines",
            "The steps, one per line, in plain words. Attach the user guide (PDF) to the "
            "message in Seller Central as well.",
            [
                "Switch the lamp on with the button on the base.",
                "Hold the button for three seconds, until the light blinks twice.",
                "Each short press then adds 15 minutes, up to one hour.",
                "The lamp dims slowly and switches off when the time is up.",
            ],
        ),
    ],
}

REPLACEMENT_SENT = {
    "case": "replacement_sent",
    "name": "Replacement dispatched",
    "subject": "Your replacement for order {{ order_id }} is on its way",
    "body": """Dear {{ buyer_name }},

Your replacement {{ product }} for order {{ order_id }} is on its way. We sent it with {{ carrier }}, tracking number {{ tracking_number }}.

It should reach you within {{ transit_days }} working days. There is nothing you need to do. If it has not arrived by then, or if anything is wrong with it, please reply to this message.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [
        *buyer_identity(),
        ph(
            "product",
            "product",
            "text",
            "The replacement item, with size or colour if it matters.",
            "Lumora Home rechargeable table lamp in white",
        ),
        CARRIER,
        TRACKING_NUMBER,
        TRANSIT_DAYS,
    ],
}

CONFIRM_QUANTITY = {
    "case": "confirm_quantity",
    "name": "Confirm the quantity of a large order",
    "subject": "Please confirm the quantities in order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

Thank you for order {{ order_id }}. As it is larger than usual, we would like to confirm the quantities with you before we ship:
{{ items }}

Please reply to this message to confirm that these are right, or tell us what to change. If we have not heard from you within {{ reply_hours }} hours, we will ship the order as placed so that it is not delayed.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [
        *buyer_identity(),
        ph(
            "items",
            "items and quantities",
            "lines",
            "One item per line, as ordered: product, size or colour, and quantity.",
            [
                "Lumora Home linen cushion cover, 45 x 45 cm, sand: 40",
                "Lumora Home linen cushion cover, 45 x 45 cm, grey: 40",
            ],
        ),
        ph(
            "reply_hours",
            "hours to wait for a reply",
            "integer",
            "How long you wait for an answer before shipping as ordered. Keep it short "
            "enough to ship on time.",
            "24",
        ),
    ],
}

WRONG_ADDRESS = {
    "case": "wrong_address",
    "name": "Shipped to a wrong address",
    "subject": "Your parcel for order {{ order_id }}",
    "body": """Dear {{ buyer_name }},

I am very sorry: your parcel for order {{ order_id }} was sent to the wrong address.

We would like to put this right, and you can choose how:
- we send a new {{ product }} to you at no cost and refund {{ partial_refund }} for the delay; or
- we refund your order in full.

Please reply to this message with your choice. If you choose the new parcel, please also confirm that the delivery address on your order is the right one.

Kind regards,
{{ sender_name }}
{{ store_name }}
""",
    "placeholders": [*buyer_identity(), PRODUCT, PARTIAL_REFUND],
}

TEMPLATES: list[dict] = [
    SUSPENSION_VERIFICATION,
    SUSPENSION_HIJACKING,
    ODR_DEACTIVATION,
    INAUTHENTIC_COMPLAINT,
    IP_COMPLAINT,
    IP_RETRACTION,
    PRODUCT_QUALITY,
    FUNDS_RELEASE,
    FBA_REMOVAL_LOCKED,
    ABUSE_REPORT,
    CEASE_AND_DESIST,
    REVIEW_FOLLOWUP,
    REMEDY_FOLLOWUP,
    RETURN_SIZE,
    RETURN_REASON,
    RETURN_FBM,
    EXCHANGE_AFTER_DISPATCH,
    SHIPPING_STATUS,
    DELIVERY_TIME,
    LOST_PARCEL,
    TRACKING_NUMBER_QUESTION,
    HOW_TO_USE,
    REPLACEMENT_SENT,
    CONFIRM_QUANTITY,
    WRONG_ADDRESS,
]
