"""The web benchmark: every page's server CPU against two floors, then 50 clients at once.

`make bench-web` (or `.venv/bin/python bench/web.py`) from the repository root. It

1. creates a dedicated PostgreSQL database (`sellerdesk_bench`, dropped first, over the
   local unix socket), migrates it, loads the shipped directory and templates and generates
   the sizes of issue 16: a small team (10 drafts, one with a single revision), a big team
   (10,000 drafts, one with 200 revisions of about 20,000 characters), and later 5,000 more
   contacts in the directory;
2. serves the project with gunicorn (`gunicorn.conf.py`) on a free 127.0.0.1 port with
   production settings (DEBUG off, a generated SECRET_KEY, collected static files) plus
   `bench.web_settings`: two floor views (a bare HttpResponse, a page extending base.html)
   and a middleware that puts the request's CPU time in a response header;
3. logs in through a session it creates, walks the wizard to its review, then requests
   every page in rounds and prints each page's median server CPU as a ratio to both floors
   measured in the same rounds;
4. runs 50 concurrent clients for 20 s over the everyday pages and prints requests/s, p50,
   p99, errors and the workers' memory.

Loopback only; nothing is fetched. Not part of `make test`.
"""

from __future__ import annotations

import argparse
import http.client
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "sellerdesk_bench"
SOCKET_DIR = "/var/run/postgresql"
CPU_HEADER = "X-Bench-CPU-Microseconds"
# The limits, as multiples of the base.html floor.
LIMIT_SMALL = 3.0
LIMIT_LARGE = 4.0


def bench_environment(static_root: str) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "bench.web_settings",
        "DATABASE_URL": f"postgres:///{DATABASE}?host={SOCKET_DIR}",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "EMAIL_HOST": "127.0.0.1",  # required with DEBUG off; the bench sends no e-mail
        "SECURE_SSL_REDIRECT": "false",  # plain HTTP on loopback; no proxy in front
        "SELLERDESK_ENV_FILE": os.devnull,  # a developer's .env must not change the run
        "BENCH_STATIC_ROOT": static_root,
        "LOG_LEVEL": "ERROR",
    }


# PostgreSQL's own client tools, found on PATH; fixed arguments as a list, no shell.
def recreate_database() -> None:
    subprocess.run(["dropdb", "-h", SOCKET_DIR, "--if-exists", DATABASE], check=True)  # noqa: S603, S607
    subprocess.run(["createdb", "-h", SOCKET_DIR, DATABASE], check=True)  # noqa: S603, S607


def drop_database() -> None:
    subprocess.run(["dropdb", "-h", SOCKET_DIR, "--if-exists", DATABASE], check=False)  # noqa: S603, S607


# -- data ---------------------------------------------------------------------------------

PARAGRAPH = (
    "On {day} we reviewed every order shipped from our warehouse in Shenzhen and found that "
    "{count} parcels left late because the carrier changed its pick-up time without notice. "
    "We moved our cut-off two hours earlier, added a second carrier for the busy season and "
    "now check the tracking of every order each morning, so that a late parcel is found the "
    "same day and the buyer is told before they have to ask.\n\n"
)


def long_letter(revision: int) -> str:
    """About 20,000 characters; each revision changes a few paragraphs, as an edit does."""
    paragraphs = [
        PARAGRAPH.format(
            day=f"{1 + (i % 28)} October 2026", count=i + (revision if i % 9 == 0 else 0)
        )
        for i in range(48)
    ]
    return "Dear Seller Performance team,\n\n" + "".join(paragraphs) + "Sincerely,\nLi Wei\n"


