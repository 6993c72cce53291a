#!/usr/bin/env python3
"""Helpers of the announcement spike benchmark (`make bench-spike`, bench/run-spike.sh).
The standard library only; uvloop when it is installed (run-spike.sh makes a venv for it).

    spike.py prepare --base URL --slug SLUG --dir DIR --projects FILE --langs en,ja,...
        fetches the winners page, the gallery and every published project's page (the ids
        in FILE) in every language from the running server into DIR/static (laid out for
        nginx, each with a .gz beside it), with the assets a browser loads at once (the
        stylesheet, icon, scripts, eager images and the first --lazy-images lazy ones),
        and writes DIR/plan.json: the pages, the winners' and the projects' ids, each
        page's assets.
    spike.py run --base URL --plan PLAN --label NAME --out FILE [--visitors 10000]
                 [--ramp 60] [--steady 60] [--procs 2] [--watch NAME=PID ...]
        the visitor model (below) against BASE from --procs client processes; every
        request's start, latency, status and size, each visitor's wait for their first
        page, the client's own CPU and event loop lag, and the watched processes' CPU time
        (and the server's memory) at the phase boundaries, into FILE (JSON).
    spike.py report --run FILE [--run FILE ...] [--ceiling NAME]     markdown tables
    spike.py summary --run FILE ...                                 a few lines each
    spike.py metrics --before FILE --after FILE     the server's own timings (/metrics)
    spike.py describe --plan PLAN                   one line about the copies

The visitor model. VISITORS people arrive as a Poisson process whose rate rises linearly
from 0 for RAMP seconds, then holds for STEADY seconds (the same seeded schedule and the
same visitors for every target). Each one is a browser of their own: at most 6
connections, kept alive between pages (and opened again, once, when the server closed an
idle one, as browsers do), its own cookies and asset cache, Accept-Language of their
country and Accept-Encoding like a browser; bodies are counted, not inflated. They open
the winners page (with ?lang=xx when their language is not English: the livestream's link
in their language; the server then remembers it in a cookie), then the gallery, then one
to three project pages (each a winner with probability --winner-share, else any published
project), with a think time of 1-5 s between pages; after each page they load its assets
they do not have yet, six at a time. The HTTP/1.1 client is a small asyncio protocol (a
general client such as aiohttp costs several times more CPU per request, and on two cores
the client's CPU is taken from the server).
"""
import argparse
import asyncio
import collections
import concurrent.futures
import gzip
import json
import math
import multiprocessing
import os
import random
import re
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


UA = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/131.0 Safari/537.36")
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ACCEPT_ENCODING = "gzip, deflate, br, zstd"
# What browsers in the event's 40 countries send; the English ones all negotiate to
# English (none names another shipped language), the others come with ?lang= too.
ACCEPT_LANGUAGES = {
    "en": ["en-US,en;q=0.9", "en-GB,en;q=0.9", "en-IN,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8",
           "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "it-IT,it;q=0.9,en;q=0.8",
           "nl-NL,nl;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"],
    "ja": ["ja,en-US;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9"],
    "es": ["es-ES,es;q=0.9", "es-MX,es;q=0.9,en;q=0.8", "es-419,es;q=0.9"],
    "ar": ["ar,en-US;q=0.9,en;q=0.8", "ar-EG,ar;q=0.9"],
    "fr": ["fr-FR,fr;q=0.9,en;q=0.8"],
    "hi": ["hi-IN,hi;q=0.9,en;q=0.8"],
    "tr": ["tr-TR,tr;q=0.9,en;q=0.8"],
}
KINDS = ("winners", "gallery", "project", "asset")
ASSET_TYPES = ("", "stylesheet", "script", "icon", "image")
# Negative statuses: what went wrong instead of an answer.
TIMEOUT, CONNECT_FAILED, BROKEN = -1, -2, -3


def asset_type(url):
    if url.endswith(".css"):
        return 1
    if url.endswith(".js"):
        return 2
    if url.endswith(".svg"):
        return 3
    return 4
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def new_loop():
    try:
        import uvloop
        return uvloop.new_event_loop(), "uvloop"
    except ImportError:
        return asyncio.new_event_loop(), "asyncio"


# ---------------------------------------------------------------------------- prepare

def page_file(static, path, lang):
    """Where nginx finds a page: $uri/index.$lang.html (see run-spike.sh)."""
    return static / path.lstrip("/") / f"index.{lang}.html"


def assets_of(html, base, lazy_images):
    """The same-site resources a browser loads with the page, in document order: the
    stylesheets, icons and scripts, every eager image and the first `lazy_images` lazy
    ones (those in the first screen)."""
    out, lazy = [], 0

    def local(url):
        url = url.replace("&amp;", "&")
        if url.startswith(base):
            url = url[len(base):]
        return url if url.startswith("/") and not url.startswith("//") else None

    for m in re.finditer(r"<(link|script|img)\b([^>]*)>", html):
        tag, attrs = m.group(1), m.group(2)
        if tag == "link":
            rel = re.search(r'rel="([^"]*)"', attrs)
            href = re.search(r'href="([^"]*)"', attrs)
            if rel and href and ({"stylesheet", "icon"} & set(rel.group(1).split())):
                url = local(href.group(1))
                if url:
                    out.append(url)
        else:
            src = re.search(r'\ssrc="([^"]*)"', " " + attrs)
            if not src:
                continue
            if tag == "img" and 'loading="lazy"' in attrs:
                if lazy >= lazy_images:
                    continue
                lazy += 1
            url = local(src.group(1))
            if url:
                out.append(url)
    return list(dict.fromkeys(out))


