#!/usr/bin/env python3
"""orrery test runner.

Runs every tests/<area>/<case>.py (and examples/*.py) under orrery or under
CPython and checks the expectations written in the test itself.  The format
is described in docs/testing.md; in short:

    # expect: text                  next line of stdout ("# expect:" alone = "")
    # expect runtime error: T: msg  exit 1, last stderr line is "T: msg"
    # expect error: T: msg          compile error: exit 1, no stdout, last
                                    stderr line is "T: msg"
    # expect error line: N          stderr mentions "line N"
    # stdin: text                   a line fed to stdin
    # args: a b                     extra argv (shell-style quoting)
    # exit: N                       expected exit status
    # ignore-line: REGEX            drop matching lines (stdout and stderr,
                                    actual and expected)
    # normalize-addresses           0x1f2e3d -> 0x... on both sides
    # orrery-only: reason           not run under CPython
    # orrery-flags: --virtual-clock flags given to orrery before the file
    # skip: reason                  not run at all
    # no-valgrind: reason           not run under make valgrind-test
    # sigint: SECONDS               send SIGINT that long after the first
                                    line of stdout (Ctrl-C tests)

    case.out  (or case.exp)         the whole expected stdout
    case.err                        the whole expected stderr

Two more kinds of test drive the REPL (docs/testing.md, "REPL tests"):

    tests/repl/NAME.txt             a transcript: ">>> "/"... " lines are input,
                                    every other line expected output (stdout
                                    and stderr merged); "# " header lines at the
                                    top are directives (# cpython, # args:,
                                    # orrery-flags:, # normalize-addresses,
                                    # ignore-line:, # exit:, # skip:)
    tests/pty/NAME.exp              an expect script run in a pseudo-terminal
                                    ($ORRERY = the binary, $HOME = a fresh
                                    temporary folder); passes if it exits 0

Expectations are CPython's truth: `--cpython` checks that CPython 3.11
satisfies every one of them, and `--update-from-cpython FILE` writes the
.out/.err siblings from what CPython prints.  Only the standard library is
used.

Usage:
    tests/run.py --orrery BUILD/orrery [-j N] [-v] [PATH ...]
    tests/run.py --cpython [-j N] [-v] [PATH ...]
    tests/run.py --update-from-cpython FILE [FILE ...]
    tests/run.py --print-expect FILE      print CPython's output as directives
"""

import argparse
import concurrent.futures
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEST_DIR = os.path.join(ROOT, "tests")
EXAMPLE_DIR = os.path.join(ROOT, "examples")
# make valgrind-test sets ORRERY_VALGRIND=1: tests marked "# no-valgrind:"
# (and the expect scripts) are skipped.
UNDER_VALGRIND = os.environ.get("ORRERY_VALGRIND") == "1"
TIMEOUT = float(os.environ.get("ORRERY_TEST_TIMEOUT", "10"))   # per test (make valgrind-test raises it)
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")

# One directive per comment; the comment may stand alone or follow code.
DIRECTIVE = re.compile(
    r"#\s*(expect runtime error|expect error line|expect error|expect|stdin|args|exit"
    r"|ignore-line|normalize-addresses|orrery-only|orrery-flags|skip|no-valgrind|sigint)\b(:?)(.*)$")


# ---------------------------------------------------------------- CPython --

_cpython = None


def cpython_binary():
    """The real CPython executable, resolved once.

    'python3' can be a slow pyenv shim that re-resolves the interpreter on
    every start, so ask it once where the real binary is and use that.
    """
    global _cpython
    if _cpython is None:
        out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, check=True)
        _cpython = out.stdout.strip()
    return _cpython


# ------------------------------------------------------------ test files --

