from __future__ import annotations

# The case wizard's URLs; included by letters/urls.py under "new/".
urlpatterns: list = []
