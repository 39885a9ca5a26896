"""Amazon's teams, their addresses per marketplace, and Seller Central routes."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from sellerdesk.marketplaces import MARKETS

DOMAIN_PLACEHOLDER = "<domain>"


def is_web_address(where: str) -> bool:
    """A route that is a web address, not a menu path like "Seller Central > Help > ..."."""
    return "/" in where and " " not in where.strip()


class MarketplaceQuerySet(models.QuerySet["Marketplace"]):
    def get_by_natural_key(self, code: str) -> Marketplace:
        return self.get(code=code)


class Marketplace(models.Model):
    """A row per marketplace of the registry (sellerdesk.marketplaces), made by syncseed, so
    addresses and routes can point at it; the registry, not the admin, says what it is."""

    code = models.CharField(
        _("code"),
        max_length=2,
        unique=True,
        choices=[(market.code, market.code) for market in MARKETS],
    )
    name = models.CharField(_("name"), max_length=60)
    domain = models.CharField(
        _("Amazon domain"), max_length=60, help_text=_("The retail site, e.g. amazon.co.uk.")
    )
    seller_central_domain = models.CharField(
        _("Seller Central domain"), max_length=80, help_text=_("e.g. sellercentral.amazon.co.uk.")
    )

    objects = MarketplaceQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("marketplace")
        verbose_name_plural = _("marketplaces")

    def __str__(self) -> str:
        return f"{self.code} · {self.name}"

    def natural_key(self) -> tuple[str]:
        return (self.code,)

    @property
    def tld(self) -> str:
        """The part after "amazon.", which Seller Central paths use: com, co.uk, de…"""
        return self.domain.removeprefix("amazon.")


class SellerCentralRouteQuerySet(models.QuerySet["SellerCentralRoute"]):
    def get_by_natural_key(self, key: str) -> SellerCentralRoute:
        return self.get(key=key)


class Channel(models.TextChoices):
    """How a route is reached; the order here is the order a seller should try them in."""

    SELLER_CENTRAL = "seller_central", _("Seller Central page")
    WEB_FORM = "web_form", _("Web form")
    EMAIL = "email", _("E-mail")


CHANNEL_ORDER = {channel: position for position, channel in enumerate(Channel.values)}


class SellerCentralRoute(models.Model):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    where = models.CharField(
        _("where"),
        max_length=300,
        help_text=_("A URL or menu path; <domain> is replaced by the marketplace's domain."),
    )
    note = models.TextField(_("note"), blank=True)
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.SELLER_CENTRAL
    )
    needs_login = models.BooleanField(
        _("needs a Seller Central login"),
        default=True,
        help_text=_("Untick for pages a seller can use without logging in to Seller Central."),
    )
    source = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("Where this route was read.")
    )
    last_checked = models.DateField(_("last checked"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = SellerCentralRouteQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("Seller Central route")
        verbose_name_plural = _("Seller Central routes")

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.key,)

    def where_for(self, marketplace: Marketplace) -> str:
        return self.where.replace(DOMAIN_PLACEHOLDER, marketplace.tld)

    @property
    def is_link(self) -> bool:
        return is_web_address(self.where)


class PurposeQuerySet(models.QuerySet["Purpose"]):
    def get_by_natural_key(self, key: str) -> Purpose:
        return self.get(key=key)


class Purpose(models.Model):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("when to use it"))
    route = models.ForeignKey(
        SellerCentralRoute,
        verbose_name=_("Seller Central route"),
        on_delete=models.PROTECT,
        related_name="purposes",
        help_text=_("Where to go in Seller Central for this purpose; the primary route."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = PurposeQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("purpose")
        verbose_name_plural = _("purposes")

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.key,)


class ContactQuerySet(models.QuerySet):
    def active(self) -> ContactQuerySet:
        return self.filter(active=True)

    def for_letters(self) -> ContactQuerySet:
        """Active addresses that may be offered as the place to send a letter."""
        return self.active().exclude(status__in=Contact.Status.not_for_letters())


class Contact(models.Model):
    class Status(models.TextChoices):
        """How far the address can be trusted as a way to reach Amazon."""

        IN_USE = "in_use", _("in use")
        REPORTED = "reported", _("reported by sellers")
        CLOSED_PROGRAMME = "closed_programme", _("closed programme")
        NOT_SUPPORT_CHANNEL = "not_support_channel", _("not a support channel")

        @classmethod
        def not_for_letters(cls) -> tuple[str, ...]:
            """Statuses never offered as where to send a letter."""
            return (cls.CLOSED_PROGRAMME, cls.NOT_SUPPORT_CHANNEL)

    marketplace = models.ForeignKey(
        Marketplace,
        verbose_name=_("marketplace"),
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    purpose = models.ForeignKey(
        Purpose, verbose_name=_("purpose"), on_delete=models.PROTECT, related_name="contacts"
    )
    email = models.EmailField(_("e-mail address"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=Status.choices,
        default=Status.REPORTED,
        help_text=_(
            "Closed programmes and addresses that are not a support channel stay in the "
            "directory but are never offered as where to send a letter."
        ),
    )
    source = models.CharField(
        _("source"),
        max_length=120,
        blank=True,
        help_text=_("Where the address comes from, and why it has its status."),
    )
    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("The day someone last checked that the address works as described."),
    )
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text=_("Who last saved, verified or imported this address."),
    )

    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = ["purpose__position", "marketplace__code", "email"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        constraints = [
            # Letter case does not make another address: FOO@amazon.de is foo@amazon.de.
            models.UniqueConstraint(
                Lower("email"),
                "marketplace",
                "purpose",
                name="contact_unique_email_any_case",
                violation_error_message=_(
                    "This marketplace and purpose already have this e-mail address."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} ({self.marketplace.code}, {self.purpose.key})"

    def clean(self) -> None:
        # Amazon's addresses ignore letter case; storing them lower-cased keeps one of each.
        self.email = self.email.lower()

    @property
    def status_label(self) -> str:
        """get_status_display without rebuilding every choice's label on each call."""
        return str(self.Status(self.status).label) if self.status in self.Status.values else ""

    def mailto(self) -> str:
        return f"mailto:{self.email}"

    @property
    def for_letters(self) -> bool:
        return self.status not in self.Status.not_for_letters()
