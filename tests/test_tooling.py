"""The set-up commands' own messages: a wrong Python or an unreachable database is one line."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import get_commands

from sellerdesk.env import load_env_file


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


# --- the README's commands on a fresh machine ---------------------------------------------

README = Path(settings.BASE_DIR) / "README.md"
README_COMMAND = re.compile(r"([\w./-]*python) manage\.py ([a-z_]+)")


def test_every_manage_py_command_in_the_readme_exists_and_runs_from_the_venv() -> None:
    commands = README_COMMAND.findall(README.read_text(encoding="utf-8"))
    assert len(commands) >= 4
    known = get_commands()
    for python, command in commands:
        assert python == ".venv/bin/python", f"{python} manage.py {command}"
        assert command in known, f"README names manage.py {command}, which does not exist"


def test_make_run_writes_a_dotenv_once_that_makes_readme_commands_work(tmp_path) -> None:
    dotenv = tmp_path / ".env"
    write = [sys.executable, "scripts/write_dotenv.py", str(dotenv)]
    subprocess.run(write, cwd=settings.BASE_DIR, check=True, capture_output=True, timeout=60)
    first = dotenv.read_text()
    assert "DEBUG=true" in first and "SECRET_KEY=" in first
    subprocess.run(write, cwd=settings.BASE_DIR, check=True, capture_output=True, timeout=60)
    assert dotenv.read_text() == first  # never overwritten: the developer's settings stay

    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Amazon team, please reinstate us.\n")
    # As the README writes it: no DEBUG and no SECRET_KEY in the environment, only the .env.
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "checkletter",
            "--case",
            "odr_deactivation",
            str(letter),
        ],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "SELLERDESK_ENV_FILE": str(dotenv)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "SECRET_KEY" not in result.stderr
    assert json.loads(result.stdout)["case"] == "odr_deactivation"


def test_the_environment_wins_over_the_dotenv(tmp_path, monkeypatch) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "# comment\n\nSELLERDESK_TEST_A=from-file\nexport SELLERDESK_TEST_B='quoted'\n"
    )
    monkeypatch.setenv("SELLERDESK_TEST_A", "from-environment")
    monkeypatch.delenv("SELLERDESK_TEST_B", raising=False)
    load_env_file(dotenv)
    assert os.environ["SELLERDESK_TEST_A"] == "from-environment"
    assert os.environ["SELLERDESK_TEST_B"] == "quoted"
    monkeypatch.delenv("SELLERDESK_TEST_B")
    dotenv.write_text("not a setting\n")
    with pytest.raises(ImproperlyConfigured, match="line 1"):
        load_env_file(dotenv)


def test_make_run_serves_on_the_port_asked_for() -> None:
    result = subprocess.run(
        [shutil.which("make"), "-n", "run", "PORT=8001"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "runserver 127.0.0.1:8001" in result.stdout
    default = subprocess.run(
        [shutil.which("make"), "-n", "run"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "runserver 127.0.0.1:8000" in default.stdout


def test_a_fresh_clone_runs_every_readme_command_as_written() -> None:
    """scripts/check_readme.py: the committed HEAD, cloned, with only `make .env` before."""
    result = subprocess.run(
        [sys.executable, "scripts/check_readme.py"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ran = [line for line in result.stdout.splitlines() if line.startswith("ok ")]
    for command in ("checkletter", "checksender", "readnotice", "renderletter", "caseplan"):
        assert any(f"manage.py {command} " in line for line in ran), command
