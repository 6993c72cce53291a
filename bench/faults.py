#!/usr/bin/env python3
"""Faults under load (`make bench-faults`, driven by bench/run-faults.sh).

Two subcommands:

    faults.py smtp-sink --port P --dir D
        A real SMTP server (aiosmtpd) that writes every message it accepts to D/new as one
        JSON file (time, envelope, raw message) before it answers 250, so what it
        acknowledged is exactly what is on disk. Killing the process is an outage.

    faults.py run ...   (see run-faults.sh for the arguments)
        For --run-secs, concurrently: creators register (following the emailed link),
        start, save and submit projects and ask a guardian; guardians answer from the
        emails; an organizer approves what was consented; volunteer judges score; visitors
        browse the gallery. Meanwhile the faults, in order: PostgreSQL is stopped and
        started again, the SMTP server is killed and started again, and Meilisearch is
        stopped when a way to do so is given. Every request is recorded (kind, status,
        latency); every acknowledged change is noted. Afterwards, once the job queue is
        drained: each acknowledgement is checked against the database, each email job
        against what the SMTP server received, and the public projection against the
        publication rule, the reindex command and the servers' search answers. Writes the
        Markdown report and exits 1 when anything was lost or duplicated.

Two deployments share the PostgreSQL server, because the demo's current event cannot take
submissions and scores at once: "S" (submissions), whose database has the current event
moved back to its submissions phase, and "J" (judging), the demo as seeded, mid-shortlisting.
"""
import argparse
import asyncio
import email
import email.policy
import glob
import itertools
import json
import os
import random
import re
import secrets
import shlex
import signal
import socket
import statistics
import string
import subprocess
import sys
import time
from collections import Counter, defaultdict

PASSWORD = "showcase-demo-2026"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
FLASH = re.compile(r'<p class="flash" role="status">(.*?)</p>', re.S)
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
DEMO_CREATORS = ["aylin", "priya", "omar", "lucia"]
DEMO_JUDGES = ["judge", "lucas.judge", "nadia.judge", "ravi.judge", "yuki.judge"]
WORDS = ["robot", "game", "water", "garden", "music", "space", "weather", "school", "animal", "city"]


# ---------------------------------------------------------------------------------------
# The SMTP sink


def smtp_sink(args):
    from aiosmtpd.smtp import SMTP

    base = os.path.abspath(args.dir)
    for sub in ("tmp", "new"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)
    counter = itertools.count()
    # A slow server (SMTP_REPLY_DELAY seconds before each 250): sends stay in flight
    # long enough for a fault to land in the middle of one.
    delay = float(os.environ.get("SMTP_REPLY_DELAY") or 0)

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            if delay:
                await asyncio.sleep(delay)
            record = {
                "t": time.time(),
                "mail_from": envelope.mail_from,
                "rcpt": [r.lower() for r in envelope.rcpt_tos],
                "data": envelope.content.decode("utf-8", "replace")
                if isinstance(envelope.content, bytes)
                else envelope.content,
            }
            name = f"{time.time_ns()}-{os.getpid()}-{next(counter)}.json"
            tmp = os.path.join(base, "tmp", name)
            with open(tmp, "w") as f:
                json.dump(record, f)
            os.rename(tmp, os.path.join(base, "new", name))
            return "250 Message accepted for delivery"

    async def main():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(Handler(), hostname="faults-sink", enable_SMTPUTF8=True),
            "127.0.0.1",
            args.port,
        )
        async with server:
            await server.serve_forever()

    asyncio.run(main())


# ---------------------------------------------------------------------------------------
# Small helpers


def now():
    return time.monotonic()


def pct(values, q):
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def fmt_ms(v):
    return "–" if v is None else f"{v * 1000:.0f}"


def nonce(n=8):
    return "".join(random.choice(string.ascii_lowercase) for _ in range(n))


def psql_json(url, sql):
    """Runs a query whose one value is JSON and returns it parsed."""
    out = subprocess.run(
        ["psql", url, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql],
        capture_output=True, text=True, timeout=120,
    )
    if out.returncode != 0:
        raise RuntimeError(f"psql: {out.stderr.strip()}")
    return json.loads(out.stdout.strip() or "null")


