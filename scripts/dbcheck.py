"""Stop `make test` with one readable line when PostgreSQL cannot be reached."""

from __future__ import annotations

import os
import sys

import dj_database_url
import psycopg


def main() -> int:
    url = os.environ["DATABASE_URL"]
    config = dj_database_url.parse(url)
    params = {
        "dbname": config.get("NAME") or "postgres",
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "connect_timeout": 5,
    }
    try:
        psycopg.connect(**{k: v for k, v in params.items() if v is not None}).close()
    except psycopg.OperationalError as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else "no answer"
        print(
            f"PostgreSQL is not reachable ({reason}). Start it with "
            "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start' "
            "or set DATABASE_URL to a reachable server.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
