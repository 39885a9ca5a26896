"""gunicorn settings for SellerDesk: `gunicorn -c gunicorn.conf.py sellerdesk.wsgi`.

Measured with `make bench-web` on a 2-core machine (see the README): sync workers, two per
core, serve best; each request is CPU-bound Python with a few short queries, so threads or
more workers only add memory and context switches. Environment variables override.
"""

from __future__ import annotations

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "4"))
worker_class = "sync"
# Load the project once in the master: workers share its memory pages and start quickly.
preload_app = True
# A worker is replaced after this many requests, so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
# No request should take this long: a stuck worker is killed and restarted.
timeout = 30
graceful_timeout = 10
keepalive = 2
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "warning")