def psql_value(url, sql):
    out = subprocess.run(["psql", url, "-qAtX", "-c", sql], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise RuntimeError(f"psql: {out.stderr.strip()}")
    return out.stdout.strip()


def port_open(port):
    with socket.socket() as s:
        s.settimeout(0.3)
        return s.connect_ex(("127.0.0.1", port)) == 0


def title_of(body):
    m = TITLE.search(body or "")
    return re.sub(r"\s+", " ", m.group(1)).strip()[:80] if m else ""


def flash_of(body):
    m = FLASH.search(body or "")
    return m.group(1).strip() if m else ""


# ---------------------------------------------------------------------------------------
# HTTP: one session (cookies, connections) per simulated person


class Resp:
    __slots__ = ("status", "location", "body", "error")

    def __init__(self, status, location="", body="", error=""):
        self.status, self.location, self.body, self.error = status, location, body, error

    @property
    def answered(self):
        return isinstance(self.status, int)

    @property
    def failed(self):
        """What a person would retry: no answer, or a server error."""
        return not self.answered or self.status >= 500

    def csrf(self):
        m = CSRF.search(self.body)
        return m.group(1) if m else ""


class Person:
    def __init__(self, lg, server):
        import aiohttp
        from yarl import URL

        self.lg, self.server, self.base = lg, server, lg.bases[server]
        jar = aiohttp.CookieJar(unsafe=True)
        jar.update_cookies({"lang": "en"}, URL(self.base))
        self.session = aiohttp.ClientSession(
            cookie_jar=jar,
            timeout=aiohttp.ClientTimeout(total=30),
            headers={"Accept-Language": "en"},
        )

    async def close(self):
        await self.session.close()

    async def req(self, kind, method, path, form=None):
        import aiohttp

        url = path if path.startswith("http") else self.base + path
        started = now()
        try:
            async with self.session.request(method, url, data=form, allow_redirects=False) as r:
                body = await r.text(errors="replace")
                res = Resp(r.status, r.headers.get("Location", ""), body)
        except asyncio.TimeoutError:
            res = Resp("timeout", error="timeout")
        except aiohttp.ClientError as e:
            res = Resp("conn", error=type(e).__name__)
        self.lg.record(started, now() - started, kind, self.server, res)
        return res

    async def get(self, kind, path):
        return await self.req(kind, "GET", path)

    async def post(self, kind, path, form):
        return await self.req(kind, "POST", path, form)

    async def retry(self, call, tries=6):
        """Does what a person does when a page fails: waits a little and tries again."""
        res = None
        for i in range(tries):
            res = await call()
            if not res.failed:
                return res
            if self.lg.stopping:
                break
            await asyncio.sleep(min(2 ** i, 8) * random.uniform(0.8, 1.2))
        return res

    async def page(self, kind, path):
        return await self.retry(lambda: self.get(kind, path))

    async def sign_in(self, address):
        page = await self.page("sign-in-form", "/sign-in")
        if page.failed:
            return False
        res = await self.retry(lambda: self.post("sign-in", "/sign-in", [
            ("csrf_token", page.csrf()), ("email", address), ("password", PASSWORD), ("next", "")]))
        return res.answered and res.status == 303


# ---------------------------------------------------------------------------------------
# The mail the sink received, read as it arrives


class Mailbox:
    def __init__(self, lg, folder):
        self.lg, self.folder = lg, os.path.join(folder, "new")
        self.seen = set()
        self.messages = []
        self.waiters = defaultdict(list)  # (recipient, kind) -> futures

    def parse(self, path):
        with open(path) as f:
            rec = json.load(f)
        msg = email.message_from_string(rec["data"], policy=email.policy.default)
        try:
            part = msg.get_body(preferencelist=("plain",))
            text = part.get_content() if part else ""
        except Exception:  # a message this reader cannot take apart still counts
            text = ""
        m = re.search(r"https?://127\.0\.0\.1:(\d+)(/\S*)", text)
        port, path_ = (int(m.group(1)), m.group(2)) if m else (None, "")
        server = {v: k for k, v in self.lg.ports.items()}.get(port, "?")
        return {
            "file": os.path.basename(path),
            "t": rec["t"],
            "rcpt": rec["rcpt"][0] if rec["rcpt"] else "",
            "subject": str(msg.get("subject", "")),
            "server": server,
            "link": (self.lg.bases.get(server, "") + path_) if m else "",
            "kind": kind_of_link(path_),
        }

    def scan(self):
        new = []
        for path in sorted(glob.glob(os.path.join(self.folder, "*.json"))):
            name = os.path.basename(path)
            if name in self.seen:
                continue
            self.seen.add(name)
            try:
                m = self.parse(path)
            except (OSError, ValueError) as e:
                self.lg.notes.append(f"unreadable message {name}: {e}")
                continue
            self.messages.append(m)
            new.append(m)
            for fut in self.waiters.pop((m["rcpt"], m["kind"]), []):
                if not fut.done():
                    fut.set_result(m)
        return new

    async def wait_for(self, rcpt, kind, timeout):
        for m in self.messages:
            if m["rcpt"] == rcpt and m["kind"] == kind:
                return m
        fut = asyncio.get_running_loop().create_future()
        self.waiters[(rcpt, kind)].append(fut)
        try:
            return await asyncio.wait_for(fut, timeout)
        except asyncio.TimeoutError:
            return None


def kind_of_link(path):
    for prefix, kind in [
        ("/verify-email/", "verify_email"),
        ("/password/reset/", "reset_password"),
        ("/password/forgot", "already_registered"),
        ("/sign-in/link/", "sign_in_link"),
        ("/invitations/", "invitation"),
        ("/consent/withdraw/", "consent_confirmation"),
        ("/consent/", "consent_request"),
        ("/projects/", "project_notice"),
        ("/judge", "judge"),
    ]:
        if path.startswith(prefix):
            return kind
    return "unknown"


# Jobs still to run: running, or pending and due within the hour (a retry waiting out its
# backoff counts; the consent reminders, due in days, do not).
OUTSTANDING = """SELECT count(*) FROM jobs WHERE status = 'running'
    OR (status = 'pending' AND run_at <= now() + interval '1 hour')"""

JOB_KIND = {
    "judge_assigned": "judge",
    "judge_reminder": "judge",
}


# ---------------------------------------------------------------------------------------
# The load generator


class Load:
    def __init__(self, a):
        self.a = a
        self.bases = {"S": a.s_base, "J": a.j_base}
        self.ports = {k: int(v.rsplit(":", 1)[1]) for k, v in self.bases.items()}
        self.dbs = {"S": a.s_db, "J": a.j_db}
        self.run_id = nonce(5)
        self.t0 = None
        self.t0_wall = None
        self.stopping = False
        self.requests = []  # (t_rel, latency, kind, server, status)
        self.error_pages = Counter()  # (t_rel phase later) -> stored with t
        self.error_rows = []  # (t_rel, kind, server, status, title)
        self.events = []  # (name, t_rel)
        self.notes = []
        # Acknowledged changes, and what was attempted without an acknowledgement.
        self.registrations = []  # {email, acked}
        self.submissions = {}  # nonce -> {project, creator, acked, unconfirmed}
        self.consent_requests = {}  # nonce -> {guardian, acked, committed_hint}
        self.consents = {}  # nonce -> {acked}
        self.approvals = {}  # nonce -> {project, acked}
        self.scores = defaultdict(list)  # (judge, project) -> [attempt]
        self.flows = Counter()
        self.mail = Mailbox(self, a.mail_dir)
        self.moderation_queue = asyncio.Queue()
        self.identities = self.make_identities()
        self.gallery_ids = {"S": [], "J": []}
        self.words = list(WORDS)
        self.smtp_proc = None
        self.guardians = set()

    # -- bookkeeping
    def rel(self):
        return now() - self.t0

    def record(self, started, latency, kind, server, res):
        t = started - self.t0
        self.requests.append((t, latency, kind, server, res.status))
        if not res.answered or res.status >= 400:
            title = title_of(res.body) if res.answered else res.error
            self.error_rows.append((t, kind, server, res.status, title))

    def event(self, name):
        self.events.append((name, self.rel()))
        print(f"  [{self.rel():6.1f} s] {name}", flush=True)

    def make_identities(self):
        ids = []
        bench = iter(range(self.a.bench_creators))
        demo = iter(DEMO_CREATORS)
        for i in itertools.count():
            if self.a.register_every and i % self.a.register_every == self.a.register_every - 1:
                ids.append(("register", None))
                continue
            d = next(demo, None)
            if d:
                ids.append(("existing", f"{d}@demo.showcase.test"))
                continue
            b = next(bench, None)
            if b is None:
                break
            ids.append(("existing", f"bench-{b}@bench.showcase.test"))
        return ids

    # -- creators (S)
    async def creator_worker(self, queue):
        while not self.stopping:
            try:
                ident = queue.pop(0)
            except IndexError:
                self.notes.append("creator identities ran out")
                return
            p = Person(self, "S")
            try:
                ok = await self.creator_flow(p, *ident)
                self.flows["creator " + ("done" if ok else "gave up")] += 1
            finally:
                await p.close()

    async def think(self, lo=0.5, hi=1.5):
        await asyncio.sleep(random.uniform(lo, hi))

    async def creator_flow(self, p, how, address):
        n = nonce()
        if how == "register":
            address = f"fb-{self.run_id}-{n}@teens.faults.test"
            form = await p.page("register-form", "/register/creator")
            if form.failed:
                return False
            fields = [
                ("csrf_token", form.csrf()), ("email", address), ("password", PASSWORD),
                ("first_name", "Robin"), ("surname", "Faultline"), ("display_name", f"Robin {n[:3]}"),
                ("birth_year", str(time.gmtime().tm_year - 15)), ("birth_month", "5"),
                ("country", "GB"), ("gender", "female"), ("gender_description", ""),
            ]
            await self.think()
            res = await p.retry(lambda: p.post("register", "/register/creator", fields))
            acked = res.answered and res.status == 303 and res.location.endswith("/register/check-email")
            self.registrations.append({"email": address, "acked": acked, "t": self.rel()})
            if not acked:
                return False
            mail = await self.mail.wait_for(address, "verify_email", self.a.verify_wait)
            if not mail:
                self.notes.append(f"no verification email for {address} within {self.a.verify_wait} s")
                return False
            page = await p.page("verify-page", mail["link"])
            if page.failed:
                return False
            res = await p.retry(lambda: p.post("verify", mail["link"], [("csrf_token", page.csrf())]))
            if not (res.answered and res.status == 303):
                return False
        else:
            if not await p.sign_in(address):
                return False
        await self.think()
        dash = await p.page("projects-dashboard", "/projects")
        if dash.failed:
            return False
        creator = re.search(rf'<option value="({UUID})"', dash.body)
        project = None
        if creator:
            res = await p.retry(lambda: p.post("project-start", "/projects", [
                ("csrf_token", dash.csrf()), ("creator_id", creator.group(1))]))
            m = re.fullmatch(rf"/projects/({UUID})", res.location or "") if res.answered else None
            project = m.group(1) if m else None
        if not project:
            # An earlier try may have made it (the answer was lost): the dashboard lists it.
            dash = await p.page("projects-dashboard", "/projects")
            m = re.search(rf'href="/projects/({UUID})"', dash.body or "")
            if not m:
                return False
            project = m.group(1)
        path = f"/projects/{project}"
        token = dash.csrf()
        title = f"Tide {n} tracker"
        draft = [("csrf_token", token), ("title", title),
                 ("short_description", "Maps where the tide reaches on our beach."),
                 ("category", "web"), ("language", "en"), ("action", "save")]
        await self.think()
        res = await p.retry(lambda: p.post("project-save", path, draft))
        if res.answered and res.status == 303:
            await p.page("project-page", path)
        full = [("csrf_token", token), ("title", title),
                ("short_description", "Maps where the tide reaches on our beach."),
                ("category", "web"), ("language", "en"),
                ("project_url", f"https://github.com/faults/{n}"), ("video_url", ""),
                ("why_made", "Our beach floods and nobody knew when."),
                ("difficulties", "Reading the sensor on a cheap board."),
                ("next_steps", "Alerts for the neighbours."), ("community", ""),
                ("action", "submit")]
        await self.think()
        sub = {"project": project, "creator": address, "acked": False, "answered_303": False, "t": self.rel()}
        self.submissions[n] = sub
        res = await p.retry(lambda: p.post("project-submit", path, full))
        if not (res.answered and res.status == 303):
            return False
        sub["answered_303"] = True
        page = await p.page("project-page", path)
        if page.failed:
            return False
        if "Your project is submitted" in flash_of(page.body):
            sub["acked"] = True
        else:
            self.notes.append(f"submit of {n}: flash {flash_of(page.body)!r}")
            return False
        member = re.search(rf'name="creator_id" value="({UUID})"', page.body)
        if not member:
            self.notes.append(f"no consent form on {path}")
            return False
        guardian = f"guardian-{self.run_id}-{n}@guardians.faults.test"
        await self.think()
        req = {"guardian": guardian, "acked": False, "t": self.rel()}
        self.consent_requests[n] = req
        res = await p.retry(lambda: p.post("consent-request", f"{path}/consent/request", [
            ("csrf_token", page.csrf()), ("creator_id", member.group(1)), ("guardian_email", guardian)]))
        if not (res.answered and res.status == 303):
            return False
        page = await p.page("project-page", path)
        flash = flash_of(page.body)
        if "We have emailed your parent or guardian" in flash:
            req["acked"] = True
        elif "wait a little" in flash:
            req["committed_earlier"] = True
        return req["acked"]

    # -- guardians (S): answer each consent email that arrives
    async def guardian(self, m):
        n = re.search(r"guardian-[a-z]+-([a-z]+)@", m["rcpt"])
        if not n:
            return
        n = n.group(1)
        await asyncio.sleep(random.uniform(2, 5))
        if self.stopping:
            return
        p = Person(self, "S")
        try:
            page = await p.page("guardian-page", m["link"])
            if page.failed or page.status != 200:
                return
            form = [("csrf_token", page.csrf())]
            rev = re.search(rf'name="revision" value="({UUID})"', page.body)
            if rev:
                form.append(("revision", rev.group(1)))
            form += [("publish", "on"), ("photos", "on"), ("answer", "agree")]
            await self.think(1, 3)
            res = await p.retry(lambda: p.post("guardian-answer", m["link"], form))
            acked = res.answered and res.status == 200 and "Your answer is recorded" in res.body
            self.consents[n] = {"guardian": m["rcpt"], "acked": acked, "t": self.rel()}
            if acked and n in self.submissions:
                await self.moderation_queue.put(n)
        finally:
            await p.close()

    async def mail_watcher(self):
        while True:
            for m in self.mail.scan():
                if (not self.stopping and m["server"] == "S" and m["kind"] == "consent_request"
                        and m["t"] >= self.t0_wall):
                    task = asyncio.get_running_loop().create_task(self.guardian(m))
                    self.guardians.add(task)
                    task.add_done_callback(self.guardians.discard)
            await asyncio.sleep(0.25)

    # -- the organizer (S): approves what guardians consented to
    async def moderator(self):
        p = Person(self, "S")
        try:
            while not await p.sign_in("organizer@demo.showcase.test"):
                if self.stopping:
                    return
                await asyncio.sleep(2)
            while not self.stopping:
                n = await self.moderation_queue.get()
                project = self.submissions[n]["project"]
                await self.think(1, 2)
                page = await p.page("moderation-page", f"/organizer/projects/{project}")
                if page.failed:
                    continue
                rev = re.search(rf'name="revision" value="({UUID})"', page.body)
                entry = {"project": project, "acked": False, "t": self.rel()}
                self.approvals[n] = entry
                if not rev:
                    entry["no_form"] = True
                    continue
                res = await p.retry(lambda: p.post("moderate", f"/organizer/projects/{project}/moderate", [
                    ("csrf_token", page.csrf()), ("revision", rev.group(1)),
                    ("decision", "approved"), ("reason", "")]))
                if res.answered and res.status == 303 and res.location == "/organizer/moderation":
                    entry["acked"] = True
                    await p.page("moderation-queue", "/organizer/moderation")
                elif res.answered and res.status == 303:
                    entry["refused"] = flash_of((await p.page("moderation-page", res.location)).body)
        finally:
            await p.close()

    # -- judges (J)
    async def judge(self, address, index):
        p = Person(self, "J")
        try:
            while not await p.sign_in(address):
                if self.stopping:
                    return
                await asyncio.sleep(2)
            panel = await p.page("judge-panel", "/judge")
            mine = sorted(set(re.findall(rf'href="(/judge/projects/{UUID})"', panel.body or "")))
            attempt = itertools.count(1)
            await asyncio.sleep(random.uniform(0, 1))
            while not self.stopping:
                res = await p.get("judge-next", "/judge/next")
                if res.failed:
                    await asyncio.sleep(random.uniform(1, 2))
                    continue
                target = res.location if res.status == 303 else "/judge"
                if target == "/judge":
                    if not mine:
                        return
                    target = random.choice(mine)
                page = await p.get("judge-score-page", target)
                if page.failed or page.status != 200:
                    await asyncio.sleep(random.uniform(1, 2))
                    continue
                await self.think(*self.a.judge_think)
                marks = [random.randint(0, 10) for _ in range(4)]
                k = next(attempt)
                comment = f"fb-{self.run_id} {index}-{k}"
                project = target.rsplit("/", 1)[1]
                res = await p.post("judge-score", target + "/score", [
                    ("csrf_token", page.csrf()), ("coolness", str(marks[0])), ("complexity", str(marks[1])),
                    ("presentation", str(marks[2])), ("design", str(marks[3])), ("comment", comment)])
                acked = res.answered and res.status == 303 and res.location not in ("", target)
                self.scores[(address, project)].append(
                    {"comment": comment, "marks": marks, "acked": acked, "status": res.status, "t": self.rel()})
                if res.failed:
                    await asyncio.sleep(random.uniform(1, 2))
        finally:
            await p.close()

    # -- visitors (both)
    async def browser(self):
        p = {s: Person(self, s) for s in ("S", "J")}
        try:
            while not self.stopping:
                server = random.choice(["S", "J"])
                who = p[server]
                r = random.random()
                if r < 0.35:
                    path = random.choice(["/gallery", "/gallery?page=2", "/gallery?category=games",
                                          "/gallery?category=web&sort=newest"])
                    await who.get("gallery", path)
                elif r < 0.65:
                    await who.get("gallery-search", f"/gallery?q={random.choice(self.words)}")
                elif r < 0.95 and self.gallery_ids[server]:
                    await who.get("project-page-public", f"/gallery/{random.choice(self.gallery_ids[server])}")
                else:
                    await who.get("api-search", f"/api/v1/projects?q={random.choice(self.words)}")
                await asyncio.sleep(random.uniform(*self.a.browse_think))
        finally:
            for x in p.values():
                await x.close()

    # -- the faults
    def pg_ctl(self, *args):
        cmd = [os.path.join(self.a.pg_bin, "pg_ctl"), "-D", self.a.pgdata, *args]
        if os.getuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)

    async def restart_postgres(self):
        with open(os.path.join(self.a.pgdata, "postmaster.opts")) as f:
            argv = shlex.split(f.read())[1:]
        opts, skip = [], False
        for x in argv:
            if skip:
                skip = False
                continue
            if x == "-D":
                skip = True
                continue
            opts.append(x)
        loop = asyncio.get_running_loop()
        self.event("pg: stop -m " + self.a.pg_stop_mode)
        out = await loop.run_in_executor(None, lambda: self.pg_ctl("-m", self.a.pg_stop_mode, "-w", "stop"))
        if out.returncode != 0:
            self.notes.append(f"pg_ctl stop: {out.stderr.strip()}")
        self.event("pg: stopped")
        await asyncio.sleep(self.a.pg_down_secs)
        self.event("pg: start")
        out = await loop.run_in_executor(None, lambda: self.pg_ctl(
            "-w", "-t", "60", "-l", self.a.pg_log, "-o", " ".join(shlex.quote(o) for o in opts), "start"))
        if out.returncode != 0:
            self.notes.append(f"pg_ctl start: {out.stderr.strip()} {out.stdout.strip()}")
        self.event("pg: up")

    def start_smtp(self):
        proc = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "smtp-sink", "--port", str(self.a.smtp_port),
             "--dir", self.a.mail_dir],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        with open(self.a.smtp_pidfile, "w") as f:
            f.write(str(proc.pid))
        self.smtp_proc = proc
        for _ in range(200):
            if port_open(self.a.smtp_port):
                return
            time.sleep(0.05)
        self.notes.append("the SMTP server did not come back")

    async def smtp_outage(self):
        with open(self.a.smtp_pidfile) as f:
            pid = int(f.read().strip())
        self.event("smtp: kill")
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            self.notes.append("the SMTP server was not running")
        while port_open(self.a.smtp_port):
            await asyncio.sleep(0.05)
        self.event("smtp: down")
        await asyncio.sleep(self.a.smtp_down_secs)
        self.event("smtp: start")
        await asyncio.get_running_loop().run_in_executor(None, self.start_smtp)
        self.event("smtp: up")

    async def meili_outage(self):
        loop = asyncio.get_running_loop()
        self.event("meili: stop")
        await loop.run_in_executor(None, lambda: subprocess.run(self.a.meili_stop_cmd, shell=True))
        await asyncio.sleep(self.a.meili_down_secs)
        self.event("meili: start")
        await loop.run_in_executor(None, lambda: subprocess.run(self.a.meili_start_cmd, shell=True))
        self.event("meili: up")

    async def faults(self):
        async def at(t):
            await asyncio.sleep(max(0, t - self.rel()))

        await at(self.a.pg_at)
        await self.restart_postgres()
        await at(self.a.smtp_at)
        await self.smtp_outage()
        if self.meili_enabled():
            await at(self.a.meili_at)
            await self.meili_outage()

    def meili_enabled(self):
        return bool(os.environ.get("SHOWCASE_MEILI_URL") and self.a.meili_stop_cmd and self.a.meili_start_cmd)

    # -- the run
    async def prepare(self):
        p = {s: Person(self, s) for s in ("S", "J")}
        try:
            for s in ("S", "J"):
                res = await p[s].get("setup", "/api/v1/projects?per_page=100")
                if res.answered and res.status == 200:
                    items = json.loads(res.body)["items"]
                    self.gallery_ids[s] = [i["id"] for i in items]
                    for i in items:
                        self.words += [w.lower() for w in re.findall(r"[A-Za-z]{5,}", i["title"])][:1]
        finally:
            for x in p.values():
                await x.close()
        self.words = sorted(set(self.words))

    async def run(self):
        self.t0 = now()
        self.t0_wall = time.time()
        await self.prepare()
        self.requests.clear()
        self.error_rows.clear()
        self.t0 = now()
        self.t0_wall = time.time()
        self.event("load: start")
        loop = asyncio.get_running_loop()
        watcher = loop.create_task(self.mail_watcher())
        identities = list(self.identities)
        tasks = [loop.create_task(self.creator_worker(identities)) for _ in range(self.a.creators)]
        tasks.append(loop.create_task(self.moderator()))
        judges = [f"{j}@demo.showcase.test" for j in DEMO_JUDGES] + [
            f"bench-judge-{i}@bench.showcase.test" for i in range(self.a.bench_judges)]
        tasks += [loop.create_task(self.judge(j, i)) for i, j in enumerate(judges)]
        tasks += [loop.create_task(self.browser()) for _ in range(self.a.browsers)]
        faults = loop.create_task(self.faults())
        await asyncio.sleep(self.a.run_secs)
        self.stopping = True
        self.event("load: stop")
        tasks += list(self.guardians)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if not faults.done():
            self.notes.append("the faults were still running when the load stopped; waiting for them")
            await asyncio.gather(faults, return_exceptions=True)
        if faults.exception():
            self.notes.append(f"the faults failed: {faults.exception()!r}")
        for t in [t for t in tasks if t.done() and not t.cancelled() and t.exception()]:
            self.notes.append(f"a load task failed: {t.exception()!r}")
        self.load_secs = self.rel()
        # Drain: both queues empty of due and running jobs.
        drain_started = now()
        drained = False
        while now() - drain_started < self.a.drain_secs:
            self.mail.scan()
            counts = {s: int(psql_value(self.dbs[s], OUTSTANDING)) for s in self.dbs}
            if not any(counts.values()):
                drained = True
                break
            await asyncio.sleep(2)
        self.drain_secs = now() - drain_started
        self.drained = drained
        await asyncio.sleep(1)
        self.mail.scan()
        watcher.cancel()
        print(f"  job queues {'drained' if drained else 'NOT drained'} {self.drain_secs:.0f} s after the load", flush=True)


