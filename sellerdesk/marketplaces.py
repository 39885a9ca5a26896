"""Amazon's marketplaces: code, name, domain, the language buyers are written to, money.

One registry for the whole project. It lives here, below the apps, because both the letters
(wizard, notice reader) and the sender check (Amazon's sending domains) read it, and the
sender check must not depend on the letters app: the letters app uses the sender check.
"""

from __future__ import annotations

import decimal
import re
from dataclasses import dataclass

from django.utils.translation import gettext, gettext_noop

# How each letter language names the marketplaces; English is Market.name, and the Chinese
# reading uses "zh-hans". Only letters use this table: pages translate Market.name.
MARKET_NAMES: dict[str, dict[str, str]] = {
    "de": {
        "US": "USA",
        "CA": "Kanada",
        "UK": "Vereinigtes Königreich",
        "DE": "Deutschland",
        "FR": "Frankreich",
        "IT": "Italien",
        "ES": "Spanien",
        "JP": "Japan",
        "IN": "Indien",
        "MX": "Mexiko",
    },
    "fr": {
        "US": "États-Unis",
        "CA": "Canada",
        "UK": "Royaume-Uni",
        "DE": "Allemagne",
        "FR": "France",
        "IT": "Italie",
        "ES": "Espagne",
        "JP": "Japon",
        "IN": "Inde",
        "MX": "Mexique",
    },
    "it": {
        "US": "Stati Uniti",
        "CA": "Canada",
        "UK": "Regno Unito",
        "DE": "Germania",
        "FR": "Francia",
        "IT": "Italia",
        "ES": "Spagna",
        "JP": "Giappone",
        "IN": "India",
        "MX": "Messico",
    },
    "es": {
        "US": "Estados Unidos",
        "CA": "Canadá",
        "UK": "Reino Unido",
        "DE": "Alemania",
        "FR": "Francia",
        "IT": "Italia",
        "ES": "España",
        "JP": "Japón",
        "IN": "India",
        "MX": "México",
    },
    "ja": {
        "US": "アメリカ",
        "CA": "カナダ",
        "UK": "イギリス",
        "DE": "ドイツ",
        "FR": "フランス",
        "IT": "イタリア",
        "ES": "スペイン",
        "JP": "日本",
        "IN": "インド",
        "MX": "メキシコ",
    },
    "zh-hans": {
        "US": "美国",
        "CA": "加拿大",
        "UK": "英国",
        "DE": "德国",
        "FR": "法国",
        "IT": "意大利",
        "ES": "西班牙",
        "JP": "日本",
        "IN": "印度",
        "MX": "墨西哥",
    },
}


@dataclass(frozen=True)
class Currency:
    symbol: str
    # Where the symbol goes and how the number is written: "$8.00", "8,00 €", "¥800".
    pattern: str
    thousands: str
    point: str
    # Yen has no cents.
    decimals: int = 2
    # An example amount in this currency, from one in euros: yen examples look like yen.
    example_scale: int = 1

    def format(self, amount: decimal.Decimal) -> str:
        amount = (amount * self.example_scale).quantize(decimal.Decimal(1).scaleb(-self.decimals))
        whole, _dot, fraction = format(amount, "f").partition(".")
        groups: list[str] = []
        while len(whole) > 3:
            whole, tail = whole[:-3], whole[-3:]
            groups.insert(0, tail)
        number = self.thousands.join([whole, *groups]) + (self.point + fraction if fraction else "")
        return self.pattern.format(symbol=self.symbol, number=number)


_AMOUNT_RE = re.compile(r"\d[\d.,\u00a0\u202f ]*")


def parse_example_amount(text: str) -> decimal.Decimal | None:
    """8.00, 8,00, 4,860.25, 4.860,25 -> a Decimal: the last separator before one or two
    digits at the end is the decimal point."""
    match = _AMOUNT_RE.search(text)
    if not match:
        return None
    number = re.sub(r"[\u00a0\u202f ]", "", match.group(0)).rstrip(".,")
    point = re.search(r"[.,](\d{1,2})$", number)
    whole = number[: point.start()] if point else number
    digits = re.sub(r"[.,]", "", whole) + ("." + point.group(1) if point else "")
    try:
        return decimal.Decimal(digits)
    except decimal.InvalidOperation:
        return None


EURO = Currency("€", "{number}\u00a0{symbol}", ".", ",")


@dataclass(frozen=True)
class Market:
    code: str
    # English, as the letter names it; translated for the page with gettext().
    name: str
    domain: str
    # The language a buyer message to this marketplace is written in (a Language code).
    language: str = "en"
    currency: Currency = EURO

    @property
    def tld(self) -> str:
        return self.domain.removeprefix("amazon.")

    @property
    def in_letter(self) -> str:
        """How a letter (always English) names the marketplace: "Germany (amazon.de)"."""
        return f"{self.name} ({self.domain})"

    @property
    def label(self) -> str:
        return f"{gettext(self.name)} ({self.domain})"

    def in_language(self, language: str) -> str:
        """The marketplace as a letter (or the Chinese reading) in `language` names it."""
        name = MARKET_NAMES.get(language, {}).get(self.code, self.name)
        return f"{name} ({self.domain})"

    def money_example(self, example: str) -> str:
        """An example amount ("€8.00", "8,00 €", "800円" as templates declare it) in this
        marketplace's money and format; an example that is not an amount stays as it is."""
        amount = parse_example_amount(example)
        if amount is None:
            return example
        if "円" in example or "¥" in example:
            # Examples are written as a few euros or a few hundred yen.
            amount = amount / 100
        return self.currency.format(amount)


# The ten marketplaces of the contact directory. A constant, not a model choice: the wizard
# builds and validates its who step's form on many requests, and a queryset would cost a
# query each time.
MARKETS: tuple[Market, ...] = (
    Market("US", gettext_noop("United States"), "amazon.com", "en", Currency("$", "{symbol}{number}", ",", ".")),
    Market("CA", gettext_noop("Canada"), "amazon.ca", "en", Currency("CA$", "{symbol}{number}", ",", ".")),
    Market("UK", gettext_noop("United Kingdom"), "amazon.co.uk", "en", Currency("£", "{symbol}{number}", ",", ".")),
    Market("DE", gettext_noop("Germany"), "amazon.de", "de", EURO),
    Market("FR", gettext_noop("France"), "amazon.fr", "fr", Currency("€", "{number}\u00a0{symbol}", "\u202f", ",")),
    Market("IT", gettext_noop("Italy"), "amazon.it", "it", EURO),
    Market("ES", gettext_noop("Spain"), "amazon.es", "es", EURO),
    Market("JP", gettext_noop("Japan"), "amazon.co.jp", "ja", Currency("円", "{number}{symbol}", ",", ".", 0, 100)),
    Market("IN", gettext_noop("India"), "amazon.in", "en", Currency("₹", "{symbol}{number}", ",", ".", 2, 90)),
    Market("MX", gettext_noop("Mexico"), "amazon.com.mx", "es", Currency("$", "{symbol}{number}\u00a0MXN", ",", ".", 2, 20)),
)  # fmt: skip
MARKETS_BY_CODE = {market.code: market for market in MARKETS}