async def prepare(args):
    base = args.base.rstrip("/")
    static = Path(args.dir) / "static"
    langs = args.langs.split(",")
    projects = [p for p in Path(args.projects).read_text().split() if p]
    fetched = {"pages": 0, "assets": 0, "bytes": 0}
    problems = []
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(4)

    def get_sync(url, accept):
        req = urllib.request.Request(base + url, headers={
            "User-Agent": UA, "Accept": accept, "Accept-Encoding": "identity"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, b""

    if True:  # (the block the copies are made in)
        async def get(path, accept=ACCEPT_HTML):
            return await loop.run_in_executor(pool, get_sync, path, accept)

        async def page(path, lang):
            status, body = await get(f"{path}?lang={lang}")
            if status != 200:
                problems.append(f"{path}?lang={lang}: {status}")
                return None
            html = body.decode()
            if f'<html lang="{lang}"' not in html:
                problems.append(f"{path}?lang={lang}: not in {lang}")
            f = page_file(static, path, lang)
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(body)
            Path(str(f) + ".gz").write_bytes(gzip.compress(body, 6, mtime=0))
            fetched["pages"] += 1
            fetched["bytes"] += len(body)
            return html

        winners_path = f"/winners/{args.slug}"
        winners_html = await page(winners_path, "en")
        if winners_html is None:
            sys.exit(f"the winners page {winners_path} did not answer 200: {problems}")
        winners = list(dict.fromkeys(re.findall(rf'href="/gallery/({UUID})"', winners_html)))
        if not winners:
            sys.exit("the winners page links to no project")
        unknown = sorted(set(winners) - set(projects))
        if unknown:
            problems.append(f"winners not among the published projects: {unknown}")
        paths = [winners_path, "/gallery"] + [f"/gallery/{p}" for p in projects]
        todo = [(path, lang) for path in paths for lang in langs
                if (path, lang) != (winners_path, "en")]
        htmls = {winners_path: winners_html}
        for (path, lang), html in zip(todo, await asyncio.gather(*(page(*x) for x in todo))):
            if lang == "en" and html is not None:
                htmls[path] = html
        page_assets = {path: assets_of(html, base, args.lazy_images)
                       for path, html in htmls.items()}

        async def asset(path):
            status, body = await get(path, "*/*")
            if status != 200:
                problems.append(f"{path}: {status}")
                return
            f = static / path.lstrip("/")
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(body)
            if not path.startswith("/gallery/images/"):
                Path(str(f) + ".gz").write_bytes(gzip.compress(body, 6, mtime=0))
            fetched["assets"] += 1
            fetched["bytes"] += len(body)

        everything = sorted({a for v in page_assets.values() for a in v})
        await asyncio.gather(*(asset(a) for a in everything))
    plan = {
        "slug": args.slug,
        "langs": langs,
        "winners_path": winners_path,
        "winners": winners,
        "projects": projects,
        "assets": page_assets,
        "sizes": {p: len(h.encode()) for p, h in htmls.items()
                  if p in (winners_path, "/gallery")},
        "fetched": fetched,
        "problems": problems,
    }
    Path(args.dir, "plan.json").write_text(json.dumps(plan, indent=1))
    print(f"{fetched['pages']} pages ({len(paths)} in {len(langs)} languages) and "
          f"{fetched['assets']} assets copied, {fetched['bytes'] / 1e6:.1f} MB; "
          f"{len(winners)} winners, {len(projects)} published projects")
    for p in problems[:10]:
        print(f"   problem: {p}")
    if problems:
        sys.exit(f"{len(problems)} problems while copying the pages")


# ---------------------------------------------------------------------------- run

def arrivals(n, ramp, steady, rng):
    """Arrival times (s) of n visitors: a Poisson process whose rate rises linearly from
    0 over `ramp` s and then holds for `steady` s, the last arriving at ramp + steady."""
    rate = n / (ramp / 2 + steady)
    cum, s = [], 0.0
    for _ in range(n):
        s += rng.expovariate(1.0)
        cum.append(s)
    out = []
    for c in cum:
        k = n * c / cum[-1]  # visitors arrived so far, on the expected-count axis
        if ramp > 0 and k <= rate * ramp / 2:
            out.append(math.sqrt(2 * ramp * k / rate))
        else:
            out.append(ramp + (k - rate * ramp / 2) / rate)
    return out, rate


def visitors(plan, args):
    rng = random.Random(args.seed)
    times, rate = arrivals(args.visitors, args.ramp, args.steady, rng)
    mix = [(code, float(w)) for code, w in (x.split(":") for x in args.mix.split(","))]
    mix = [(c, w) for c, w in mix if c in plan["langs"]]
    codes, weights = [c for c, _ in mix], [w for _, w in mix]
    think_lo, think_hi = (float(x) for x in args.think.split(","))
    out = []
    for i, t in enumerate(times):
        lang = rng.choices(codes, weights)[0]
        first = plan["winners_path"] + ("" if lang == "en" else f"?lang={lang}")
        pages = [("winners", first), ("gallery", "/gallery")]
        chosen = set()
        for _ in range(rng.randint(1, 3)):
            for _attempt in range(10):
                pool = plan["winners"] if rng.random() < args.winner_share else plan["projects"]
                p = rng.choice(pool)
                if p not in chosen:
                    break
            chosen.add(p)
            pages.append(("project", f"/gallery/{p}"))
        thinks = [rng.uniform(think_lo, think_hi) for _ in pages[1:]]
        out.append({
            "i": i, "at": t, "lang": lang, "pages": pages, "thinks": thinks,
            "accept_language": rng.choice(ACCEPT_LANGUAGES.get(lang, [lang])),
        })
    return out, rate


def proc_times(pid):
    """CPU seconds of a process, its live children and those it has waited for."""
    tick = os.sysconf("SC_CLK_TCK")

    def stat(p):
        with open(f"/proc/{p}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[1]), [int(x) for x in fields[11:15]]  # ppid, utime stime cutime cstime

    try:
        _, (u, s, cu, cs) = stat(pid)
    except OSError:
        return None
    total = u + s + cu + cs
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != pid:
            try:
                ppid, (u, s, _, _) = stat(entry)
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                total += u + s
    return total / tick


def machine_cpu():
    """(busy, total) jiffies of every core since boot."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    return sum(v) - idle, sum(v)


def proc_mem(pid):
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                k, _, v = line.partition(":")
                if k in ("VmRSS", "VmHWM"):
                    out[k] = int(v.split()[0])  # kB
    except OSError:
        pass
    return out


class Stale(ConnectionError):
    """A kept-alive connection the server had closed before it saw the request."""


class ConnectFailed(ConnectionError):
    """The connection could not be opened (refused, no port, listen queue full)."""


class Conn(asyncio.Protocol):
    """One HTTP/1.1 connection: a request at a time, the response parsed as it arrives
    (Content-Length or chunked; the body is counted, not kept)."""

    def __init__(self, browser):
        self.b, self.t, self.buf, self.fut = browser, None, bytearray(), None
        self.closed = self.counted = False

    def connection_made(self, transport):
        self.t = transport

    def send(self, data):
        self.fut = asyncio.get_running_loop().create_future()
        self.hdr_end, self.need, self.chunked, self.cookies, self.keep = -1, -1, False, [], True
        self.t.write(data)
        return self.fut

    def data_received(self, data):
        self.buf += data
        if self.fut is not None and not self.fut.done():
            self.parse()

    def parse(self):
        buf = self.buf
        if self.hdr_end < 0:
            i = buf.find(b"\r\n\r\n")
            if i < 0:
                return
            self.hdr_end = i + 4
            lines = bytes(buf[:i]).decode("latin-1").split("\r\n")
            self.status = int(lines[0].split(" ", 2)[1])
            self.keep = not lines[0].startswith("HTTP/1.0")
            for line in lines[1:]:
                k, _, v = line.partition(":")
                k = k.strip().lower()
                if k == "content-length":
                    self.need = self.hdr_end + int(v)
                elif k == "transfer-encoding" and "chunked" in v.lower():
                    self.chunked, self.cpos, self.body = True, self.hdr_end, 0
                elif k == "set-cookie":
                    self.cookies.append(v.strip())
                elif k == "connection" and v.strip().lower() == "close":
                    self.keep = False
            if self.status in (204, 304) or self.status < 200:
                self.need = self.hdr_end
        if self.chunked:
            while True:
                j = buf.find(b"\r\n", self.cpos)
                if j < 0:
                    return
                size = int(bytes(buf[self.cpos:j]).split(b";")[0], 16)
                if size == 0:  # no trailers are sent: the empty line follows
                    if len(buf) < j + 4:
                        return
                    return self.done(j + 4, self.body)
                if len(buf) < j + 2 + size + 2:
                    return
                self.body += size
                self.cpos = j + 2 + size + 2
        elif self.need >= 0 and len(buf) >= self.need:
            self.done(self.need, self.need - self.hdr_end)

    def done(self, end, size):
        del self.buf[:end]
        fut, self.fut = self.fut, None
        fut.set_result((self.status, size, self.cookies, self.keep))

    def connection_lost(self, exc):
        self.closed = True
        fut = self.fut
        if fut is not None and not fut.done():
            if self.hdr_end >= 0 and not self.chunked and self.need < 0:
                self.done(len(self.buf), len(self.buf) - self.hdr_end)  # body until close
            else:
                fut.set_exception(ConnectionResetError("closed mid-answer") if self.buf
                                  else Stale())
        self.b.lost(self)


class Browser:
    """A visitor's browser: up to `limit` connections to the site, kept alive between
    pages, its cookies, and a retry when a kept-alive connection turns out closed."""

    def __init__(self, host, port, accept_language, limit=6):
        self.host, self.port, self.limit = host, port, limit
        self.idle, self.open, self.waiters, self.cookies = [], 0, collections.deque(), {}
        self.common = (f"Host: {host}:{port}\r\nUser-Agent: {UA}\r\n"
                       f"Accept-Language: {accept_language}\r\n"
                       f"Accept-Encoding: {ACCEPT_ENCODING}\r\nConnection: keep-alive\r\n")

    async def acquire(self):
        while True:
            while self.idle:
                c = self.idle.pop()
                if not c.closed:
                    return c, True
            if self.open < self.limit:
                self.open += 1
                try:
                    _, c = await asyncio.get_running_loop().create_connection(
                        lambda: Conn(self), self.host, self.port)
                except OSError as e:
                    self.open -= 1
                    self.wake()
                    raise ConnectFailed(str(e)) from e
                except BaseException:
                    self.open -= 1
                    self.wake()
                    raise
                return c, False
            fut = asyncio.get_running_loop().create_future()
            self.waiters.append(fut)
            await fut

    def wake(self):
        while self.waiters:
            w = self.waiters.popleft()
            if not w.done():
                w.set_result(None)
                return

    def lost(self, c):
        if not c.counted:
            c.counted = True
            self.open -= 1
            if c in self.idle:
                self.idle.remove(c)
            self.wake()

    async def get(self, path, accept):
        for attempt in (0, 1):
            c, reused = await self.acquire()
            cookie = ("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items())
                      + "\r\n") if self.cookies else ""
            try:
                status, size, cookies, keep = await c.send(
                    f"GET {path} HTTP/1.1\r\n{self.common}Accept: {accept}\r\n{cookie}\r\n"
                    .encode())
            except Stale:
                if reused and attempt == 0:
                    continue  # what browsers do: once more on a new connection
                raise
            except BaseException:
                c.t.abort()
                raise
            for sc in cookies:
                k, _, v = sc.split(";", 1)[0].partition("=")
                if "max-age=0" in sc.lower():
                    self.cookies.pop(k.strip(), None)
                else:
                    self.cookies[k.strip()] = v.strip()
            if keep and not c.closed:
                self.idle.append(c)
                self.wake()
            else:
                c.t.close()
            return status, size

    def close(self):
        for c in list(self.idle):
            c.t.close()


def accept_of(kind, url):
    if kind != "asset":
        return ACCEPT_HTML
    if url.endswith(".css"):
        return "text/css,*/*;q=0.1"
    if url.endswith(".js"):
        return "*/*"
    return "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"


async def browse(args, plan, people, t0, slot, counters):
    """One client process: its share of the visitors, each at their arrival time."""
    host, _, port = args.base.split("://", 1)[1].rstrip("/").partition(":")
    port = int(port or 80)
    kind_index = {k: i for i, k in enumerate(KINDS)}
    records, firsts, lags, loop_lag = [], [], [], []
    state = {"active": 0, "done": 0, "peak": 0}
    no_assets = args.no_assets

    async def fetch(b, url, kind):
        start = time.perf_counter()
        size = 0
        try:
            async with asyncio.timeout(args.timeout):
                status, size = await b.get(url, accept_of(kind, url))
        except TimeoutError:
            status = TIMEOUT
        except ConnectFailed:
            status = CONNECT_FAILED
        except OSError:  # reset or closed mid-answer, or closed again after the retry
            status = BROKEN
        end = time.perf_counter()
        records.append((start - t0, end - start, status, kind_index[kind], size,
                        asset_type(url) if kind == "asset" else 0))
        return status, end

    async def visitor(v):
        started = time.perf_counter()
        lags.append((v["at"], started - t0 - v["at"]))
        state["active"] += 1
        state["peak"] = max(state["peak"], state["active"])
        b = Browser(host, port, v["accept_language"])
        have = set()
        try:
            for n, (kind, url) in enumerate(v["pages"]):
                if n:
                    await asyncio.sleep(v["thinks"][n - 1])
                page_start = time.perf_counter()
                status, html_end = await fetch(b, url, kind)
                todo = [a for a in plan["assets"].get(url.split("?")[0], []) if a not in have]
                if 200 <= status < 300 and todo and not no_assets:
                    have.update(todo)
                    results = await asyncio.gather(*(fetch(b, a, "asset") for a in todo))
                    complete = max(end for _, end in results)
                    ok_assets = all(200 <= st < 300 for st, _ in results)
                else:
                    complete, ok_assets = html_end, True
                if n == 0:
                    firsts.append((v["at"], html_end - page_start, complete - page_start,
                                   200 <= status < 300 and ok_assets))
        finally:
            b.close()
            state["active"] -= 1
            state["done"] += 1

    async def monitor():
        while state["done"] < len(people):
            t = time.perf_counter()
            await asyncio.sleep(0.02)
            loop_lag.append((t - t0, time.perf_counter() - t - 0.02))
            counters[3 * slot:3 * slot + 3] = [state["active"], state["done"], len(records)]

    mon = asyncio.ensure_future(monitor())
    tasks = []
    for v in people:
        delay = t0 + v["at"] - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.ensure_future(visitor(v)))
    await asyncio.gather(*tasks)
    last = time.perf_counter() - t0
    mon.cancel()
    counters[3 * slot:3 * slot + 3] = [0, state["done"], len(records)]
    return {"records": records, "firsts": firsts, "lags": lags, "loop_lag": loop_lag,
            "peak": state["peak"], "last": last}


def child(args, plan, people, t0, slot, counters, out):
    loop, _ = new_loop()
    asyncio.set_event_loop(loop)
    result = loop.run_until_complete(browse(args, plan, people, t0, slot, counters))
    loop.close()
    Path(out).write_text(json.dumps(result))


def run(args):
    """The load: `procs` client processes share the visitors (every procs-th each); this
    process takes the snapshots (CPU, memory) at the phase boundaries."""
    plan = json.loads(Path(args.plan).read_text())
    people, rate = visitors(plan, args)
    watch = {}
    for w in args.watch or []:
        name, _, pid = w.partition("=")
        watch[name] = int(pid)
    _, args.loop_name = new_loop()
    procs = max(1, args.procs)
    counters = multiprocessing.Array("l", 3 * procs, lock=False)
    snapshots = {}
    t0 = time.perf_counter() + 2.0  # CLOCK_MONOTONIC: the same clock in every process

    def snapshot(name):
        snapshots[name] = {
            "t": time.perf_counter() - t0,
            # This process and its client processes (live, and waited for at the end).
            "client_cpu": proc_times(os.getpid()),
            # Memory of the server only: nginx's and PostgreSQL's are spread over processes.
            "procs": {n: {"cpu": proc_times(p), **(proc_mem(p) if n == "server" else {})}
                      for n, p in watch.items()},
            "machine": machine_cpu(),
        }

    ctx = multiprocessing.get_context("fork")
    outs = [f"{args.out}.{k}" for k in range(procs)]
    snapshot("start")
    children = [ctx.Process(target=child, args=(args, plan, people[k::procs], t0, k,
                                                counters, outs[k]))
                for k in range(procs)]
    for c in children:
        c.start()
    marks = [(args.ramp, "ramp_end"), (args.ramp + args.steady, "steady_end")]
    peak_active, next_print = 0, 10.0
    while any(c.is_alive() for c in children):
        now = time.perf_counter() - t0
        while marks and now >= marks[0][0]:
            snapshot(marks.pop(0)[1])
        vals = list(counters)
        active = sum(vals[0::3])
        peak_active = max(peak_active, active)
        if now >= next_print:
            next_print += 10
            print(f"   {args.label}: t={now:5.0f} s, {active} visitors browsing, "
                  f"{sum(vals[1::3])} done, {sum(vals[2::3])} requests", flush=True)
        time.sleep(0.05)
    for c in children:
        c.join()
    for _, name in marks:  # a run shorter than its phases
        snapshot(name)
    if any(c.exitcode for c in children):
        sys.exit("a client process failed")
    snapshot("end")
    parts = [json.loads(Path(o).read_text()) for o in outs]
    for o in outs:
        os.unlink(o)
    snapshots["end"]["t"] = max(p["last"] for p in parts)
    merged = {k: sorted(x for p in parts for x in p[k])
              for k in ("records", "firsts", "lags", "loop_lag")}
    out = {
        "label": args.label, "base": args.base, "visitors": args.visitors, "ramp": args.ramp,
        "steady": args.steady, "rate": rate, "think": args.think, "mix": args.mix,
        "assets": not args.no_assets, "loop": args.loop_name, "procs": procs,
        "timeout": args.timeout, "peak_active": peak_active, "snapshots": snapshots,
        **merged,
    }
    Path(args.out).write_text(json.dumps(out))
    print(f"   {args.label}: {len(merged['records'])} requests by {len(people)} visitors in "
          f"{snapshots['end']['t']:.0f} s")


# ---------------------------------------------------------------------------- report

def pct(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, math.ceil(p / 100 * len(sorted_values)) - 1))
    return sorted_values[k]


def ms(x):
    return "—" if x != x else (f"{x * 1000:.1f}" if x < 10 else f"{x * 1000:.0f}")


def figures(r):
    ramp, steady = r["ramp"], r["steady"]
    end = ramp + steady
    recs = r["records"]
    ok = [x for x in recs if 200 <= x[2] < 300]
    steady_done = [x for x in recs if ramp <= x[0] + x[1] < end]
    steady_started = [x for x in recs if ramp <= x[0] < end]
    pages = lambda xs: [x for x in xs if x[3] != 3]  # noqa: E731
    lat = lambda xs: sorted(x[1] for x in xs)  # noqa: E731
    snaps = r["snapshots"]
    f = {
        "requests": len(recs),
        "pages": len(pages(recs)),
        "rps_steady": len(steady_done) / steady if steady else float("nan"),
        "pps_steady": len(pages(steady_done)) / steady if steady else float("nan"),
        "lat_pages": lat(pages(steady_started)),
        "lat_all": lat(steady_started),
        "lat_kind": {k: lat([x for x in steady_started if x[3] == i])
                     for i, k in enumerate(KINDS)},
        "lat_pages_run": lat(pages(recs)),
        "non2xx": sum(1 for x in recs if x[2] > 0 and not 200 <= x[2] < 300),
        "timeouts": sum(1 for x in recs if x[2] == TIMEOUT),
        "conn_errors": sum(1 for x in recs if x[2] in (CONNECT_FAILED, BROKEN)),
        "connect_failed": sum(1 for x in recs if x[2] == CONNECT_FAILED),
        "broken": sum(1 for x in recs if x[2] == BROKEN),
        "errors_by_kind": collections.Counter(KINDS[x[3]] for x in recs if not 200 <= x[2] < 300),
        "lat_asset_type": {t: lat([x for x in steady_started if len(x) > 5 and x[5] == i])
                           for i, t in enumerate(ASSET_TYPES) if i},
        "statuses": sorted({x[2] for x in recs}),
        "bytes_page": (sum(x[4] for x in pages(ok)) / max(1, len(pages(ok)))),
        "first_ramp": sorted(x[1] for x in r["firsts"] if x[0] < ramp),
        "first_ramp_complete": sorted(x[2] for x in r["firsts"] if x[0] < ramp),
        "first_all": sorted(x[1] for x in r["firsts"]),
        "first_failed": sum(1 for x in r["firsts"] if not x[3]),
        "start_lag": sorted(x[1] for x in r["lags"]),
        "loop_lag": sorted(x[1] for x in r["loop_lag"]),
        "duration": snaps["end"]["t"],
    }
    # CPU: the whole run (first arrival to last visitor done) and the steady phase.
    wall = snaps["end"]["t"] - snaps["start"]["t"]
    wall_steady = snaps["steady_end"]["t"] - snaps["ramp_end"]["t"]
    f["client_cpu"] = snaps["end"]["client_cpu"] - snaps["start"]["client_cpu"]
    f["client_cpu_steady"] = snaps["steady_end"]["client_cpu"] - snaps["ramp_end"]["client_cpu"]
    f["wall"], f["wall_steady"] = wall, wall_steady
    if "machine" in snaps["ramp_end"]:
        (b0, t0), (b1, t1) = snaps["ramp_end"]["machine"], snaps["steady_end"]["machine"]
        f["machine_busy_steady"] = (b1 - b0) / max(1, t1 - t0)
    else:
        f["machine_busy_steady"] = float("nan")
    f["procs"] = {}
    ncpu = os.cpu_count() or 1
    for name in snaps["start"]["procs"]:
        a, b = snaps["start"]["procs"][name], snaps["end"]["procs"][name]
        ra, rb = snaps["ramp_end"]["procs"][name], snaps["steady_end"]["procs"][name]
        cpu = lambda x, y: (y["cpu"] - x["cpu"]) if x.get("cpu") is not None and y.get("cpu") is not None else float("nan")  # noqa: E731
        f["procs"][name] = {
            "cpu": cpu(a, b), "cpu_steady": cpu(ra, rb),
            "rss_start": a.get("VmRSS"), "rss_end": b.get("VmRSS"), "hwm": b.get("VmHWM"),
        }
    # CPU seconds the machine spent in the steady phase that neither the watched
    # processes nor the client account for: another job competing with the measurement.
    busy = f["machine_busy_steady"] * ncpu * wall_steady
    f["others_steady"] = max(0.0, busy - f["client_cpu_steady"]
                             - sum(p["cpu_steady"] for p in f["procs"].values()
                                   if p["cpu_steady"] == p["cpu_steady"]))
    return f


def mb(kb):
    return "—" if kb is None else f"{kb / 1024:.0f} MB"


def report(args):
    runs = [json.loads(Path(p).read_text()) for p in args.run]
    figs = [(r, figures(r)) for r in runs]
    r0 = runs[0]
    out = []
    w = out.append
    w(f"{r0['visitors']} visitors, arriving at a rate rising from 0 to {r0['rate']:.0f}/s over "
      f"{r0['ramp']:g} s, then {r0['rate']:.0f}/s for {r0['steady']:g} s; each opens the winners "
      f"page, the gallery and 1–3 project pages with {r0['think'].replace(',', '–')} s between "
      f"pages{', and each page’s assets they do not have yet' if r0['assets'] else ''}; languages "
      f"{r0['mix'].replace(':', ' ').replace(',', ', ')} (%). Request timeout {r0['timeout']:g} s.")
    w("")
    w("| target | requests | req/s steady (all) | pages/s steady | page p50 ms | page p99 ms | page max ms | asset p99 ms | non-2xx | conn. errors | timeouts | first page p99 in the ramp ms | with its assets p99 ms |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r, f in figs:
        lp = f["lat_pages"]
        w(f"| {r['label']} | {f['requests']} | {f['rps_steady']:.0f} | {f['pps_steady']:.0f} | "
          f"{ms(pct(lp, 50))} | {ms(pct(lp, 99))} | {ms(lp[-1] if lp else float('nan'))} | "
          f"{ms(pct(f['lat_kind']['asset'], 99))} | {f['non2xx']} | {f['conn_errors']} | "
          f"{f['timeouts']} | {ms(pct(f['first_ramp'], 99))} | "
          f"{ms(pct(f['first_ramp_complete'], 99))} |")
    w("")
    w("Latency of each kind of request started in the steady phase (p50 / p99 / max, ms):")
    w("")
    w("| target | " + " | ".join(KINDS) + " | every page of the run |")
    w("| --- | " + " | ".join("---:" for _ in KINDS) + " | ---: |")
    for r, f in figs:
        cells = []
        for k in KINDS:
            xs = f["lat_kind"][k]
            cells.append(f"{ms(pct(xs, 50))} / {ms(pct(xs, 99))} / {ms(xs[-1] if xs else float('nan'))}"
                         + f" ({len(xs)})")
        xs = f["lat_pages_run"]
        cells.append(f"{ms(pct(xs, 50))} / {ms(pct(xs, 99))} / {ms(xs[-1] if xs else float('nan'))}")
        w(f"| {r['label']} | " + " | ".join(cells) + " |")
    w("")
    w("Assets by type, started in the steady phase (p50 / p99 / max, ms, and how many):")
    w("")
    w("| target | " + " | ".join(ASSET_TYPES[1:]) + " |")
    w("| --- | " + " | ".join("---:" for _ in ASSET_TYPES[1:]) + " |")
    for r, f in figs:
        cells = []
        for t in ASSET_TYPES[1:]:
            xs = f["lat_asset_type"][t]
            cells.append(f"{ms(pct(xs, 50))} / {ms(pct(xs, 99))} / "
                         f"{ms(xs[-1] if xs else float('nan'))} ({len(xs)})")
        w(f"| {r['label']} | " + " | ".join(cells) + " |")
    w("")
    for r, f in figs:
        if f["non2xx"] or f["conn_errors"] or f["timeouts"]:
            kinds = ", ".join(f"{n} {k}" for k, n in sorted(f["errors_by_kind"].items()))
            w(f"Errors of {r['label']}: {f['connect_failed']} connections that could not be "
              f"opened, {f['broken']} answers cut off (reset or closed mid-answer, or closed "
              f"again after the retry), {f['timeouts']} timeouts, {f['non2xx']} non-2xx "
              f"(statuses {[x for x in f['statuses'] if x >= 300]}); by request: {kinds}.")
            w("")
    w("The first page (the winners page) as each visitor who arrived during the ramp waited "
      "for it (p50 / p99 / max, ms), and as every visitor did:")
    w("")
    w("| target | ramp: HTML | ramp: with its assets | whole run: HTML | first pages failed |")
    w("| --- | ---: | ---: | ---: | ---: |")
    for r, f in figs:
        def three(xs):
            return f"{ms(pct(xs, 50))} / {ms(pct(xs, 99))} / {ms(xs[-1] if xs else float('nan'))}"
        w(f"| {r['label']} | {three(f['first_ramp'])} | {three(f['first_ramp_complete'])} | "
          f"{three(f['first_all'])} | {f['first_failed']} |")
    w("")
    w("Processes (CPU seconds over the whole run and over the steady phase, and memory):")
    w("")
    w("| target | process | CPU s (run) | CPU s (steady) | share of one core, steady | VmRSS at start | VmHWM (peak) | VmRSS at end |")
    w("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r, f in figs:
        for name, p in f["procs"].items():
            w(f"| {r['label']} | {name} | {p['cpu']:.1f} | {p['cpu_steady']:.1f} | "
              f"{100 * p['cpu_steady'] / f['wall_steady']:.0f}% | {mb(p['rss_start'])} | "
              f"{mb(p['hwm'])} | {mb(p['rss_end'])} |")
        w(f"| {r['label']} | load client ({r['procs']} processes, {r['loop']}) | {f['client_cpu']:.1f} | "
          f"{f['client_cpu_steady']:.1f} | {100 * f['client_cpu_steady'] / f['wall_steady']:.0f}% | | | |")
        w(f"| {r['label']} | everything else on the machine | | {f['others_steady']:.1f} | "
          f"{100 * f['others_steady'] / f['wall_steady']:.0f}% | | | |")
    w("")
    w("The client keeping up (a bottlenecked client starts visitors late and sees its own "
      "event loop stall):")
    w("")
    w("| target | visitors' start lag p99 / max ms | event loop lag p99 / max ms | visitors browsing at once (peak) | machine CPU busy, steady (all cores) | run s | average page bytes on the wire |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r, f in figs:
        w(f"| {r['label']} | {ms(pct(f['start_lag'], 99))} / {ms(f['start_lag'][-1])} | "
          f"{ms(pct(f['loop_lag'], 99))} / {ms(f['loop_lag'][-1])} | {r['peak_active']} | "
          f"{100 * f['machine_busy_steady']:.0f}% | {f['duration']:.0f} | {f['bytes_page']:.0f} |")
    if args.ceiling:
        ceil = next((f for r, f in figs if r["label"] == args.ceiling), None)
        if ceil:
            w("")
            for r, f in figs:
                if r["label"] == args.ceiling:
                    continue
                w(f"{r['label']}: page p99 {ms(pct(f['lat_pages'], 99))} ms against the "
                  f"ceiling's {ms(pct(ceil['lat_pages'], 99))} ms; steady req/s "
                  f"{f['rps_steady']:.0f} against {ceil['rps_steady']:.0f} (the arrivals set "
                  f"the rate: equal req/s means the server kept up).")
    print("\n".join(out))


def summary(args):
    """A few lines for the terminal."""
    for p in args.run:
        r = json.loads(Path(p).read_text())
        f = figures(r)
        lp = f["lat_pages"]
        server = f["procs"].get("server")
        extra = ""
        if server:
            extra = (f"; server CPU {server['cpu']:.1f} s, RSS {mb(server['rss_start'])} at start, "
                     f"peak {mb(server['hwm'])}")
        print(f"   {r['label']}: {f['rps_steady']:.0f} req/s steady ({f['pps_steady']:.0f} pages/s), "
              f"pages p50 {ms(pct(lp, 50))} / p99 {ms(pct(lp, 99))} / max "
              f"{ms(lp[-1] if lp else float('nan'))} ms; errors: {f['non2xx']} non-2xx, "
              f"{f['conn_errors']} connection, {f['timeouts']} timeouts; first page p99 in the "
              f"ramp {ms(pct(f['first_ramp'], 99))} ms{extra}; client CPU "
              f"{100 * f['client_cpu_steady'] / f['wall_steady']:.0f}% of a core (steady), "
              f"machine {100 * f['machine_busy_steady']:.0f}% busy (steady), other processes "
              f"{100 * f['others_steady'] / f['wall_steady']:.0f}% of a core")


def scrape(text):
    """Per endpoint: {le: cumulative count}, sum and count of the request durations."""
    out = {}
    pat = re.compile(r'^showcase_http_requests_duration_seconds_(bucket|sum|count)'
                     r'\{((?:[^"}]|"(?:[^"\\]|\\.)*")*)\} (\S+)$')
    for line in text.splitlines():
        m = pat.match(line)
        if not m:
            continue
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
        e = out.setdefault(labels.get("endpoint", "?"), {"buckets": {}, "sum": 0.0, "count": 0})
        v = float(m.group(3))
        if m.group(1) == "bucket":
            le = float(labels["le"])
            e["buckets"][le] = e["buckets"].get(le, 0) + v
        elif m.group(1) == "sum":
            e["sum"] += v
        else:
            e["count"] += v
    return out


def metrics(args):
    """The server's own view of the spike (its metrics after minus before): what it took
    from a request reaching the application to the answer's head, per route. Time in
    the listen queue, on the socket and in the client is not in it."""
    before = scrape(Path(args.before).read_text())
    after = scrape(Path(args.after).read_text())
    print("| route | requests | mean ms | p50 ms (bucket bound) | p99 ms (bucket bound) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    rows = []
    for name, a in after.items():
        b = before.get(name, {"buckets": {}, "sum": 0.0, "count": 0})
        count = a["count"] - b["count"]
        if count <= 0:
            continue
        buckets = sorted((le, n - b["buckets"].get(le, 0)) for le, n in a["buckets"].items())

        def bound(q):
            for le, n in buckets:
                if n >= q * count:
                    return "≤ " + ("∞" if le == float("inf") else f"{le * 1000:g}")
            return "?"
        rows.append((count, f"| `{name}` | {count:.0f} | {1000 * (a['sum'] - b['sum']) / count:.2f} | "
                            f"{bound(0.5)} | {bound(0.99)} |"))
    for _, row in sorted(rows, reverse=True):
        print(row)


def describe(args):
    """One line about the copies, for the report."""
    plan = json.loads(Path(args.plan).read_text())
    f = plan["fetched"]
    sizes = ", ".join(f"`{k}` {v} bytes" for k, v in plan["sizes"].items())
    print(f"{f['pages']} pages in {len(plan['langs'])} languages and {f['assets']} assets; "
          f"{len(plan['winners'])} winning projects on the winners page, "
          f"{len(plan['projects'])} published projects; English pages: {sizes}")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("prepare")
    a.add_argument("--base", required=True)
    a.add_argument("--slug", required=True)
    a.add_argument("--dir", required=True)
    a.add_argument("--projects", required=True, help="file: published project ids")
    a.add_argument("--langs", default="en,ja,es,ar")
    a.add_argument("--lazy-images", type=int, default=3)
    b = sub.add_parser("run")
    b.add_argument("--base", required=True)
    b.add_argument("--plan", required=True)
    b.add_argument("--label", required=True)
    b.add_argument("--out", required=True)
    b.add_argument("--visitors", type=int, default=10000)
    b.add_argument("--ramp", type=float, default=60)
    b.add_argument("--steady", type=float, default=60)
    b.add_argument("--think", default="1,5", help="min,max seconds between pages")
    b.add_argument("--mix", default="en:70,es:10,ja:8,ar:6,fr:3,hi:2,tr:1")
    b.add_argument("--winner-share", type=float, default=0.5)
    b.add_argument("--timeout", type=float, default=10)
    b.add_argument("--seed", type=int, default=2026)
    b.add_argument("--no-assets", action="store_true")
    b.add_argument("--watch", action="append", help="NAME=PID: CPU and memory to record")
    b.add_argument("--procs", type=int, default=2, help="client processes")
    c = sub.add_parser("report")
    c.add_argument("--run", action="append", required=True)
    c.add_argument("--ceiling")
    d = sub.add_parser("summary")
    d.add_argument("--run", action="append", required=True)
    m = sub.add_parser("metrics")
    m.add_argument("--before", required=True)
    m.add_argument("--after", required=True)
    e = sub.add_parser("describe")
    e.add_argument("--plan", required=True)
    args = p.parse_args()
    if args.cmd == "prepare":
        asyncio.run(prepare(args))
    elif args.cmd == "run":
        run(args)
    elif args.cmd == "report":
        report(args)
    elif args.cmd == "metrics":
        metrics(args)
    elif args.cmd == "describe":
        describe(args)
    else:
        summary(args)


if __name__ == "__main__":
    main()
