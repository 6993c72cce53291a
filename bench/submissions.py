#!/usr/bin/env python3
"""Submission load benchmark (not a test): N concurrent creators each sign in, start a
project, submit it complete and upload a ~1 MB image, against a running server.

Reports accepted submissions per second, p50/p99 latency of the submit+upload pair, and
how long the image jobs take to drain afterwards. Only the standard library is used.

    python3 bench/submissions.py --server http://127.0.0.1:8080 --creators 64 \
        --database-url postgres://...   (to watch the job queue drain)

`make bench-submissions` builds a release server on a throwaway database and runs it.
"""
import argparse
import concurrent.futures
import http.cookiejar
import os
import re
import statistics
import struct
import subprocess
import time
import urllib.parse
import urllib.request
import zlib

PASSWORD = "showcase-demo-2026"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def noise_png(width=600, height=580):
    """A PNG of random pixels: incompressible, so about 1 MB."""
    raw = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def request(self, method, path, data=None, headers=None):
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as res:
                return res.status, res.headers, res.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields):
        body = urllib.parse.urlencode(fields).encode()
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def multipart(self, path, fields, filename, content):
        boundary = "----bench" + os.urandom(8).hex()
        parts = []
        for k, v in fields:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="image"; filename="{filename}"\r\n'
            f"Content-Type: image/png\r\n\r\n".encode() + content + b"\r\n"
        )
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"})


def one_creator(base, i, image):
    b = Browser(base)
    _, _, page = b.get("/sign-in")
    status, _, _ = b.post("/sign-in", [("csrf_token", CSRF.search(page).group(1)), ("email", f"bench-{i}@bench.showcase.test"), ("password", PASSWORD), ("next", "")])
    assert status == 303, f"sign-in {i}: {status}"
    _, _, page = b.get("/projects")
    token = CSRF.search(page).group(1)
    creator = re.search(r'<option value="([0-9a-f-]{36})"', page).group(1)
    status, headers, _ = b.post("/projects", [("csrf_token", token), ("creator_id", creator)])
    assert status == 303, f"start {i}: {status}"
    project = headers["Location"]
    form = [
        ("csrf_token", token), ("title", f"Bench project {i}"), ("short_description", "A project made for the benchmark."),
        ("category", "web"), ("language", "en"), ("project_url", f"https://github.com/bench/project-{i}"),
        ("video_url", ""), ("why_made", "To measure the platform."), ("difficulties", "Nothing, it is a benchmark."),
        ("next_steps", "More benchmarks."), ("community", ""), ("action", "submit"),
    ]
    started = time.perf_counter()
    status, _, _ = b.post(project, form)
    assert status == 303, f"submit {i}: {status}"
    status, _, body = b.multipart(project + "/images", [("csrf_token", token), ("alt_text", "Noise"), ("shows_person", "")], "noise.png", image)
    assert status == 303, f"upload {i}: {status} {body[:200]}"
    return time.perf_counter() - started


def outstanding_jobs(database_url):
    out = subprocess.run(["psql", database_url, "-tAc", "SELECT count(*) FROM jobs WHERE status IN ('pending','running')"], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", default="http://127.0.0.1:8080")
    ap.add_argument("--creators", type=int, default=64)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    args = ap.parse_args()
    image = noise_png()
    print(f"image: {len(image) / 1e6:.2f} MB PNG; {args.creators} creators, {args.concurrency} at a time")
    began = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        latencies = sorted(pool.map(lambda i: one_creator(args.server, i, image), range(args.creators)))
    elapsed = time.perf_counter() - began
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
    print(f"accepted submissions: {len(latencies)} in {elapsed:.1f} s = {len(latencies) / elapsed:.1f}/s (whole flow incl. sign-in)")
    print(f"submit+upload latency: p50 {p(0.50) * 1000:.0f} ms, p99 {p(0.99) * 1000:.0f} ms, mean {statistics.mean(latencies) * 1000:.0f} ms")
    if args.database_url:
        drain_started = time.perf_counter()
        while outstanding_jobs(args.database_url) > 0:
            time.sleep(0.2)
        print(f"thumbnail jobs drained {time.perf_counter() - drain_started:.1f} s after the last upload")


if __name__ == "__main__":
    main()
