"""Stories: copies and reports of one event are one story; the briefing is bounded and ranked.

Every article here is invented for these tests.
"""

import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

import digest  # noqa: E402
from command import DIGEST  # noqa: E402

FERRY = """Ferry firm Bluewake agrees Korvex takeover

Bluewake Lines, the ferry operator, has agreed to be bought by Korvex Holdings for £2.4bn, ending a
month of talks between the two companies.

Korvex chief executive Amara Osei said the deal would create the largest ferry business in northern
Europe. "We have admired Bluewake for years and we will keep its name," she said.

Bluewake chairman Tomas Lindqvist said shareholders would receive 310p a share in cash, a premium of
28% on the price before talks were first reported.

The deal still needs the approval of competition regulators in Norway and Denmark, which are expected
to rule by the summer. Shares in Bluewake Lines rose 12% in early trading.

Analysts at Harwood Securities said the price was fair but warned that fuel costs would squeeze margins
at the combined group."""

# The same article republished elsewhere: a new headline, crumbs, and its last paragraph dropped.
FERRY_COPY = "\n\n".join(["Korvex wins Bluewake in £2.4bn deal"] + FERRY.split("\n\n")[1:-1] + ["News\nShare"])

# Another outlet's report of the same event, in its own words.
FERRY_OTHER = """Korvex to buy rival ferry group

Korvex Holdings is to buy Bluewake Lines in a £2.4bn cash deal, the companies announced on Monday.

Under the terms, Bluewake investors get 310p for each share. Amara Osei, who runs Korvex, told
reporters the combined company would keep both brands for now. Tomas Lindqvist, Bluewake's chairman,
called the offer "the right result for our shareholders".

Regulators must still approve the takeover."""

# Two different stories about one country: they share Norway and nothing distinctive.
NORWAY_OIL = """Norway raises oil output forecast

Norway's petroleum directorate raised its forecast for oil output this year by 3%, citing new fields
in the North Sea. Director Ingrid Haugen said production would peak in 2027."""

NORWAY_SKI = """Skiers flock to Norway resorts

Ski resorts across Norway reported record bookings for the February holidays. Resort owner Lars Moen
said heavy snow had drawn visitors from Germany and the Netherlands."""


NAMES = ("Abbott Baird Carver Dobbs Ellery Farrow Garland Haskell Irwin Jessop Kimble Lawler Marsh Nolan Orton "
         "Pryor Quill Rudd Sefton Tolley Upton Vickers Whitlow Yardley Zeller Ashby Brandt Colley Dunmore Eady").split()


def digest_of(*texts):
    return digest.merge_articles([digest.extract_article(t, f"{k}.txt") for k, t in enumerate(texts)])


