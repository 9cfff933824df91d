#!/usr/bin/env python3
"""Time tandem against CPython on the benchmark programs in this folder.

Usage:  python3 bench/run.py [NAME ...] [--runs N] [--tandem PATH]
                             [--python PATH] [--json PATH] [--bar RATIO]
                             [--timeout SECONDS]

Each selected program is run --runs times with `tandem run FILE` and with
CPython, alternating the two.  Every run's wall time and peak RSS are
recorded, and every run's stdout must equal CPython's.  A Markdown table goes
to stdout, progress to stderr.  Exit status: 0 when every run succeeded and
matched, 1 otherwise (or when a ratio exceeds --bar), 2 on usage errors.

Linux only: peak RSS is the child's ru_maxrss (KiB), and each benchmark is
launched through util-linux `setsid -f` (see become_subreaper for why).
Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import ctypes
import dataclasses
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent

# Start-up baselines first, then the workloads, in the shared README's order.
BENCHMARKS = [
    "empty",
    "asyncio_empty",
    "fib",
    "loop",
    "gen_pipeline",
    "yield_from_chain",
    "coro_chain",
    "ping_pong",
    "many_tasks",
    "async_queue",
    "futures",
]

ENGINES = ("tandem", "CPython")

PR_SET_CHILD_SUBREAPER = 36  # from <linux/prctl.h>

# Only the tail of stderr is kept: a crashing interpreter can print a lot.
STDERR_KEEP = 4000


@dataclasses.dataclass
class Run:
    engine: str
    round: int
    wall_s: float
    peak_kib: int
    returncode: int  # negative: killed by that signal (subprocess convention)
    timed_out: bool
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def failure(self) -> str:
        """Short description of why the run failed, for the status column."""
        if self.timed_out:
            what = f"timed out after {self.wall_s:.0f} s"
        elif self.returncode < 0:
            try:
                name = signal.Signals(-self.returncode).name
            except ValueError:
                name = str(-self.returncode)
            what = f"killed by {name}"
        else:
            what = f"exit {self.returncode}"
        first = next((l.strip() for l in self.stderr.splitlines() if l.strip()), "")
        return f"FAILED {what}" + (f": {first}" if first else "")


def become_subreaper() -> None:
    """Make orphaned descendants re-parent to us, so that we can wait4 them.

    Why not simply Popen + wait4: on Linux, exec() folds the high-water RSS of
    the address space it replaces into the child's ru_maxrss, and a child
    spawned from this script starts with (vfork: shares) our ~15 MiB Python
    heap.  Every small benchmark would then report run.py's own peak.  So the
    benchmark is forked by `setsid -f` (a ~1 MiB process that exits at once)
    and re-parented to us; its ru_maxrss is then its own, as /usr/bin/time
    would report it.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def children() -> list[int]:
    """Pids whose parent is us: the benchmark, or strays re-parented to us."""
    me, found = os.getpid(), []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path("/proc", entry, "stat").read_text()
            except OSError:
                continue
            # The ppid is the second field after the parenthesised command name.
            if int(stat.rsplit(")", 1)[1].split()[1]) == me:
                found.append(int(entry))
    return found


def kill_children() -> None:
    # setsid made the benchmark a process-group leader: killpg also takes
    # down anything it started (e.g. a wrapper script's interpreter).
    for pid in children():
        for kill in (os.killpg, os.kill):
            try:
                kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def reap_strays() -> None:
    """Kill and reap leftovers so the next run's waitid sees only its own child."""
    while children():
        kill_children()
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break