# ---------------------------------------------------------------------------------------
# Checks after the run


def phases_of(lg):
    ev = dict()
    for name, t in lg.events:
        ev.setdefault(name, t)
    end = lg.load_secs
    cuts = [("before", 0.0)]
    if "pg: stop -m " + lg.a.pg_stop_mode in ev:
        cuts.append(("pg-down", ev["pg: stop -m " + lg.a.pg_stop_mode]))
    if "pg: up" in ev:
        cuts.append(("pg-recovery", ev["pg: up"]))
        cuts.append(("between", ev["pg: up"] + lg.a.recovery_secs))
    if "smtp: kill" in ev:
        cuts.append(("smtp-down", ev["smtp: kill"]))
    if "smtp: up" in ev:
        cuts.append(("after", ev["smtp: up"]))
    if "meili: stop" in ev:
        cuts.append(("meili-down", ev["meili: stop"]))
    if "meili: up" in ev:
        cuts.append(("after-meili", ev["meili: up"]))
    cuts.sort(key=lambda c: c[1])
    spans = []
    for i, (name, start) in enumerate(cuts):
        stop = cuts[i + 1][1] if i + 1 < len(cuts) else end
        if stop > start:
            spans.append((name, start, stop))
    return spans


def phase_at(spans, t):
    for name, start, stop in spans:
        if start <= t < stop:
            return name
    return spans[-1][0] if spans else "?"


