"""The set-up commands' own messages: a wrong Python or an unreachable database is one line."""

from __future__ import annotations

import shutil
import subprocess
import sys

from django.conf import settings


def test_unreachable_postgres_is_one_line_that_says_what_to_do() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/dbcheck.py"],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": "postgres://127.0.0.1:9/nowhere"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("PostgreSQL is not reachable")
    assert "pg_ctlcluster" in lines[0] and "DATABASE_URL" in lines[0]
    assert "Traceback" not in result.stderr


def test_reachable_postgres_passes(db: None) -> None:
    database = settings.DATABASES["default"]
    url = f"postgres:///{database['NAME']}?host=/var/run/postgresql"
    if database.get("HOST"):
        url = f"postgres://{database['HOST']}:{database.get('PORT') or 5432}/{database['NAME']}"
    result = subprocess.run(
        [sys.executable, "scripts/dbcheck.py"],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr


def test_the_makefile_refuses_an_old_python(tmp_path) -> None:
    old = tmp_path / "python3"
    old.write_text(
        "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'Python 3.11.7'; exit 0; fi\nexit 1\n"
    )
    old.chmod(0o755)

    result = subprocess.run(
        [shutil.which("make"), "-s", f"PYTHON={old}", f"VENV={tmp_path / 'venv'}", "venv"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "SellerDesk needs Python 3.12 or newer" in result.stdout + result.stderr
    assert not (tmp_path / "venv").exists()
