#!/usr/bin/env python3
"""Helpers of the livestream benchmark (`make bench-livestream`, bench/run-livestream.sh).
Only the standard library is used.

    python3 bench/livestream.py fanout --base URL --slug S --connections 500 \
        --steps 10 --email E --password P
        holds CONNECTIONS overlay connections (server-sent events) open, signs in as the
        organizer, steps the control page STEPS times and measures, per step, the time
        from sending the step until the last connection has the new cue.
    python3 bench/livestream.py report --dir RESULTS --run 'name|path|label' ...
        parses wrk outputs into a table (with each target's share of its nginx ceiling).
"""
import argparse
import asyncio
import http.cookiejar
import json
import os
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request


async def overlay(host, port, path, ready, arrivals, errors):
    """One overlay: reads events, notes when each version arrives."""
    try:
        reader, writer = await asyncio.open_connection(host, port, limit=1 << 20)
    except OSError as e:
        errors.append(str(e))
        ready.release()
        return
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n\r\n".encode()
    )
    await writer.drain()
    status = await reader.readline()
    if b" 200 " not in status:
        errors.append(status.decode(errors="replace").strip())
        ready.release()
        return
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    first = True
    buf = b""
    while True:
        # Chunked transfer: a size line, then the data; simply scan for "data: " lines.
        line = await reader.readline()
        if not line:
            return
        buf += line
        m = re.search(rb'data: (\{.*?\})\n', buf)
        if not m:
            continue
        buf = buf[m.end():]
        cue = json.loads(m.group(1))
        if first:
            first = False
            ready.release()
            continue
        arrivals.setdefault(cue["version"], []).append(time.perf_counter())


class Producer:
    def __init__(self, base, email, password):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar),
            NoRedirect(),
        )
        token = self.csrf("/sign-in")
        self.post("/sign-in", {"csrf_token": token, "email": email, "password": password})

    def csrf(self, path):
        html = self.opener.open(self.base + path).read().decode()
        return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)

    def post(self, path, fields, accept=None):
        req = urllib.request.Request(
            self.base + path,
            data=urllib.parse.urlencode(fields).encode(),
            method="POST",
        )
        if accept:
            req.add_header("Accept", accept)
        try:
            return self.opener.open(req)
        except urllib.error.HTTPError as e:
            return e


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


async def fanout(args):
    url = urllib.parse.urlparse(args.base)
    producer = await asyncio.to_thread(Producer, args.base, args.email, args.password)
    control = f"/live/{args.slug}/control"
    page = await asyncio.to_thread(lambda: producer.opener.open(args.base + control).read().decode())
    key = re.search(r"/overlay\?key=([^\"&]+)", page).group(1)
    path = f"/live/{args.slug}/events?key={key}"
    ready = asyncio.Semaphore(0)
    arrivals, errors = {}, []
    t0 = time.perf_counter()
    tasks = [
        asyncio.create_task(overlay(url.hostname, url.port, path, ready, arrivals, errors))
        for _ in range(args.connections)
    ]
    for _ in range(args.connections):
        await ready.acquire()
    connected_s = time.perf_counter() - t0
    if errors:
        print(f"{len(errors)} connections failed: {errors[:3]}", file=sys.stderr)
        sys.exit(1)
    rows = []
    position = 0
    for step in range(args.steps):
        token = await asyncio.to_thread(producer.csrf, control)
        html = await asyncio.to_thread(lambda: producer.opener.open(args.base + control).read().decode())
        position = int(re.search(r'data-position="(\d+)" data-last', html).group(1))
        last = int(re.search(r'data-last="(\d+)"', html).group(1))
        action = "next" if position < last else "previous"
        sent = time.perf_counter()
        res = await asyncio.to_thread(
            producer.post, control, {"csrf_token": token, "action": action, "at": position}, "application/json"
        )
        answered = time.perf_counter()
        body = json.loads(res.read())
        version = body["version"]
        deadline = time.perf_counter() + 10
        while len(arrivals.get(version, [])) < args.connections and time.perf_counter() < deadline:
            await asyncio.sleep(0.001)
        got = sorted(t - sent for t in arrivals.get(version, []))
        if not got:
            rows.append((step + 1, answered - sent, None, None, None, 0))
            continue
        rows.append((
            step + 1,
            answered - sent,
            got[len(got) // 2],
            got[max(0, int(len(got) * 0.99) - 1)],
            got[-1],
            len(got),
        ))
        await asyncio.sleep(0.3)
    for t in tasks:
        t.cancel()
    print(f"{args.connections} overlay connections open in {connected_s:.2f} s")
    print()
    print("| step | step answered ms | median overlay ms | p99 overlay ms | last overlay ms | overlays reached |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    ms = lambda v: "—" if v is None else f"{v * 1000:.1f}"
    for r in rows:
        print(f"| {r[0]} | {ms(r[1])} | {ms(r[2])} | {ms(r[3])} | {ms(r[4])} | {r[5]} / {args.connections} |")
    lasts = [r[4] for r in rows if r[4] is not None]
    if lasts:
        print()
        print(f"time until the last of {args.connections} overlays has the new cue: median "
              f"{statistics.median(lasts) * 1000:.1f} ms, worst {max(lasts) * 1000:.1f} ms over {len(lasts)} steps")
    if any(r[5] < args.connections for r in rows):
        sys.exit(2)


def wrk_figures(text):
    def grab(pattern, conv=float, default=None):
        m = re.search(pattern, text, re.M)
        return conv(m.group(1)) if m else default

    def latency(label):
        m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        if not m:
            return None
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v

    return dict(
        rps=grab(r"Requests/sec:\s+([\d.]+)"),
        p50=latency("50"),
        p99=latency("99"),
        requests=grab(r"(\d+) requests in", int, 0),
        non2xx=grab(r"Non-2xx or 3xx responses: (\d+)", int, 0),
        socket=grab(r"Socket errors: (.*)$", str, "0"),
    )


def report(args):
    runs = []
    for spec in args.run:
        name, path, label, ceiling = spec.split("|")
        with open(os.path.join(args.dir, f"{name}.txt")) as f:
            runs.append((name, path, label, ceiling, wrk_figures(f.read())))
    by_name = {r[0]: r[4] for r in runs}
    print("| target | path | req/s | share of its nginx copy | p50 ms | p99 ms | requests | non-2xx/3xx | socket errors |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for name, path, label, ceiling, f in runs:
        share = "—"
        if ceiling and ceiling in by_name and by_name[ceiling]["rps"]:
            share = f"{f['rps'] / by_name[ceiling]['rps'] * 100:.0f}%"
        fmt = lambda v: "—" if v is None else f"{v:.2f}"
        print(f"| {label} | `{path}` | {f['rps']:.0f} | {share} | {fmt(f['p50'])} | {fmt(f['p99'])} | "
              f"{f['requests']} | {f['non2xx']} | {f['socket']} |")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fanout")
    f.add_argument("--base", required=True)
    f.add_argument("--slug", required=True)
    f.add_argument("--connections", type=int, default=500)
    f.add_argument("--steps", type=int, default=10)
    f.add_argument("--email", required=True)
    f.add_argument("--password", required=True)
    r = sub.add_parser("report")
    r.add_argument("--dir", required=True)
    r.add_argument("--run", action="append", default=[])
    args = p.parse_args()
    if args.cmd == "fanout":
        asyncio.run(fanout(args))
    else:
        report(args)


if __name__ == "__main__":
    main()