def email_check(lg):
    """Every email job since the load began against the messages the SMTP server got."""
    jobs = []
    for s, url in lg.dbs.items():
        rows = psql_json(url, f"""
            SELECT coalesce(json_agg(t ORDER BY t.id), '[]') FROM (
              SELECT j.id, j.status::text AS status, j.attempts, j.last_error,
                     extract(epoch FROM j.created_at)::float8 AS created,
                     extract(epoch FROM j.finished_at)::float8 AS finished,
                     (j.status = 'pending' AND j.run_at > now() + interval '1 hour'
                      AND coalesce((j.payload->'job'->>'reminder')::boolean, false)) AS scheduled,
                     j.payload->'job'->>'email' AS email,
                     CASE j.payload->'job'->>'email'
                       WHEN 'consent_request' THEN (SELECT guardian_email FROM consent_requests r
                            WHERE r.id = (j.payload->'job'->>'request_id')::uuid)
                       WHEN 'consent_confirmation' THEN (SELECT guardian_email FROM consent_requests r
                            WHERE r.id = (j.payload->'job'->>'request_id')::uuid)
                       WHEN 'invitation' THEN (SELECT email FROM invitations i
                            WHERE i.id = (j.payload->'job'->>'invitation_id')::uuid)
                       WHEN 'reset_password' THEN j.payload->'job'->>'address'
                       WHEN 'sign_in_link' THEN j.payload->'job'->>'address'
                       ELSE (SELECT email FROM users u WHERE u.id = (j.payload->'job'->>'user_id')::uuid)
                     END AS recipient
              FROM jobs j
              WHERE j.kind = 'email' AND j.created_at >= to_timestamp({lg.t0_wall})) t""")
        for r in rows:
            r["server"] = s
            r["kind"] = JOB_KIND.get(r["email"], r["email"])
            jobs.append(r)
    received = [m for m in lg.mail.messages if m["t"] >= lg.t0_wall]
    groups = defaultdict(lambda: {"jobs": [], "msgs": []})
    for j in jobs:
        if j["scheduled"] and j["status"] == "pending":
            continue  # a reminder due in days: not part of this run
        groups[(j["server"], (j["recipient"] or "").lower(), j["kind"])]["jobs"].append(j)
    for m in received:
        groups[(m["server"], m["rcpt"], m["kind"])]["msgs"].append(m)
    out = {"jobs": len([j for j in jobs if not (j["scheduled"] and j["status"] == "pending")]),
           "scheduled": len([j for j in jobs if j["scheduled"] and j["status"] == "pending"]),
           "received": len(received), "lost": [], "duplicated": [], "late": [], "resend_pending": [],
           "retried": 0, "by_kind": Counter(), "delays": [], "errors": Counter()}
    for key, g in sorted(groups.items()):
        js, ms = g["jobs"], sorted(g["msgs"], key=lambda m: m["t"])
        done = [j for j in js if j["status"] == "done"]
        dead = [j for j in js if j["status"] == "dead"]
        open_ = [j for j in js if j["status"] in ("pending", "running")]
        for j in js:
            out["by_kind"][(j["server"], j["kind"])] += 1
            if j["attempts"] > 1:
                out["retried"] += 1
            if j["last_error"]:
                out["errors"][re.sub(r"[0-9a-f-]{36}|\d+", "#", j["last_error"])[:120]] += 1
        desc = f"{key[0]} {key[2]} to {key[1]} (jobs {[(j['id'], j['status'], j['attempts']) for j in js]}, received {len(ms)})"
        if not js:
            out["duplicated"].append(f"{desc}: a message no job accounts for")
            continue
        if dead:
            out["lost"].append(f"{desc}: dead after {dead[0]['attempts']} attempts: {dead[0]['last_error']}")
        if len(ms) < len(done):
            out["lost"].append(f"{desc}: job done, message never arrived")
        if len(ms) > len(js):
            out["duplicated"].append(f"{desc}: {len(ms) - len(js)} extra")
        elif open_ and len(ms) >= len(done) + len(open_):
            out["resend_pending"].append(f"{desc}: delivered, but its job is still {open_[0]['status']} and will be sent again")
        elif open_:
            out["late"].append(f"{desc}: still {open_[0]['status']} when the check ran")
        for j, m in zip(sorted(js, key=lambda j: j["created"]), ms):
            out["delays"].append((j["created"] - lg.t0_wall, m["t"] - j["created"]))
    return out


