#!/usr/bin/env python3
"""Regenerate the expected results of tests/programs/*.py by running CPython.

Usage:
    python3 tests/regen_expected.py [NAME ...]     # write NAME.out and NAME.meta
    python3 tests/regen_expected.py --check [NAME ...]
        # run again and report (exit 1) any difference from the stored files;
        # PYTHONHASHSEED=... in the environment is passed through, so
        # `PYTHONHASHSEED=1 python3 tests/regen_expected.py --check` tests determinism.

NAME may be given as `arith_pow`, `arith_pow.py` or a path to the program.
Without names, every program in tests/programs is processed.

Each program runs the way tests/programs.rs runs stitch: the working directory is
tests/programs, the program path is relative (`NAME.py`, so tracebacks show that),
stdin is the contents of NAME.stdin if it exists (otherwise empty), and the
arguments are the whitespace-separated words of NAME.args if it exists.

NAME.out holds stdout byte for byte. NAME.meta holds `key=value` lines (the value
is the rest of the line, verbatim):
    exit=N           exit status (always present)
    stderr=LINE      last line of stderr (present when exit != 0; may be empty)
    syntax_line=N    only for SyntaxError/IndentationError/TabError programs: the N of
                     the last `File "...", line N` header in stderr
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
PYTHON = os.environ.get("STITCH_REGEN_PYTHON", "python3")
EXPECTED_VERSION = (3, 11)
TIMEOUT = 60
SYNTAX_CLASSES = ("SyntaxError", "IndentationError", "TabError")


def program_names(args):
    if not args:
        return sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    names = []
    for a in args:
        base = os.path.basename(a)
        if base.endswith(".py"):
            base = base[:-3]
        if not os.path.exists(os.path.join(PROGRAMS, base + ".py")):
            sys.exit(f"regen_expected: no program tests/programs/{base}.py")
        names.append(base)
    return names


def last_line(text):
    """Last line of stderr, ignoring the final line terminator(s)."""
    stripped = text.rstrip("\r\n")
    return stripped.rsplit("\n", 1)[-1].rstrip("\r") if stripped else ""


def run_one(name):
    """Runs NAME.py under CPython; returns (stdout bytes, meta text)."""
    stdin_path = os.path.join(PROGRAMS, name + ".stdin")
    args_path = os.path.join(PROGRAMS, name + ".args")
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin = f.read()
    args = []
    if os.path.exists(args_path):
        with open(args_path) as f:
            args = f.read().split()
    env = dict(os.environ)
    # Stable encoding and no .pyc litter; PYTHONHASHSEED is left to the caller on
    # purpose (programs must not depend on it).
    env.update(PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1", PYTHONUTF8="1")
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONINSPECT"):
        env.pop(var, None)
    proc = subprocess.run([PYTHON, name + ".py"] + args, cwd=PROGRAMS, input=stdin,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          timeout=TIMEOUT)
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode < 0:
        sys.exit(f"regen_expected: {name}.py was killed by signal {-proc.returncode}")
    meta = [f"exit={proc.returncode}"]
    if proc.returncode != 0:
        line = last_line(stderr)
        meta.append(f"stderr={line}")
        if line.split(":", 1)[0] in SYNTAX_CLASSES:
            headers = re.findall(r'File "[^"]*", line (\d+)', stderr)
            if not headers:
                sys.exit(f"regen_expected: {name}.py: syntax error without a line number:\n{stderr}")
            meta.append(f"syntax_line={headers[-1]}")
    return proc.stdout, "\n".join(meta) + "\n"


def main():
    argv = sys.argv[1:]
    check = "--check" in argv
    names = program_names([a for a in argv if a != "--check"])
    version = subprocess.run([PYTHON, "-c", "import sys; print(sys.version_info[:2])"],
                             stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    if version != str(EXPECTED_VERSION):
        print(f"regen_expected: warning: {PYTHON} is {version}, expected files were made "
              f"with {EXPECTED_VERSION}", file=sys.stderr)
    differing = []
    for name in names:
        out, meta = run_one(name)
        out_path = os.path.join(PROGRAMS, name + ".out")
        meta_path = os.path.join(PROGRAMS, name + ".meta")
        if check:
            old_out = open(out_path, "rb").read() if os.path.exists(out_path) else None
            old_meta = open(meta_path).read() if os.path.exists(meta_path) else None
            if old_out != out or old_meta != meta:
                differing.append(name)
                print(f"DIFFERS: {name}")
        else:
            with open(out_path, "wb") as f:
                f.write(out)
            with open(meta_path, "w") as f:
                f.write(meta)
            print(f"{name}: {meta.splitlines()[0]}")
    if check:
        print(f"checked {len(names)} programs, {len(differing)} differ")
        sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