def generate_data() -> dict[str, object]:
    """Users, teams, drafts and revisions; returns what the page URLs need."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from drafts.models import Draft, DraftRevision
    from letters.cases import CASE_TYPES
    from letters.models import TemplateVersion
    from sellerdesk.models import Membership, Team

    call_command("migrate", verbosity=0, interactive=False)
    call_command("loaddata", "directory", "letter_templates", verbosity=0)
    user = get_user_model().objects.create_user("bench", password=secrets.token_urlsafe(16))
    small = Team.objects.create(name="Small team", slug="small")
    big = Team.objects.create(name="Big team", slug="big")
    for team in (small, big):
        Membership.objects.create(team=team, user=user, role=Membership.Role.OWNER)

    versions = {case.key: TemplateVersion.objects.current_for(case.key) for case in CASE_TYPES}
    keys = [key for key, version in versions.items() if version is not None]
    statuses = [choice for choice, _label in Draft.Status.choices]
    outcomes = [choice for choice, _label in Draft.Outcome.choices]
    body = long_letter(0)[:1500]

    def drafts_for(team: Team, count: int) -> list[Draft]:
        drafts = [
            Draft(
                team=team,
                case_type=keys[i % len(keys)],
                marketplace=("DE", "US", "JP", "UK", "FR")[i % 5],
                subject=f"Appeal {i}: late shipments",
                body=body,
                template_version=versions[keys[i % len(keys)]],
                author=user,
                status=statuses[i % len(statuses)],
                # Only a resolved draft has an outcome (and it must have one).
                outcome=outcomes[i % len(outcomes)]
                if statuses[i % len(statuses)] == "resolved"
                else "",
            )
            for i in range(count)
        ]
        created = Draft.objects.bulk_create(drafts, batch_size=1000)
        DraftRevision.objects.bulk_create(
            [
                DraftRevision(draft=draft, number=1, subject=draft.subject, body=draft.body)
                for draft in created
            ],
            batch_size=1000,
        )
        return created

    small_drafts = drafts_for(small, 10)
    drafts_for(big, 10_000 - 1)
    key = "odr_deactivation" if versions.get("odr_deactivation") else keys[0]
    long_draft = Draft.objects.create(
        team=big,
        case_type=key,
        marketplace="DE",
        subject="Appeal: late shipments (200 revisions)",
        body=long_letter(200),
        template_version=versions[key],
        author=user,
        version=200,
    )
    DraftRevision.objects.bulk_create(
        [
            DraftRevision(
                draft=long_draft, number=n, subject=long_draft.subject, body=long_letter(n)
            )
            for n in range(1, 201)
        ],
        batch_size=50,
    )
    analyze()
    return {
        "user": user,
        "small_draft": small_drafts[0].pk,
        "long_draft": long_draft.pk,
        "template_slug": versions[key].template.slug,
    }


def analyze() -> None:
    """Fresh planner statistics after the bulk inserts, as autovacuum would soon give them:
    the pages' queries are planned for the sizes they run on."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def add_contacts(count: int) -> int:
    """`count` more addresses, spread over every marketplace and purpose."""
    from contacts.models import Contact, Marketplace, Purpose

    marketplaces = list(Marketplace.objects.all())
    purposes = list(Purpose.objects.all())
    Contact.objects.bulk_create(
        [
            Contact(
                marketplace=marketplaces[i % len(marketplaces)],
                purpose=purposes[(i // len(marketplaces)) % len(purposes)],
                email=f"bench-{i}@amazon.example",
                note="Generated for the benchmark",
                status=Contact.Status.REPORTED,
                source="bench",
            )
            for i in range(count)
        ],
        batch_size=1000,
    )
    analyze()
    return Contact.objects.count()


def logged_in_session(user: object) -> str:
    """A session of `user` with the wizard walked to the review, as a browser would have."""
    from django_webtest import DjangoTestApp

    sys.path.insert(0, str(ROOT))
    from letters.cases import get_case_type
    from tests.helpers.browser import log_in
    from tests.helpers.wizard import Wizard, walk_to_review

    # HTTPS, as production is: its session and CSRF cookies are sent over HTTPS only.
    browser = DjangoTestApp(extra_environ={"HTTP_HOST": "127.0.0.1", "wsgi.url_scheme": "https"})
    app = log_in(browser, user)
    walk_to_review(Wizard(app), get_case_type("odr_deactivation"), "DE")
    return app.cookies["sessionid"]


# -- serving ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    command = [
        str(ROOT / ".venv" / "bin" / "gunicorn"),
        "-c",
        str(ROOT / "gunicorn.conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "sellerdesk.wsgi",
    ]
    # Our own gunicorn from the venv, arguments as a list, no shell.
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})  # noqa: S603
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            status, _cpu, _size = fetch(port, "/bench/bare/", cookie="")
            if status == 200:
                return server
        except OSError:
            pass
        if server.poll() is not None:
            raise SystemExit("gunicorn exited; see its log above")
        time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 60 s")


def worker_rss_mib(master: int) -> list[float]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