def run_once(argv: list[str], engine: str, round_no: int, timeout: float | None) -> Run:
    """Run one benchmark process, measuring wall time and its peak RSS.

    Output goes to temporary files rather than pipes so that we can block in
    os.wait4 (which yields the child's rusage) without the child stalling on a
    full pipe.  Wall time includes ~2 ms for the setsid launcher.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        lock = threading.Lock()
        state = {"done": False, "timed_out": False}

        # The watchdog may only signal while the child is unreaped (running
        # or a zombie), so we wait without reaping, mark it done, then reap.
        def kill() -> None:
            with lock:
                if not state["done"]:
                    state["timed_out"] = True
                    kill_children()

        timer = threading.Timer(timeout, kill) if timeout else None
        start = time.perf_counter()
        subprocess.run(
            ["setsid", "-f", *argv], check=True, cwd=REPO_ROOT,
            stdin=subprocess.DEVNULL, stdout=out, stderr=err,
        )
        if timer:
            timer.start()
        try:
            while True:
                info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOWAIT)
                # setsid made the benchmark a session leader; anything else
                # is a zombie it left behind and that was re-parented to us.
                if os.getsid(info.si_pid) == info.si_pid:
                    break
                os.waitpid(info.si_pid, 0)
            wall = time.perf_counter() - start
        except BaseException:  # Ctrl-C: do not leave the benchmark running
            kill_children()
            raise
        finally:
            with lock:
                state["done"] = True
            if timer:
                timer.cancel()
        _, status, usage = os.wait4(info.si_pid, 0)
        reap_strays()

        out.seek(0)
        err.seek(0)
        return Run(
            engine=engine,
            round=round_no,
            wall_s=wall,
            peak_kib=usage.ru_maxrss,
            returncode=os.waitstatus_to_exitcode(status),
            timed_out=state["timed_out"],
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace")[-STDERR_KEEP:],
        )


def resolve_python(override: str | None) -> str:
    """The real CPython binary: the pyenv shim adds ~0.07 s to every start."""
    if override:
        return override
    shim = shutil.which("python3")
    if shim is None:
        sys.exit("run.py: no python3 on PATH; pass --python PATH")
    return subprocess.run(
        [shim, "-c", "import sys; print(sys.executable)"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()


def summarise(runs: list[Run]) -> dict | None:
    """Median/min/max of the successful runs' times, max of peak RSS."""
    good = [r for r in runs if r.ok]
    if not good:
        return None
    times = [r.wall_s for r in good]
    return {
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "peak_mib": max(r.peak_kib for r in good) / 1024,
        "ok_runs": len(good),
    }


def judge(runs: list[Run]) -> tuple[str, list[str], str | None]:
    """Status text, detail lines, and the reference (CPython) stdout."""
    problems, details = [], []
    for engine in ENGINES:
        failed = [r for r in runs if r.engine == engine and not r.ok]
        if failed:
            problems.append(f"{engine} {failed[0].failure()}")
            tail = failed[0].stderr.rstrip().splitlines()[-3:]
            details.append(
                f"{engine} run {failed[0].round + 1}: {failed[0].failure()}"
                + "".join(f"\n    {line}" for line in tail)
            )
    reference = next((r.stdout for r in runs if r.engine == "CPython" and r.ok), None)
    if reference is not None:
        for engine in ENGINES:
            wrong = [r for r in runs if r.engine == engine and r.ok and r.stdout != reference]
            if wrong:
                problems.append(f"{engine} WRONG OUTPUT")
                details.append(
                    f"{engine} run {wrong[0].round + 1}: WRONG OUTPUT"
                    f"\n    expected: {reference.rstrip()!r}"
                    f"\n    got:      {wrong[0].stdout.rstrip()!r}"
                )
    return ("; ".join(problems) or "ok"), details, reference


def spread(s: dict | None) -> str:
    if s is None:
        return "-"
    pct = 100 * (s["max_s"] - s["min_s"]) / s["median_s"] if s["median_s"] else 0.0
    return f"{s['min_s']:.3f}-{s['max_s']:.3f} ({pct:.0f}%)"


def md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Time tandem against CPython on the programs in bench/.",
        epilog="benchmarks: " + ", ".join(BENCHMARKS),
    )
    p.add_argument("benchmarks", nargs="*", metavar="NAME",
                   help="benchmarks to run (default: all)")
    p.add_argument("--runs", type=int, default=5, help="runs per engine (default 5)")
    p.add_argument("--tandem", type=Path, default=REPO_ROOT / "target/release/tandem",
                   help="tandem binary (default: target/release/tandem)")
    p.add_argument("--python", help="CPython binary (default: the real interpreter "
                                    "behind `python3`, not a pyenv shim)")
    p.add_argument("--json", type=Path, metavar="PATH",
                   help="also write the raw measurements here")
    p.add_argument("--bar", type=float, metavar="RATIO",
                   help="exit 1 if any tandem/CPython median ratio exceeds this")
    p.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS",
                   help="kill a run after this long (default 120; 0 = never)")
    args = p.parse_args()

    if args.runs < 1:
        p.error("--runs must be at least 1")
    names = [n.removesuffix(".py") for n in args.benchmarks] or BENCHMARKS
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        p.error(f"unknown benchmark(s): {', '.join(unknown)}; "
                f"choose from {', '.join(BENCHMARKS)}")
    args.names = list(dict.fromkeys(names))  # keep order, drop repeats
    return args


