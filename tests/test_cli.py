"""The command line as users of jq and ripgrep expect it, and input meant to break it.

Every test runs the real command in a subprocess (or, for the large generated inputs, the real
pipeline in-process) and asserts stdout, stderr and the exit code.
"""

import json
import os
import random
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from contextlib import contextmanager
from unittest import mock

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import digest  # noqa: E402
from command import DIGEST, SCRIPT  # noqa: E402

SEED = os.path.join(ROOT, "seeds", "000_f7c3e4c0ba1a4866.txt")
with open(SEED, encoding="utf-8") as f:
    SEED_TEXT = f.read()
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100", "NO_COLOR": "1", "PYTHON_COLORS": "0"}


def run(*args, input=None, cwd=ROOT, timeout=120):
    return subprocess.run([*DIGEST, *args], cwd=cwd, input=input,
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
        out = subprocess.run([*SCRIPT, "--help"], capture_output=True, env=ENV, timeout=120)  # the README's command
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
        proc = subprocess.Popen([*DIGEST, "seeds/"], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
        with killed_after(proc, 60):  # (a hung command ends the wait, not the suite)
            first = proc.stdout.readline()
            proc.stdout.close()
            err = proc.stderr.read()
        proc.stderr.close()
        proc.wait(timeout=60)
        self.assertEqual(first, b"digest \xc2\xb7 2 articles \xc2\xb7 2 stories \xc2\xb7 759 words\n")
        self.assertEqual(err, b"")

    def test_broken_pipe_before_the_first_write(self):
        # As CPython's test_json/test_tool does: close the pipe before the child writes to it.
        proc = subprocess.Popen([*DIGEST, "seeds/"], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
        with killed_after(proc, 60):
            proc.stdout.close()
            err = proc.stderr.read()
        proc.stderr.close()
        proc.wait(timeout=60)
        self.assertEqual(err, b"")
        self.assertEqual(proc.returncode, digest.EXIT_FAILURE)

    def test_ctrl_c_exits_130_without_a_traceback(self):
        feed = os.path.join(self.dir, "feed.txt")
        os.mkfifo(feed)  # digest blocks reading it: Ctrl-C arrives mid-run, not during start-up
        proc = subprocess.Popen([*DIGEST, feed], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
        writer = open_writer(feed)
        try:
            signal_a_reader(proc, signal.SIGINT, writer)
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


def private_device(folder: str, name: str, major: int, minor: int) -> str | None:
    """A character device node of our own in `folder` (1,5 is zero, 1,7 full), or None where the
    machine does not let us make one; the system's /dev is never touched."""
    path = os.path.join(folder, name)
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
        with open(path, "rb"):
            pass
    except OSError:
        return None
    return path


def nested(folder: str, names: list[str]) -> int:
    """Folders `names` one inside the other under `folder`, made relative to a folder descriptor so
    that the whole path may exceed what the system allows; the deepest one's descriptor."""
    fd = os.open(folder, os.O_RDONLY)
    for name in names:
        os.mkdir(name, dir_fd=fd)
        inner = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    return fd


def write_at(fd: int, name: str, text: str) -> None:
    out = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(out, text.encode())
    os.close(out)


ARTICLE = "Mayor Ann Lee said on Monday that the city would spend $5 million on its parks."


class TestOutputTargets(TempFolder):
    """Class 1 of the careful user's list: -o writes what it should and nothing else."""

    def test_an_output_that_is_an_input_is_refused_before_reading(self):
        path = write(self.dir, "a.txt", ARTICLE)
        out = run(path, "-o", path)
        self.assertEqual((out.returncode, out.stderr.decode()), (2, f"digest: {path}: the output is one of the inputs\n"))
        with open(path, encoding="utf-8") as f:
            self.assertEqual(f.read(), ARTICLE)
        link = os.path.join(self.dir, "link.txt")
        os.symlink(path, link)
        self.assertEqual(run(link, "-o", path).returncode, 2)  # the same file under another name

    def test_a_link_is_written_through_and_kept(self):
        target = write(self.dir, "real/briefing.txt", "old\n")
        link = os.path.join(self.dir, "briefing.txt")
        os.symlink(target, link)
        self.assertEqual(run("seeds/", "-o", link).returncode, 0)
        self.assertTrue(os.path.islink(link))
        with open(target, encoding="utf-8") as f:
            self.assertEqual(f.read(), run("seeds/").stdout.decode())

    def test_an_existing_output_keeps_its_mode(self):
        target = write(self.dir, "briefing.txt", "old\n")
        os.chmod(target, 0o640)
        self.assertEqual(run("seeds/", "-o", target).returncode, 0)
        self.assertEqual(stat.S_IMODE(os.stat(target).st_mode), 0o640)

    def test_an_output_inside_the_input_folder_is_not_read_back(self):
        write(self.dir, "a.txt", ARTICLE)
        target = os.path.join(self.dir, "briefing.txt")
        for _ in range(2):
            out = run(self.dir, "-o", target, "--format", "json")
            self.assertEqual((out.returncode, out.stderr), (0, b""))
        with open(target, encoding="utf-8") as f:
            self.assertEqual([os.path.basename(a["source"]) for a in json.loads(f.read())["articles"]], ["a.txt"])

    def test_a_fifo_is_written_straight(self):
        fifo = os.path.join(self.dir, "pipe")
        os.mkfifo(fifo)
        proc = subprocess.Popen([*DIGEST, "seeds/", "-o", fifo],
                                cwd=ROOT, stderr=subprocess.PIPE, env=ENV)
        with open_reader(fifo, proc) as f:
            received = f.read()
        self.assertEqual(proc.wait(timeout=60), 0)
        proc.stderr.close()
        self.assertEqual(received, run("seeds/").stdout)
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))


class TestWriteErrors(TempFolder):
    """Class 2: a failed write is one line and exit 1, never success or a traceback."""

    def test_a_full_device_as_output_or_stdout(self):
        full = private_device(self.dir, "full", 1, 7)
        if full is None:
            self.skipTest("cannot make a device node here")
        out = run("seeds/", "-o", full)
        self.assertEqual((out.returncode, out.stderr.decode()),
                         (1, f"digest: {full}: cannot write: No space left on device\n"))
        self.assertTrue(stat.S_ISCHR(os.stat(full).st_mode))  # still the device
        with open(full, "wb") as sink:
            out = subprocess.run([*DIGEST, "seeds/"], cwd=ROOT,
                                 stdout=sink, stderr=subprocess.PIPE, env=ENV, timeout=60)
        self.assertEqual((out.returncode, out.stderr.decode()), (1, "digest: <stdout>: No space left on device\n"))

    def test_stdout_closed(self):
        out = subprocess.run(["sh", "-c", f'"{DIGEST[0]}" "{DIGEST[1]}" seeds/ >&-'],
                             cwd=ROOT, capture_output=True, env=ENV, timeout=60)
        self.assertEqual((out.returncode, out.stderr.decode()), (1, "digest: <stdout>: closed, nothing can be written\n"))

    def test_a_temporary_folder_that_cannot_be_written(self):
        def refuse(*args, **kwargs):
            raise OSError(28, "No space left on device")

        spool = digest.Spool()
        spool.IN_MEMORY = 0
        with mock.patch("tempfile.TemporaryFile", refuse), self.assertRaises(digest.DigestError) as caught:
            spool.append(digest.extract_article(ARTICLE, "a.txt"))
        self.assertRegex(str(caught.exception), r"^temporary folder .+: No space left on device$")

    def test_sigterm_leaves_no_temporary_file(self):
        feed = os.path.join(self.dir, "feed.txt")
        os.mkfifo(feed)
        target = os.path.join(self.dir, "out", "briefing.txt")
        os.mkdir(os.path.dirname(target))
        proc = subprocess.Popen([*DIGEST, feed, "-o", target], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
        writer = open_writer(feed)
        os.write(writer, ARTICLE.encode())
        signal_a_reader(proc, signal.SIGTERM, writer)
        os.close(writer)
        out, err = proc.communicate(timeout=60)
        self.assertEqual((proc.returncode, out, err), (143, b"", b""))
        self.assertEqual(os.listdir(os.path.dirname(target)), [])


@contextmanager
def killed_after(proc: subprocess.Popen, seconds: float):
    """Within the block, the process under test is killed should it still run after `seconds`: a
    blocking read of its output then returns."""
    timer = threading.Timer(seconds, proc.kill)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def open_reader(fifo: str, proc: subprocess.Popen):
    """The reading end of a FIFO the process under test writes, as a file; should the process end (or
    hang a minute) without opening it, the open returns at once with nothing to read, not never."""
    def unblock():
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # a writer come and gone: the read ends
        except OSError:
            pass  # no reader waits: the test has read what it was sent
    threading.Thread(target=unblock, daemon=True).start()
    return open(fifo, "rb")


def open_writer(fifo: str) -> int:
    """The writing end of a FIFO, once the process under test has opened it to read (opening it to
    write succeeds only then); OSError after a minute."""
    deadline = time.monotonic() + 60
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def signal_a_reader(proc: subprocess.Popen, sig: int, writer: int) -> None:
    """Send `sig` to a process reading a FIFO. A signal that lands just before it blocks in read() is
    only noticed when the read returns: give it a byte to return with. If it has exited already, the
    FIFO has no reader and the write fails with EPIPE: nothing to do (this raced under load)."""
    proc.send_signal(sig)
    try:
        os.write(writer, b"x")
    except BrokenPipeError:
        pass


class TestNothingLostSilently(TempFolder):
    """Class 3: every input skipped or emptied is named, and the run exits 3."""

    def test_an_unreadable_subfolder_is_named(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to run the command as another user")
        write(self.dir, "a.txt", ARTICLE)
        locked = os.path.join(self.dir, "locked")
        write(locked, "b.txt", ARTICLE)
        os.chmod(locked, 0)
        os.chmod(self.dir, 0o755)
        try:  # the interpreter and this checkout must be reachable by that user (not under a 0700 folder)
            subprocess.run([*DIGEST, "--version"], cwd="/", user=65534,
                           check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.CalledProcessError):
            self.skipTest("the interpreter or this checkout cannot be reached by an unprivileged user here")
        out = subprocess.run([*DIGEST, self.dir], cwd="/", user=65534,
                             capture_output=True, env=ENV, timeout=60)
        self.assertEqual(out.returncode, digest.EXIT_PARTIAL, out.stderr)
        self.assertEqual(out.stderr.decode(), f"digest: {locked}: Permission denied, skipped\n")

    def test_a_path_longer_than_the_system_allows_is_named(self):
        write(self.dir, "a.txt", ARTICLE)
        fd = nested(self.dir, ["d" * 250] * 20)  # 5,000 characters
        write_at(fd, "deep.txt", ARTICLE)
        os.close(fd)
        out = run(self.dir)
        self.assertEqual(out.returncode, digest.EXIT_PARTIAL)
        self.assertIn("File name too long, skipped", out.stderr.decode())
        self.assertEqual(len(out.stderr.decode().splitlines()), 1)

    def test_a_one_line_article_with_a_slash_is_kept(self):
        path = write(self.dir, "a.txt", "Mayor Ann Lee opens the Paris / Lyon rail link")
        out = run(path, "--format", "json")
        self.assertEqual((out.returncode, out.stderr), (0, b""))
        self.assertEqual({e["name"] for e in json.loads(out.stdout)["entities"]}, {"Ann Lee", "Paris", "Lyon"})

    def test_an_article_of_crumbs_only_is_named(self):
        write(self.dir, "a.txt", ARTICLE)
        crumbs = write(self.dir, "b.txt", "News\nDismiss\n")
        out = run(self.dir)
        self.assertEqual(out.returncode, digest.EXIT_PARTIAL)
        self.assertEqual(out.stderr.decode(),
                         f"digest: {crumbs}: nothing left after cleaning (only navigation or captions), skipped\n")


class TestUnreadableWithoutRoot(TempFolder):
    def test_a_folder_that_cannot_be_listed_is_a_warning(self):
        write(self.dir, "a.txt", ARTICLE)
        locked = os.path.join(self.dir, "locked")
        write(locked, "b.txt", ARTICLE)
        real = os.scandir

        def scandir(path):
            if path == locked:
                raise PermissionError(13, "Permission denied")
            return real(path)

        warnings = []
        with mock.patch("os.scandir", scandir):
            found = digest.walk_folder(self.dir, set(), warnings)
        self.assertEqual(found, [os.path.join(self.dir, "a.txt")])
        self.assertEqual(warnings, [f"{locked}: Permission denied, skipped"])


class TestNamesAndSignals(TempFolder):
    """Class 6: odd names, deep folders and an early Ctrl-C give a line, never a traceback."""

    def test_undecodable_bytes_and_newlines_in_names_are_escaped(self):
        folder = os.fsencode(self.dir)
        for name in (b"caf\xff.txt", b"two\nlines.txt"):
            with open(os.path.join(folder, name), "wb") as f:
                f.write(ARTICLE.encode())
        text = run(self.dir)
        self.assertEqual((text.returncode, text.stderr), (0, b""))
        self.assertIn(f"{self.dir}/caf\\xff.txt".encode(), text.stdout)
        self.assertIn(f"{self.dir}/two\\nlines.txt".encode(), text.stdout)
        data = json.loads(run(self.dir, "--format", "json").stdout)
        self.assertEqual([a["source"] for a in data["articles"]],
                         [f"{self.dir}/caf\\xff.txt", f"{self.dir}/two\\nlines.txt"])

    def test_a_folder_1500_levels_deep(self):
        fd = nested(self.dir, ["a"] * 1500)
        write_at(fd, "deep.txt", ARTICLE)
        os.close(fd)
        try:
            out = run(self.dir, "--format", "json", timeout=60)
        finally:
            subprocess.run(["rm", "-rf", os.path.join(self.dir, "a")])  # shutil.rmtree would recurse too deep
        self.assertEqual((out.returncode, out.stderr), (0, b""))
        self.assertEqual(json.loads(out.stdout)["articles"][0]["source"].count("/a"), 1500)

    def test_ctrl_c_at_start_up(self):
        # From the script's first line on: that line gives SIGINT back its default action, which
        # /proc shows (the interpreter's own start-up and its compiling of the script come before it
        # and print Python's own message). Then at several moments after it.
        for delay in (0, 0.01, 0.03, 0.06):
            with self.subTest(delay=delay):
                proc = subprocess.Popen([*DIGEST, "seeds/"], cwd=ROOT,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
                deadline = time.monotonic() + 60
                while not exec_done(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.0005)  # before exec, /proc shows the test's own copy with its SIGINT handler
                for caught in (True, False):  # the interpreter's handler comes, then the script's first line
                    while catches_sigint(proc.pid) is not caught and proc.poll() is None \
                            and time.monotonic() < deadline:
                        time.sleep(0.0005)
                if catches_sigint(proc.pid) is None and proc.poll() is None:
                    proc.kill()
                    proc.communicate()
                    self.skipTest("cannot read the signal mask here (/proc)")
                time.sleep(delay)
                proc.send_signal(signal.SIGINT)
                out, err = proc.communicate(timeout=60)
                self.assertNotIn(b"Traceback", err)
                self.assertIn(proc.returncode, (0, 130, -signal.SIGINT))  # 0: it was done before the signal

    def test_output_is_the_same_bytes_in_any_locale(self):
        write(self.dir, "caf\u00e9.txt", "Café owner Ann Lee said “prices rose” in Zürich.")
        runs = []
        for env in ({"LC_ALL": "C"}, {"LC_ALL": "C.UTF-8"}, {"LANG": "en_US.ISO-8859-1", "LC_ALL": ""}):
            clean = {k: v for k, v in ENV.items() if k not in ("PYTHONIOENCODING", "LANG", "LC_ALL", "LC_CTYPE")}
            out = subprocess.run([*DIGEST, self.dir], cwd=ROOT,
                                 capture_output=True, env={**clean, **env, "PYTHONUTF8": "0"}, timeout=60)
            runs.append((out.returncode, out.stdout, out.stderr))
        self.assertEqual(runs[0], runs[1])
        self.assertEqual(runs[0], runs[2])
        self.assertIn("café.txt".encode(), runs[0][1])


class TestLayoutPromises(TempFolder):
    """Class 7: 100 columns by display width, mixed encodings, warnings over a progress line."""

    def test_long_and_wide_headlines_stay_within_100_columns(self):
        write(self.dir, "a.txt", "Officials " + "word" * 60 + "\n\n" + ARTICLE)
        write(self.dir, "b.txt", "市長が新しい予算を発表しました。" * 10 + "\n\n" + ARTICLE)
        out = run(self.dir, "--all")
        self.assertEqual(out.returncode, 0)
        widths = [digest.columns(line) for line in out.stdout.decode().splitlines()]
        self.assertLessEqual(max(widths), 100)
        self.assertIn("市長が新しい予算", out.stdout.decode())

    def test_a_file_mixing_utf8_and_windows_1252(self):
        path = write(self.dir, "mixed.txt", "Mayor Zoë Lee spoke on Monday.\n".encode()
                     + "Owner Ann Lee said “prices rose” at the café.\n".encode("cp1252"))
        out = run(path, "--format", "json")
        self.assertEqual(out.stderr.decode(), f"digest: {path}: 1 of 3 lines not UTF-8, read as Windows-1252\n")
        names = {e["name"] for e in json.loads(out.stdout)["entities"]}
        self.assertIn("Zoë Lee", names)
        self.assertEqual(json.loads(out.stdout)["quotes"][0]["text"], "prices rose")

    def test_a_warning_erases_the_progress_line_first(self):
        import io
        stream = io.StringIO()
        messages = digest.Messages(quiet=False)
        messages.progress = digest.Progress(10, stream)
        messages.progress.visible = True
        with mock.patch.object(digest.Messages, "write", lambda self, text: (self.progress.erase(),
                                                                            stream.write(text))):
            messages.warn("a.txt: empty, skipped")
        self.assertEqual(stream.getvalue(), "\r\x1b[Kdigest: a.txt: empty, skipped\n")


class TestBoundedReads(TempFolder):
    """Class 4: no input is read past the limit, and only regular files are read from folders."""

    def test_an_article_over_the_limit_is_skipped(self):
        write(self.dir, "a.txt", ARTICLE)
        big = write(self.dir, "big.txt", ARTICLE * 30)
        out = run(self.dir, "--max-bytes", "1000")
        self.assertEqual(out.returncode, digest.EXIT_PARTIAL)
        self.assertEqual(out.stderr.decode(), f"digest: {big}: larger than 1,000 bytes, skipped (see --max-bytes)\n")

    def test_an_endless_device_named_is_read_only_to_the_limit(self):
        zero = private_device(self.dir, "zero", 1, 5)
        if zero is None:
            self.skipTest("cannot make a device node here")
        out = run(zero, "--max-bytes", "100000", timeout=30)
        self.assertEqual((out.returncode, out.stderr.decode().splitlines()),
                         (1, [f"digest: {zero}: larger than 100,000 bytes, skipped (see --max-bytes)",
                              "digest: nothing to digest"]))

    def test_devices_and_fifos_in_a_folder_are_not_read(self):
        write(self.dir, "a.txt", ARTICLE)
        os.mkfifo(os.path.join(self.dir, "feed.txt"))
        zero = private_device(self.dir, "zero.txt", 1, 5)
        out = run(self.dir, timeout=30)
        self.assertEqual(out.returncode, digest.EXIT_PARTIAL)
        expected = [f"digest: {os.path.join(self.dir, 'feed.txt')}: not a regular file, skipped"]
        if zero:
            expected.append(f"digest: {zero}: not a regular file, skipped")
        self.assertEqual(out.stderr.decode().splitlines(), expected)


class TestHostileDigests(TempFolder):
    """Class 5: merge checks every record it reads back; garbage is one line and exit 1."""

    def setUp(self):
        super().setUp()
        self.good = json.loads(run("seeds/", "--format", "json").stdout)

    def merge_in_process(self, data: str):
        """The digest merged from `data`, or the DigestError message."""
        path = write(self.dir, "d.json", data)
        try:
            return digest.merge_articles(list(digest.read_digests(path, 10 ** 8)))
        except digest.DigestError as e:
            return str(e)

    def test_garbage_is_refused_with_the_field_named(self):
        cases = {
            '"words": "356"': ("words", "356"),
            "a 4,000-digit number": ("words", "REPLACE"),
            "a negative local": ("local", -1),
            "offsets out of range": ("start", 10 ** 20),
            "NaN": ("value", float("nan")),
        }
        for label, (key, value) in cases.items():
            with self.subTest(label):
                data = json.dumps(poke(copy_of(self.good), key, value)).replace('"REPLACE"', "9" * 4000)
                self.assertIsInstance(self.merge_in_process(data), str)
        self.assertIn("nested too deeply", self.merge_in_process("[" * 100_000))
        twice = copy_of(self.good)
        twice["articles"][1]["id"] = twice["articles"][0]["id"]
        self.assertIn("articles[1].id: used twice", self.merge_in_process(json.dumps(twice)))

    def test_a_mutated_digest_never_passes_as_good_or_breaks_the_tool(self):
        text = json.dumps(self.good)
        rng = random.Random(5)
        for trial in range(300):
            data = mutate(copy_of(self.good), rng, text)
            with self.subTest(trial=trial):
                result = self.merge_in_process(data if isinstance(data, str) else json.dumps(data))
                self.assertIsInstance(result, str, f"garbage accepted: {mutate.last}")
                self.assertIn("not a digest written by --format json", result)

    def test_garbage_through_the_command_is_one_line(self):
        path = write(self.dir, "bad.json", json.dumps(poke(copy_of(self.good), "words", "356")))
        out = run("merge", path)
        self.assertEqual((out.returncode, out.stdout), (1, b""))
        self.assertEqual(out.stderr.decode(), f"digest: {path}: articles[0].words: not int "
                                              "(not a digest written by --format json)\n")


def copy_of(data):
    return json.loads(json.dumps(data))


def poke(data, key: str, value):
    """`data` with the first field named `key` (depth first) set to `value`."""
    stack = [data]
    while stack:
        node = stack.pop(0)
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for k, v in items:
            if k == key:
                node[k] = value
                return data
            stack.append(v)
    raise KeyError(key)


def mutate(data, rng: random.Random, text: str):
    """One damaging change to a digest: a key deleted, a value of the wrong type or out of range, the
    text cut short or nested deep. Every one of them makes it something --format json never writes."""
    kind = rng.randrange(5)
    mutate.last = kind
    if kind == 0:
        return text[:rng.randrange(1, len(text) - 1)]
    if kind == 1:
        depth = rng.randrange(2, 50_000)
        return "[" * depth + text + "]" * depth
    records = [r for part in ("articles", "figures", "quotes", "dates") for r in data[part]]
    record = rng.choice(records)
    key = rng.choice(sorted(k for k in record if k not in ("high", "approx", "derived", "from", "note")))
    mutate.last = (kind, key, record.get("id", record.get("text")))
    if kind == 2:
        del record[key]
    elif kind == 3:
        record[key] = {"str": 7, "int": "7", "float": "7.5", "bool": 1, "NoneType": "x", "list": "x",
                       "dict": []}[type(record[key]).__name__]
    else:
        value = record[key]
        record[key] = (-1 if isinstance(value, int) and not isinstance(value, bool) and key != "value"
                       else float("inf") if key == "value" else {"a": 1})
    return data


def corpus(folder: str, count: int) -> None:
    """`count` generated articles (the benchmark's generator) in `folder`."""
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    import bench
    bench.make_corpus(folder, count)


def children(pid: int) -> set[int]:
    """The child processes of `pid` (Linux /proc), empty where that cannot be read."""
    found = set()
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found |= {int(p) for p in f.read().split()}
    except OSError:
        pass
    return found


def catches_sigint(pid: int) -> bool | None:
    """Whether a process has a handler for SIGINT (Linux /proc), None where that cannot be read."""
    try:
        with open(f"/proc/{pid}/status") as f:
            mask = next(line.split()[1] for line in f if line.startswith("SigCgt:"))
    except (OSError, StopIteration):
        return None
    return bool(int(mask, 16) & (1 << (signal.SIGINT - 1)))


def exec_done(pid: int) -> bool:
    """Whether a child started with digest.py runs it yet (/proc/PID/cmdline names the script)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return b"digest.py" in f.read()
    except OSError:
        return True  # nothing to wait for where /proc cannot be read


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


CRASHING = """
import os, sys
sys.path.insert(0, {root!r})
import digest
real = digest.extract_article
def extract_article(text, source):
    if "CRASH" in text:
        {action}
    return real(text, source)
digest.extract_article = extract_article
sys.exit(digest.main(sys.argv[1:]))
"""


class TestJobs(TempFolder):
    """-j N: the same bytes for every N, and the run's promises kept with workers."""

    def test_the_same_bytes_for_every_number_of_jobs_and_format(self):
        corpus(self.dir, 60)
        write(self.dir, "zz/empty.txt", "")
        for fmt in ("text", "json", "jsonl"):
            outs = {j: run(self.dir, "-f", fmt, "-j", str(j)) for j in (1, 2, 3)}
            with self.subTest(format=fmt):
                self.assertEqual(outs[1].returncode, digest.EXIT_PARTIAL)
                self.assertEqual(outs[1].stderr.decode(), f"digest: {self.dir}/zz/empty.txt: empty, skipped\n")
                for j in (2, 3):
                    self.assertEqual((outs[j].returncode, outs[j].stdout, outs[j].stderr),
                                     (outs[1].returncode, outs[1].stdout, outs[1].stderr))

    def test_shards_made_with_workers_merge_into_the_whole(self):
        corpus(self.dir, 50)
        files = sorted(os.path.join(self.dir, f) for f in os.listdir(self.dir))
        shards = []
        for k, part in enumerate((files[:30], files[30:])):
            path = os.path.join(self.dir, f"shard{k}.json")
            with open(path, "wb") as f:
                f.write(run("-f", "json", "-j", "2", *part).stdout)
            shards.append(path)
        self.assertEqual(run("merge", *shards).stdout, run("-j", "1", *files).stdout)

    def test_an_article_that_breaks_the_extractor_costs_only_itself(self):
        corpus(self.dir, 40)
        bad = write(self.dir, "000010b.txt", "Mayor Ann Lee said CRASH.")
        script = CRASHING.format(root=ROOT, action='raise ValueError("no such rule")')
        for jobs in ("1", "2"):
            with self.subTest(jobs=jobs):
                out = subprocess.run([sys.executable, "-c", script, self.dir, "-j", jobs, "-f", "json"],
                                     capture_output=True, env=ENV, timeout=120)
                self.assertEqual(out.returncode, digest.EXIT_PARTIAL)
                self.assertEqual(out.stderr.decode(),
                                 f"digest: {bad}: could not be digested (ValueError: no such rule), skipped\n")
                self.assertEqual(len(json.loads(out.stdout)["articles"]), 40)

    def test_a_worker_that_dies_ends_the_run_with_one_line(self):
        corpus(self.dir, 40)
        write(self.dir, "000010b.txt", "Mayor Ann Lee said CRASH.")
        target = os.path.join(self.dir, "out", "briefing.txt")
        os.mkdir(os.path.dirname(target))
        script = CRASHING.format(root=ROOT, action="os._exit(9)")
        out = subprocess.run([sys.executable, "-c", script, self.dir, "-j", "2", "-o", target],
                             capture_output=True, env=ENV, timeout=120)
        self.assertEqual((out.returncode, out.stdout), (1, b""))
        self.assertEqual(out.stderr.decode(), "digest: a worker process died (out of memory?); "
                                              "run with -j 1 to find the article\n")
        self.assertEqual(os.listdir(os.path.dirname(target)), [])

    def test_ctrl_c_and_sigterm_leave_no_worker_behind(self):
        corpus(self.dir, 400)
        for sig, code in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
            with self.subTest(signal=sig.name):
                proc = subprocess.Popen([*DIGEST, self.dir, "-j", "2"],
                                        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
                deadline, workers = time.monotonic() + 60, set()
                while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
                    workers = children(proc.pid)
                    time.sleep(0.01)
                if len(workers) < 2:
                    proc.kill()
                    proc.communicate()
                    self.skipTest("cannot see the worker processes here (/proc)")
                proc.send_signal(sig)
                out, err = proc.communicate(timeout=60)
                self.assertEqual((proc.returncode, out, err), (code, b"", b""))
                time.sleep(0.2)
                self.assertEqual([pid for pid in workers if alive(pid)], [])

    def test_a_closed_pipe_with_workers(self):
        corpus(self.dir, 60)
        proc = subprocess.Popen([*DIGEST, self.dir, "-j", "2"], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
        with killed_after(proc, 60):  # (a hung command ends the wait, not the suite)
            first = proc.stdout.readline()
            proc.stdout.close()
            err = proc.stderr.read()
        proc.stderr.close()
        self.assertEqual((proc.wait(timeout=60), err), (digest.EXIT_FAILURE, b""))
        self.assertTrue(first.startswith(b"digest \xc2\xb7 60 articles"))


def timed_digest(text: str) -> float:
    """CPU seconds of this process to digest one article in-process, rendering both formats (CPU time, not
    wall time: on a machine busy with other work, wall time can swing the ratios these tests compare)."""
    start = time.process_time()
    d = digest.merge_articles([digest.extract_article(text, "hostile.txt")])
    "".join(digest.render_text(d))
    "".join(digest.render_json(d))
    return time.process_time() - start


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
        unit = "Senator Ann Lee said exports rose 5% to $3 billion on Friday, "  # no line break: one sentence
        size = 100_000  # timed against a quarter of it, as above, not against a clock: machines differ
        seconds = {n: min(timed_digest(unit * (n // len(unit))) for _ in range(2)) for n in (size // 4, size)}
        self.assertLess(seconds[size] / max(seconds[size // 4], 0.005), 8.0, f"{seconds}")

    def test_figures_owners_take_linear_time(self):
        units = {"a country's, one sentence": "Norway said the deficit rose 5% to $3 billion on Friday, ",
                 "a firm's, short sentences": "Brindle Bank posted a loss of $3 billion on Friday. ",
                 "a fronted 'With', one sentence": "With sales of $5bn, Brindle Motors is big, "}  # (was 13x)
        size = 100_000  # timed against a quarter of it: linear work takes 4x as long, quadratic 16x
        for label, unit in units.items():
            with self.subTest(input=label):
                seconds = {}
                for n in (size // 4, size):
                    seconds[n] = min(timed_digest(unit * (n // len(unit))) for _ in range(2))
                self.assertLess(seconds[size] / max(seconds[size // 4], 0.005), 8.0, f"{seconds}")

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
