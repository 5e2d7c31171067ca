#!/usr/bin/env python3
"""orrery and CPython side by side on the bench/*.py workloads.

    bench/run.py --orrery build/orrery [--runs N] [WORKLOAD ...]

Each workload runs N times under each interpreter, alternating
(orrery, CPython, orrery, CPython, ...) so that a machine getting busier
or quieter affects both alike.  The table shows the median wall-clock
time of each, the ratio CPython time / orrery time (above 1 means orrery
is faster), and the peak resident set size of each process (the largest
over its runs, from wait4()).  A workload on which orrery crashes, times
out or prints something other than what CPython prints is shown as
"failed", and the next workload runs.  Only the standard library is used.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "bench")
WORKLOADS = ["fib.py", "loop.py", "sleep0.py"]
TIMEOUT = 300.0


def cpython_binary():
    """The real CPython executable ('python3' may be a slow pyenv shim)."""
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def measure(cmd):
    """Run cmd once from the repo root.

    Returns (seconds, peak RSS in KiB, exit status, stdout, stderr); the
    status is None if the process was killed after TIMEOUT seconds.
    wait4() gives the resource usage of exactly this child, so its
    ru_maxrss is this process's own peak, not the maximum of all children.
    """
    # A child forked from this Python process starts with Python's own
    # resident pages counted in its ru_maxrss; GNU time (package `time`)
    # is a small C parent, so the peak it reports (-f %M, KiB) is the
    # program's own.  Without it, fall back to wait4's figure.
    rss_file = tempfile.NamedTemporaryFile(delete=False) if GNU_TIME else None
    if rss_file is not None:
        rss_file.close()
        cmd = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + list(cmd)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        result = {}

        def reap():
            result["wait"] = os.wait4(proc.pid, 0)
            result["end"] = time.perf_counter()

        waiter = threading.Thread(target=reap)
        waiter.start()
        waiter.join(TIMEOUT)
        timed_out = waiter.is_alive()
        if timed_out:
            proc.kill()
            waiter.join()
        _, status, usage = result["wait"]
        proc.returncode = os.waitstatus_to_exitcode(status)   # Popen must not reap it again
        out.seek(0)
        err.seek(0)
        peak = usage.ru_maxrss
        if rss_file is not None:
            try:
                with open(rss_file.name) as f:
                    peak = int(f.read().split()[-1])
            except (OSError, ValueError, IndexError):
                pass
            os.unlink(rss_file.name)
        return (result["end"] - start, peak,
                None if timed_out else proc.returncode,
                out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def fmt_time(samples):
    return f"{statistics.median(samples):.3f}" if samples else "failed"


def fmt_rss(kib):
    return f"{kib / 1024:.1f} MB" if kib else "-"


def main():
    ap = argparse.ArgumentParser(description="Benchmark orrery against CPython.")
    ap.add_argument("--orrery", metavar="BIN", help="the orrery binary (omit to time CPython only)")
    ap.add_argument("--runs", type=int, default=3, metavar="N", help="runs per interpreter (default 3)")
    ap.add_argument("workloads", nargs="*", metavar="WORKLOAD",
                    help="bench files to run (default: " + " ".join(WORKLOADS) + ")")
    opts = ap.parse_args()
    if opts.runs < 1:
        ap.error("--runs must be at least 1")

    cpython = cpython_binary()
    orrery = os.path.abspath(opts.orrery) if opts.orrery else None
    workloads = opts.workloads or WORKLOADS

    header = f"{'workload':<12} {'orrery s':>10} {'CPython s':>10} {'ratio':>8} {'orrery RSS':>11} {'CPython RSS':>12}"
    print(f"median of {opts.runs} run(s); ratio = CPython time / orrery time (> 1: orrery is faster)")
    print(header)
    print("-" * len(header))
    any_failed = False
    for name in workloads:
        path = os.path.relpath(os.path.join(BENCH_DIR, os.path.basename(name)), ROOT)
        if not os.path.exists(os.path.join(ROOT, path)):
            print(f"{name:<12} no such workload")
            any_failed = True
            continue
        ours, theirs = [], []
        our_rss = their_rss = 0
        failure = None
        expected = None
        for _ in range(opts.runs):
            t, rss, status, out, err = measure([cpython, path])
            if status != 0:
                sys.exit(f"bench/run.py: CPython failed on {path}: {err.strip().splitlines()[-1:]}")
            theirs.append(t)
            their_rss = max(their_rss, rss)
            expected = out
            if orrery and failure is None:
                t, rss, status, out, err = measure([orrery, path])
                if status is None:
                    failure = f"timed out after {TIMEOUT:g} s"
                elif status != 0:
                    lines = err.strip().splitlines()
                    failure = f"exit {status}: {lines[-1] if lines else ''}"
                elif out != expected:
                    failure = f"printed {out.strip()[:40]!r}, CPython printed {expected.strip()[:40]!r}"
                else:
                    ours.append(t)
                    our_rss = max(our_rss, rss)
        if orrery and failure is None:
            ratio = f"{statistics.median(theirs) / statistics.median(ours):.2f}x"
            our_time, our_mem = fmt_time(ours), fmt_rss(our_rss)
        else:
            ratio = "-"
            our_time = "failed" if orrery else "-"
            our_mem = "-"
        print(f"{name:<12} {our_time:>10} {fmt_time(theirs):>10} {ratio:>8} {our_mem:>11} {fmt_rss(their_rss):>12}")
        if failure:
            any_failed = True
            print(f"{'':<12} orrery failed: {failure}")
        sys.stdout.flush()
    return 1 if any_failed else 0


if __name__ == "__main__":
    sys.exit(main())
