"""Shipped data in the reader's language: directory purposes, marketplaces and routes,
template names and the Buyer-Seller Messaging route are English in the database and
translated only where a page shows them (see scripts/build_placeholder_strings.py).
"""

from __future__ import annotations

import html
import re

import pytest
from django.test import Client
from django.urls import reverse
from django_webtest import DjangoTestApp

from contacts.models import Purpose
from drafts.services import LetterSpec, draft_create
from letters.cases import get_case_type
from letters.delivery import BUYER_SELLER_MESSAGING
from letters.models import LetterTemplate
from sellerdesk.templatetags.sellerdesk_tags import translated
from tests.helpers.wizard import Wizard, walk_to_review

CHINESE = "zh-CN,zh;q=0.9"
ENGLISH = "en-GB,en;q=0.9"
ODR_TEMPLATE = "Appeal: account deactivated for Order Defect Rate"


@pytest.fixture
def site(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def page(client: Client, url: str, language: str) -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def section(text: str, key: str) -> str:
    return text.split(f'id="purpose-{key}"')[1].split("</section>")[0]


# --- the filter ----------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "", 3])
def test_the_filter_leaves_what_is_not_text_alone(value: object) -> None:
    assert translated(value) == value


# --- the directory -------------------------------------------------------------------


def test_the_directory_shows_purposes_routes_and_marketplaces_in_chinese(
    directory: None, client: Client
) -> None:
    text = page(client, reverse("contacts:directory"), CHINESE)
    performance = section(text, "seller_performance")
    assert '<h2 class="h4 border-bottom pb-1" id="purpose-seller_performance-heading">卖家绩效' in (
        performance
    )
    assert "针对账户暂停或停用的申诉" in performance  # the description
    assert "账户状况：重新激活账户 / 查看申诉" in performance  # the Seller Central route
    assert '<h3 class="h6 mb-0">德国 <span' in performance  # a marketplace card
    assert '<option value="DE">DE · 德国</option>' in text  # the marketplace filter
    assert '<a href="#purpose-abuse_report">反馈滥用与勒索</a>' in text  # the contents
    assert "Seller Performance</h2>" not in text
    # Route paths stay as they are.
    assert "sellercentral.amazon.<domain>/performance/dashboard" in text


def test_a_marketplace_page_names_the_marketplace_in_chinese(
    directory: None, client: Client
) -> None:
    text = page(client, "/directory/MX/", CHINESE)
    assert '<h1 class="h2 mb-3">墨西哥 的亚马逊联系方式</h1>' in text
    assert "墨西哥 没有已知的邮箱地址" in section(text, "seller_performance")
    assert "Mexico" not in text


def test_the_directory_in_english_shows_the_stored_strings(directory: None, client: Client) -> None:
    text = page(client, "/directory/MX/", ENGLISH)
    performance = section(text, "seller_performance")
    assert 'id="purpose-seller_performance-heading">Seller Performance</h2>' in performance
    assert "Account Health: Reactivate your account / View appeal" in performance
    assert "No e-mail address is known for this in Mexico" in performance
    assert "Amazon contacts for Mexico" in text
    assert "卖家绩效" not in text
    assert "墨西哥" not in text


def test_a_purpose_renamed_by_staff_shows_as_typed(directory: None, client: Client) -> None:
    Purpose.objects.filter(key="seller_performance").update(
        name="Account Health team", description="Our own note about appeals."
    )
    text = page(client, reverse("contacts:directory"), CHINESE)
    performance = section(text, "seller_performance")
    assert 'id="purpose-seller_performance-heading">Account Health team</h2>' in performance
    assert "Our own note about appeals." in performance
    # The addresses' own notes below are shipped strings, shown in Chinese.
    assert "卖家绩效" not in performance.split('class="list-group-item"')[0]


# --- the library ---------------------------------------------------------------------


def test_the_library_shows_template_names_in_chinese(site: None, client: Client) -> None:
    text = page(client, reverse("letters:library"), CHINESE)
    assert "申诉：账户因订单缺陷率被停用" in text
    assert ODR_TEMPLATE not in text

    text = page(client, reverse("letters:library"), ENGLISH)
    assert ODR_TEMPLATE in text
    assert "申诉：账户因订单缺陷率被停用" not in text


def test_a_template_page_is_titled_in_chinese(site: None, client: Client) -> None:
    template = LetterTemplate.objects.get(case_type="odr_deactivation")
    text = page(client, reverse("letters:template_detail", args=[template.slug]), CHINESE)
    assert text.count("申诉：账户因订单缺陷率被停用") == 3  # title, breadcrumb, heading
    assert ODR_TEMPLATE not in text


# --- the wizard and drafts -----------------------------------------------------------


@pytest.fixture
def chinese_app(app: DjangoTestApp) -> DjangoTestApp:
    app.extra_environ["HTTP_ACCEPT_LANGUAGE"] = CHINESE
    return app


def test_the_review_names_the_purpose_in_chinese_when_no_address_is_known(
    site: None, chinese_app: DjangoTestApp
) -> None:
    # The directory has no Seller Performance address in Mexico.
    response = walk_to_review(Wizard(chinese_app), get_case_type("odr_deactivation"), "MX")
    text = html.unescape(response.content.decode())
    assert "我们不知道 墨西哥 (amazon.com.mx) 的“卖家绩效”邮箱地址。" in text
    assert "账户状况：重新激活账户 / 查看申诉" in text  # the route above it
    assert "Seller Performance in" not in text


def test_the_review_in_english_names_the_stored_purpose(site: None, app: DjangoTestApp) -> None:
    response = walk_to_review(Wizard(app), get_case_type("odr_deactivation"), "MX")
    text = html.unescape(response.content.decode())
    assert "We know no e-mail address for Seller Performance in Mexico (amazon.com.mx)." in text
    # Only the letter's Chinese reading, shown to every seller, is in Chinese.
    outside_reading = re.sub(r'<details class="reading-zh.*?</details>', "", text, flags=re.S)
    assert "卖家绩效" not in outside_reading


def test_a_cease_and_desist_lists_amazons_report_routes_in_chinese(
    site: None, chinese_app: DjangoTestApp
) -> None:
    response = walk_to_review(Wizard(chinese_app), get_case_type("cease_and_desist"), "DE")
    text = html.unescape(response.content.decode())
    assert "举报侵权（权利人）" in text
    assert "权利人投诉表（也可从品牌注册进入）" in text  # the route's note
    assert "www.amazon.de/report/infringement" in text  # the path stays as it is


def test_a_buyer_message_draft_shows_the_route_in_chinese_and_exports_it_in_english(
    team, owner
) -> None:
    draft = draft_create(
        team=team,
        author=owner,
        letter=LetterSpec(
            case_type="shipping_status",
            marketplace="DE",
            subject="Your order",
            body="Dear Anna,\n\nYour parcel is on its way.\n",
            answers={},
            recipients=[],
            route_name=BUYER_SELLER_MESSAGING.name,
            route_where=BUYER_SELLER_MESSAGING.where,
            template_version=None,
        ),
    )
    assert draft.route_name == "Buyer-Seller Messaging"
    client = Client()
    client.force_login(owner)

    detail = reverse("drafts:detail", kwargs={"team_slug": team.slug, "pk": draft.pk})
    text = page(client, detail, CHINESE)
    assert '<span class="fw-semibold">买家与卖家消息服务</span>' in text
    text = page(client, detail, ENGLISH)
    assert '<span class="fw-semibold">Buyer-Seller Messaging</span>' in text

    export = reverse("drafts:export", kwargs={"team_slug": team.slug, "fmt": "csv"})
    response = client.get(export, HTTP_ACCEPT_LANGUAGE=CHINESE)
    assert response.status_code == 200
    csv = b"".join(response.streaming_content) if response.streaming else response.content
    assert "Buyer-Seller Messaging" in csv.decode("utf-8-sig")
    assert "买家与卖家消息服务" not in csv.decode("utf-8-sig")
