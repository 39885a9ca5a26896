from django.apps import AppConfig


class SellerdeskConfig(AppConfig):
    name = "sellerdesk"
    verbose_name = "SellerDesk"
