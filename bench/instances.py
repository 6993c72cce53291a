#!/usr/bin/env python3
"""Checks of several instances (issue 15, item 4), run by bench/run-instances.sh against
two `showcase-server serve` processes (A and B) on one PostgreSQL, behind nginx round
robin. Standard library only; psql (DATABASE_URL) reads the jobs table.

    python3 bench/instances.py --lb URL --a URL --b URL --nginx-log FILE \
        --outbox-a DIR --outbox-b DIR --metrics-token T --report FILE.md

1. sessions: sign in through nginx (the form's CSRF token), then 20 requests to the
   organizer console through nginx all succeed; nginx's access log (upstream address per
   request id) and each instance's own /metrics counters show both served them.
2. caches: warm both instances' anonymous gallery and project pages, moderate a published
   project on A (reject it, approve it back), and poll B every 50 ms: its gallery page and
   project page must follow within 1 s (several trials; the slowest is reported).
3. jobs: N password-reset requests for N distinct accounts through nginx; once the queue
   is drained, each recipient has exactly one reset email across both instances' outboxes
   and each job is done after exactly one attempt.
4. livestream: an overlay's event stream open on B follows steps of the control page on
   A within 1 s (several steps; the slowest is reported).

Prints PASS/FAIL per check, writes a Markdown report, exits 1 when any check failed.
"""
import argparse
import email
import email.policy
import http.client
import json
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

PASSWORD = "showcase-demo-2026"
ORGANIZER = "organizer@demo.showcase.test"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

results = []  # (check, passed, detail)
report = []  # Markdown lines


def check(name, passed, detail=""):
    results.append((name, bool(passed), detail))
    print(f"{'PASS' if passed else 'FAIL'}  {name}{': ' + detail if detail else ''}", flush=True)
    return bool(passed)


def say(line=""):
    print(line, flush=True)
    report.append(line)


class Response:
    def __init__(self, status, headers, body, elapsed):
        self.status = status
        self.headers = headers  # lower-case names; Set-Cookie values as a list
        self.body = body
        self.text = body.decode("utf-8", errors="replace")
        self.elapsed = elapsed

    def header(self, name):
        return self.headers.get(name.lower())


class Client:
    """HTTP with a cookie jar shared across hosts (one browser talking to the load
    balancer and, for the checks, to each instance directly). `cookies=False`: an
    anonymous visitor that never sends or keeps cookies."""

    def __init__(self, cookies=True):
        self.keep = cookies
        self.cookies = {}

    def request(self, method, url, fields=None, headers=None):
        u = urllib.parse.urlsplit(url)
        path = u.path + ("?" + u.query if u.query else "")
        h = {"Accept-Encoding": "identity", "Connection": "close"}
        h.update(headers or {})
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            h["Content-Type"] = "application/x-www-form-urlencoded"
        if self.keep and self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        start = time.perf_counter()
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=h)
            res = conn.getresponse()
            data = res.read()
        finally:
            conn.close()
        elapsed = time.perf_counter() - start
        headers_out = {}
        for k, v in res.getheaders():
            k = k.lower()
            if k == "set-cookie":
                headers_out.setdefault(k, []).append(v)
                if self.keep:
                    name, _, rest = v.partition("=")
                    value = rest.split(";")[0]
                    if "max-age=0" in v.lower() or value == "":
                        self.cookies.pop(name, None)
                    else:
                        self.cookies[name] = value
            else:
                headers_out[k] = v
        return Response(res.status, headers_out, data, elapsed)

    def get(self, url, headers=None):
        return self.request("GET", url, headers=headers)

    def post(self, url, fields, headers=None):
        return self.request("POST", url, fields=fields, headers=headers)

    def csrf(self, url):
        res = self.get(url)
        m = re.search(r'name="csrf_token" value="([^"]+)"', res.text)
        if not m:
            raise RuntimeError(f"no CSRF token on {url} ({res.status})")
        return m.group(1), res


