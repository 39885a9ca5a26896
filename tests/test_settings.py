from __future__ import annotations

import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from sellerdesk.env import env_bool, env_int, env_origins


def test_bad_boolean_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be true or false"):
        env_bool("DEBUG")


def test_bad_integer_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONN_MAX_AGE", "sixty")
    with pytest.raises(ImproperlyConfigured, match="CONN_MAX_AGE must be a whole number"):
        env_int("CONN_MAX_AGE", 60)


def test_origin_without_scheme_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSRF_TRUSTED_ORIGINS", "https://ok.example,bad.example")
    with pytest.raises(ImproperlyConfigured, match="'bad.example' must start with"):
        env_origins("CSRF_TRUSTED_ORIGINS")


def test_connection_health_checks_are_on() -> None:
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


def run_manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "SELLERDESK_ENV_FILE": "/dev/null", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_secret_key_is_required_without_debug() -> None:
    result = run_manage({"DEBUG": "false"}, "check")

    assert result.returncode != 0
    assert "Set SECRET_KEY (required when DEBUG is off)." in result.stderr


def test_production_settings_pass_the_deploy_check() -> None:
    result = run_manage(
        {
            "DEBUG": "false",
            "SECRET_KEY": "a-long-random-production-secret-key-" + "x" * 40,
            "ALLOWED_HOSTS": "sellerdesk.example",
            "CSRF_TRUSTED_ORIGINS": "https://sellerdesk.example",
            "DATABASE_URL": "sqlite:///var/deploy-check.sqlite3",
            "EMAIL_HOST": "smtp.example.com",
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
