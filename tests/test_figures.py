"""Every form of figure in tests/figure_cases.py: its text, exact value, unit, range end and the noun
it measures, one subtest a row; and the known gaps, which must stay gaps until fixed."""

import os
import re
import sys
import unittest
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

import digest  # noqa: E402
import figure_cases  # noqa: E402

BODY = "The agency published the report on Monday in its weekly bulletin."  # no figure in it


def headline(sentence: str) -> bool:
    return not re.search(r"[.?!\"”]$", sentence)


def problem(case) -> str | None:
    """What is wrong with the tool's figure for one row, or None."""
    sentence, text, value, unit, about = case[:5]
    high = case[5] if len(case) > 5 else None
    article = f"{sentence}\n\n{BODY}" if headline(sentence) else f"Report\n\n{sentence}"
    start = article.index(text)
    figures = [f for f in digest.extract_article(article, "case.txt").figures if not f.derived]
    if unit == "none":
        hit = [f for f in figures if f.start < start + len(text) and f.end > start]
        return f"{hit[0].text!r} read as a figure" if hit else None
    found = [f for f in figures if f.start == start]
    if not found:
        return f"not found; found {[f.text for f in figures]}"
    f = found[0]
    words = re.findall(r"[\w'-]+", f.about.lower())
    if f.text != text:
        return f"text {f.text!r}"
    if Decimal(str(f.value)) != Decimal(value) or f.unit != unit:
        return f"value {f.value} {f.unit}"
    if high is not None and (f.high is None or Decimal(str(f.high)) != Decimal(high)):
        return f"high end {f.high}"
    if not set(about.split("|")) & set(words):
        return f"about {f.about!r}"
    return None


class TestFigureTable(unittest.TestCase):
    def test_the_table_is_large_and_invented_for_these_tests(self):
        self.assertGreaterEqual(len(figure_cases.CASES), 150)
        for case in figure_cases.CASES + figure_cases.KNOWN_GAPS:
            self.assertIn(case[1], case[0])

    def test_every_row(self):
        for case in figure_cases.CASES:
            with self.subTest(sentence=case[0]):
                self.assertIsNone(problem(case))

    def test_known_gaps_are_still_gaps(self):
        for case in figure_cases.KNOWN_GAPS:
            with self.subTest(sentence=case[0]):
                self.assertIsNotNone(problem(case), "fixed: move this row into CASES")


if __name__ == "__main__":
    unittest.main()
