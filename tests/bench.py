"""Benchmark digest.py as whole processes (standard library only; not collected as a test).

    python tests/bench.py                  # 1x, 10x and 100x of 200 generated articles
    python tests/bench.py --scales 1,10    # a quicker run
    python tests/bench.py --articles 50 --format jsonl

Generates a deterministic corpus of realistic articles (names, places and figures vary, from a
bounded pool, so entities do not collapse to a handful nor grow without end), then prints for each
size: MB/s, articles/s, peak RSS (from os.wait4, per process) and the ratio of digest's time to a
baseline process that only reads the same files and splits them into words with one regular
expression. Last, start-up: `digest.py seeds/` against `python -c "import re, json, argparse"`.
"""

import argparse
import os
import random
import shutil
import statistics
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
    with open(os.path.join(sys.argv[1], name), encoding="utf-8") as f:
        n += len(words.findall(f.read()))
print(n)
"""


def timed(argv: list[str]) -> tuple[float, int]:
    """(wall seconds, peak RSS in MB) of one whole process, its output thrown away."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status:
        raise SystemExit(f"bench: {' '.join(argv)} failed: {proc.stderr.read().decode()[-500:]}")
    return seconds, usage.ru_maxrss / 1024


def startup(repeats: int) -> tuple[float, float]:
    """Median wall time of `digest.py seeds/` and of importing re, json and argparse."""
    ours = [timed([sys.executable, DIGEST, os.path.join(ROOT, "seeds")])[0] for _ in range(repeats)]
    base = [timed([sys.executable, "-c", "import re, json, argparse"])[0] for _ in range(repeats)]
    return statistics.median(ours), statistics.median(base)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="articles at 1x (default 200)")
    parser.add_argument("--scales", default="1,10,100", help="comma-separated sizes (default 1,10,100)")
    parser.add_argument("--format", default="text", choices=("text", "json", "jsonl"))
    parser.add_argument("--repeats", type=int, default=9, help="start-up runs (default 9)")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]} ({sys.executable}), {os.cpu_count()} cores, format {args.format}")
    print(f"{'size':>5} {'articles':>9} {'MB':>8} {'seconds':>8} {'MB/s':>7} {'art/s':>8} "
          f"{'peak MB':>8} {'baseline s':>10} {'x base':>7}")
    first = None
    for scale in (int(s) for s in args.scales.split(",")):
        folder = tempfile.mkdtemp(prefix="digest-bench-")
        try:
            count = args.articles * scale
            mb = make_corpus(folder, count) / 1e6
            base_s, _ = timed([sys.executable, "-c", BASELINE, folder])
            seconds, peak = timed([sys.executable, DIGEST, "-q", "--format", args.format, folder])
        finally:
            shutil.rmtree(folder)
        first = first or (scale, seconds, peak)
        print(f"{scale:>4}x {count:>9} {mb:>8.2f} {seconds:>8.2f} {mb / seconds:>7.2f} {count / seconds:>8.0f} "
              f"{peak:>8.1f} {base_s:>10.2f} {seconds / base_s:>7.2f}")
    if first:
        print(f"time per article relative to {first[0]}x is printed above as art/s; peak RSS at "
              f"{first[0]}x: {first[2]:.1f} MB")
    ours, base = startup(args.repeats)
    print(f"start-up: digest.py seeds/ {ours * 1000:.0f} ms, import re, json, argparse {base * 1000:.0f} ms "
          f"(ratio {ours / base:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
