"""Benchmark digest.py as whole processes (standard library only; not collected as a test).

    python tests/bench.py                  # 1x, 10x and 100x of 200 generated articles
    python tests/bench.py --scales 1,10    # a quicker run
    python tests/bench.py --scales "" --folder ../shared/eval/bbc   # a folder of real articles
    python tests/bench.py --articles 50 --format jsonl

Generates a deterministic corpus of realistic articles (names, places and figures vary, from a
bounded pool, so entities do not collapse to a handful nor grow without end), then prints for each
size: seconds and MB/s with -j 1 and with the default (every usable core), each as a ratio to a
baseline process that only reads the same files and splits them into words with one regular
expression, the speed-up of the default over -j 1, and peak RSS (from os.wait4). Last, start-up,
best of 21: `digest.py seeds/` and the installed command's way (cached bytecode) against
`python -c "import re, json, argparse"`.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIGEST = os.path.join(ROOT, "digest.py")

GIVEN = ("Anna Ben Carla David Elena Farid Grace Hiro Ines Jonas Karim Lena Marco Nadia Omar Priya "
         "Quentin Rosa Samuel Tariq Ursula Victor Wen Yusuf Zoe").split()
FAMILY = ("Almeida Brandt Chen Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Lindqvist "
          "Moreau Nakamura Okafor Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber Yilmaz Zhou").split()
TITLES = ("Senator", "Minister", "Governor", "President", "Mayor", "Professor")
ROLES = ("chief executive", "analyst", "economist", "spokesman", "coach", "lawyer")
PLACES = ("Paris Berlin Tokyo Brazil India Canada Kenya Madrid Chicago Sydney Norway Egypt Seoul "
          "Mexico Ireland Vienna Lagos Peru Hanoi Poland").split()
ORG_WORDS = ("Northwind Bluepeak Solara Kestrel Meridian Orbis Halcyon Vantage Corvid Lumen "
             "Tessera Quorum").split()
ORG_KINDS = ("Holdings", "Bank", "Motors", "Group", "Airlines", "Ministry")
TOPICS = ("trade talks", "energy prices", "the housing market", "a new rail line", "water rights",
          "the budget", "farm subsidies", "the election", "a merger", "steel tariffs")


def person(rng):
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def article(rng: random.Random, k: int) -> str:
    """One plausible news article: headline, byline, dateline, paragraphs with names and figures."""
    who, other = person(rng), person(rng)
    place, org = rng.choice(PLACES), f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)}"
    topic = rng.choice(TOPICS)
    day = rng.randint(1, 28)
    lines = [f"{org} and {place} clash over {topic}", "",
             f"By {person(rng)} - Staff Reporter March {day}, 2024", ""]
    for p in range(rng.randint(4, 8)):
        amount = rng.choice(["$%d million" % rng.randint(2, 900), "£%.1fbn" % rng.uniform(1, 40),
                             "%d%%" % rng.randint(1, 60), "%s jobs" % format(rng.randint(100, 9000), ",")])
        sentences = [
            f"{rng.choice(TITLES)} {who} said on {rng.choice(['Monday', 'Friday'])} that {topic} would "
            f"cost {amount}, according to figures from {org}.",
            f"\u201cWe will not accept this,\u201d {who.split()[1]} told reporters in {place}.",
            f"{other}, {rng.choice(ROLES)} at {org}, said exports rose to "
            f"${rng.randint(10, 99)} billion from ${rng.randint(1, 9)} billion a year earlier.",
            f"Officials in {rng.choice(PLACES)} and {rng.choice(PLACES)} have followed the dispute "
            f"closely since {rng.choice(['January', 'June', 'last year'])}.",
            f"The talks, which began in {rng.choice(PLACES)}, are expected to resume next week "
            f"after {other.split()[1]} meets {who}.",
        ]
        rng.shuffle(sentences)
        lines.append(" ".join(sentences[:rng.randint(3, 5)]))
        lines.append("")
    lines += ["\xa0", "Share", "", "Related"]
    return "\n".join(lines)


def make_corpus(folder: str, count: int) -> int:
    """Write `count` articles into `folder`; returns the bytes written."""
    rng = random.Random(20261123)
    size = 0
    for k in range(count):
        data = article(rng, k).encode("utf-8")
        with open(os.path.join(folder, f"{k:06d}.txt"), "wb") as f:
            f.write(data)
        size += len(data)
    return size


BASELINE = r"""
import os, re, sys
words = re.compile(r"\w+")
n = 0
for name in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], name), encoding="utf-8", errors="replace") as f:
        n += len(words.findall(f.read()))
