#!/usr/bin/env python3
"""Record CPython's behaviour on test cases: the oracle for tandem's parity tests.

For every NAME.py under the given folders (default: tests/parity,
tests/syntax/errors, tests/syntax/ast and examples, searched recursively, in
sorted order) this runs

    python3 NAME.py

with the case's own folder as the working directory, stdin at EOF
(/dev/null), a timeout (--timeout), and an environment with every PYTHON*
variable removed and then PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and
PYTHONDONTWRITEBYTECODE=1 set. It writes next to the case:

    NAME.out   stdout, always (possibly empty)
    NAME.err   stderr, only if non-empty (a stale one is deleted)
    NAME.code  exit status and a newline, only if non-zero (a stale one is deleted)

One normalisation is applied to stdout and stderr: the case's absolute folder
followed by a separator is removed, so tracebacks and warnings say
File "NAME.py" / NAME.py:LINE as they did before CPython 3.9 made the script
path absolute, and the expected files do not depend on where the checkout is.

The interpreter is the `python3` found on PATH, resolved to its real
sys.executable; the script refuses to run (exit 2) unless it is CPython
3.11.x, because output (asyncio ordering, SyntaxError wording) changes
between versions.

Cases under any folder named `ast` are parsed, not run: NAME.ast holds
ast.dump(ast.parse(source), indent=2) and a newline, the oracle for
`tandem ast`.

Cases under any folder named `legacy` are skipped unless --legacy is given;
with --legacy they are recorded with CPython 3.6 from pyenv (refusing, exit 2,
if it is missing). They are never run with 3.11.

With --check nothing is written: every case is run, and each expected file
that would change is reported; exit status 1 if any would.

Output: one line per changed file (sorted), then a summary line.
Expected files are oracle output: regenerate them, never edit them by hand.
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys

DEFAULT_FOLDERS = ["tests/parity", "tests/syntax/errors", "tests/syntax/ast", "examples"]
AST_FOLDER = "ast"
LEGACY_FOLDER = "legacy"
MAIN_VERSION = (3, 11)
LEGACY_VERSION = (3, 6)
DEFAULT_TIMEOUT = 60.0

PROBE = (
    "import platform, sys; "
    "print(platform.python_implementation()); "
    "print('%d.%d.%d' % sys.version_info[:3]); "
    "print(sys.executable)"
)


class Refusal(Exception):
    """The oracle interpreter is missing or the wrong version (exit 2)."""


def probe(command):
    """Run `command` with PROBE; return (implementation, version tuple, executable)."""
    try:
        done = subprocess.run(
            [command, "-c", PROBE],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            env=child_env(),
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Refusal("cannot run %s: %s" % (command, exc))
    if done.returncode != 0:
        raise Refusal("cannot run %s: %s" % (command, done.stderr.strip()))
    implementation, version, executable = done.stdout.splitlines()[:3]
    return implementation, tuple(int(part) for part in version.split(".")), executable


def require(command, wanted, what):
    """Return the real executable behind `command` if it is CPython `wanted`, else refuse."""
    implementation, version, executable = probe(command)
    if implementation != "CPython" or version[:2] != wanted:
        raise Refusal(
            "%s must be CPython %d.%d.x, but %s is %s %s"
            % (what, wanted[0], wanted[1], command, implementation, ".".join(map(str, version)))
        )
    return executable


def find_main_python():
    """The python3 on PATH, which must be CPython 3.11."""
    command = shutil.which("python3")
    if command is None:
        raise Refusal("no python3 on PATH; the oracle is CPython 3.11")
    return require(command, MAIN_VERSION, "the oracle (python3 on PATH)")


def find_legacy_python():
    """CPython 3.6 from pyenv, for cases under a `legacy` folder."""
    candidates = []
    try:
        root = subprocess.run(
            ["pyenv", "root"], capture_output=True, text=True, timeout=30
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        root = ""
    if root:
        pattern = os.path.join(root, "versions", "3.6.*", "bin", "python3")
        candidates.extend(sorted(glob.glob(pattern), reverse=True))
    try:
        which = subprocess.run(
            ["pyenv", "which", "python3.6"], capture_output=True, text=True, timeout=30
        )
        if which.returncode == 0 and which.stdout.strip():
            candidates.append(which.stdout.strip())
    except (OSError, subprocess.TimeoutExpired):
        pass
    for candidate in candidates:
        try:
            return require(candidate, LEGACY_VERSION, "the legacy oracle")
        except Refusal:
            continue
    raise Refusal("--legacy needs CPython 3.6 (pyenv install 3.6.15); none found")


def child_env():
    """The environment for every CPython run: no inherited PYTHON* settings."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def in_folder_named(path, name):
    return name in os.path.normpath(os.path.dirname(path)).split(os.sep)


def is_legacy(path):
    return in_folder_named(path, LEGACY_FOLDER)


DUMP_AST = (
    "import ast, sys; "
    "source = open(sys.argv[1], encoding='utf-8').read(); "
    "print(ast.dump(ast.parse(source), indent=2))"
)


