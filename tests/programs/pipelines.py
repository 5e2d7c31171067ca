# Generator pipelines processing a web-server log embedded in the program.
LOG = """\
10.0.0.1 - GET /index.html 200 5120
10.0.0.2 - GET /about.html 200 2048
10.0.0.1 - POST /login 302 512
10.0.0.3 - GET /missing 404 128
# maintenance window
10.0.0.2 - GET /index.html 200 5120
10.0.0.4 - GET /big.iso 200 734003200
10.0.0.3 - GET /admin 403 256
garbage line
10.0.0.1 - GET /index.html 304 0
10.0.0.5 - DELETE /index.html 405 64"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def skip_comments(lines):
    for n, line in lines:
        if line.strip() and not line.startswith("#"):
            yield n, line


def parse(lines):
    for n, line in lines:
        parts = line.split()
        if len(parts) != 6:
            print(f"  (skipping malformed line {n})")
            continue
        ip, _, method, path, status, size = parts
        yield {"line": n, "ip": ip, "method": method, "path": path,
               "status": int(status), "size": int(size)}


def where(records, pred):
    for r in records:
        if pred(r):
            yield r


def take(records, n):
    for i, r in enumerate(records):
        if i >= n:
            return
        yield r


def pipeline():
    return parse(skip_comments(read_lines(LOG)))


print("all requests:")
for r in pipeline():
    print(f"  {r['line']:2} {r['ip']:<9} {r['method']:<6} {r['path']:<12} {r['status']}")

print("errors:")
for r in where(pipeline(), lambda r: r["status"] >= 400):
    print("  ", r["status"], r["path"])

print("first two GETs:", [r["path"] for r in take(where(pipeline(), lambda r: r["method"] == "GET"), 2)])

total = sum(r["size"] for r in pipeline())
print(f"bytes served: {total:,}")
print(f"in MiB: {total / 2 ** 20:.2f}")

by_ip = {}
for r in pipeline():
    by_ip.setdefault(r["ip"], []).append(r["status"])
for ip in sorted(by_ip):
    print(ip, by_ip[ip])


def running_stats(records):
    count = 0
    biggest = None
    while True:
        try:
            r = next(records)
        except StopIteration:
            return count, biggest
        count += 1
        if biggest is None or r["size"] > biggest["size"]:
            biggest = r
        yield count


def summarize():
    result = yield from running_stats(pipeline())
    print("summary:", result[0], "records, biggest", result[1]["path"])


print("counts:", list(summarize()))