print(n)
"""


def timed(argv: list[str], **popen) -> tuple[float, int]:
    """(wall seconds, peak RSS in MB) of one whole process, its output thrown away."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status:
        raise SystemExit(f"bench: {' '.join(argv)} failed: {proc.stderr.read().decode()[-500:]}")
    return seconds, usage.ru_maxrss / 1024


def startup(repeats: int) -> dict:
    """Best wall time of `digest.py seeds/`, of the installed command's way of running it (the module
    imported from cached bytecode, as a console script does; here from a copy in a temporary folder,
    so that nothing is written into the project), and of importing re, json and argparse."""
    home = tempfile.mkdtemp(prefix="digest-installed-")
    shutil.copy(DIGEST, home)
    installed = [sys.executable, "-c", "import sys, digest; sys.exit(digest.main())", os.path.join(ROOT, "seeds")]
    try:
        import py_compile  # as pip does on install, whatever PYTHONDONTWRITEBYTECODE says
        py_compile.compile(os.path.join(home, "digest.py"), doraise=True)
        best = {
            "script": min(timed([sys.executable, DIGEST, os.path.join(ROOT, "seeds")])[0] for _ in range(repeats)),
            "installed": min(timed(installed, cwd=home)[0] for _ in range(repeats)),
            "base": min(timed([sys.executable, "-c", "import re, json, argparse"])[0] for _ in range(repeats)),
        }
    finally:
        shutil.rmtree(home)
    return best


def throughput(folder: str, fmt: str, mb: float, count: int) -> None:
    """One line each for the baseline, -j 1 and the default number of jobs on `folder`."""
    base_s, _ = timed([sys.executable, "-c", BASELINE, folder])
    one_s, one_peak = timed([sys.executable, DIGEST, "-q", "-j", "1", "--format", fmt, folder])
    all_s, all_peak = timed([sys.executable, DIGEST, "-q", "--format", fmt, folder])
    print(f"{count:>9,} {mb:>7.2f} {base_s:>7.2f} {one_s:>7.2f} {mb / one_s:>6.2f} {one_s / base_s:>7.1f} "
          f"{all_s:>7.2f} {mb / all_s:>6.2f} {all_s / base_s:>7.1f} {one_s / all_s:>7.2f} {one_peak:>7.1f} {all_peak:>7.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="articles at 1x (default 200)")
    parser.add_argument("--scales", default="1,10,100", help="comma-separated sizes (default 1,10,100)")
    parser.add_argument("--folder", help="also time this folder of real articles (e.g. ../shared/eval/bbc)")
    parser.add_argument("--format", default="text", choices=("text", "json", "jsonl"))
    parser.add_argument("--repeats", type=int, default=21, help="start-up runs, best taken (default 21)")
    args = parser.parse_args()
    jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"python {sys.version.split()[0]} ({sys.executable}), {jobs} usable cores, format {args.format}")
    print(f"{'articles':>9} {'MB':>7} {'base s':>7} {'-j1 s':>7} {'MB/s':>6} {'x base':>7} "
          f"{'-j' + str(jobs) + ' s':>7} {'MB/s':>6} {'x base':>7} {'speedup':>7} {'-j1 MB':>7} {'-j' + str(jobs) + ' MB':>7}")
    for scale in (int(s) for s in args.scales.split(",") if s):
        folder = tempfile.mkdtemp(prefix="digest-bench-")
        try:
            count = args.articles * scale
            throughput(folder, args.format, make_corpus(folder, count) / 1e6, count)
        finally:
            shutil.rmtree(folder)
    if args.folder:
        files = [os.path.join(r, f) for r, _, fs in os.walk(args.folder) for f in fs if f.lower().endswith(".txt")]
        flat = tempfile.mkdtemp(prefix="digest-bench-")
        try:  # the baseline reads one folder: link the files into one
            for k, path in enumerate(sorted(files)):
                os.symlink(os.path.abspath(path), os.path.join(flat, f"{k:06d}.txt"))
            throughput(flat, args.format, sum(os.path.getsize(f) for f in files) / 1e6, len(files))
        finally:
            shutil.rmtree(flat)
    print("peak MB is the main process's peak resident memory (each worker's is smaller)")
    best = startup(args.repeats)
    print(f"start-up, best of {args.repeats}: digest.py seeds/ {best['script'] * 1000:.0f} ms "
          f"({best['script'] / best['base']:.2f}x), installed digest seeds/ {best['installed'] * 1000:.0f} ms "
          f"({best['installed'] / best['base']:.2f}x), python -c 'import re, json, argparse' {best['base'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
