from __future__ import annotations

import pytest
from django.core.management import call_command


@pytest.fixture
def directory(db: None) -> None:
    """The contact directory exactly as `make run` loads it."""
    call_command("loaddata", "directory", verbosity=0)