class Test:
    """One test file and the expectations read from it."""

    def __init__(self, path):
        self.path = path                          # absolute
        self.rel = os.path.relpath(path, ROOT)    # what both interpreters get
        self.is_example = os.path.dirname(path) == EXAMPLE_DIR
        self.expect = []          # expected stdout lines (inline)
        self.runtime_error = None
        self.compile_error = None
        self.error_line = None
        self.stdin = []
        self.args = []
        self.exit = None
        self.ignore = []          # compiled regexes
        self.normalize = False
        self.orrery_only = None
        self.orrery_flags = []
        self.skip = None
        self.no_valgrind = None
        self.sigint = None        # seconds after the first stdout line
        self.problems = []        # malformed directives
        base = os.path.splitext(path)[0]
        self.out_file = next((base + ext for ext in (".out", ".exp")
                              if os.path.exists(base + ext)), None)
        self.err_file = base + ".err" if os.path.exists(base + ".err") else None
        self._parse()

    def _comments(self, source):
        """Yield (line number, comment text) for every comment.

        The tokenizer tells comments from '#' inside strings; tests of
        syntax errors cannot be tokenized, so they fall back to a plain
        scan where a directive must start its line or follow a space.
        """
        try:
            toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
            for tok in toks:
                if tok.type == tokenize.COMMENT:
                    yield tok.start[0], tok.string
            return
        except (tokenize.TokenError, SyntaxError, IndentationError):
            pass
        for n, line in enumerate(source.split("\n"), 1):
            m = re.search(r"(?:^|\s)(#.*)$", line)
            if m:
                yield n, m.group(1)

    def _parse(self):
        with open(self.path, encoding="utf-8") as f:
            source = f.read()
        for n, comment in self._comments(source):
            m = DIRECTIVE.match(comment)
            if not m:
                continue
            name, colon, rest = m.group(1), m.group(2), m.group(3)
            if name != "normalize-addresses" and not colon:
                continue      # "# expected ..." or prose, not a directive
            value = rest[1:] if rest.startswith(" ") else rest
            if name == "expect":
                self.expect.append(value)
            elif name == "expect runtime error":
                self.runtime_error = value.strip()
            elif name == "expect error":
                self.compile_error = value.strip()
            elif name == "expect error line":
                try:
                    self.error_line = int(value)
                except ValueError:
                    self.problems.append(f"line {n}: bad error line {value!r}")
            elif name == "stdin":
                self.stdin.append(value)
            elif name == "args":
                self.args.extend(shlex.split(value))
            elif name == "exit":
                try:
                    self.exit = int(value)
                except ValueError:
                    self.problems.append(f"line {n}: bad exit status {value!r}")
            elif name == "ignore-line":
                try:
                    self.ignore.append(re.compile(value.strip()))
                except re.error as e:
                    self.problems.append(f"line {n}: bad regex: {e}")
            elif name == "normalize-addresses":
                self.normalize = True
            elif name == "orrery-only":
                self.orrery_only = value.strip() or "orrery-only"
            elif name == "orrery-flags":
                self.orrery_flags.extend(shlex.split(value))
            elif name == "skip":
                self.skip = value.strip() or "skipped"
            elif name == "no-valgrind":
                self.no_valgrind = value.strip() or "not under valgrind"
            elif name == "sigint":
                try:
                    self.sigint = float(value)
                except ValueError:
                    self.problems.append(f"line {n}: bad sigint delay {value!r}")
        if self.runtime_error and self.compile_error:
            self.problems.append("both 'expect error' and 'expect runtime error'")

    # -- what the run must look like --

    def expected_exit(self):
        if self.exit is not None:
            return self.exit
        if self.runtime_error is not None or self.compile_error is not None:
            return 1
        return 0

    def expected_stdout(self):
        if self.out_file:
            with open(self.out_file, encoding="utf-8", newline="") as f:
                return f.read()
        if self.compile_error is not None:
            return ""
        return "".join(line + "\n" for line in self.expect)

    def expected_stderr(self):
        """The whole expected stderr, or None when only its end is checked."""
        if self.err_file:
            with open(self.err_file, encoding="utf-8", newline="") as f:
                return f.read()
        return None

    def stdin_text(self):
        return "".join(line + "\n" for line in self.stdin)


# ------------------------------------------------------------- running --

