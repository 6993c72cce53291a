#!/usr/bin/env python3
"""The judges' panel under load, against a running server: JUDGES volunteer judges
(bench-judge-<i>@bench.showcase.test, seeded with `seed --bench-judges`) sign in and,
concurrently, each repeat: ask for the next project (GET /judge/next, then the project's
scoring page it points to) and save a score (POST /judge/projects/<id>/score, which
redirects to the next one). Once a judge has scored everything, they keep changing their
scores (the same request, an update). Latencies per step: p50, p90, p99, max; errors.

Two runs: judges who read each project before scoring it (--think seconds between their
requests, on average; people take minutes, the default is 1 s), and judges who never pause
(--think 0: the server's throughput ceiling, where latency is queueing).

Standard library only. Prints a Markdown report.
"""
import argparse, http.client, random, re, statistics, threading, time, urllib.parse


class Session:
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.conn = http.client.HTTPConnection(host, port, timeout=60)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            self.conn.request(method, path, body=body, headers=h)
            res = self.conn.getresponse()
        except (http.client.HTTPException, OSError):
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            self.conn.request(method, path, body=body, headers=h)
            res = self.conn.getresponse()
        data = res.read()
        for k, v in res.getheaders():
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return res.status, data, {k.lower(): v for k, v in res.getheaders()}

    def csrf(self, path):
        _, body, _ = self.request("GET", path)
        m = re.search(rb'name="csrf_token" value="([^"]+)"', body)
        return m.group(1).decode() if m else ""

    def post_form(self, path, fields):
        body = urllib.parse.urlencode(fields)
        return self.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def judge_loop(args, i, clock, stats, lock, start):
    s = Session("127.0.0.1", args.port)
    token = s.csrf("/sign-in")
    status, _, _ = s.post_form(
        "/sign-in",
        {
            "csrf_token": token,
            "email": f"bench-judge-{i}@bench.showcase.test",
            "password": args.password,
        },
    )
    if status != 303:
        with lock:
            stats["errors"].append(f"judge {i}: sign-in {status}")
        start.wait()
        return
    _, panel, _ = s.request("GET", "/judge")
    mine = re.findall(rb'href="(/judge/projects/[0-9a-f-]{36})"', panel)
    token = s.csrf("/judge")
    rng = random.Random(i)
    start.wait()
    # People do not all click at the same instant: each judge starts within one pause.
    if args.think > 0:
        time.sleep(rng.uniform(0, args.think))
    while time.monotonic() < clock["until"]:
        # Next project: the redirect, then the scoring page.
        t0 = time.perf_counter()
        status, _, headers = s.request("GET", "/judge/next")
        where = headers.get("location", "/judge")
        if where == "/judge" and mine:
            where = rng.choice(mine).decode()
        status2, page, _ = s.request("GET", where)
        t1 = time.perf_counter()
        ok = status == 303 and status2 == 200
        mark = str(rng.randint(0, 10))
        status3, _, _ = s.post_form(
            f"{where}/score",
            {
                "csrf_token": token,
                "coolness": mark,
                "complexity": mark,
                "presentation": mark,
                "design": mark,
                "comment": "Load test.",
            },
        )
        t2 = time.perf_counter()
        if args.think > 0:
            time.sleep(rng.uniform(0.5, 1.5) * args.think)
        if time.monotonic() < clock["measure_from"]:
            continue  # warm-up: connections and their statement caches
        with lock:
            stats["next"].append(t1 - t0)
            stats["save"].append(t2 - t1)
            if not ok:
                stats["errors"].append(f"next {status}/{status2}")
            if status3 != 303:
                stats["errors"].append(f"save {status3}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--judges", type=int, default=64)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--password", default="showcase-demo-2026")
    ap.add_argument("--think", type=float, default=1.0)
    ap.add_argument("--warmup", type=float, default=5.0)
    args = ap.parse_args()
    stats = {"next": [], "save": [], "errors": []}
    lock = threading.Lock()
    start = threading.Barrier(args.judges + 1)
    clock = {"until": float("inf"), "measure_from": float("inf")}
    # Sign-ins first (argon2 is deliberately slow); the clock starts when all are in.
    threads = [
        threading.Thread(target=judge_loop, args=(args, i, clock, stats, lock, start))
        for i in range(args.judges)
    ]
    for t in threads:
        t.start()
    start.wait()
    began = time.monotonic()
    clock["measure_from"] = began + args.warmup
    clock["until"] = began + args.warmup + args.seconds
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began - args.warmup
    pause = f"pausing about {args.think:g} s between projects" if args.think > 0 else "never pausing"
    print(f"{args.judges} judges at once, {pause}, measured for {elapsed:.0f} s after a "
          f"{args.warmup:g} s warm-up; "
          f"{len(stats['save'])} scores saved ({len(stats['save']) / elapsed:.0f}/s)\n")
    print("| step | requests | p50 ms | p90 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for name, key in [("next project (redirect + page)", "next"), ("save score", "save")]:
        v = [x * 1000 for x in stats[key]]
        print(f"| {name} | {len(v)} | {percentile(v, 50):.1f} | {percentile(v, 90):.1f} | "
              f"{percentile(v, 99):.1f} | {max(v) if v else float('nan'):.1f} |")
    print(f"\nerrors: {len(stats['errors'])}" + (f" (first: {stats['errors'][:3]})" if stats["errors"] else ""))


if __name__ == "__main__":
    main()