def dump_case_ast(python, path, timeout):
    """CPython's ast.dump of one case; {".ast": bytes}."""
    done = subprocess.run(
        [python, "-c", DUMP_AST, path],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        env=child_env(),
    )
    if done.returncode != 0:
        raise RuntimeError("ast.parse failed: %s" % done.stderr.decode(errors="replace").strip())
    return {".ast": done.stdout}


def find_cases(folders):
    """All NAME.py files under `folders` (or the files themselves), sorted, without duplicates."""
    cases = set()
    for folder in folders:
        if os.path.isfile(folder):
            if folder.endswith(".py"):
                cases.add(os.path.normpath(folder))
            continue
        if not os.path.isdir(folder):
            raise FileNotFoundError(folder)
        for directory, subdirectories, files in os.walk(folder):
            subdirectories[:] = [name for name in subdirectories if name != "__pycache__"]
            for name in files:
                if name.endswith(".py"):
                    cases.add(os.path.normpath(os.path.join(directory, name)))
    return sorted(cases)


def strip_folder(output, folder):
    """Remove the case's own folder from paths in `output`.

    Since 3.9 CPython makes the script path absolute (__main__.__file__), so
    tracebacks and warnings say "/abs/folder/NAME.py"; the expected files say
    "NAME.py", as if relative, so they do not depend on the checkout's location.
    """
    prefixes = {os.path.abspath(folder) + os.sep, os.path.realpath(folder) + os.sep}
    for prefix in sorted(prefixes, key=len, reverse=True):
        output = output.replace(prefix.encode(), b"")
    return output


def run_case(python, path, timeout):
    """Run one case; return {suffix: bytes or None}, None meaning the file must not exist."""
    folder, name = os.path.split(os.path.abspath(path))
    done = subprocess.run(
        [python, name],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        env=child_env(),
    )
    if done.returncode < 0:
        raise RuntimeError("killed by signal %d" % -done.returncode)
    stdout = strip_folder(done.stdout, folder)
    stderr = strip_folder(done.stderr, folder)
    return {
        ".out": stdout,
        ".err": stderr or None,
        ".code": ("%d\n" % done.returncode).encode() if done.returncode else None,
    }


def read_bytes(path):
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return None


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="See the module docstring (head tools/regen_expected.py) for the full contract.",
    )
    parser.add_argument(
        "folders",
        nargs="*",
        default=DEFAULT_FOLDERS,
        help="folders to search recursively for NAME.py cases, or single .py files "
        "(default: %s)" % " ".join(DEFAULT_FOLDERS),
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; report expected files that differ and exit 1 if any do",
    )
    parser.add_argument(
        "--legacy",
        action="store_true",
        help="also record cases under folders named 'legacy', with CPython 3.6 from pyenv",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="seconds allowed per case (default: %(default)s)",
    )
    args = parser.parse_args(argv)

    try:
        cases = find_cases(args.folders)
    except FileNotFoundError as exc:
        print("regen_expected: no such file or folder: %s" % exc, file=sys.stderr)
        return 2
    try:
        main_python = find_main_python()
        legacy_python = find_legacy_python() if args.legacy else None
    except Refusal as exc:
        print("regen_expected: refusing to run: %s" % exc, file=sys.stderr)
        return 2

    changed = unchanged = skipped = 0
    failures = []
    for case in cases:
        if is_legacy(case):
            if not args.legacy:
                skipped += 1
                continue
            python = legacy_python
        else:
            python = main_python
        try:
            if in_folder_named(case, AST_FOLDER):
                expected = dump_case_ast(python, case, args.timeout)
            else:
                expected = run_case(python, case, args.timeout)
        except subprocess.TimeoutExpired:
            failures.append("%s: timed out after %gs" % (case, args.timeout))
            continue
        except RuntimeError as exc:
            failures.append("%s: %s" % (case, exc))
            continue
        stem = case[: -len(".py")]
        for suffix, new in sorted(expected.items()):
            target = stem + suffix
            old = read_bytes(target)
            if new == old:
                unchanged += old is not None
                continue
            changed += 1
            if args.check:
                if old is None:
                    print("missing %s" % target)
                elif new is None:
                    print("stale   %s" % target)
                else:
                    print("differs %s" % target)
            elif new is None:
                os.remove(target)
                print("deleted %s" % target)
            else:
                with open(target, "wb") as handle:
                    handle.write(new)
                print("wrote   %s" % target)

    sys.stdout.flush()
    for failure in failures:
        print("FAILED  %s" % failure, file=sys.stderr)
    run = len(cases) - skipped
    verb = "differ" if args.check else "changed"
    print(
        "%d cases run with %s%s, %d files %s, %d unchanged, %d legacy skipped, %d failed"
        % (
            run,
            main_python,
            " and %s" % legacy_python if legacy_python else "",
            changed,
            verb,
            unchanged,
            skipped,
            len(failures),
        )
    )
    if failures or (args.check and changed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