def run_process(cmd, stdin_text, sigint=None):
    """Run cmd from the repo root; return (status, stdout, stderr) or a
    string describing why it did not finish.  With [sigint] (seconds), send
    SIGINT that long after the first line of stdout (SIGINT is restored to
    its default in the child, which may have inherited it ignored)."""
    env = dict(os.environ)
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0")
    for var in ("PYTHONWARNINGS", "PYTHONSTARTUP", "PYTHONPATH", "PYTHONASYNCIODEBUG",
                "PYTHONDEVMODE", "PYTHONTRACEMALLOC"):
        env.pop(var, None)
    if sigint is not None:
        return run_with_sigint(cmd, stdin_text, sigint, env)
    try:
        p = subprocess.run(cmd, cwd=ROOT, input=stdin_text.encode("utf-8"),
                           capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return f"timed out after {TIMEOUT:g} s"
    except OSError as e:
        return f"cannot run {cmd[0]}: {e}"
    out = p.stdout.decode("utf-8", errors="backslashreplace")
    err = p.stderr.decode("utf-8", errors="backslashreplace")
    return p.returncode, out, err


def run_with_sigint(cmd, stdin_text, delay, env):
    import signal
    import time
    try:
        p = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    except OSError as e:
        return f"cannot run {cmd[0]}: {e}"
    p.stdin.write(stdin_text.encode("utf-8"))
    p.stdin.close()
    p.stdin = None
    first = p.stdout.readline()       # the program says it is ready
    time.sleep(delay)
    if p.poll() is None:
        p.send_signal(signal.SIGINT)
    try:
        rest, err = p.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return f"timed out after {TIMEOUT:g} s (after SIGINT)"
    out = (first + rest).decode("utf-8", errors="backslashreplace")
    return p.returncode, out, err.decode("utf-8", errors="backslashreplace")


ASAN_ALLOC_WARNING = re.compile(r"^==\d+==WARNING: AddressSanitizer failed to allocate 0x[0-9a-f]+ bytes\n",
                                re.MULTILINE)


def normalize(test, text):
    """Apply the test's normalisations to one whole output text.

    CPython prints absolute script paths in tracebacks ('File "/.../tests/x.py"')
    although it was given a relative one; drop the repo root so either form
    matches the relative path.
    """
    text = text.replace(ROOT + os.sep, "")
    # ASan (make SANITIZE=1) notes each allocation it refuses before the
    # program's MemoryError; that line is the sanitizer's, not the program's.
    text = ASAN_ALLOC_WARNING.sub("", text)
    if test.normalize:
        text = ADDRESS.sub("0x...", text)
    if test.ignore:
        lines = text.split("\n")
        text = "\n".join(l for l in lines if not any(r.search(l) for r in test.ignore))
    return text


def first_difference(what, expected, actual):
    """One short line: the first line where the two texts differ."""
    exp = expected.split("\n")
    act = actual.split("\n")
    for i in range(max(len(exp), len(act))):
        e = exp[i] if i < len(exp) else None
        a = act[i] if i < len(act) else None
        if e != a:
            if e is None:
                return f"{what} line {i + 1}: expected nothing more, got {a!r}"
            if a is None:
                return f"{what} line {i + 1}: expected {e!r}, got end of output"
            return f"{what} line {i + 1}: expected {e!r}, got {a!r}"
    return f"{what} differs"


def last_line(text):
    lines = text.rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def check(test, result):
    """Compare one finished run with the test; return a list of failures."""
    if isinstance(result, str):
        return [result]
    status, out, err = result
    out = normalize(test, out)
    err = normalize(test, err)
    failures = []

    want_out = normalize(test, test.expected_stdout())
    if out != want_out:
        failures.append(first_difference("stdout", want_out, out))

    if status < 0 and status != test.exit:
        failures.insert(0, f"killed by signal {-status}: {last_line(err)!r}")
    elif status != test.expected_exit():
        failures.append(f"exit status: expected {test.expected_exit()}, got {status}")

    message = test.runtime_error if test.runtime_error is not None else test.compile_error
    if message is not None and last_line(err) != message:
        failures.append(f"stderr last line: expected {message!r}, got {last_line(err)!r}")
    want_err = test.expected_stderr()
    if want_err is not None:
        want_err = normalize(test, want_err)
        if err != want_err:
            failures.append(first_difference("stderr", want_err, err))
    elif message is None and err and test.exit is None:
        failures.append(f"unexpected stderr: {last_line(err)!r}")
    if test.error_line is not None and not re.search(rf"\bline {test.error_line}\b", err):
        failures.append(f"stderr does not mention 'line {test.error_line}'")
    return failures


def command(test, mode, binary):
    if mode == "cpython":
        return [binary, test.rel] + test.args
    return [binary] + test.orrery_flags + [test.rel] + test.args


def run_one(test, mode, binary):
    """Run one test; return ('pass'|'fail'|'skip', message lines)."""
    if UNDER_VALGRIND and getattr(test, "no_valgrind", None):
        return "skip", [test.no_valgrind]
    if isinstance(test, Transcript):
        return run_transcript(test, mode, binary)
    if isinstance(test, PtyTest):
        return run_pty(test, mode, binary)
    if test.problems:
        return "fail", test.problems
    if test.skip:
        return "skip", [test.skip]
    if mode == "cpython" and test.orrery_only:
        return "skip", [test.orrery_only]

    if test.is_example:
        return run_example(test, mode, binary)

    result = run_process(command(test, mode, binary), test.stdin_text(), test.sigint)
    failures = check(test, result)
    return ("fail", failures) if failures else ("pass", [])


def run_example(test, mode, binary):
    """examples/*.py carry no expectations: they must print what CPython
    prints.  Under --cpython they are run twice and must be deterministic,
    exit 0 and leave stderr empty."""
    oracle = run_process([cpython_binary(), test.rel] + test.args, test.stdin_text())
    if isinstance(oracle, str):
        return "fail", ["CPython: " + oracle]
    if mode == "cpython":
        again = run_process([cpython_binary(), test.rel] + test.args, test.stdin_text())
        if isinstance(again, str):
            return "fail", ["CPython: " + again]
        failures = []
        if oracle[0] != 0:
            failures.append(f"exit status {oracle[0]}: {last_line(oracle[2])!r}")
        elif oracle[2]:
            failures.append(f"unexpected stderr: {last_line(oracle[2])!r}")
        a, b = normalize(test, oracle[1]), normalize(test, again[1])
        if a != b:
            failures.append("not deterministic: " + first_difference("stdout", a, b))
        return ("fail", failures) if failures else ("pass", [])
    status, out, err = oracle
    result = run_process(command(test, mode, binary), test.stdin_text())
    if isinstance(result, str):
        return "fail", [result]
    failures = []
    if normalize(test, result[1]) != normalize(test, out):
        failures.append(first_difference("stdout", normalize(test, out),
                                          normalize(test, result[1])))
    if normalize(test, result[2]) != normalize(test, err):
        failures.append(first_difference("stderr", normalize(test, err),
                                         normalize(test, result[2])))
    if result[0] != status:
        failures.append(f"exit status: expected {status}, got {result[0]}")
    return ("fail", failures) if failures else ("pass", [])


# ------------------------------------------------------ REPL transcripts --

REPL_DIR = os.path.join(TEST_DIR, "repl")
PTY_DIR = os.path.join(TEST_DIR, "pty")
# Documentation whose pycon blocks form a REPL session that must run as shown.
DOC_TRANSCRIPTS = [os.path.join(ROOT, "docs", "repl.md")]
PTY_TIMEOUT = 30.0
# The hidden option that makes orrery's REPL, reading a pipe, show each
# prompt and the line it read as a terminal would (and no banner).
ECHO_OPTION = "--echo-input"
PROMPT = re.compile(r"^(?:>>>|\.\.\.)(?: |$)")
TRANSCRIPT_DIRECTIVE = re.compile(
    r"#\s*(cpython|asyncio-repl|normalize-addresses|orrery-flags|args|ignore-line|exit|skip|no-valgrind)\b(:?)\s?(.*)$")


class Transcript:
    """One tests/repl/NAME.txt: a REPL session as a terminal shows it.

    Lines starting with ">>> " or "... " (or a bare ">>>"/"...", an empty
    input line) are input: the text after the prompt is fed to stdin.  Every
    other line is expected output, stdout and stderr merged.  Header lines
    at the very top that start with "#" are directives.
    """

    is_example = False
    orrery_only = None
    sigint = None

    def __init__(self, path):
        self.path = path
        self.rel = os.path.relpath(path, ROOT)
        self.cpython = False
        self.asyncio_repl = False
        self.normalize = False
        self.orrery_flags = []
        self.args = []
        self.ignore = []
        self.exit = 0
        self.skip = None
        self.no_valgrind = None
        self.problems = []
        self.lines = []           # the session, prompts and output, in order
        self._parse()

    def _read_lines(self):
        with open(self.path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return lines

    def _parse(self):
        lines = self._read_lines()
        n = 0
        while n < len(lines) and lines[n].startswith("#"):
            m = TRANSCRIPT_DIRECTIVE.match(lines[n])
            flag = m and m.group(1) in ("cpython", "asyncio-repl", "normalize-addresses")
            if m and (m.group(2) if not flag else not m.group(2) and not m.group(3).strip()):
                pass
            elif re.match(r"#\s*[\w-]+:(\s|$)", lines[n]):
                self.problems.append(f"line {n + 1}: unknown directive {lines[n]!r}")
                m = None
            else:
                m = None          # a comment: what the transcript checks
            if m:
                name, value = m.group(1), m.group(3)
                if name == "cpython":
                    self.cpython = True
                elif name == "asyncio-repl":
                    self.asyncio_repl = True
                elif name == "normalize-addresses":
                    self.normalize = True
                elif name == "orrery-flags":
                    self.orrery_flags.extend(shlex.split(value))
                elif name == "args":
                    self.args.extend(shlex.split(value))
                elif name == "ignore-line":
                    try:
                        self.ignore.append(re.compile(value.strip()))
                    except re.error as e:
                        self.problems.append(f"line {n + 1}: bad regex: {e}")
                elif name == "exit":
                    try:
                        self.exit = int(value)
                    except ValueError:
                        self.problems.append(f"line {n + 1}: bad exit status {value!r}")
                elif name == "skip":
                    self.skip = value.strip() or "skipped"
                elif name == "no-valgrind":
                    self.no_valgrind = value.strip() or "not under valgrind"
            n += 1
        self.lines = lines[n:]
        if not any(PROMPT.match(l) for l in self.lines):
            self.problems.append("no input line ('>>> ...')")

    def inputs(self):
        return [PROMPT.sub("", l, count=1) for l in self.lines if PROMPT.match(l)]

    def stdin_text(self):
        return "".join(line + "\n" for line in self.inputs())

    def expected_session(self):
        """The whole screen: prompts with their input, and the output."""
        return "".join(l + "\n" for l in self.lines)

    def expected_output(self):
        """Only the output lines (what CPython's merged output becomes once
        its prompts are removed)."""
        return "".join(l + "\n" for l in self.lines if not PROMPT.match(l))


class DocTranscript(Transcript):
    """A walk-through in the documentation (docs/repl.md) that is itself a
    test: its ```pycon blocks, joined in order, are one REPL session, run
    and checked like a tests/repl transcript.  Directives are written as
    HTML comments before the first block, e.g.
    "<!-- # orrery-flags: --virtual-clock -->"."""

    def _read_lines(self):
        with open(self.path, encoding="utf-8") as f:
            text = f.read()
        header = re.findall(r"^<!--\s*(#.*?)\s*-->$", text, re.M)
        session, inside = [], False
        for line in text.split("\n"):
            if line.strip() == "```pycon":
                inside = True
            elif line.strip() == "```" and inside:
                inside = False
            elif inside:
                session.append(line)
        return header + session


def strip_trailing_spaces(text):
    return "\n".join(l.rstrip() for l in text.split("\n"))


def cpython_screen(text, inputs):
    """Rebuild what a terminal would show from CPython -i's merged output.

    Reading a pipe, CPython writes each prompt to stderr without the input
    line or a newline (">>> ... ... 0"); at end of input it writes a prompt
    and a newline.  The k-th prompt at the start of a line read inputs[k]:
    return (session, output) where session puts each input line after its
    prompt and output keeps only the output lines.  Prompts after the last
    input, and the newline each one is given at end of input, are dropped.
    """
    session, output = [], []
    lines = text.split("\n")
    partial = lines.pop()     # "" after a final newline, else an unfinished line
    k = 0
    for n, line in enumerate(lines + [partial]):
        eof_prompt = False
        while True:
            m = re.match(r"(>>>|\.\.\.) ", line)
            if not m:
                break
            line = line[4:]
            if k < len(inputs):
                session.append(f"{m.group(1)} {inputs[k]}" if inputs[k] else m.group(1))
            else:
                eof_prompt = True
            k += 1
        if line == "" and (eof_prompt or n == len(lines)):
            continue          # the newline CPython gives end of input, or no line
        session.append(line)
        output.append(line)
    return ("".join(l + "\n" for l in session), "".join(l + "\n" for l in output))


def cpython_command(test, binary):
    """python3 -i (# cpython), or python3 -m asyncio (# asyncio-repl: the
    REPL where top-level await works, with its loop running in another
    thread), reading the transcript's input from a pipe."""
    if test.asyncio_repl:
        return [binary, "-u", "-m", "asyncio"] + test.args
    return [binary, "-u", "-q", "-i"] + test.args


def cpython_strip_banner(test, out):
    """python3 -m asyncio prints a banner on stderr, then echoes the
    'import asyncio' it runs, and says goodbye at the end: drop all that."""
    if not test.asyncio_repl:
        return out
    head = ">>> import asyncio\n"
    if head in out:
        out = out[out.index(head) + len(head):]
    if out.endswith("exiting asyncio REPL...\n"):
        out = out[:-len("exiting asyncio REPL...\n")]
    return out


def run_merged(cmd, stdin_text, timeout=TIMEOUT, env_extra=None):
    """Run cmd from the repo root with stdout and stderr on one pipe (so
    their order is the order of the writes); return (status, output) or a
    string saying why it did not finish."""
    env = dict(os.environ)
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0")
    for var in ("PYTHONWARNINGS", "PYTHONSTARTUP", "PYTHONPATH", "PYTHONASYNCIODEBUG",
                "PYTHONDEVMODE", "PYTHONTRACEMALLOC", "PYTHONINSPECT", "NO_COLOR"):
        env.pop(var, None)
    env.update(env_extra or {})
    try:
        p = subprocess.run(cmd, cwd=ROOT, input=stdin_text.encode("utf-8"),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout:g} s"
    except OSError as e:
        return f"cannot run {cmd[0]}: {e}"
    return p.returncode, p.stdout.decode("utf-8", errors="backslashreplace")


def run_transcript(test, mode, binary):
    if test.problems:
        return "fail", test.problems
    if test.skip:
        return "skip", [test.skip]
    if mode == "cpython":
        if not test.cpython and not test.asyncio_repl:
            return "skip", ["orrery-only transcript (no '# cpython')"]
        cmd = cpython_command(test, binary)
        want = test.expected_output()
    else:
        cmd = [binary] + test.orrery_flags + [ECHO_OPTION] + test.args
        want = test.expected_session()
    result = run_merged(cmd, test.stdin_text())
    if isinstance(result, str):
        return "fail", [result]
    status, out = result
    if mode == "cpython":
        out = cpython_screen(cpython_strip_banner(test, out), test.inputs())[1]
    out = strip_trailing_spaces(normalize(test, out))
    want = strip_trailing_spaces(normalize(test, want))
    failures = []
    if out != want:
        failures.append(first_difference("output", want, out))
    if status != test.exit:
        failures.append(f"exit status: expected {test.exit}, got {status}")
    return ("fail", failures) if failures else ("pass", [])


class PtyTest:
    """One tests/pty/NAME.exp: an expect script driving orrery in a
    pseudo-terminal.  It finds the binary in $ORRERY and passes by exiting
    with status 0."""

    is_example = False

    def __init__(self, path):
        self.path = path
        self.rel = os.path.relpath(path, ROOT)


def run_pty(test, mode, binary):
    if mode == "cpython":
        return "skip", ["expect script (orrery's terminal behaviour)"]
    if UNDER_VALGRIND:
        return "skip", ["expect scripts time their keystrokes: not run under valgrind"]
    if shutil.which("expect") is None:
        return "skip", ["expect is not installed"]
    with tempfile.TemporaryDirectory(prefix="orrery-pty-") as home:
        # A fresh HOME: history tests must not read or write ~/.orrery_history.
        result = run_merged(["expect", "-f", test.rel], "", PTY_TIMEOUT,
                            {"ORRERY": binary, "HOME": home, "TERM": "xterm"})
    if isinstance(result, str):
        return "fail", [result]
    status, out = result
    if status == 0:
        return "pass", []
    tail = out.replace("\r", "").rstrip("\n").split("\n")[-15:]
    return "fail", [f"expect exited with status {status}; its last lines:\n" +
                    "\n".join("    | " + l for l in tail)]


# ------------------------------------------------------------ discovery --

def is_session_test(path):
    """A REPL transcript (tests/repl/*.txt) or an expect script (tests/pty/*.exp;
    elsewhere case.exp is the expected stdout of case.py)."""
    d, name = os.path.split(path)
    return ((d == REPL_DIR and name.endswith(".txt")) or
            (d == PTY_DIR and name.endswith(".exp"))) and not name.startswith("_")


def make_test(path):
    if path in DOC_TRANSCRIPTS:
        return DocTranscript(path)
    if is_session_test(path):
        return Transcript(path) if path.endswith(".txt") else PtyTest(path)
    return Test(path)


def collect(paths):
    """Test files named by paths (files or folders), or all of them."""
    files = []
    if not paths:
        paths = [TEST_DIR, EXAMPLE_DIR]
        files.extend(DOC_TRANSCRIPTS)
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames
                                     if not d.startswith((".", "_")) and d != "results")
                for name in sorted(filenames):
                    if name.endswith(".py") or is_session_test(os.path.join(dirpath, name)):
                        files.append(os.path.join(dirpath, name))
        elif os.path.isfile(p):
            files.append(p)
        else:
            sys.exit(f"run.py: no such test: {p}")
    # A test under tests/ lives in an area folder (tests/<area>/<case>.py);
    # files named _*.py are helpers that tests import, not tests.
    return [f for f in files
            if f in DOC_TRANSCRIPTS or os.path.dirname(f) != TEST_DIR and not os.path.basename(f).startswith("_")]


# ------------------------------------------------------ CPython helpers --

def update_transcript(path):
    """Rewrite a transcript's session from what CPython shows for its input
    lines (its header kept): only for # cpython or # asyncio-repl ones."""
    test = Transcript(path)
    if not (test.cpython or test.asyncio_repl):
        sys.exit(f"{test.rel}: not a '# cpython' or '# asyncio-repl' transcript")
    status, session = cpython_session(test)
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    header = "".join(l + "\n" for l in lines[:len(lines) - 1 - len(test.lines)])
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(header + session)
    print(f"{test.rel}: exit {status}; rewrote the session")


def update_from_cpython(files):
    """Write case.out / case.err from what CPython prints for each file (for
    a transcript: its session)."""
    for f in files:
        if is_session_test(os.path.abspath(f)) and f.endswith(".txt"):
            update_transcript(os.path.abspath(f))
            continue
        test = Test(os.path.abspath(f))
        result = run_process([cpython_binary(), test.rel] + test.args, test.stdin_text())
        if isinstance(result, str):
            sys.exit(f"{test.rel}: {result}")
        status, out, err = result
        base = os.path.splitext(test.path)[0]
        # Keep the checked-in text free of this machine's absolute paths.
        out = out.replace(ROOT + os.sep, "")
        err = err.replace(ROOT + os.sep, "")
        written = []
        if test.expect and not test.out_file:
            # Inline expectations stay the source of truth for stdout.
            if normalize(test, out) != normalize(test, test.expected_stdout()):
                print(f"{test.rel}: warning: stdout does not match its '# expect:' lines: "
                      + first_difference("stdout", normalize(test, test.expected_stdout()),
                                         normalize(test, out)))
        elif out or test.out_file:
            path = test.out_file or base + ".out"
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(out)
            written.append(os.path.relpath(path, ROOT))
        if err or test.err_file:
            with open(base + ".err", "w", encoding="utf-8", newline="") as fh:
                fh.write(err)
            written.append(os.path.relpath(base + ".err", ROOT))
        print(f"{test.rel}: exit {status}; wrote {', '.join(written) or 'nothing'}")


def cpython_session(test):
    """A transcript's session as CPython shows it (cpython_screen)."""
    result = run_merged(cpython_command(test, cpython_binary()), test.stdin_text())
    if isinstance(result, str):
        sys.exit(f"{test.rel}: {result}")
    status, out = result
    return status, cpython_screen(cpython_strip_banner(test, out), test.inputs())[0]


def print_expect(files):
    """Print CPython's output for each file as directives to paste in (for a
    transcript: the whole session as CPython shows it)."""
    for f in files:
        if is_session_test(os.path.abspath(f)) and f.endswith(".txt"):
            test = Transcript(os.path.abspath(f))
            status, session = cpython_session(test)
            print(f"## {test.rel} (exit {status})")
            sys.stdout.write(session)
            continue
        test = Test(os.path.abspath(f))
        result = run_process([cpython_binary(), test.rel] + test.args, test.stdin_text())
        if isinstance(result, str):
            sys.exit(f"{test.rel}: {result}")
        status, out, err = result
        print(f"## {test.rel} (exit {status})")
        lines = out.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for line in lines:
            print(f"# expect: {line}" if line else "# expect:")
        if err:
            print(f"# (stderr ends with) {last_line(err)}")


# ----------------------------------------------------------------- main --

def main():
    ap = argparse.ArgumentParser(description="Run the orrery test suite.")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--orrery", metavar="BIN", help="run the tests under this orrery binary")
    mode.add_argument("--cpython", action="store_true",
                      help="check every expectation against CPython (the oracle)")
    mode.add_argument("--update-from-cpython", action="store_true",
                      help="write the .out/.err siblings of FILE from CPython's output")
    mode.add_argument("--print-expect", action="store_true",
                      help="print CPython's output for FILE as '# expect:' lines")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel workers (default 2)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every test and every failing detail")
    ap.add_argument("paths", nargs="*", metavar="PATH", help="test files or folders")
    opts = ap.parse_args()

    if opts.update_from_cpython or opts.print_expect:
        if not opts.paths:
            ap.error("name at least one FILE")
        (update_from_cpython if opts.update_from_cpython else print_expect)(opts.paths)
        return 0

    if opts.cpython:
        mode, binary = "cpython", cpython_binary()
    else:
        mode, binary = "orrery", os.path.abspath(opts.orrery)
        if not os.access(binary, os.X_OK):
            print(f"run.py: {opts.orrery} is not an executable file", file=sys.stderr)
            print("0 passed, 1 failed, 0 skipped")
            return 1

    tests = [make_test(f) for f in collect(opts.paths)]
    counts = {"pass": 0, "fail": 0, "skip": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        futures = [pool.submit(run_one, t, mode, binary) for t in tests]
        for test, fut in zip(tests, futures):   # report in a stable order
            verdict, messages = fut.result()
            counts[verdict] += 1
            if verdict == "fail":
                shown = messages if opts.verbose else messages[:1]
                extra = f" (+{len(messages) - 1} more)" if len(messages) > 1 and not opts.verbose else ""
                print(f"FAIL {test.rel}: {'; '.join(shown)}{extra}")
            elif opts.verbose:
                note = f" ({messages[0]})" if messages else ""
                print(f"{verdict.upper()} {test.rel}{note}")
            sys.stdout.flush()
    print(f"{counts['pass']} passed, {counts['fail']} failed, {counts['skip']} skipped")
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
