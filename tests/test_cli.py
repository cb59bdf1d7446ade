"""The command line as users of jq and ripgrep expect it, and input meant to break it.

Every test runs the real command in a subprocess (or, for the large generated inputs, the real
pipeline in-process) and asserts stdout, stderr and the exit code.
"""

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import digest  # noqa: E402

SEED = os.path.join(ROOT, "seeds", "000_f7c3e4c0ba1a4866.txt")
with open(SEED, encoding="utf-8") as f:
    SEED_TEXT = f.read()
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100", "NO_COLOR": "1", "PYTHON_COLORS": "0"}


def run(*args, input=None, cwd=ROOT, timeout=120):
    return subprocess.run([sys.executable, os.path.join(ROOT, "digest.py"), *args], cwd=cwd, input=input,
                          capture_output=True, env=ENV, timeout=timeout)


def write(folder, name, data):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path


class TempFolder(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()


class TestInterface(TempFolder):
    def test_help_shows_every_option_and_examples(self):
        out = run("--help")
        self.assertEqual(out.returncode, 0)
        help_text = out.stdout.decode()
        for option in ("--format", "--output", "--quiet", "--version", "examples:", "digest.py seeds/"):
            self.assertIn(option, help_text)

    def test_version(self):
        out = run("--version")
        self.assertEqual((out.returncode, out.stdout.decode().strip()), (0, f"digest {digest.__version__}"))

    def test_usage_errors_exit_2(self):
        for args in ((), ("--format", "xml", "seeds/"), ("--no-such-option", "seeds/")):
            with self.subTest(args=args):
                out = run(*args)
                self.assertEqual(out.returncode, 2)
                self.assertEqual(out.stdout, b"")

    def test_stdin_is_one_article(self):
        out = run("-", "--format", "json", input=SEED_TEXT.encode())
        self.assertEqual(out.returncode, 0, out.stderr)
        data = json.loads(out.stdout)
        self.assertEqual([a["source"] for a in data["articles"]], ["<stdin>"])
        self.assertIn("Han Zheng", {e["name"] for e in data["entities"]})

    def test_jsonl_is_one_json_object_a_line(self):
        out = run("seeds/", "--format", "jsonl")
        self.assertEqual(out.returncode, 0)
        lines = out.stdout.decode().splitlines()
        records = [json.loads(line) for line in lines]
        kinds = [r["kind"] for r in records]
        self.assertEqual(kinds[:2], ["article", "article"])
        self.assertEqual(kinds[-1], "shared")
        self.assertLessEqual({"entity", "figure", "quote", "date"}, set(kinds))
        whole = json.loads(run("seeds/", "--format", "json").stdout)
        self.assertEqual([r for r in records if r["kind"] == "entity"],
                         [{"kind": "entity", **e} for e in whole["entities"]])

    def test_folders_are_walked_in_name_order_without_hidden_names(self):
        for name in ("b.txt", "a/z.txt", "a/b/c.txt", ".hidden/x.txt", "a/.secret.txt", "notes.md", "C.TXT"):
            write(self.dir, name, f"Mayor Ann Lee spoke in Paris about {name}.")
        out = run(self.dir, "--format", "json")
        self.assertEqual(out.returncode, 0, out.stderr)
        sources = [os.path.relpath(a["source"], self.dir) for a in json.loads(out.stdout)["articles"]]
        self.assertEqual(sources, ["C.TXT", "a/b/c.txt", "a/z.txt", "b.txt"])

    def test_a_symlink_loop_does_not_hang(self):
        write(self.dir, "news/one.txt", "Mayor Ann Lee spoke in Paris.")
        os.symlink(os.path.join(self.dir, "news"), os.path.join(self.dir, "news", "loop"))
        out = run(self.dir, "--format", "json", timeout=30)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(len(json.loads(out.stdout)["articles"]), 1)

    def test_output_file_is_written_whole_or_not_at_all(self):
        target = os.path.join(self.dir, "briefing.txt")
        out = run("seeds/", "-o", target)
        self.assertEqual((out.returncode, out.stdout), (0, b""))
        with open(target, encoding="utf-8") as f:
            self.assertEqual(f.read(), run("seeds/").stdout.decode())
        with open(target, "w", encoding="utf-8") as f:
            f.write("previous run\n")
        failed = run(os.path.join(self.dir, "missing"), "-o", target)
        self.assertEqual(failed.returncode, 1)
        with open(target, encoding="utf-8") as f:
            self.assertEqual(f.read(), "previous run\n")
        self.assertEqual(sorted(os.listdir(self.dir)), ["briefing.txt"])  # no temporary file left

    def test_output_into_a_missing_folder_is_one_line_of_error(self):
        out = run("seeds/", "-o", os.path.join(self.dir, "no", "such", "out.txt"))
        self.assertEqual((out.returncode, out.stdout), (1, b""))
        self.assertEqual(len(out.stderr.decode().splitlines()), 1)
        self.assertTrue(out.stderr.startswith(b"digest: "))

    def test_head_reads_one_line_and_nothing_goes_to_stderr(self):
        proc = subprocess.Popen([sys.executable, os.path.join(ROOT, "digest.py"), "seeds/"], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        proc.stderr.close()
        proc.wait(timeout=60)
        self.assertEqual(first, b"digest \xc2\xb7 2 articles \xc2\xb7 2 stories \xc2\xb7 759 words\n")
        self.assertEqual(err, b"")

    def test_broken_pipe_before_the_first_write(self):
        # As CPython's test_json/test_tool does: close the pipe before the child writes to it.
        proc = subprocess.Popen([sys.executable, os.path.join(ROOT, "digest.py"), "seeds/"], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
        proc.stdout.close()
        err = proc.stderr.read()
        proc.stderr.close()
        proc.wait(timeout=60)
        self.assertEqual(err, b"")
        self.assertEqual(proc.returncode, digest.EXIT_FAILURE)

    def test_ctrl_c_exits_130_without_a_traceback(self):
        feed = os.path.join(self.dir, "feed.txt")
        os.mkfifo(feed)  # digest blocks reading it: Ctrl-C arrives mid-run, not during start-up
        proc = subprocess.Popen([sys.executable, os.path.join(ROOT, "digest.py"), feed], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
        writer = None
        deadline = time.monotonic() + 60
        while writer is None:  # opening the FIFO to write succeeds once digest has opened it to read
            try:
                writer = os.open(feed, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                self.assertLess(time.monotonic(), deadline, "digest never opened its input")
                time.sleep(0.01)
        try:
            proc.send_signal(signal.SIGINT)
            # A signal that lands just before digest blocks in read() is only noticed when the read
            # returns: give it a byte to return with (interrupted mid-read, it never needs it).
            os.write(writer, b"x")
        finally:
            os.close(writer)
        out, err = proc.communicate(timeout=60)
        self.assertEqual((proc.returncode, out, err), (130, b"", b""))


class TestBadInput(TempFolder):
    def assertOneLineError(self, out, code=1):
        self.assertEqual(out.returncode, code)
        self.assertEqual(out.stdout, b"")
        lines = out.stderr.decode().splitlines()
        self.assertEqual(len(lines), 1, lines)
        self.assertTrue(lines[0].startswith("digest: "), lines)
        self.assertNotIn("Traceback", lines[0])

    def assertNothingToDigest(self, out, warning):
        self.assertEqual((out.returncode, out.stdout), (1, b""))
        self.assertEqual(out.stderr.decode().splitlines(), [f"digest: {warning}", "digest: nothing to digest"])

    def test_missing_path(self):
        self.assertNothingToDigest(run("/nonexistent"), "/nonexistent: no such file or folder")

    def test_quiet_still_reports_the_error_that_ends_the_run(self):
        out = run("-q", "/nonexistent", "/missing")
        self.assertOneLineError(out)
        self.assertEqual(out.stderr.decode(),
                         "digest: nothing to digest: /nonexistent: no such file or folder (and 1 more)\n")
        write(self.dir, "good.txt", SEED_TEXT)
        self.assertEqual(run("-q", self.dir, "/nonexistent").stderr, b"")  # a skipped input is a warning

    def test_empty_folder_and_folder_without_txt(self):
        self.assertNothingToDigest(run(self.dir), f"{self.dir}: no .txt files in this folder")
        write(self.dir, "notes.md", "Mayor Ann Lee spoke.")
        self.assertNothingToDigest(run(self.dir), f"{self.dir}: no .txt files in this folder")

    def test_empty_stdin_also_says_there_is_nothing_to_digest(self):
        self.assertNothingToDigest(run("-", input=b""), "<stdin>: empty, skipped")

    def test_binary_file_beside_good_ones(self):
        write(self.dir, "good.txt", SEED_TEXT)
        write(self.dir, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        out = run(self.dir, "--format", "json")
        self.assertEqual(out.returncode, digest.EXIT_PARTIAL)
        self.assertEqual(out.stderr.decode(), f"digest: {os.path.join(self.dir, 'image.txt')}: binary file, skipped\n")
        self.assertEqual([os.path.basename(a["source"]) for a in json.loads(out.stdout)["articles"]], ["good.txt"])

    def test_windows_1252_text_is_read_with_a_warning(self):
        path = write(self.dir, "old.txt", "Café owner Ann Lee said “prices rose” in Paris.".encode("cp1252"))
        out = run(path, "--format", "json")
        self.assertEqual(out.returncode, 0)
        self.assertEqual(out.stderr.decode(), f"digest: {path}: not UTF-8, read as Windows-1252\n")
        data = json.loads(out.stdout)
        self.assertEqual(data["quotes"][0]["text"], "prices rose")

    def test_bom_is_dropped_and_offsets_stay_true(self):
        path = write(self.dir, "bom.txt", "\ufeff" + SEED_TEXT)
        data = json.loads(run(path, "--format", "json").stdout)
        for m in data["articles"][0]["mentions"]:
            self.assertEqual(SEED_TEXT[m["start"]:m["end"]], m["text"])

    def test_crlf_and_cr_give_the_same_briefing_as_lf(self):
        lf = run("-", input=SEED_TEXT.encode())
        for eol in ("\r\n", "\r"):
            with self.subTest(eol=repr(eol)):
                other = run("-", input=SEED_TEXT.replace("\n", eol).encode())
                self.assertEqual(other.stdout, lf.stdout)
                self.assertEqual(other.returncode, 0)

    def test_empty_and_blank_files_are_skipped_with_a_warning(self):
        empty = write(self.dir, "a.txt", "")
        blank = write(self.dir, "b.txt", " \n\t\n\xa0\n")
        self.assertEqual(run(empty).returncode, 1)
        write(self.dir, "c.txt", SEED_TEXT)
        out = run(self.dir)
        self.assertEqual(out.returncode, digest.EXIT_PARTIAL)
        self.assertEqual(out.stderr.decode().splitlines(),
                         [f"digest: {empty}: empty, skipped", f"digest: {blank}: empty, skipped"])
        self.assertIn(b"Han Zheng", out.stdout)


def timed_digest(text: str) -> float:
    """Seconds to digest one article in-process, rendering both formats."""
    start = time.perf_counter()
    d = digest.merge_articles([digest.extract_article(text, "hostile.txt")])
    "".join(digest.render_text(d))
    "".join(digest.render_json(d))
    return time.perf_counter() - start


class TestHostileInput(unittest.TestCase):
    SIZE = 400_000  # timed against a quarter of it: linear work takes 4x as long, quadratic 16x

    def test_adversarial_inputs_take_linear_time(self):
        units = {
            "capitalised words": "Alpha Beta Gamma Delta ",
            "digits and commas": "1,234,567,",
            "bare digits": "7",
            "quote marks": "“\"‘",
            "U.S. repeated": "U.S. ",
            "A. repeated": "A. ",
        }
        for label, unit in units.items():
            with self.subTest(input=label):
                seconds = {}
                for size in (self.SIZE // 4, self.SIZE):
                    text = (unit * (size // len(unit) + 1))[:size]
                    seconds[size] = min(timed_digest(text) for _ in range(2))  # best of two: less noise
                growth = seconds[self.SIZE] / max(seconds[self.SIZE // 4], 0.005)
                self.assertLess(growth, 8.0, f"{seconds}")  # measured 3.8-5.0 on every input

    def test_one_very_long_line_of_prose(self):
        unit = "Senator Ann Lee said exports rose 5% to $3 billion on Friday, "
        text = unit * (500_000 // len(unit))  # no line break: every sentence rule runs on one line
        self.assertLess(timed_digest(text), 15.0)

    def test_random_text_never_breaks_the_tool(self):
        pieces = ["Ann", "Lee", "U.S.", "Senator", "Bank", "of", "Japan", "(BOJ)", "said", "the", "$4.5bn",
                  "12%", "3,000", "jobs", "“", "”", '"', "'", "’s", "Friday", "January", "21,", "2025", "-",
                  "—", ".", ",", "\n", "\n\n", "\r\n", "\t", "\xa0", "News", "Dismiss", "By", "PARIS",
                  "1996-08-30", "é", "中国", "🙂", "\ufeff", "\x00", "A.", "&", "Inc.", "from", "to",
                  "exports", "imports", "per cent", "about", "Mr", "O'Neill", "al-Assad", "Ex-Labour", "MP"]
        for seed in range(200):
            rng = random.Random(seed)
            text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 400)))
            with self.subTest(seed=seed):
                d = digest.merge_articles([digest.extract_article(text, "random.txt")])
                "".join(digest.render_text(d))
                data = json.loads("".join(digest.render_json(d)))
                clean = digest.same_length_lines(text)
                for m in data["articles"][0]["mentions"]:
                    self.assertEqual(clean[m["start"]:m["end"]], m["text"])
                    self.assertIn(m["type"], ("person", "organization", "place"))

    def test_random_files_through_the_command(self):
        with tempfile.TemporaryDirectory() as folder:
            rng = random.Random(7)
            for k in range(12):
                data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000)))
                if k % 3:  # most of them text with a few odd bytes, the rest raw bytes
                    data = " ".join(rng.choice(["Mayor", "Ann", "Lee", "said", "$5m", "“ok”", "\n"])
                                    for _ in range(300)).encode() + data[:5]
                write(folder, f"{k:02d}.txt", data)
            out = run(folder, "--format", "json")
            self.assertIn(out.returncode, (0, digest.EXIT_PARTIAL))
            self.assertNotIn(b"Traceback", out.stderr)
            for line in out.stderr.decode().splitlines():
                self.assertTrue(line.startswith("digest: "), line)
            json.loads(out.stdout)


if __name__ == "__main__":
    unittest.main()
