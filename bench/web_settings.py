"""Production settings plus the two floor views and a CPU clock: only for `make bench-web`.

Never used by the site itself: bench/web.py points gunicorn at this module.
"""

from __future__ import annotations

import os

from sellerdesk.settings import *  # noqa: F403
from sellerdesk.settings import BASE_DIR, MIDDLEWARE, TEMPLATES

ROOT_URLCONF = "bench.web_urls"
# First, so that it times everything the rest of the stack does.
MIDDLEWARE = ["bench.web_urls.server_cpu", *MIDDLEWARE]
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "bench" / "templates"]
# collectstatic writes here, not into the checkout's staticfiles/.
STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
