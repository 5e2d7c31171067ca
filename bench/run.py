#!/usr/bin/env python3
"""orrery and CPython side by side on the bench/*.py workloads.

    bench/run.py --orrery build/orrery [--runs N] [WORKLOAD ...]

Each workload runs once under each interpreter as a warm-up (that run also
checks that orrery prints exactly what CPython prints), then N times under
each, alternating (orrery, CPython, orrery, CPython, ...) so that a machine
getting busier or quieter affects both alike.  The table shows the median
CPU time (user + system, from wait4) of each, the ratio CPython time /
orrery time (above 1 means orrery is faster), the same ratio for
wall-clock time, and the median peak resident set size of each process.
CPU time is the headline because the machine may be shared: waiting for a
core shows in wall-clock time, not in CPU time.  A workload on which orrery
crashes, times out or prints something other than what CPython prints is
shown as "failed", and the next workload runs.  Only the standard library
is used.

Two workloads are special:
  startup  `-c pass`, timed over STARTUP_RUNS alternating runs in wall-clock
           time (CPU time is counted in scheduler ticks, too coarse for
           milliseconds); it includes fork and exec, the same for both.
  spawn    also runs `spawn.py 0` to measure the footprint with no tasks,
           and prints bytes per suspended task =
           (peak RSS - peak RSS with 0 tasks) / SPAWN_TASKS.
"""

import argparse
import collections
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "bench")
WORKLOADS = ["fib", "loop", "gen", "chain", "sleep0", "spawn", "queue", "startup"]
TIMEOUT = 300.0
STARTUP_RUNS = 200
SPAWN_TASKS = 100000      # spawn.py's default task count


def cpython_binary():
    """The real CPython executable ('python3' may be a slow pyenv shim)."""
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


Run = collections.namedtuple("Run", "wall cpu rss status out err")