def check_all(lg):
    res = {"problems": [], "facts": []}
    P, F = res["problems"].append, res["facts"].append
    S, J = lg.dbs["S"], lg.dbs["J"]

    # Submissions
    projects = {r["id"]: r for r in psql_json(S, """
        SELECT coalesce(json_agg(t), '[]') FROM (SELECT p.id, p.status::text AS status,
               p.moderation::text AS moderation, p.title FROM projects p
               WHERE p.title LIKE 'Tide % tracker') t""")}
    acked = {n: s for n, s in lg.submissions.items() if s["acked"]}
    lost = [n for n, s in acked.items() if projects.get(s["project"], {}).get("status") != "submitted"]
    for n in lost:
        P(f"acknowledged submission {n} ({acked[n]['project']}) is {projects.get(acked[n]['project'], {}).get('status', 'missing')} in the database")
    unacked_saved = [n for n, s in lg.submissions.items() if not s["acked"]
                     and projects.get(s["project"], {}).get("status") == "submitted"]
    F(f"submissions: {len(acked)} acknowledged, all {len(acked) - len(lost)} found submitted; "
      f"{len(lg.submissions) - len(acked)} tried without an acknowledgement, {len(unacked_saved)} of them saved anyway")
    res["submissions"] = (len(acked), len(lost), len(lg.submissions) - len(acked), len(unacked_saved))

    # Registrations
    addresses = set(psql_json(S, "SELECT coalesce(json_agg(email), '[]') FROM users WHERE email LIKE 'fb-%@teens.faults.test'"))
    reg_acked = [r for r in lg.registrations if r["acked"]]
    for r in reg_acked:
        if r["email"] not in addresses:
            P(f"acknowledged registration {r['email']} has no account")
    F(f"registrations: {len(reg_acked)} acknowledged, {sum(r['email'] in addresses for r in reg_acked)} found; "
      f"{len(lg.registrations) - len(reg_acked)} without an acknowledgement")

    # Consent requests and answers
    requests = set(psql_json(S, "SELECT coalesce(json_agg(guardian_email), '[]') FROM consent_requests WHERE guardian_email LIKE 'guardian-%'"))
    cr_acked = [r for r in lg.consent_requests.values() if r["acked"]]
    for r in cr_acked:
        if r["guardian"] not in requests:
            P(f"acknowledged consent request to {r['guardian']} is not in consent_requests")
    granted = set(psql_json(S, """SELECT coalesce(json_agg(DISTINCT r.guardian_email), '[]') FROM consents c
        JOIN consent_requests r ON r.creator_id = c.creator_id
        WHERE c.scope = 'publish' AND c.granted AND c.given_by_email = r.guardian_email"""))
    ca_acked = [c for c in lg.consents.values() if c["acked"]]
    for c in ca_acked:
        if c["guardian"] not in granted:
            P(f"acknowledged consent from {c['guardian']} is not recorded")
    cr_unacked = [r for r in lg.consent_requests.values() if not r["acked"]]
    ca_unacked = [c for c in lg.consents.values() if not c["acked"]]
    F(f"consent requests: {len(cr_acked)} acknowledged, all found: {all(r['guardian'] in requests for r in cr_acked)}; "
      f"{len(cr_unacked)} without an acknowledgement, {sum(r['guardian'] in requests for r in cr_unacked)} of them recorded anyway; "
      f"guardian answers: {len(ca_acked)} acknowledged, all recorded: {all(c['guardian'] in granted for c in ca_acked)}; "
      f"{len(ca_unacked)} without an acknowledgement, {sum(c['guardian'] in granted for c in ca_unacked)} of them recorded anyway")

    # Approvals
    ap_acked = {n: a for n, a in lg.approvals.items() if a["acked"]}
    for n, a in ap_acked.items():
        if projects.get(a["project"], {}).get("moderation") != "approved":
            P(f"acknowledged approval of {n} is {projects.get(a['project'], {}).get('moderation')} in the database")
    ap_unacked = [a for n, a in lg.approvals.items() if not a["acked"]]
    F(f"approvals: {len(ap_acked)} acknowledged, {sum(projects.get(a['project'], {}).get('moderation') == 'approved' for a in ap_acked.values())} approved in the database; "
      f"{len(ap_unacked)} without an acknowledgement, {sum(projects.get(a['project'], {}).get('moderation') == 'approved' for a in ap_unacked)} of them approved anyway")

    # Scores
    stored = {(r["judge"], r["project"]): r for r in psql_json(J, f"""
        SELECT coalesce(json_agg(t), '[]') FROM (SELECT u.email AS judge, s.project_id AS project,
               s.coolness, s.complexity, s.presentation, s.design, s.comment
               FROM scores s JOIN users u ON u.id = s.judge_id WHERE s.comment LIKE 'fb-{lg.run_id} %') t""")}
    n_acked = n_pairs = score_lost = saved_unacked = 0
    for key, attempts in lg.scores.items():
        acked_idx = [i for i, a in enumerate(attempts) if a["acked"]]
        n_acked += len(acked_idx)
        row = stored.get(key)
        if row:
            which = next((a for a in attempts if a["comment"] == row["comment"]), None)
            marks = [row["coolness"], row["complexity"], row["presentation"], row["design"]]
            if which is None or which["marks"] != marks:
                P(f"score {key}: the database holds {marks} {row['comment']!r}, which no attempt sent")
            elif not which["acked"]:
                saved_unacked += 1
        if not acked_idx:
            continue
        n_pairs += 1
        last = acked_idx[-1]
        allowed = {a["comment"] for a in attempts[last:]}
        if not row or row["comment"] not in allowed:
            score_lost += 1
            P(f"score {key}: acknowledged {attempts[last]['marks']} ({attempts[last]['comment']}), "
              f"the database has {row and [row['coolness'], row['complexity'], row['presentation'], row['design']]} {row and row['comment']!r}")
    F(f"scores: {n_acked} acknowledged saves over {n_pairs} (judge, project) pairs; the last acknowledged value of "
      f"{n_pairs - score_lost} pairs is in the scores table; {saved_unacked} pairs hold a save the judge never saw acknowledged")
    res["scores"] = (n_acked, n_pairs, score_lost)

    # Emails
    em = email_check(lg)
    res["email"] = em
    for x in em["lost"]:
        P("email lost: " + x)
    for x in em["duplicated"] + em["resend_pending"]:
        P("email duplicated: " + x)
    for x in em["late"]:
        P("email not delivered by the end of the drain: " + x)
    F(f"emails: {em['jobs']} email jobs since the load began ({em['scheduled']} reminders scheduled for later not counted), "
      f"{em['received']} messages received; lost {len(em['lost'])}, duplicated {len(em['duplicated']) + len(em['resend_pending'])}, "
      f"late {len(em['late'])}; {em['retried']} jobs needed more than one attempt")

    # The public projection
    for s, url in lg.dbs.items():
        diff = psql_json(url, """
            SELECT json_build_object(
              'missing', (SELECT coalesce(json_agg(DISTINCT e.project_id), '[]') FROM publication_evidence e
                          WHERE NOT EXISTS (SELECT 1 FROM public_projects p WHERE p.project_id = e.project_id)),
              'extra', (SELECT coalesce(json_agg(p.project_id), '[]') FROM public_projects p
                        WHERE NOT EXISTS (SELECT 1 FROM publication_evidence e WHERE e.project_id = p.project_id)),
              'public', (SELECT count(*) FROM public_projects))""")
        if diff["missing"] or diff["extra"]:
            P(f"{s}: public_projects disagrees with publication_evidence: missing {diff['missing']}, extra {diff['extra']}")
        F(f"{s}: public_projects has {diff['public']} rows, the same set as the publication rule's view: "
          f"{not diff['missing'] and not diff['extra']}")
    res["search"] = asyncio.run(search_check(lg, ap_acked, projects, P, F))
    for s, url in lg.dbs.items():
        env = dict(os.environ, DATABASE_URL=url, RUST_LOG="warn")
        if os.environ.get("SHOWCASE_MEILI_URL"):
            env["SHOWCASE_SEARCH__MEILI_INDEX"] = f"projects_faults_{s.lower()}"
        out = subprocess.run([lg.a.bin, "reindex"], capture_output=True, text=True, env=env, timeout=300)
        line = (out.stdout.strip().splitlines() or [out.stderr.strip()])[-1]
        m = re.search(r"(\d+) changed", line)
        if out.returncode != 0 or not m or m.group(1) != "0":
            P(f"{s}: reindex: {line}")
        m2 = re.search(r"removed (\d+) strays", line)
        if m2 and m2.group(1) != "0":
            P(f"{s}: reindex removed strays from the external index: {line}")
        F(f"{s}: `showcase-server reindex`: {line}")
    return res


