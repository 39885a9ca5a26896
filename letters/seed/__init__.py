"""The letter templates SellerDesk ships, authored once as plain files under templates/.

`files.py` reads and checks them; `scripts/build_seed.py` (`make seed`) builds the
fixture and the gettext strings module from them; `manage.py syncseed` brings a database
up to date with them without undoing what staff changed.
"""
