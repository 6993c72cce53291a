#!/usr/bin/env python3
"""Figures for the trust fixes (issue 10), against a running server.

1. Account enumeration by timing: POST /password/forgot and /sign-in/link for an address
   with an account and one without, interleaved, N times each; median and p90 latency.
2. Image limits: the time to refuse an 8000 x 8000 PNG (a few hundred kB) at upload, and
   the time and the server's peak memory to process an allowed 6000 x 4000 photo.

Prints a Markdown report. Standard library only (plus Pillow-free PNG writing).
"""
import argparse, http.client, re, statistics, struct, sys, time, urllib.parse, zlib


class Session:
    def __init__(self, host, port):
        self.conn = http.client.HTTPConnection(host, port, timeout=60)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self.conn.request(method, path, body=body, headers=h)
        res = self.conn.getresponse()
        data = res.read()
        for k, v in res.getheaders():
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return res.status, data, dict((k.lower(), v) for k, v in res.getheaders())

    def csrf(self, path="/sign-in"):
        _, body, _ = self.request("GET", path)
        m = re.search(rb'name="csrf_token" value="([^"]+)"', body)
        return m.group(1).decode()

    def post_form(self, path, fields):
        body = urllib.parse.urlencode(fields)
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})


def png(w, h, rgb=False):
    """A real PNG of one colour (compresses to almost nothing)."""
    channels = 3 if rgb else 1
    raw = (b"\x00" + b"\x80" * (w * channels)) * h
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2 if rgb else 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def multipart(fields, file_field, filename, data):
    boundary = "----bench" + str(time.time_ns())
    out = []
    for k, v in fields:
        out.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode())
    out.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{file_field}\"; filename=\"{filename}\"\r\nContent-Type: image/png\r\n\r\n".encode())
    out.append(data)
    out.append(f"\r\n--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def rss_kib(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--known", required=True)
    ap.add_argument("--adult", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("-n", type=int, default=400)
    args = ap.parse_args()
    out = []

    # 1. Enumeration by timing.
    s = Session("127.0.0.1", args.port)
    token = s.csrf()
    out.append("## Reset and sign-in-link requests: known vs unknown address\n")
    out.append(f"{args.n} requests each, interleaved, one connection, sequential.\n")
    out.append("| route | address | median ms | p90 ms |\n| --- | --- | ---: | ---: |")
    for path in ["/password/forgot", "/sign-in/link"]:
        times = {"known": [], "unknown": []}
        for i in range(args.n):
            for who in ("known", "unknown"):
                email = args.known if who == "known" else f"nobody-{i}@example.org"
                t = time.perf_counter()
                status, _, _ = s.post_form(path, {"csrf_token": token, "email": email})
                times[who].append((time.perf_counter() - t) * 1000)
                if status != 200:
                    sys.exit(f"{path} {who}: status {status}")
        for who in ("known", "unknown"):
            out.append(f"| `{path}` | {who} | {statistics.median(times[who]):.2f} | {pct(times[who], 90):.2f} |")
    out.append("")

    # 2. Image limits.
    a = Session("127.0.0.1", args.port)
    token = a.csrf()
    status, _, h = a.post_form("/sign-in", {"csrf_token": token, "email": args.adult, "password": args.password, "next": ""})
    if status != 303:
        sys.exit(f"adult sign-in: {status}")
    _, body, _ = a.request("GET", "/projects")
    creator = re.search(rb'name="creator_id"[^>]*>.*?<option value="([0-9a-f-]{36})"', body, re.S)
    if not creator:
        sys.exit("no creator profile to start a project with")
    status, _, h = a.post_form("/projects", {"csrf_token": a.csrf("/projects"), "creator_id": creator.group(1).decode()})
    project = h["location"].rsplit("/", 1)[-1]
    out.append("## Image uploads\n")
    out.append("| upload | bytes | answer | ms |\n| --- | ---: | --- | ---: |")
    for label, data in [("8000 × 8000 PNG (64 megapixels)", png(8000, 8000)), ("6000 × 4000 PNG (24 megapixels)", png(6000, 4000, rgb=True))]:
        body, ctype = multipart([("csrf_token", a.csrf(f"/projects/{project}")), ("alt_text", "bench")], "image", "b.png", data)
        t = time.perf_counter()
        status, _, _ = a.request("POST", f"/projects/{project}/images", body, {"Content-Type": ctype})
        out.append(f"| {label} | {len(data):,} | {status} | {(time.perf_counter() - t) * 1000:.0f} |")
    before = rss_kib(args.pid, "VmRSS")
    t = time.perf_counter()
    while True:
        _, page, _ = a.request("GET", f"/projects/{project}")
        # The thumbnail appears on the team's page once the worker has made it.
        if re.search(rb'/projects/[0-9a-f-]{36}/images/[0-9a-f-]{36}/480', page):
            break
        if time.perf_counter() - t > 300:
            sys.exit("the image was not processed within 300 s")
        time.sleep(0.05)
    out.append("")
    out.append(f"The allowed image was processed by the image worker in {time.perf_counter() - t:.1f} s "
               f"(polled); server RSS before {before / 1024:.0f} MiB, peak of the process so far "
               f"{rss_kib(args.pid, 'VmHWM') / 1024:.0f} MiB.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