async def search_check(lg, approvals, projects, P, F):
    """Each server's search answers (its in-memory copy of the projection) against the table."""
    import aiohttp

    out = {}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
        for s, url in lg.dbs.items():
            counts = psql_json(url, "SELECT coalesce(json_object_agg(event_slug, n), '{}') FROM (SELECT event_slug, count(*) AS n FROM public_projects GROUP BY 1) t")
            for slug, n in counts.items():
                async with http.get(f"{lg.bases[s]}/api/v1/projects?event={slug}&per_page=1") as r:
                    total = (await r.json())["total"] if r.status == 200 else None
                if total != n:
                    P(f"{s}: the search answers {total} projects for {slug}, public_projects holds {n}")
            F(f"{s}: search totals per event equal public_projects: {counts}")
        # Every approved project is found by its own word and has its page; no other is.
        found = missing = leaked = 0
        public_ids = set(psql_json(lg.dbs["S"], "SELECT coalesce(json_agg(project_id), '[]') FROM public_projects"))
        for n, sub in lg.submissions.items():
            if not sub.get("answered_303"):
                continue
            public = sub["project"] in public_ids
            async with http.get(f"{lg.bases['S']}/api/v1/projects?q={n}") as r:
                ids = [i["id"] for i in (await r.json())["items"]] if r.status == 200 else []
            async with http.get(f"{lg.bases['S']}/gallery/{sub['project']}") as r:
                page = r.status
            if public:
                if sub["project"] in ids and page == 200:
                    found += 1
                else:
                    missing += 1
                    P(f"published project {n} not served: search {sub['project'] in ids}, page {page}")
            elif ids or page == 200:
                leaked += 1
                P(f"unpublished project {n} is public: search {ids}, page {page}")
        F(f"S: {found} published projects of the run found by search and served; {missing} missing; "
          f"{leaked} unpublished ones visible")
        out = {"found": found, "missing": missing, "leaked": leaked}
    return out