def fetch(port: int, url: str, *, cookie: str, timeout: float = 30) -> tuple[int, int, int]:
    """One GET on a fresh connection: status, server CPU in µs, body size."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Host": "127.0.0.1", "Accept-Language": "en"}
        if cookie:
            headers["Cookie"] = f"sessionid={cookie}"
        connection.request("GET", url, headers=headers)
        response = connection.getresponse()
        body = response.read()
        return response.status, int(response.getheader(CPU_HEADER) or 0), len(body)
    finally:
        connection.close()


# -- measuring ----------------------------------------------------------------------------


@dataclass
class Page:
    name: str
    url: str
    limit: float
    cpu: list[int] = field(default_factory=list)
    size: int = 0
    failure: str = ""


def measure(port: int, cookie: str, pages: list[Page], rounds: int) -> None:
    """Every page once per round, interleaved, so a busy moment costs every page alike.

    A page that fails or takes more than 10 s is reported as such and not measured further.
    """
    for page in pages:  # warm up: imports, template loading, the workers' first queries
        for _ in range(2):
            try:
                status, _cpu, _size = fetch(port, page.url, cookie=cookie, timeout=10)
            except TimeoutError:
                page.failure = "timed out (10 s)"
                break
            if status != 200:
                page.failure = f"answered {status}"
                break
    for _ in range(rounds):
        for page in pages:
            if page.failure:
                continue
            status, cpu, size = fetch(port, page.url, cookie=cookie)
            page.cpu.append(cpu)
            page.size = size


def print_table(title: str, pages: list[Page], bare: float, floor: float) -> bool:
    print(f"\n{title}")
    print(f"{'page':<44} {'CPU ms':>8} {'× bare':>7} {'× base':>7} {'limit':>6} {'KB':>7}")
    ok = True
    for page in pages:
        if page.failure:
            ok = False
            print(f"{page.name:<44} {page.failure}  OVER")
            continue
        median = statistics.median(page.cpu) / 1000
        ratio = median / floor
        within = ratio <= page.limit or page.limit == 0
        ok = ok and within
        limit = f"{page.limit:.0f}×" if page.limit else ""
        mark = "" if within else "  OVER"
        print(
            f"{page.name:<44} {median:>8.2f} {median / bare:>7.1f} {ratio:>7.2f} "
            f"{limit:>6} {page.size / 1024:>7.1f}{mark}"
        )
    return ok


def load(port: int, cookie: str, urls: list[str], clients: int, seconds: float) -> dict:
    """`clients` threads, each requesting `urls` in turn until `seconds` have passed."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset: int) -> None:
        mine: list[float] = []
        failed = 0
        i = offset
        while time.monotonic() < stop:
            started = time.monotonic()
            try:
                status, _cpu, _size = fetch(port, urls[i % len(urls)], cookie=cookie, timeout=10)
                if status != 200:
                    failed += 1
            except OSError:
                failed += 1
            mine.append(time.monotonic() - started)
            i += 1
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 15)
    elapsed = time.monotonic() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "per_second": len(latencies) / elapsed,
        "p50": latencies[len(latencies) // 2] * 1000 if latencies else 0,
        "p99": latencies[int(len(latencies) * 0.99)] * 1000 if latencies else 0,
        "errors": errors[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=15, help="requests per page (median)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="TEXT",
        help="measure only the pages whose name contains TEXT (repeatable); no load test",
    )
    args = parser.parse_args()

    def chosen(pages: list[Page]) -> list[Page]:
        """The floors, and the pages --only names (all without it)."""
        return [
            page
            for page in pages
            if page.url.startswith("/bench/")
            or not args.only
            or any(text.lower() in page.name.lower() for text in args.only)
        ]

    static_root = tempfile.mkdtemp(prefix="sellerdesk-bench-static-")
    env = bench_environment(static_root)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    started = time.monotonic()
    recreate_database()
    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    print(f"static files collected in {time.monotonic() - started:.0f} s")
    data = generate_data()
    print(f"data generated in {time.monotonic() - started:.0f} s")
    cookie = logged_in_session(data["user"])
    print(f"data ready in {time.monotonic() - started:.0f} s")

    port = free_port()
    server = start_gunicorn(env, port, args.workers)
    ok = True
    try:
        small, big, long = "/teams/small/drafts", "/teams/big/drafts", data["long_draft"]
        floors = [Page("floor: bare HttpResponse", "/bench/bare/", 0)]
        floors.append(Page("floor: page extending base.html", "/bench/base/", 0))
        pages = [
            Page("home", "/", LIMIT_SMALL),
            Page("wizard: case (GET)", "/letters/new/case/", LIMIT_SMALL),
            Page("wizard: who (GET)", "/letters/new/who/", LIMIT_SMALL),
            Page("wizard: facts (GET)", "/letters/new/facts/", LIMIT_SMALL),
            Page("wizard: plan (GET)", "/letters/new/plan/", LIMIT_SMALL),
            Page("wizard: review (GET)", "/letters/new/review/", LIMIT_SMALL),
            Page("directory (shipped contacts)", "/directory/", LIMIT_SMALL),
            Page('directory search ("amazon")', "/directory/?q=amazon", LIMIT_SMALL),
            Page("letter library (10,010 drafts)", "/letters/", LIMIT_SMALL),
            Page("template detail", f"/letters/templates/{data['template_slug']}/", LIMIT_SMALL),
            Page("team page", "/teams/small/", LIMIT_SMALL),
            Page("due soon, 10,000 drafts", f"{big}/due/", LIMIT_LARGE),
            Page("sender check", "/check-sender/", LIMIT_SMALL),
            Page("drafts list, 10 drafts", f"{small}/", LIMIT_SMALL),
            Page("draft page, 1 revision", f"{small}/{data['small_draft']}/", LIMIT_SMALL),
            Page("drafts list, 10,000 drafts", f"{big}/", LIMIT_LARGE),
            Page("draft page, 200 revisions", f"{big}/{long}/", LIMIT_LARGE),
            Page("revision diff 1 → 200", f"{big}/{long}/diff/?old=1&new=200", LIMIT_LARGE),
            Page("revision diff 199 → 200", f"{big}/{long}/diff/?old=199&new=200", LIMIT_LARGE),
        ]
        pages = chosen(pages)
        measure(port, cookie, floors + pages, args.rounds)
        bare = statistics.median(floors[0].cpu) / 1000
        floor = statistics.median(floors[1].cpu) / 1000
        print(f"\nfloors: bare {bare:.2f} ms, base.html {floor:.2f} ms ({floor / bare:.1f}× bare)")
        ok = print_table("server CPU per request, median", floors + pages, bare, floor)

        everyday = [
            "/",
            "/letters/new/case/",
            "/letters/new/review/",
            "/directory/DE/",
            "/letters/",
            f"{small}/",
            f"{small}/{data['small_draft']}/",
            f"{big}/",
        ]
        if not args.only:
            result = load(port, cookie, everyday, args.clients, args.seconds)
            rss = worker_rss_mib(server.pid)
            print(
                f"\n{args.clients} clients for {args.seconds:.0f} s, {args.workers} sync workers: "
                f"{result['requests']} requests, {result['per_second']:.0f}/s, "
                f"p50 {result['p50']:.0f} ms, p99 {result['p99']:.0f} ms "
                f"({result['p99'] / max(result['p50'], 0.001):.1f}× p50), "
                f"errors {result['errors']}, "
                f"worker RSS {', '.join(f'{size:.0f}' for size in rss)} MiB"
            )
        total = add_contacts(5_000)
        big_directory = [
            Page("floor: bare HttpResponse", "/bench/bare/", 0),
            Page("floor: page extending base.html", "/bench/base/", 0),
            Page(f"directory ({total:,} contacts)", "/directory/", LIMIT_LARGE),
            Page("directory, one marketplace (DE)", "/directory/DE/", LIMIT_LARGE),
            Page('directory search ("amazon")', "/directory/?q=amazon", LIMIT_LARGE),
            # 知识产权 (intellectual property): found through the Chinese of the stored strings.
            Page(
                "directory search in Chinese",
                "/directory/?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83",
                LIMIT_LARGE,
            ),
            Page("wizard: review (GET)", "/letters/new/review/", LIMIT_LARGE),
        ]
        big_directory = chosen(big_directory)
        measure(port, cookie, big_directory, args.rounds)
        bare2 = statistics.median(big_directory[0].cpu) / 1000
        floor2 = statistics.median(big_directory[1].cpu) / 1000
        ok = print_table("with 5,000 more contacts", big_directory, bare2, floor2) and ok

    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        from django.db import connections

        connections.close_all()
        if not args.keep:
            drop_database()
            # Its own directory (mkdtemp), no one else's.
            shutil.rmtree(static_root, ignore_errors=True)
    print(f"\ntotal {time.monotonic() - started:.0f} s; every page within its limit: {ok}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