class TestStories(unittest.TestCase):
    def story_sets(self, d):
        return sorted(sorted(s.articles) for s in d.stories)

    def test_a_republished_copy_joins_its_original(self):
        d = digest_of(FERRY, NORWAY_OIL, FERRY_COPY)
        self.assertEqual(self.story_sets(d), [[1, 3], [2]])
        self.assertEqual(d.stories[0].title, "Ferry firm Bluewake agrees Korvex takeover")

    def test_two_outlets_reports_of_one_event_join(self):
        d = digest_of(NORWAY_SKI, FERRY, FERRY_OTHER)
        self.assertEqual(self.story_sets(d), [[1], [2, 3]])

    def test_two_stories_about_one_country_stay_apart(self):
        d = digest_of(NORWAY_OIL, NORWAY_SKI)
        self.assertEqual(self.story_sets(d), [[1], [2]])

    def test_reports_days_apart_are_two_stories(self):
        dated = ["By Staff - Desk March 3, 2025\n\n" + FERRY.split("\n\n", 1)[1],
                 "By Staff - Desk March 30, 2025\n\n" + FERRY_OTHER.split("\n\n", 1)[1]]
        d = digest_of("Ferry deal agreed\n" + dated[0], "Ferry deal\n" + dated[1])
        self.assertEqual(self.story_sets(d), [[1], [2]])

    def test_every_article_has_a_story_and_the_largest_comes_first(self):
        d = digest_of(NORWAY_OIL, FERRY, FERRY_COPY, FERRY_OTHER)
        self.assertEqual([s.id for s in d.stories], [1, 2])
        self.assertEqual(list(d.story_of), [2, 1, 1, 1])
        self.assertIn("Korvex Holdings", d.stories[0].entities)

    def test_a_name_in_fewer_stories_than_articles_says_how_many(self):
        text = "".join(digest.render_text(digest_of(FERRY, FERRY_COPY, NORWAY_OIL)))
        line = next(line for line in text.splitlines() if line.startswith("  Korvex Holdings · "))
        self.assertIn(" · 1 story · articles 1, 2", line)  # ranked by stories: the count the rank follows
        one = next(line for line in text.splitlines() if " · article 3" in line and " · " in line)
        self.assertNotIn("story", one)  # one article, one story: nothing to say

    def test_a_theme_written_again_and_again_outranks_one_written_once_here_and_there(self):
        d = digest_of("Dock workers vote\n\nThe harbour strike began on Monday. The harbour was closed and the "
                      "harbour pilots joined. A council plan was published.",
                      "Ferries stopped\n\nFerries left the harbour empty. The harbour board said the harbour would "
                      "reopen. The plan is late.",
                      "Budget talks\n\nThe council met to discuss the budget plan for schools and roads.")
        self.assertEqual(d.shared["themes"][:1], ["harbour"])  # six mentions in two articles; "plan" three in three

    def test_what_the_headline_names_leads_the_story_a_place_too(self):
        d = digest_of("Fenwick's party picks Oxbridge for spring rally\n\nThe Carvel Party will hold its spring rally in "
                      "Oxbridge and not Kelmouth. Party chair Ruth Kelmouth-Hale said Kelmouth had been loyal. Rally "
                      "organiser Dan Fenwick welcomed it. Dan Fenwick said Kelmouth "
                      "hotels would lose trade. Kelmouth traders and the Kelmouth Hotel Association were upset.",
                      "Fenwick backs the move\n\nOrganiser Dan Fenwick said he agreed. Dan Fenwick spoke "
                      "of the Carvel Party rally. Kelmouth had hosted it since 1990.")
        self.assertEqual(d.stories[0].entities[:2], ("Dan Fenwick", "Oxbridge"))
        # a place named twice before a town named seven times; a person by any of their names

    def test_a_word_written_only_inside_a_name_is_no_theme(self):
        d = digest_of("Vote call\n\nThe Lib Dem team met voters. The Lib Dem team said taxes must rise for schools.",
                      "Poll news\n\nThe Lib Dem team led a poll on taxes. The Lib Dem team won new voters.")
        self.assertNotIn("lib", d.shared["themes"])  # a piece of the name "Lib Dem"
        self.assertIn("taxes", d.shared["themes"])

    def test_copies_count_once_in_the_rankings(self):
        d = digest_of(FERRY, FERRY_COPY, NORWAY_OIL)
        text = "".join(digest.render_text(d))
        self.assertEqual(text.count("£2.4bn = 2,400,000,000 GBP"), 1)
        self.assertIn("[1, 2] £2.4bn", text)


    def test_a_figure_in_many_articles_shows_the_copy_that_tells_most(self):
        common = ("\n\nThe deal creates the biggest phone firm in Texas, where both firms employ thousands of "
                  "engineers and sell broadband to homes and offices across the state.")
        first = "Phone merger agreed in Texas\n\nThe firm has agreed a roughly $16bn takeover of its rival." + common
        second = ("Phone merger agreed in Texas\n\nZorba Telecom has agreed a roughly $16bn takeover of rival Kesta."
                  + common + " Zorba Telecom is based in Dallas.")
        text = "".join(digest.render_text(digest_of(first, second)))
        figures = [line for line in text.splitlines() if line.startswith("  [") and "$16bn" in line]
        self.assertEqual(figures, ["  [1, 2] $16bn (approx.) = 16,000,000,000 USD · Zorba Telecom's takeover of "
                                   "rival Kesta"])  # (not the first copy's "takeover of rival")
        story = next(line for line in text.splitlines() if line.startswith("     articles 1, 2"))
        self.assertIn("$16bn (Zorba Telecom's takeover", story)


class TestBoundedBriefing(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        for k, name in enumerate(NAMES):  # thirty one-article stories, each with a person, a firm and a figure
            with open(os.path.join(cls.tmp.name, f"{k:02d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"Story number {k}\n\nSenator Ann {name} said {name}ex Holdings would pay "
                        f"${k + 2}m in fines, a record for the state of Oruvo, on Friday.")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def run_digest(self, *args):
        out = subprocess.run([*DIGEST, self.tmp.name, *args],
                             capture_output=True, timeout=60)
        self.assertEqual(out.returncode, 0, out.stderr)
        return out.stdout.decode("utf-8")

    def test_sections_print_and_n_more(self):
        text = self.run_digest()
        for heading in ("STORIES", "ARTICLES", "PEOPLE", "ORGANISATIONS", "FIGURES"):
            with self.subTest(section=heading):
                section = text.split(f"\n{heading}\n", 1)[1].split("\n\n", 1)[0].splitlines()
                self.assertEqual(section[-1], "  … and 18 more (--all)")
        self.assertLessEqual(max(len(line) for line in text.splitlines()), 100)

    def test_a_compact_article_line_names_only_what_it_has(self):
        articles = self.run_digest().split("\nARTICLES\n", 1)[1].splitlines()
        self.assertRegex(articles[0], r"^  \[\d+\] Story number \d+ · \d+ words · ")
        self.assertNotIn("no byline", articles[0])

    def test_top_sets_the_count_and_all_restores_every_item(self):
        people = [line for line in self.run_digest("--top", "3").split("\nPEOPLE\n", 1)[1].split("\n\n")[0].splitlines()]
        self.assertEqual(len(people), 4)
        self.assertEqual(people[-1], "  … and 27 more (--all)")
        everything = self.run_digest("--all")
        self.assertNotIn("more (--all)", everything)
        for name in NAMES:
            self.assertIn(f"Ann {name}", everything)

    def test_a_bad_top_is_a_usage_error(self):
        out = subprocess.run([*DIGEST, self.tmp.name, "--top", "0"],
                             capture_output=True, timeout=60)
        self.assertEqual(out.returncode, 2)


if __name__ == "__main__":
    unittest.main()