def psql(sql):
    out = subprocess.run(
        ["psql", "-qAtX", "-F", "\t", os.environ["DATABASE_URL"], "-c", sql],
        check=True, capture_output=True, text=True,
    ).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def metrics(base, token, endpoint, method="GET", status="200"):
    """This instance's own count of requests to a route pattern (its /metrics)."""
    res = Client(cookies=False).get(f"{base}/metrics", {"Authorization": f"Bearer {token}"})
    if res.status != 200:
        raise RuntimeError(f"{base}/metrics answered {res.status}")
    total = 0
    for line in res.text.splitlines():
        if not line.startswith("showcase_http_requests_total{"):
            continue
        labels = dict(re.findall(r'(\w+)="([^"]*)"', line.split("}")[0]))
        if labels.get("endpoint") == endpoint and labels.get("method") == method \
                and labels.get("status") == status:
            total += int(float(line.rsplit(" ", 1)[1]))
    return total


def nginx_upstreams(log_path):
    """request id -> (upstream address, status, request line) from nginx's access log."""
    seen = {}
    with open(log_path) as f:
        for line in f:  # "<x-request-id> <upstream> <status> <request line>"
            parts = line.rstrip("\n").split(" ", 3)
            if len(parts) == 4:
                seen[parts[0]] = (parts[1], parts[2], parts[3])
    return seen


def ms(seconds):
    return f"{seconds * 1000:.1f}"


# 1. Sessions -------------------------------------------------------------------------

def check_sessions(args, names):
    say("## 1. Sessions across both instances")
    say()
    browser = Client()
    token, form = browser.csrf(f"{args.lb}/sign-in")
    signed = browser.post(f"{args.lb}/sign-in",
                          {"csrf_token": token, "email": ORGANIZER, "password": PASSWORD,
                           "next": "/organizer"})
    location = signed.header("location") or ""
    ok = check("sign-in through nginx", signed.status == 303 and "/sign-in" not in location,
               f"POST /sign-in answered {signed.status}, Location {location!r}")
    before = {n: metrics(base, args.metrics_token, "/organizer") for n, base in names.items()}
    ids, failures = [], []
    for _ in range(args.requests):
        res = browser.get(f"{args.lb}/organizer")
        ids.append(res.header("x-request-id"))
        if res.status != 200 or 'action="/sign-out"' not in res.text:
            failures.append(f"{res.status} {res.header('location') or ''}".strip())
    after = {n: metrics(base, args.metrics_token, "/organizer") for n, base in names.items()}
    time.sleep(0.2)  # nginx writes its access log line after the response
    log = nginx_upstreams(args.nginx_log)
    upstream_of = {addr: n for n, addr in args.upstream.items()}
    served = {n: 0 for n in names}
    unmatched = 0
    for rid in ids:
        entry = log.get(rid or "")
        if entry and entry[0] in upstream_of:
            served[upstream_of[entry[0]]] += 1
        else:
            unmatched += 1
    delta = {n: after[n] - before[n] for n in names}
    sign_in_by = [upstream_of.get(log.get(r.header("x-request-id") or "", ("?",))[0], "?")
                  for r in (form, signed)]
    say(f"GET /sign-in was served by {sign_in_by[0]}, POST /sign-in by {sign_in_by[1]}.")
    say()
    say("| instance | /organizer requests in nginx's log (by x-request-id) | its own /metrics count of GET /organizer 200 |")
    say("| --- | ---: | ---: |")
    for n in names:
        say(f"| {n} | {served[n]} | {delta[n]} |")
    say()
    ok &= check(f"{args.requests} console requests through nginx, signed in",
                ok and not failures,
                f"{args.requests - len(failures)}/{args.requests} answered 200 with the signed-in page"
                + (f"; failures: {failures[:3]}" if failures else ""))
    ok &= check("both instances served the signed-in session",
                all(served[n] > 0 and delta[n] > 0 for n in names)
                and sum(delta.values()) == args.requests and unmatched == 0,
                ", ".join(f"{n}: {served[n]} by nginx's log, {delta[n]} by its metrics" for n in names)
                + (f"; {unmatched} request ids not in the log" if unmatched else ""))
    return browser