def measure(cmd, wrap=True):
    """Run cmd once from the repo root and return a Run.

    wall: elapsed seconds; cpu: the child's user + system seconds (wait4);
    rss: its peak resident set in KiB; status: its exit status, None if it
    was killed after TIMEOUT seconds; out, err: what it printed.
    """
    # A child forked from this Python process starts with Python's own
    # resident pages counted in its ru_maxrss; GNU time (package `time`)
    # is a small C parent, so the peak it reports (-f %M, KiB) is the
    # program's own.  Without it (or with wrap=False, for startup, where
    # time's own exec would count), wait4's figure is used.
    rss_file = tempfile.NamedTemporaryFile(delete=False) if GNU_TIME and wrap else None
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
        return Run(result["end"] - start, usage.ru_utime + usage.ru_stime, peak,
                   None if timed_out else proc.returncode,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def fmt_rss(kib):
    return f"{kib / 1024:.1f} MB" if kib else "-"


def workload_args(name):
    """The command-line arguments after the interpreter for a workload."""
    if name == "startup":
        return ["-c", "pass"]
    return [os.path.relpath(os.path.join(BENCH_DIR, name + ".py"), ROOT)]


def describe_failure(run, expected):
    """Why an orrery run does not count, or None if it is good."""
    if run.status is None:
        return f"timed out after {TIMEOUT:g} s"
    if run.status != 0:
        lines = run.err.strip().splitlines()
        return f"exit {run.status}: {lines[-1] if lines else ''}"
    if run.out != expected:
        return f"printed {run.out.strip()[:40]!r}, CPython printed {expected.strip()[:40]!r}"
    return None


def run_pair(cpython, orrery, args, runs, wrap=True):
    """Warm up, then run args under both interpreters `runs` times, alternating.

    Returns (orrery's Runs, CPython's Runs, failure message or None).
    CPython's warm-up output is the expected output of every orrery run.
    """
    first = measure([cpython] + args, wrap)
    if first.status != 0:
        sys.exit(f"bench/run.py: CPython failed on {args}: {first.err.strip().splitlines()[-1:]}")
    expected = first.out
    failure = describe_failure(measure([orrery] + args, wrap), expected) if orrery else None
    ours, theirs = [], []
    for _ in range(runs):
        run = measure([cpython] + args, wrap)
        if run.status != 0:
            sys.exit(f"bench/run.py: CPython failed on {args}")
        theirs.append(run)
        if orrery and failure is None:
            run = measure([orrery] + args, wrap)
            failure = describe_failure(run, expected)
            if failure is None:
                ours.append(run)
    return ours, theirs, failure


def median(runs, field):
    return statistics.median(getattr(r, field) for r in runs)


def main():
    ap = argparse.ArgumentParser(description="Benchmark orrery against CPython.")
    ap.add_argument("--orrery", metavar="BIN", help="the orrery binary (omit to time CPython only)")
    ap.add_argument("--runs", type=int, default=5, metavar="N", help="runs per interpreter (default 5)")
    ap.add_argument("workloads", nargs="*", metavar="WORKLOAD",
                    help="workloads to run (default: " + " ".join(WORKLOADS) + ")")
    opts = ap.parse_args()
    if opts.runs < 1:
        ap.error("--runs must be at least 1")

    cpython = cpython_binary()
    orrery = os.path.abspath(opts.orrery) if opts.orrery else None
    workloads = [os.path.basename(w).removesuffix(".py") for w in opts.workloads] or WORKLOADS

    print(f"CPython: {cpython}")
    print(f"median of {opts.runs} runs after a warm-up ({STARTUP_RUNS} for startup), alternating.")
    print("time: CPU seconds (user + system) of the process; startup: wall-clock ms per run,")
    print("fork and exec included.  ratio = CPython / orrery (> 1: orrery is faster);")
    print("wall = the same ratio for wall-clock time.  RSS: median peak resident set.")
    header = (f"{'workload':<10} {'orrery':>9} {'CPython':>9} {'ratio':>7} {'wall':>7} "
              f"{'orrery RSS':>11} {'CPython RSS':>12}")
    print(header)
    print("-" * len(header))
    any_failed = False
    notes = []
    for name in workloads:
        args = workload_args(name)
        if name != "startup" and not os.path.exists(os.path.join(ROOT, args[0])):
            print(f"{name:<10} no such workload")
            any_failed = True
            continue
        startup = name == "startup"
        runs = STARTUP_RUNS if startup else opts.runs
        ours, theirs, failure = run_pair(cpython, orrery, args, runs, wrap=not startup)
        field = "wall" if startup else "cpu"

        def fmt(t):
            return f"{t * 1000:.2f}ms" if startup else f"{t:.3f}"

        their_time = fmt(median(theirs, field))
        if orrery and failure is None:
            our_time = fmt(median(ours, field))
            ratio = f"{median(theirs, field) / median(ours, field):.2f}x"
            wall = f"{median(theirs, 'wall') / median(ours, 'wall'):.2f}x"
            our_mem = fmt_rss(median(ours, "rss"))
        else:
            our_time = "failed" if orrery else "-"
            ratio = wall = our_mem = "-"
        their_mem = fmt_rss(median(theirs, "rss"))
        if startup:   # wait4's peak after a fork from this Python is not the program's
            our_mem = fmt_rss(measure([orrery] + args).rss) if orrery and failure is None else our_mem
            their_mem = fmt_rss(measure([cpython] + args).rss)
        print(f"{name:<10} {our_time:>9} {their_time:>9} {ratio:>7} {wall:>7} {our_mem:>11} {their_mem:>12}")
        if failure:
            any_failed = True
            print(f"{'':<10} orrery failed: {failure}")
        elif name == "spawn":
            # The same script with no tasks: the interpreter's own footprint.
            ours0, theirs0, failure = run_pair(cpython, orrery, args + ["0"], opts.runs)
            if failure:
                any_failed = True
                print(f"{'':<10} orrery failed on spawn 0: {failure}")
            else:
                def per_task(runs, runs0):
                    return (median(runs, "rss") - median(runs0, "rss")) * 1024 / SPAWN_TASKS
                theirs_b = per_task(theirs, theirs0)
                line = f"spawn: bytes per suspended task: CPython {theirs_b:.0f}"
                if orrery:
                    ours_b = per_task(ours, ours0)
                    line += (f", orrery {ours_b:.0f} ({ours_b / theirs_b:.2f} of CPython's); "
                             f"peak RSS with 0 tasks: orrery {fmt_rss(median(ours0, 'rss'))}, "
                             f"CPython {fmt_rss(median(theirs0, 'rss'))}")
                notes.append(line)
        sys.stdout.flush()
    for line in notes:
        print(line)
    return 1 if any_failed else 0


if __name__ == "__main__":
    sys.exit(main())