def main() -> int:
    args = parse_args()
    started = time.time()

    if not sys.platform.startswith("linux") or shutil.which("setsid") is None:
        print("run.py: needs Linux with `setsid` (util-linux) on PATH", file=sys.stderr)
        return 2
    become_subreaper()

    tandem = args.tandem.resolve()
    if not (tandem.is_file() and os.access(tandem, os.X_OK)):
        print(f"run.py: no tandem binary at {tandem}.\n"
              f"Build it first:  cd {REPO_ROOT} && cargo build --release\n"
              f"(or point --tandem at a binary)", file=sys.stderr)
        return 2
    python = resolve_python(args.python)
    if not (os.path.isfile(python) and os.access(python, os.X_OK)):
        print(f"run.py: CPython binary {python!r} is not executable", file=sys.stderr)
        return 2
    py_version = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                                capture_output=True, text=True).stdout.strip()
    timeout = args.timeout or None

    results = {}
    for name in args.names:
        path = str(BENCH_DIR / f"{name}.py")
        commands = {"tandem": [str(tandem), "run", path], "CPython": [python, path]}
        runs = []
        for i in range(args.runs):
            for engine in ENGINES:  # alternate so drift hits both engines alike
                r = run_once(commands[engine], engine, i, timeout)
                runs.append(r)
                print(f"{name}: {engine} {i + 1}/{args.runs} {r.wall_s:.3f} s "
                      f"{r.peak_kib / 1024:.1f} MiB {'exit 0' if r.ok else r.failure()}",
                      file=sys.stderr)
        status, details, reference = judge(runs)
        stats = {e: summarise([r for r in runs if r.engine == e]) for e in ENGINES}
        ratio = None
        if stats["tandem"] and stats["CPython"] and stats["CPython"]["median_s"] > 0:
            ratio = stats["tandem"]["median_s"] / stats["CPython"]["median_s"]
        results[name] = {"status": status, "details": details, "reference": reference,
                         "stats": stats, "ratio": ratio, "runs": runs}

    # Report.
    def fmt(v, spec):
        return "-" if v is None else format(v, spec)

    print(f"tandem: {tandem}")
    print(f"CPython: {python} ({py_version})")
    print(f"runs: {args.runs} per engine, wall time of the whole process\n")
    print("| benchmark | tandem median s | CPython median s | ratio tandem/CPython "
          "| tandem peak MiB | CPython peak MiB | status |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for name, res in results.items():
        t, c = res["stats"]["tandem"] or {}, res["stats"]["CPython"] or {}
        print(f"| {name} | {fmt(t.get('median_s'), '.3f')} | {fmt(c.get('median_s'), '.3f')} "
              f"| {fmt(res['ratio'], '.2f')} | {fmt(t.get('peak_mib'), '.1f')} "
              f"| {fmt(c.get('peak_mib'), '.1f')} | {md_cell(res['status'])} |")

    print("\nMin-max wall time (spread = (max - min) / median):\n")
    print("| benchmark | tandem min-max s (spread) | CPython min-max s (spread) |")
    print("| --- | --- | --- |")
    for name, res in results.items():
        print(f"| {name} | {spread(res['stats']['tandem'])} | {spread(res['stats']['CPython'])} |")

    failed = [n for n, r in results.items() if r["status"] != "ok"]
    if failed:
        print("\nProblems:")
        for name in failed:
            for line in results[name]["details"]:
                print(f"- {name}: {line}")

    over_bar = []
    if args.bar is not None:
        over_bar = [n for n, r in results.items() if r["ratio"] is not None and r["ratio"] > args.bar]
        if over_bar:
            print(f"\nAbove the bar of {args.bar:.2f}: "
                  + ", ".join(f"{n} ({results[n]['ratio']:.2f})" for n in over_bar))
        else:
            print(f"\nAll measured ratios are within the bar of {args.bar:.2f}.")

    exit_status = 1 if failed or over_bar else 0

    if args.json:
        payload = {
            "started_unix": started,
            "host": platform.node(),
            "platform": platform.platform(),
            "tandem": str(tandem),
            "python": python,
            "python_version": py_version,
            "runs_per_engine": args.runs,
            "timeout_s": timeout,
            "bar": args.bar,
            "exit_status": exit_status,
            "benchmarks": {
                name: {
                    "status": res["status"],
                    "ratio_tandem_over_cpython": res["ratio"],
                    "expected_stdout": res["reference"],
                    "tandem": res["stats"]["tandem"],
                    "cpython": res["stats"]["CPython"],
                    "over_bar": name in over_bar,
                    "runs": [dataclasses.asdict(r) for r in res["runs"]],
                }
                for name, res in results.items()
            },
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
        print(f"\nRaw measurements written to {args.json}", file=sys.stderr)

    return exit_status


if __name__ == "__main__":
    sys.exit(main())