# 2. Caches ----------------------------------------------------------------------------

GALLERY = "/gallery?sort=newest"


def present(res, project):
    return res.status == 200 and f'href="/gallery/{project}' in res.text


def check_caches(args, browser):
    say("## 2. A change on A reaches B's cached gallery pages")
    say()
    anon = Client(cookies=False)
    first = anon.get(f"{args.a}{GALLERY}")
    m = re.search(rf'href="/gallery/({UUID})', first.text)
    if not m:
        check("a published project to moderate", False, f"none on {GALLERY} ({first.status})")
        return
    project = m.group(1)
    page = f"/gallery/{project}"
    csrf, org_page = browser.csrf(f"{args.a}/organizer/projects/{project}")
    rev = re.search(rf'name="revision" value="({UUID})"', org_page.text)
    if not rev:
        check("the project's decision form on A", False, f"no revision on /organizer/projects/{project}")
        return
    revision = rev.group(1)
    # First, that B really answers from its cache: a title changed behind the
    # application's back (no operation, no NOTIFY) stays unseen on B's warmed page,
    # while the same page in another language (another cache key) shows it.
    for _ in range(args.warm):
        anon.get(f"{args.b}{page}")
    probe = f"Cache probe {os.getpid()}"
    original = psql(f"SELECT doc->>'title' FROM public_documents WHERE project_id = '{project}'")[0][0]
    psql(f"UPDATE public_documents SET doc = jsonb_set(doc, '{{title}}', to_jsonb('{probe}'::text)) "
         f"WHERE project_id = '{project}'")
    try:
        cached = anon.get(f"{args.b}{page}")
        fresh = anon.get(f"{args.b}{page}?lang=fr")
    finally:
        psql(f"UPDATE public_documents SET doc = jsonb_set(doc, '{{title}}', to_jsonb($t${original}$t$::text)) "
             f"WHERE project_id = '{project}'")
    check("B answers its warmed project page from its cache",
          cached.status == 200 and probe not in cached.text and probe in fresh.text,
          f"a title changed without an operation: the warmed page {'still without' if probe not in cached.text else 'WITH'} it, "
          f"the page in French (not cached) {'with' if probe in fresh.text else 'WITHOUT'} it")
    say(f"Project `{project}` (first on `{GALLERY}`), its public revision `{revision}`; "
        f"moderated on A ({args.a}), watched on B ({args.b}) every {args.poll_ms} ms.")
    say()
    say("| trial | change on A | A answered ms | A's own pages right after | B's pages followed after ms (from A's answer) | polls |")
    say("| ---: | --- | ---: | --- | ---: | ---: |")
    worst, all_ok = 0.0, True
    for trial in range(1, args.trials + 1):
        for decision, visible in (("rejected", False), ("approved", True)):
            # Warm: both instances' caches hold the page as it is now.
            warm_ok = True
            for base in (args.a, args.b):
                for _ in range(args.warm):
                    g, p = anon.get(f"{base}{GALLERY}"), anon.get(f"{base}{page}")
                    warm_ok &= present(g, project) != visible and (p.status == 200) != visible
                anon.get(f"{base}/gallery")  # the default page too
            if not warm_ok:
                all_ok = check(f"trial {trial} {decision}: the pages before the change", False,
                               "the warmed pages did not show the state before the change")
                continue
            sent = time.perf_counter()
            res = browser.post(f"{args.a}/organizer/projects/{project}/moderate",
                               {"csrf_token": csrf, "revision": revision, "decision": decision,
                                "reason": "Instances check: taken down for a moment."
                                if decision == "rejected" else ""})
            answered = time.perf_counter()
            if res.status != 303 or "/organizer/moderation" not in (res.header("location") or ""):
                all_ok = check(f"trial {trial} {decision} on A", False,
                               f"answered {res.status} {res.header('location')}: {res.text[:200]}")
                continue
            a_g, a_p = anon.get(f"{args.a}{GALLERY}"), anon.get(f"{args.a}{page}")
            a_ok = present(a_g, project) == visible and (a_p.status == 200) == visible
            followed, polls = None, 0
            deadline = answered + args.deadline
            while True:
                polls += 1
                g, p = anon.get(f"{args.b}{GALLERY}"), anon.get(f"{args.b}{page}")
                if present(g, project) == visible and (p.status == 200) == visible \
                        and (visible or p.status == 404):
                    followed = time.perf_counter() - answered
                    break
                if time.perf_counter() >= deadline:
                    break
                time.sleep(args.poll_ms / 1000)
            say(f"| {trial} | {decision} | {ms(answered - sent)} | "
                f"{'right' if a_ok else 'STALE'} | {ms(followed) if followed is not None else '> ' + ms(args.deadline)} | {polls} |")
            if followed is None or not a_ok:
                all_ok = False
                print(f"  trial {trial} {decision}: B still shows the old state after "
                      f"{ms(args.deadline)} ms (gallery {g.status}, page {p.status}); A {'right' if a_ok else 'stale'}",
                      flush=True)
            else:
                worst = max(worst, followed)
    say()
    say(f"Slowest propagation to B: {ms(worst)} ms over {args.trials * 2} changes.")
    say()
    check(f"B's cached pages follow A's moderation within {ms(args.deadline)} ms",
          all_ok, f"{args.trials * 2} changes, slowest {ms(worst)} ms")
    # Leave the project as it was found (published).
    final = anon.get(f"{args.b}{page}")
    check("the project is published again at the end", final.status == 200, f"B's page {final.status}")