# ---------------------------------------------------------------------------------------
# The report


def log_lines(path, patterns):
    """Counts of lines matching each pattern, and the causes of the ERROR lines (JSON logs)."""
    counts, causes = Counter(), Counter()
    try:
        with open(path, errors="replace") as f:
            for line in f:
                for name, pat in patterns.items():
                    if pat in line:
                        counts[name] += 1
                if '"level":"ERROR"' in line or '"level":"WARN"' in line:
                    try:
                        rec = json.loads(line)
                    except ValueError:
                        continue
                    fields = rec.get("fields", {})
                    cause = (fields.get("error") or "").split("\n")[0]
                    cause = re.sub(r"[0-9a-f-]{36}|\d+", "#", cause)[:110]
                    causes[(rec.get("level"), fields.get("message", ""), cause)] += 1
    except OSError:
        pass
    return counts, causes


def report(lg, res):
    a = lg.a
    spans = phases_of(lg)
    lines = []
    w = lines.append
    w(f"# Faults under load, {time.strftime('%Y-%m-%dT%H:%MZ', time.gmtime())}")
    w("")
    w(f"{a.context}")
    w("")
    w(f"Load for {lg.load_secs:.0f} s: {a.creators} creators at a time (one in {a.register_every} registers through the form "
      f"and follows the emailed link; the others are demo and benchmark creators), guardians answering each consent email, "
      f"one organizer approving what was consented to (deployment S, the current event reopened for submissions); "
      f"{len(DEMO_JUDGES) + a.bench_judges} volunteer judges scoring with {a.judge_think[0]}–{a.judge_think[1]} s to read each project "
      f"(deployment J, the demo as seeded, mid-shortlisting); {a.browsers} visitors browsing both galleries "
      f"({a.browse_think[0]}–{a.browse_think[1]} s between pages). People retry a failed page after 1, 2, 4, 8, 8 s.")
    w("")
    w("## Faults")
    w("")
    w("| time (s) | what |")
    w("| ---: | --- |")
    for name, t in lg.events:
        w(f"| {t:.1f} | {name} |")
    if not os.environ.get("SHOWCASE_MEILI_URL"):
        w("| – | Meilisearch: not run (SHOWCASE_MEILI_URL is not set; no Meilisearch on this machine) |")
    elif not lg.meili_enabled():
        w("| – | Meilisearch: not run (SHOWCASE_MEILI_URL is set, but MEILI_STOP_CMD / MEILI_START_CMD are not) |")
    w("")
    w("Phases: " + ", ".join(f"{n} {s:.1f}–{e:.1f} s" for n, s, e in spans) +
      f" (pg-recovery: the first {a.recovery_secs:.0f} s after PostgreSQL is back).")
    w("")
    w("## Verdict")
    w("")
    if res["problems"]:
        w(f"**{len(res['problems'])} problem(s):**")
        w("")
        for p in res["problems"][:60]:
            w(f"- {p}")
        if len(res["problems"]) > 60:
            w(f"- … and {len(res['problems']) - 60} more")
    else:
        w("**Nothing acknowledged was lost, no email was lost or sent twice, the projection matches the database.**")
    w("")
    for f in res["facts"]:
        w(f"- {f}")
    w(f"- job queues {'drained' if lg.drained else 'NOT drained'} {lg.drain_secs:.0f} s after the load stopped (limit {a.drain_secs:.0f} s)")
    w("")
    w("## What users saw, per phase")
    w("")
    by = defaultdict(list)
    for t, lat, kind, server, status in lg.requests:
        by[(phase_at(spans, t), kind)].append((lat, status))
    w("| phase | seconds | requests | 2xx | 3xx | 4xx | 5xx | conn err | timeout | p50 ms | p99 ms |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, start, stop in spans:
        v = [x for (ph, _), xs in by.items() if ph == name for x in xs]
        if not v:
            continue
        c = Counter("conn" if s == "conn" else "timeout" if s == "timeout" else f"{s // 100}xx" for _, s in v)
        lats = [lat for lat, _ in v]
        w(f"| {name} | {start:.1f}–{stop:.1f} | {len(v)} | {c['2xx']} | {c['3xx']} | {c['4xx']} | {c['5xx']} | "
          f"{c['conn']} | {c['timeout']} | {fmt_ms(pct(lats, 0.5))} | {fmt_ms(pct(lats, 0.99))} |")
    w("")
    w("Per kind of request (3xx is the normal answer to a form):")
    w("")
    kinds = sorted({k for _, k in by})
    for name, start, stop in spans:
        rows = [(k, by[(name, k)]) for k in kinds if by.get((name, k))]
        if not rows:
            continue
        total = sum(len(v) for _, v in rows)
        bad = sum(1 for _, v in rows for _, s in v if not isinstance(s, int) or s >= 500)
        w(f"### {name} ({start:.1f}–{stop:.1f} s): {total} requests, {bad} failed (5xx or no answer)")
        w("")
        w("| request | n | 2xx | 3xx | 4xx | 5xx | conn err | timeout | p50 ms | p99 ms | max ms |")
        w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for k, v in rows:
            c = Counter()
            for _, s in v:
                c["conn" if s == "conn" else "timeout" if s == "timeout" else f"{s // 100}xx"] += 1
            lats = [lat for lat, _ in v]
            w(f"| {k} | {len(v)} | {c['2xx']} | {c['3xx']} | {c['4xx']} | {c['5xx']} | {c['conn']} | {c['timeout']} | "
              f"{fmt_ms(pct(lats, 0.5))} | {fmt_ms(pct(lats, 0.99))} | {fmt_ms(max(lats))} |")
        w("")
    w("## Error pages seen")
    w("")
    pages = Counter()
    for t, kind, server, status, title in lg.error_rows:
        pages[(phase_at(spans, t), status, title or "(no title)", kind)] += 1
    if pages:
        w("| phase | status | page title | request | n |")
        w("| --- | --- | --- | --- | ---: |")
        order = {n: i for i, (n, _, _) in enumerate(spans)}
        for (ph, status, title, kind), n in sorted(pages.items(), key=lambda x: (order.get(x[0][0], 99), str(x[0][1]), x[0][3])):
            w(f"| {ph} | {status} | {title} | {kind} | {n} |")
    else:
        w("None.")
    w("")
    em = res["email"]
    w("## Email")
    w("")
    w("| deployment | email | jobs |")
    w("| --- | --- | ---: |")
    for (s, k), n in sorted(em["by_kind"].items()):
        w(f"| {s} | {k} | {n} |")
    w("")
    d_by = defaultdict(list)
    for created, delay in em["delays"]:
        d_by[phase_at(spans, created) if created < lg.load_secs else "after the load"].append(delay)
    ev = {n: t for n, t in reversed(lg.events)}
    if "smtp: up" in ev:
        up = lg.t0_wall + ev["smtp: up"]
        backlog = [m["t"] for m in lg.mail.messages if m["t"] >= up]
        queued_down = [c + d for c, d in em["delays"] if ev.get("smtp: kill", 1e9) <= c < ev["smtp: up"]]
        if queued_down:
            w(f"The SMTP server was back at {ev['smtp: up']:.1f} s; the last email queued during the outage arrived "
              f"{lg.t0_wall + max(queued_down) - up:.1f} s after that (retry backoff {a.retry_note}).")
            w("")
    w("Time from the job being queued to the message arriving, by when it was queued:")
    w("")
    w("| queued during | messages | p50 s | p99 s | max s |")
    w("| --- | ---: | ---: | ---: | ---: |")
    for name in [n for n, _, _ in spans] + ["after the load"]:
        v = d_by.get(name)
        if v:
            w(f"| {name} | {len(v)} | {pct(v, 0.5):.1f} | {pct(v, 0.99):.1f} | {max(v):.1f} |")
    w("")
    if em["errors"]:
        w("Last errors recorded on email jobs (a job keeps its last error after a retry succeeds):")
        w("")
        for e, n in em["errors"].most_common(8):
            w(f"- {n} × `{e}`")
        w("")
    w("## Server logs")
    w("")
    pats = {"ERROR lines": '"level":"ERROR"', "WARN lines": '"level":"WARN"', "job failed": "job failed",
            "job queue unavailable": "job queue unavailable", "job notifications lost": "job notifications lost",
            "service unavailable; job postponed": "job postponed"}
    for path in a.server_log:
        label, _, file = path.partition("=")
        c, causes = log_lines(file, pats)
        w(f"- {label}: " + ", ".join(f"{k} {c[k]}" for k in pats))
        for (level, message, cause), n in causes.most_common(6):
            w(f"  - {n} × {level} {message}" + (f": `{cause}`" if cause else ""))
    w("")
    if lg.flows or lg.notes:
        w("## Notes")
        w("")
        w("- flows: " + ", ".join(f"{k} {v}" for k, v in sorted(lg.flows.items())))
        for n, c in Counter(lg.notes).most_common(20):
            w(f"- {n}" + (f" (× {c})" if c > 1 else ""))
    return "\n".join(lines) + "\n"


def run(a):
    random.seed(a.seed)
    lg = Load(a)
    try:
        asyncio.run(lg.run())
    finally:
        pass
    res = check_all(lg)
    text = report(lg, res)
    with open(a.out, "w") as f:
        f.write(text)
    summary = text.split("## What users saw")[0]
    print(summary)
    if os.environ.get("FAULTS_DUMP"):
        with open(os.environ["FAULTS_DUMP"], "w") as f:
            json.dump({"events": lg.events, "requests": lg.requests, "errors": lg.error_rows,
                       "messages": lg.mail.messages, "scores": {f"{k[0]} {k[1]}": v for k, v in lg.scores.items()},
                       "submissions": lg.submissions, "notes": lg.notes}, f)
    return 1 if res["problems"] else 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("smtp-sink")
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--dir", required=True)
    r = sub.add_parser("run")
    r.add_argument("--s-base", required=True)
    r.add_argument("--j-base", required=True)
    r.add_argument("--s-db", required=True)
    r.add_argument("--j-db", required=True)
    r.add_argument("--bin", required=True)
    r.add_argument("--pgdata", required=True)
    r.add_argument("--pg-bin", required=True)
    r.add_argument("--pg-log", required=True)
    r.add_argument("--pg-stop-mode", default="fast")
    r.add_argument("--pg-at", type=float, default=30)
    r.add_argument("--pg-down-secs", type=float, default=5)
    r.add_argument("--recovery-secs", type=float, default=10)
    r.add_argument("--smtp-port", type=int, required=True)
    r.add_argument("--smtp-pidfile", required=True)
    r.add_argument("--mail-dir", required=True)
    r.add_argument("--smtp-at", type=float, default=60)
    r.add_argument("--smtp-down-secs", type=float, default=60)
    r.add_argument("--meili-at", type=float, default=125)
    r.add_argument("--meili-down-secs", type=float, default=20)
    r.add_argument("--meili-stop-cmd", default="")
    r.add_argument("--meili-start-cmd", default="")
    r.add_argument("--run-secs", type=float, default=150)
    r.add_argument("--drain-secs", type=float, default=300)
    r.add_argument("--creators", type=int, default=6)
    r.add_argument("--register-every", type=int, default=3)
    r.add_argument("--bench-creators", type=int, default=150)
    r.add_argument("--bench-judges", type=int, default=16)
    r.add_argument("--browsers", type=int, default=8)
    r.add_argument("--verify-wait", type=float, default=240)
    r.add_argument("--judge-think", type=float, nargs=2, default=(0.5, 1.5))
    r.add_argument("--browse-think", type=float, nargs=2, default=(0.2, 0.6))
    r.add_argument("--server-log", action="append", default=[], help="LABEL=PATH")
    r.add_argument("--context", default="")
    r.add_argument("--retry-note", default="5 s · 2^(n−1), at most 60 s while the SMTP server does not answer, no attempt spent")
    r.add_argument("--seed", type=int, default=2026)
    r.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.cmd == "smtp-sink":
        smtp_sink(a)
        return 0
    return run(a)


if __name__ == "__main__":
    sys.exit(main())
