"""Write the developer's .env on first `make run`: a generated secret key and DEBUG on.

Never overwrites an existing file: a developer's own settings stay theirs.
Runs on any Python 3 (no Django needed), so it works before the venv exists.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

TEMPLATE = """\
# Written by `make run` for this machine only (never commit it; .gitignore has it).
# Every `manage.py` command reads it, so the README's commands work as written.
# Anything set in the real environment wins over these lines.
DEBUG=true
SECRET_KEY={secret_key}
"""


def main(path: Path) -> int:
    if path.exists():
        return 0
    path.write_text(TEMPLATE.format(secret_key=secrets.token_urlsafe(50)), encoding="utf-8")
    path.chmod(0o600)
    print(f"Wrote {path.name}: development settings with a fresh secret key.")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else ".env")))