# 3. Jobs ------------------------------------------------------------------------------

def read_outbox(path):
    """(recipient, subject, text) of every email an instance wrote."""
    out = []
    for name in sorted(os.listdir(path)) if os.path.isdir(path) else []:
        if not name.endswith(".eml"):
            continue
        with open(os.path.join(path, name), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        text = ""
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                text += part.get_content()
        out.append((str(msg["To"]).strip().strip("<>").lower(), str(msg["Subject"]), text))
    return out


def check_jobs(args):
    say("## 3. Jobs run exactly once")
    say()
    rows = psql(f"""SELECT email FROM users
                    WHERE email <> '{ORGANIZER}' AND email LIKE '%@%'
                    ORDER BY email LIMIT {args.emails}""")
    addresses = [r[0].lower() for r in rows]
    if len(addresses) < args.emails:
        check("enough accounts", False, f"{len(addresses)} accounts, {args.emails} wanted")
        return
    last_job = int(psql("SELECT coalesce(max(id), 0) FROM jobs")[0][0])
    visitor = Client()
    refused = []
    start = time.perf_counter()
    for address in addresses:
        token, _ = visitor.csrf(f"{args.lb}/password/forgot")
        res = visitor.post(f"{args.lb}/password/forgot", {"csrf_token": token, "email": address})
        if res.status not in (200, 303):
            refused.append(f"{address}: {res.status}")
    asked = time.perf_counter() - start
    check(f"{len(addresses)} password-reset requests through nginx", not refused,
          f"in {asked:.1f} s" + (f"; refused: {refused[:3]}" if refused else ""))
    jobs_sql = f"""SELECT id, status, attempts, payload->'job'->>'address'
                   FROM jobs WHERE id > {last_job} AND kind = 'email'
                     AND payload->'job'->>'email' = 'reset_password'"""
    deadline = time.perf_counter() + args.drain_secs
    while True:
        jobs = psql(jobs_sql)
        waiting = [j for j in jobs if j[1] in ("pending", "running")]
        if not waiting and len(jobs) >= len(addresses):
            break
        if time.perf_counter() > deadline:
            break
        time.sleep(0.2)
    drained = time.perf_counter() - start
    check("the queue drained", not waiting and len(jobs) >= len(addresses),
          f"{len(jobs)} reset jobs, {len(waiting)} still waiting, {drained:.1f} s after the first request")
    per_address = {}
    for _id, status, attempts, address in jobs:
        per_address.setdefault((address or "").lower(), []).append((status, int(attempts)))
    bad_jobs = [f"{a}: {per_address.get(a)}" for a in addresses
                if per_address.get(a) != [("done", 1)]]
    strays = [a for a in per_address if a not in addresses]
    check("each job done after exactly one attempt", not bad_jobs and not strays,
          f"{len(addresses) - len(bad_jobs)}/{len(addresses)} addresses have one job, done, 1 attempt"
          + (f"; wrong: {bad_jobs[:3]}" if bad_jobs else "") + (f"; strays: {strays[:3]}" if strays else ""))
    counts = {a: 0 for a in addresses}
    by_instance = {}
    for name, path in (("A", args.outbox_a), ("B", args.outbox_b)):
        n = 0
        for to, _subject, text in read_outbox(path):
            if "/password/reset/" in text:
                counts[to] = counts.get(to, 0) + 1
                n += 1
        by_instance[name] = n
    wrong = {a: c for a, c in counts.items() if c != 1}
    say(f"{len(addresses)} reset requests for distinct accounts; reset emails written by A: "
        f"{by_instance['A']}, by B: {by_instance['B']}; queue drained {drained:.1f} s after the first request.")
    say()
    check("each recipient got exactly one reset email (both outboxes)", not wrong,
          f"{sum(1 for c in counts.values() if c == 1)}/{len(addresses)} exactly once; "
          f"A sent {by_instance['A']}, B sent {by_instance['B']}"
          + (f"; wrong counts: {dict(list(wrong.items())[:3])}" if wrong else ""))
    check("both instances' workers took jobs", by_instance["A"] > 0 and by_instance["B"] > 0,
          f"A {by_instance['A']}, B {by_instance['B']}")


# 4. Livestream ------------------------------------------------------------------------

class EventStream(threading.Thread):
    """One overlay's server-sent events: (arrival time, cue) in a queue."""

    def __init__(self, url):
        super().__init__(daemon=True)
        self.url = urllib.parse.urlsplit(url)
        self.events = queue.Queue()
        self.status = None
        self.opened = threading.Event()

    def run(self):
        u = self.url
        try:
            sock = socket.create_connection((u.hostname, u.port), timeout=None)
            sock.sendall(f"GET {u.path}?{u.query} HTTP/1.1\r\nHost: {u.netloc}\r\n"
                         f"Accept: text/event-stream\r\n\r\n".encode())
            f = sock.makefile("rb")
            self.status = f.readline().decode(errors="replace").strip()
            while f.readline() not in (b"\r\n", b""):
                pass
            self.opened.set()
            buf = b""
            while True:
                line = f.readline()
                if not line:
                    return
                buf += line
                m = re.search(rb"data: (\{.*?\})\n", buf)
                if m:
                    buf = buf[m.end():]
                    self.events.put((time.perf_counter(), json.loads(m.group(1))))
        except OSError as e:
            self.status = self.status or str(e)
            self.opened.set()


def check_livestream(args, browser):
    say("## 4. The overlay on B follows the control page on A")
    say()
    slug = psql("SELECT slug FROM events WHERE phase IN ('announced', 'archived') ORDER BY slug LIMIT 1")
    if not slug:
        check("an announced event", False, "none in the seed")
        return
    slug = slug[0][0]
    control = f"{args.a}/live/{slug}/control"
    page = browser.get(control)
    key = re.search(r"/overlay\?key=([^\"&]+)", page.text)
    if page.status != 200 or not key:
        check("the control page on A", False, f"{page.status}, overlay key found: {bool(key)}")
        return
    key = key.group(1)
    overlay = Client(cookies=False).get(f"{args.b}/live/{slug}/overlay?key={key}")
    check("the overlay page on B opens with the key", overlay.status == 200, f"{overlay.status}")
    stream = EventStream(f"{args.b}/live/{slug}/events?key={key}")
    stream.start()
    stream.opened.wait(10)
    try:
        _t, current = stream.events.get(timeout=10)
    except queue.Empty:
        check("B's event stream", False, f"status {stream.status!r}, no current cue")
        return
    check("B's event stream opens with the current cue", " 200 " in f"{stream.status} ",
          f"{stream.status}, cue {current.get('position')} version {current.get('version')}")
    say(f"Event `{slug}`; overlay stream on B, steps posted to A's control page.")
    say()
    say("| step | action | A answered ms | B's stream had the cue after ms (from A's answer) | from sending ms |")
    say("| ---: | --- | ---: | ---: | ---: |")
    worst, all_ok = 0.0, True
    for step in range(1, args.steps + 1):
        csrf, page = browser.csrf(control)
        position = int(re.search(r'data-position="(\d+)"', page.text).group(1))
        last = int(re.search(r'data-last="(\d+)"', page.text).group(1))
        action = "next" if position < last else "previous"
        sent = time.perf_counter()
        res = browser.post(control, {"csrf_token": csrf, "action": action, "at": position},
                           {"Accept": "application/json"})
        answered = time.perf_counter()
        if res.status != 200:
            all_ok = check(f"step {step} on A", False, f"{res.status}: {res.text[:200]}")
            continue
        state = json.loads(res.body)
        got = None
        deadline = answered + args.deadline
        while got is None:
            try:
                at, cue = stream.events.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                break
            if cue.get("version") == state["version"]:
                got = (at, cue)
        if got is None or got[1].get("position") != state["position"]:
            all_ok = False
            say(f"| {step} | {action} | {ms(answered - sent)} | > {ms(args.deadline)} | — |")
            continue
        after = max(0.0, got[0] - answered)
        worst = max(worst, got[0] - sent)
        say(f"| {step} | {action} → {state['position']} | {ms(answered - sent)} | {ms(after)} | {ms(got[0] - sent)} |")
        time.sleep(0.2)
    say()
    say(f"Slowest: B's overlay had the new cue {ms(worst)} ms after the step was sent to A.")
    say()
    check(f"B's overlay follows A's control page within {ms(args.deadline)} ms", all_ok,
          f"{args.steps} steps, slowest {ms(worst)} ms from sending the step")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--lb", required=True, help="nginx in front of both")
    p.add_argument("--a", required=True)
    p.add_argument("--b", required=True)
    p.add_argument("--nginx-log", required=True)
    p.add_argument("--outbox-a", required=True)
    p.add_argument("--outbox-b", required=True)
    p.add_argument("--metrics-token", required=True)
    p.add_argument("--report", required=True)
    p.add_argument("--requests", type=int, default=20)
    p.add_argument("--trials", type=int, default=5)
    p.add_argument("--warm", type=int, default=3)
    p.add_argument("--poll-ms", type=int, default=50)
    p.add_argument("--deadline", type=float, default=1.0)
    p.add_argument("--emails", type=int, default=40)
    p.add_argument("--drain-secs", type=float, default=60)
    p.add_argument("--steps", type=int, default=6)
    p.add_argument("--header", default="")
    args = p.parse_args()
    args.upstream = {"A": urllib.parse.urlsplit(args.a).netloc,
                     "B": urllib.parse.urlsplit(args.b).netloc}
    names = {"A": args.a, "B": args.b}
    if args.header:
        report.extend([args.header, ""])
    browser = None
    try:
        browser = check_sessions(args, names)
    except Exception as e:  # a crash is a failed check, reported with the rest
        check("sessions", False, f"{type(e).__name__}: {e}")
    for name, run in (("caches", lambda: check_caches(args, browser)),
                      ("jobs", lambda: check_jobs(args)),
                      ("livestream", lambda: check_livestream(args, browser))):
        if browser is None and name != "jobs":
            check(name, False, "no signed-in session")
            continue
        try:
            run()
        except Exception as e:
            check(name, False, f"{type(e).__name__}: {e}")
    failed = [r for r in results if not r[1]]
    say("## Checks")
    say()
    say("| check | result | detail |")
    say("| --- | --- | --- |")
    for name, ok, detail in results:
        say(f"| {name} | {'PASS' if ok else '**FAIL**'} | {detail.replace('|', '/')} |")
    say()
    say(f"{len(results) - len(failed)} of {len(results)} checks passed.")
    with open(args.report, "w") as f:
        f.write("\n".join(report) + "\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
