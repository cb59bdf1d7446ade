"""Digests of shards merge into exactly the digest of the whole, whatever the split."""

import json
import os
import random
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

import bench  # noqa: E402  (its article generator; importing it runs nothing)
import digest  # noqa: E402
from command import DIGEST  # noqa: E402

SEEDS = sorted(os.path.join("seeds", f) for f in os.listdir(os.path.join(ROOT, "seeds")))


def run(*args):
    out = subprocess.run([*DIGEST, *args], cwd=ROOT,
                         capture_output=True, timeout=120)
    if out.returncode:
        raise AssertionError(out.stderr.decode())
    return out.stdout.decode("utf-8")


class TestMerge(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        rng = random.Random(11)
        cls.corpus = []
        for k in range(14):
            path = os.path.join(cls.tmp.name, f"{k:03d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(bench.article(rng, k))
            cls.corpus.append(path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def shard(self, files, name):
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(run("--format", "json", *files))
        return path

    def test_seeds_split_in_two(self):
        a, b = self.shard(SEEDS[:1], "a.json"), self.shard(SEEDS[1:], "b.json")
        for fmt in ("json", "text", "jsonl"):
            with self.subTest(format=fmt):
                self.assertEqual(run("merge", a, b, "--format", fmt), run("--format", fmt, *SEEDS))

    def test_generated_corpus_split_anywhere(self):
        whole = run("--format", "json", *self.corpus)
        for cut in (1, 5, 9, 13):
            with self.subTest(cut=cut):
                a = self.shard(self.corpus[:cut], f"head{cut}.json")
                b = self.shard(self.corpus[cut:], f"tail{cut}.json")
                self.assertEqual(run("merge", a, b, "--format", "json"), whole)

    def test_a_story_across_shards_is_regrouped_by_the_merge(self):
        with open(self.corpus[0], encoding="utf-8") as f:
            first = f.read()
        copy = os.path.join(self.tmp.name, "copy.txt")  # the first article republished under a new headline
        with open(copy, "w", encoding="utf-8") as f:
            f.write("A new headline for an old story\n\n" + first.split("\n", 1)[1])
        files = self.corpus[:5] + [copy]
        whole = run("--format", "json", *files)
        a, b = self.shard(files[:3], "s1.json"), self.shard(files[3:], "s2.json")
        self.assertEqual(run("merge", a, b, "--format", "json"), whole)
        stories = json.loads(whole)["stories"]
        self.assertIn([1, 6], [s["articles"] for s in stories])
        self.assertEqual(run("merge", a, b), run(*files))

    def test_merging_is_associative(self):
        parts = [self.corpus[:4], self.corpus[4:9], self.corpus[9:]]
        a, b, c = (self.shard(p, f"part{k}.json") for k, p in enumerate(parts))
        ab = self.shard_of_merge([a, b], "ab.json")
        bc = self.shard_of_merge([b, c], "bc.json")
        whole = run("--format", "json", *self.corpus)
        self.assertEqual(run("--merge", ab, c, "--format", "json"), whole)
        self.assertEqual(run("--merge", a, bc, "--format", "json"), whole)

    def shard_of_merge(self, paths, name):
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(run("merge", *paths, "--format", "json"))
        return path

    def test_digests_one_a_line_on_standard_input(self):
        # A streaming job's reducer (Hadoop Streaming, Spark's RDD.pipe) receives one digest a line.
        lines = "".join(run("--format", "json", path).replace("\n", "") + "\n" for path in SEEDS)
        out = subprocess.run([*DIGEST, "merge", "-"], cwd=ROOT,
                             input=lines.encode(), capture_output=True, timeout=60)
        self.assertEqual((out.returncode, out.stderr), (0, b""))
        self.assertEqual(out.stdout.decode(), run(*SEEDS))

    def test_a_file_that_is_no_digest_is_one_line_of_error(self):
        out = subprocess.run([*DIGEST, "merge", SEEDS[0]], cwd=ROOT,
                             capture_output=True, timeout=60)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(out.stderr.decode(),
                         f"digest: {SEEDS[0]}: not a digest written by --format json (Expecting value)\n")
        self.assertEqual(out.stdout, b"")


class TestSpool(unittest.TestCase):
    def test_articles_on_disk_render_as_in_memory(self):
        rng = random.Random(3)
        articles = [digest.extract_article(bench.article(rng, k), f"{k}.txt") for k in range(9)]
        in_memory = "".join(digest.render_json(digest.merge_articles(articles)))
        saved = digest.Spool.IN_MEMORY
        try:
            digest.Spool.IN_MEMORY = 2
            with digest.Spool() as spool:
                d = digest.merge_articles(iter(articles), spool)
                self.assertIsNotNone(spool.file)
                self.assertEqual("".join(digest.render_json(d)), in_memory)
            self.assertIsNone(spool.file)  # closed: the temporary file is gone
        finally:
            digest.Spool.IN_MEMORY = saved


if __name__ == "__main__":
    unittest.main()
