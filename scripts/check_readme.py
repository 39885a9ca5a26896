"""A fresh clone runs the README's manage.py commands exactly as written, each exiting 0.

    .venv/bin/python scripts/check_readme.py [--keep]      (or: make readme-check)

Clones this checkout's committed HEAD into a temporary directory (what a newcomer gets; an
uncommitted change is not in it), links the existing .venv into it instead of installing
one, writes the .env with `make .env` (what `make run` does on its first run) and runs, in
an environment without DEBUG, SECRET_KEY or DATABASE_URL (so SQLite under var/):

- first the database steps `make run` takes before any page or command reads the data
  (`migrate --no-input`, `syncseed`, `demo_login`);
- then every `.venv/bin/python manage.py …` command the README writes, in its order, with a
  line ending in `\\` joined to the next and a trailing `# comment` dropped, and the sample
  files they name (letter.txt, mail.eml, notice.txt) taken from the test corpora.

`check --deploy` runs with the production variables the README says it needs. A command
that prompts (collectstatic without --no-input) is answered "yes", as a person would.
Prints each command with its exit status and time; exits 1 if any failed. Needs git, make
and the .venv; about a minute on a busy 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = re.compile(r"\.venv/bin/python manage\.py [^`\n]*")
# The steps `make run` takes before serving, so the commands find the shipped data (and the
# demo login the README's import names as its --user).
DATABASE_STEPS = (
    ".venv/bin/python manage.py migrate --no-input",
    ".venv/bin/python manage.py syncseed",
    ".venv/bin/python manage.py demo_login",
)
SAMPLES = {
    "letter.txt": None,  # written below: a short appeal for the checker
    "mail.eml": "tests/senders/corpus/genuine_de_account_health_de_html.eml",
    "notice.txt": "tests/letters/notice_corpus/ip_03_de_email.txt",
}
SAMPLE_LETTER = (
    "Dear Seller Performance team,\n\nWe are sorry. We will be more careful in future.\n\n"
    "Lumora Home EU\n"
)
# What the README says `check --deploy` needs: DEBUG off and the production variables set.
DEPLOY_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "sellerdesk.example.com",
    "CSRF_TRUSTED_ORIGINS": "https://sellerdesk.example.com",
    "EMAIL_HOST": "smtp.example.com",
    "DEFAULT_FROM_EMAIL": "SellerDesk <noreply@sellerdesk.example.com>",
}
TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class Result:
    command: str
    status: int
    seconds: float
    output: str


def readme_commands(readme: str) -> list[str]:
    """Every manage.py command the README writes, in order, each once."""
    joined = re.sub(r"\\\n\s*", "", readme)
    commands: list[str] = []
    for match in COMMAND.finditer(joined):
        command = " ".join(match.group(0).split(" #", 1)[0].split())
        if command not in commands:
            commands.append(command)
    return commands


def fresh_clone(into: Path) -> Path:
    clone = into / "sellerdesk"
    # git from PATH, arguments as a list: no shell, nothing from outside.
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)  # noqa: S603, S607
    (clone / ".venv").symlink_to((ROOT / ".venv").resolve(), target_is_directory=True)
    for name, source in SAMPLES.items():
        text = SAMPLE_LETTER if source is None else (clone / source).read_text(encoding="utf-8")
        (clone / name).write_text(text, encoding="utf-8")
    return clone


def newcomer_env() -> dict[str, str]:
    """A shell with nothing of ours set: the settings must come from the .env alone."""
    keep = ("PATH", "HOME", "LANG", "TMPDIR")
    return {name: os.environ[name] for name in keep if name in os.environ}


def run(command: str, *, cwd: Path, env: dict[str, str]) -> Result:
    started = time.perf_counter()
    completed = subprocess.run(  # noqa: S603 - the README's own commands, run as a person would
        ["/bin/sh", "-c", command],
        cwd=cwd,
        env=env,
        input="yes\n",
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
    )
    output = (completed.stderr or completed.stdout).strip().splitlines()
    return Result(
        command, completed.returncode, time.perf_counter() - started, "\n".join(output[-5:])
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="Keep the clone and print its path.")
    args = parser.parse_args()
    temp = Path(tempfile.mkdtemp(prefix="sellerdesk-readme-"))
    failed = 0
    results: list[Result] = []
    try:
        clone = fresh_clone(temp)
        # The clone's README: the commands as a newcomer reads them.
        commands = readme_commands((clone / "README.md").read_text(encoding="utf-8"))
        env = newcomer_env()
        results = [run("make .env", cwd=clone, env=env)]
        for command in (*DATABASE_STEPS, *(c for c in commands if c not in DATABASE_STEPS)):
            deploy = command.endswith("check --deploy")
            result = run(command, cwd=clone, env={**env, **DEPLOY_ENV} if deploy else env)
            if deploy and "no issues" not in result.output:
                # The README promises that it "reports nothing", not only that it exits 0.
                result = replace(result, status=result.status or 1)
            results.append(result)
        for result in results:
            print(
                f"{'ok ' if result.status == 0 else 'FAIL'} {result.seconds:5.1f} s  {result.command}"
            )
            if result.status != 0:
                failed += 1
                print("     " + result.output.replace("\n", "\n     "))
    finally:
        if args.keep:
            print(f"The clone is in {temp}")
        else:
            shutil.rmtree(temp, ignore_errors=True)
    print(f"{len(results) - failed} of {len(results)} commands exited 0.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
