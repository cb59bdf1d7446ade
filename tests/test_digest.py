"""Tests for digest.py: each stage on small inputs written here, then the whole command on seeds/.

Golden files live in tests/golden/; DIGEST_UPDATE_GOLDEN=1 rewrites them (read the diff before
committing).
"""

import json
import os
import re
import subprocess
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import digest  # noqa: E402

GOLDEN = os.path.join(ROOT, "tests", "golden")


def run(*args, input=None, env=None):
    """Run digest.py as a user would, from the project folder."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run([sys.executable, os.path.join(ROOT, "digest.py"), *args], cwd=ROOT,
                          input=input, capture_output=True, env=full_env, timeout=120)


def article(text: str) -> digest.Article:
    return digest.extract_article(text, "test.txt")


def people(a: digest.Article) -> dict:
    return {e.name: e for e in a.entities if e.type == "person"}


def names_of(a: digest.Article, type_: str) -> set:
    return {e.name for e in a.entities if e.type == type_}


class TestRead(unittest.TestCase):
    def test_utf8_with_bom(self):
        self.assertEqual(digest.decode("\ufeffCafé".encode("utf-8"), "x"), ("Café", None))

    def test_windows_1252_falls_back_with_a_warning(self):
        text, warning = digest.decode("Café “quoted”".encode("cp1252"), "old.txt")
        self.assertEqual(text, "Café “quoted”")
        self.assertIn("old.txt", warning)

    def test_binary_is_refused(self):
        with self.assertRaises(digest.DigestError):
            digest.decode(b"\x89PNG\r\n\x1a\n\x00\x00", "image.txt")


class TestClean(unittest.TestCase):
    PAGE = ("Markets rally as rates fall\n\nMarkets rally as rates fall\n"
            "Traders on the floor. / Photo agency\n"
            "By Jane Doe - Business Desk March 3, 2024\n\n"
            "Shares rose on Monday after the central bank cut rates, traders said.\n\n"
            "\xa0\n\nNews\n\nDismiss")

    def test_headline_byline_date_and_crumbs(self):
        text = self.PAGE
        lay = digest.layout_article(text)
        self.assertEqual(lay.title, "Markets rally as rates fall")
        self.assertEqual(lay.byline, "Jane Doe - Business Desk")
        self.assertEqual(lay.date, "2024-03-03")
        body = [text[s:e] for s, e in lay.body]
        self.assertEqual(body, ["Shares rose on Monday after the central bank cut rates, traders said."])
        content = [text[s:e] for s, e in lay.content]
        self.assertEqual(content[0], "Markets rally as rates fall")  # the headline, once
        self.assertNotIn("Traders on the floor. / Photo agency", content)  # the caption

    def test_crumbs_are_short_trailing_lines_without_a_sentence(self):
        for line, crumb in (("News", True), ("Dismiss", True), ("Read more", True), ("\xa0", True),
                            ("Shares rose.", False), ("Ajax 3 PSV 1", False),
                            ("The minister resigned on Friday after weeks of pressure", False)):
            with self.subTest(line=line):
                self.assertEqual(digest.is_crumb(line) or not line.strip(), crumb)

    def test_first_long_sentence_is_not_a_headline(self):
        text = ("SENATOR Ann Lee said on Tuesday that the bill, which has been debated for months, would "
                "pass before the recess, according to two aides.\nThe vote is due next week.")
        a = article(text)
        self.assertFalse(a.headline)
        self.assertTrue(a.title.startswith("Senator Ann Lee said on Tuesday"))
        self.assertTrue(a.title.endswith("…"))

    def test_dateline_gives_the_date(self):
        lay = digest.layout_article("Rain stops play\nLONDON 1996-08-30\nRain stopped play at the Oval.")
        self.assertEqual(lay.date, "1996-08-30")

    def test_crlf_and_cr_give_the_same_briefing_as_lf(self):
        lf = self.PAGE
        for eol in ("\r\n", "\r"):
            with self.subTest(eol=repr(eol)):
                other = lf.replace("\n", eol)
                a, b = digest.merge_articles([article(lf)]), digest.merge_articles([article(other)])
                self.assertEqual("".join(digest.render_text(a)), "".join(digest.render_text(b)))


class TestNames(unittest.TestCase):
    def test_titles_become_roles_and_aliases_merge(self):
        a = article("Senator Maria Lopez met Prime Minister Tom Baker in Paris on Monday. "
                    "Lopez said the talks went well, and Baker’s aides agreed.")
        found = people(a)
        self.assertEqual(set(found), {"Maria Lopez", "Tom Baker"})
        self.assertEqual(found["Maria Lopez"].roles, ("Senator",))
        self.assertEqual(found["Tom Baker"].roles, ("Prime Minister",))
        self.assertEqual(found["Maria Lopez"].mentions, 2)
        self.assertEqual(found["Tom Baker"].aliases, ("Tom Baker", "Baker"))
        self.assertEqual(names_of(a, "place"), {"Paris"})

    def test_title_stripping(self):
        for text, name, role in (
                ("The talks were led by Vice President-elect K.L. Moss of Ohio.", "K.L. Moss", "Vice President-elect"),
                ("PRESIDENT-elect Tom Ridge spoke.", "Tom Ridge", "President-elect"),
                ("They met Vice-President Anna Kowalski in Warsaw.", "Anna Kowalski", "Vice President"),
                ("Sen. Dana Whitfield objected.", "Dana Whitfield", "Sen"),
                ("The report quoted business mogul Rafe Okonkwo at length.", "Rafe Okonkwo", "business mogul"),
                ("Chinese President Wu Lin arrived.", "Wu Lin", "President")):
            with self.subTest(text=text):
                found = people(article(text))
                self.assertIn(name, found)
                self.assertEqual(found[name].roles[:1], (role,))

    def test_a_first_word_names_the_organisation(self):
        a = article("Acme bought the firm Zeta. Zeta Company Software gains staff.")
        orgs = {e.name: e for e in a.entities if e.type == "organization"}
        self.assertEqual(orgs["Zeta Company Software"].aliases, ("Zeta", "Zeta Company Software"))

    def test_role_in_an_apposition(self):
        found = people(article("Mike Dunn, vice president in Acme's security unit, said it was ready."))
        self.assertEqual(found["Mike Dunn"].roles, ("vice president",))

    def test_a_title_alone_is_not_a_person(self):
        a = article("The Vice President said the Senator would not attend. Dismiss")
        self.assertEqual(people(a), {})

    def test_sentence_openers_are_not_names(self):
        a = article("However, markets fell. Still, traders were calm. According to analysts, "
                    "it was a quiet day.")
        self.assertEqual(a.entities, ())

    def test_places_share_one_name(self):
        a = article("Trade between the US and Canada grew. The U.S. said the United States would "
                    "keep tariffs, and US-Canada talks continue.")
        places = {e.name: e for e in a.entities if e.type == "place"}
        self.assertEqual(set(places), {"United States", "Canada"})
        self.assertEqual(set(places["United States"].aliases), {"US", "U.S.", "United States"})

    def test_organisations_by_cue_acronym_and_camel_case(self):
        a = article("The Bank of Japan (BOJ) held rates. Analysts at Nomura Holdings said the BOJ "
                    "would wait, while PayPal shares rose and Acme’s factory closed.")
        orgs = {e.name: e for e in a.entities if e.type == "organization"}
        self.assertIn("Bank of Japan", orgs)
        self.assertIn("BOJ", orgs["Bank of Japan"].aliases)
        self.assertIn("Nomura Holdings", orgs)
        self.assertIn("PayPal", orgs)
        self.assertIn("Acme", orgs)

    def test_shouted_headline_and_dateline_are_read_case_blind(self):
        text = ("TENNIS - MARIA LOPEZ BEATS ANA RUIZ IN PARIS.\nPARIS 1996-08-30\n"
                "Top seed Maria Lopez beat Ana Ruiz 6-2 6-3 at the French Open on Friday.")
        a = article(text)
        self.assertEqual(a.date, "1996-08-30")
        got = [(m.text, m.type) for m in a.mentions if m.start < text.index("Top seed")]
        self.assertEqual(got, [("MARIA LOPEZ", "person"), ("ANA RUIZ", "person"), ("PARIS", "place"),
                               ("PARIS", "place")])

    def test_mention_spans_leave_out_titles_and_possessives(self):
        text = "Governor Ann Smith’s plan, backed by Smith's deputy, passed."
        a = article(text)
        spans = [(m.text, m.type) for m in a.mentions]
        self.assertEqual(spans, [("Ann Smith", "person"), ("Smith", "person")])
        for m in a.mentions:
            self.assertEqual(text[m.start:m.end], m.text)


def typed(text: str) -> list:
    """(mention text, type) of an article's resolved mentions, in order."""
    d = digest.merge_articles([article(text)])
    first = next(iter(d.articles))
    return [(m.text, d.names[(m.type, m.entity)][0]) for m in first.mentions if d.names.get((m.type, m.entity))]


class TestNameRules(unittest.TestCase):
    """One sentence for each general rule of name extraction."""

    def check(self, cases):
        for text, expected in cases:
            with self.subTest(text=text):
                self.assertEqual(typed(text), expected)

    def test_spans_and_connectors(self):
        self.check((
            ("The National Bank of Poland held rates.", [("National Bank of Poland", "organization")]),
            ("Shares of Douglas & Lomason Co rose.", [("Douglas & Lomason Co", "organization")]),
            ("Analysts cited Lynn Reaser of Barnett Banks Inc. on Monday.",
             [("Lynn Reaser", "person"), ("Barnett Banks Inc.", "organization")]),
            ("It competes with Johnson Controls Inc and Lear Corp in seats.",
             [("Johnson Controls Inc", "organization"), ("Lear Corp", "organization")]),
            ("The Securities and Exchange Commission opened an inquiry.",
             [("Securities and Exchange Commission", "organization")]),
            ("Shares rose on the New York Stock Exchange.", [("New York Stock Exchange", "organization")]),
            ("Ships crossed the South China Sea.", [("South China Sea", "place")]),
            ("Rebels took the Republic of Korea by surprise.", [("Republic of Korea", "place")]),
        ))

    def test_words_that_qualify_a_name(self):
        self.check((
            ("The deal will help Ontario-based Magna grow.", [("Magna", "organization")]),
            ("It is a Hong Kong-listed company.", []),
            ("The Iraqis claimed victory.", []),
            ("The Scottish National Party objected.", [("Scottish National Party", "organization")]),
            ("The German Foreign Ministry objected.", [("Foreign Ministry", "organization")]),
            ("Ex-Labour MP Tom Ridley spoke.", [("Labour", "organization"), ("Tom Ridley", "person")]),
            ("Prime Minister Hun Sen agreed.", [("Hun Sen", "person")]),
            ("Model Sophie Marlow arrived late.", [("Sophie Marlow", "person")]),
        ))

    def test_context_types_unknown_names(self):
        self.check((
            ("Police in the town of Uyo said the corporal fled.", [("Uyo", "place")]),
            ("Fighting spread to the Pamir mountains.", [("Pamir", "place")]),
            ("The Yugoslav news agency Tanjug reported the closure.", [("Tanjug", "organization")]),
            ("He told the Sun newspaper on Friday.", [("Sun", "organization")]),
            ("Gains at CITIC Pacific lifted the index.", [("CITIC Pacific", "organization")]),
            ("Workers at Air France went on strike.", [("Air France", "organization")]),
            ("The Treasury sold bonds.", [("Treasury", "organization")]),
            ("The Dow Jones industrial average fell.", []),
            ("Officials closed Charles de Gaulle airport.", [("Charles de Gaulle", "place")]),
            ("He thanked the Eagles organisation.", [("Eagles", "organization")]),
            ('"We will appeal," Ortega said.', [("Ortega", "person")]),
            ("Ann Lee, chief executive of Zorba, resigned.", [("Ann Lee", "person"), ("Zorba", "organization")]),
            ("Every Windows PC runs Windows XP.", [("Windows PC", "organization"), ("Windows XP", "organization")]),
        ))

    def test_the_article_types_its_own_short_forms(self):
        self.check((
            ("Mercantile Bancorp Inc. is for sale. Mercantile declined comment.",
             [("Mercantile Bancorp Inc.", "organization"), ("Mercantile", "organization")]),
            ("Profits at TimeWarner rose, Time Warner said. It owns AOL.",
             [("TimeWarner", "organization"), ("Time Warner", "organization"), ("AOL", "organization")]),
            ("The Securities and Exchange Commission sued. The SEC said it would appeal.",
             [("Securities and Exchange Commission", "organization"), ("SEC", "organization")]),
            ("Ironically, Ortiz lost.", []),
            ("Acme bought the firm Zeta. Zeta Company Software gains staff.",
             [("Zeta", "organization"), ("Zeta Company Software", "organization")]),  # "Acme" opens a sentence
        ))

    def test_datelines_and_state_abbreviations(self):
        self.check((("Debate details set\nIRVINE, Calif 1996-08-30\nThe debate is on.",
                     [("IRVINE", "place"), ("Calif", "place")]),))

    def test_sports_clubs_and_athletes(self):
        self.check((
            ("Chicago beat Boston 4-2 on Friday in the league match, scoring goals in a fine season.",
             [("Chicago", "organization"), ("Boston", "organization")]),
            ("Striker Lentini joined Milan in a goal-shy season after the cup match in Turin, the league said.",
             [("Lentini", "person"), ("Milan", "organization"), ("Turin", "place")]),
            ("The coach picked Bath prop Ian Wood for the squad's match.",
             [("Bath", "organization"), ("Ian Wood", "person")]),
            ("Results of the season's league match:\n8. Dmitri Markov (Belarus) 5.65\nThe coach was pleased.",
             [("Dmitri Markov", "person"), ("Belarus", "place")]),
        ))


class TestFigures(unittest.TestCase):
    def figures(self, text):
        return [f for f in article(text).figures if not f.derived]

    def test_money_and_percentages_are_normalised(self):
        for text, value, unit in (
                ("Exports reached $401 billion.", 401e9, "USD"),
                ("The fund holds US$1.2 trillion.", 1.2e12, "USD"),
                ("Profits hit £4.8bn.", 4.8e9, "GBP"),
                ("The deal is worth €1.84 billion.", 1.84e9, "EUR"),
                ("It raised $600 million.", 600e6, "USD"),
                ("It raised $600m.", 600e6, "USD"),
                ("The budget is 1.2 trillion yen.", 1.2e12, "JPY"),
                ("The plan costs Rs 500 crore.", 5e9, "INR"),
                ("Growth was 3.5 per cent.", 3.5, "percent"),
                ("Inflation was 12%.", 12, "percent"),
                ("Rates rose 0.5%.", 0.5, "percent"),
                ("The plant will cut 4,000 jobs.", 4000, "count")):
            with self.subTest(text=text):
                figs = self.figures(text)
                self.assertEqual(len(figs), 1, figs)
                self.assertAlmostEqual(figs[0].value, value, delta=abs(value) * 1e-9)
                self.assertEqual(figs[0].unit, unit)

    def test_years_dates_and_scores_are_not_figures(self):
        for text in ("In 2003 results improved.", "It was founded in 1936 by farmers.",
                     "He returned on January 19 after talks.", "They won 92-90 in overtime."):
            with self.subTest(text=text):
                self.assertEqual(self.figures(text), [])

    def test_ranges_keep_both_ends(self):
        figs = self.figures("The repairs will cost $10-20 million.")
        self.assertEqual([(f.value, f.high, f.unit) for f in figs], [(10e6, 20e6, "USD")])

    def test_two_percentages_and_approximations(self):
        figs = self.figures("The tax fell from 150% to 75%, raising about $3 billion.")
        self.assertEqual([(f.text, f.unit) for f in figs],
                         [("150%", "percent"), ("75%", "percent"), ("$3 billion", "USD")])
        self.assertTrue(figs[2].approx)
        self.assertFalse(figs[0].approx)

    def test_what_a_figure_measures(self):
        figs = self.figures("Germany has a trade surplus with France, with German exports to France "
                            "reaching around €90 billion last year, while imports from France were "
                            "valued at €60 billion.")
        self.assertEqual([f.about for f in figs],
                         ["German exports to France last year", "imports from France"])

    def test_what_a_figure_measures_in_harder_clauses(self):
        for text, about in (
                ("Acme said it now owns 8% of search-engine Foogle.", "share of search-engine Foogle"),
                ("Other counters say the figure is closer to 15%.", "figure"),
                ("The firm will pay $76 for each Zeta share.", "for each Zeta share (firm)"),
                ("It lost 464,000 subscribers in the fourth quarter.", "lost in the fourth quarter"),
                ("It set aside cash for legal reserves, which it previously set at $500m.", "legal reserves"),
                ("Acme is projecting operating earnings growth of around 5%.", "operating earnings growth (Acme)"),
                ("A survey found that 90% of PCs are infested.", "share of PCs")):
            with self.subTest(text=text):
                self.assertEqual(self.figures(text)[0].about, about)

    def test_balance_of_opposite_figures_is_derived(self):
        a = article("Germany has a trade surplus with France, with German exports to France reaching "
                    "around €90 billion last year, while imports from France were valued at €60 billion.")
        derived = [f for f in a.figures if f.derived]
        self.assertEqual(len(derived), 1)
        self.assertEqual((derived[0].text, derived[0].value, derived[0].unit), ("€30 billion", 30e9, "EUR"))
        self.assertEqual(derived[0].about, "implied Germany trade surplus with France")
        self.assertEqual(derived[0].note, "exports ≈ 1.5× imports")

    def test_revenue_minus_costs_is_derived(self):
        a = article("Ticket revenue was £12m this season, while running costs were £9m.")
        derived = [(f.text, f.value, f.note) for f in a.figures if f.derived]
        self.assertEqual(derived, [("£3m", 3e6, "revenue ≈ 1.3× costs")])

    def test_change_from_before_to_after_is_derived(self):
        a = article("Revenue rose to $12m in 2024 from $8m a year earlier, the company said.")
        derived = [f for f in a.figures if f.derived]
        self.assertEqual([(f.text, f.value, f.note) for f in derived], [("$4m", 4e6, "+50.0%")])


class TestQuotes(unittest.TestCase):
    def quotes(self, text):
        a = article(text)
        return [(q.text, q.speaker) for q in a.quotes]

    def test_speaker_next_to_a_speech_verb(self):
        for text, expected in (
                ("“We will win,” said Coach Amy Reyes.", [("We will win", "Amy Reyes")]),
                ("Mayor Lars Berg said: “The bridge opens in May.”", [("The bridge opens in May.", "Lars Berg")]),
                ('"It is over," Senator Paul Ortiz told reporters.', [("It is over", "Paul Ortiz")]),
                ("Governor Ada Kim has labeled the plan the “worst idea yet”.", [("worst idea yet", "Ada Kim")])):
            with self.subTest(text=text):
                self.assertEqual(self.quotes(text), expected)

    def test_pronoun_and_role_resolve_to_the_person(self):
        text = ("Vice President Omar Haddad met officials on Monday. The vice president acknowledged "
                "“deep differences” between them. He pointed out “some progress” too.")
        self.assertEqual(self.quotes(text), [("deep differences", "Omar Haddad"), ("some progress", "Omar Haddad")])

    def test_pronoun_after_an_apposition_subject(self):
        text = ("Mike Dunn, vice president in Acme's unit, said it was early. "
                '"We will have a plan," he said.')
        self.assertEqual(self.quotes(text), [("We will have a plan", "Mike Dunn")])

    def test_scare_quotes_belong_to_the_sentence_subject(self):
        text = "Governor Ida Marsh revealed that she had a “good” meeting with unions."
        self.assertEqual(self.quotes(text), [("good", "Ida Marsh")])

    def test_descriptions_spokesmen_and_it(self):
        self.assertEqual(self.quotes('"I am outraged," the play\'s organiser in Lagos, Ada Obi, told reporters.'),
                         [("I am outraged", "Ada Obi")])
        self.assertEqual(self.quotes('The Zeta Media Council met. A Zeta Media Council spokesman said: "We act."'),
                         [("We act.", "Zeta Media Council")])
        self.assertEqual(self.quotes('The Zeta Media Council banned the play. It said the organisers must "cut '
                                     'the offending parts".'), [("cut the offending parts", "Zeta Media Council")])

    def test_a_modifier_is_not_a_speaker(self):
        text = "The Marsh administration referred to the plan as the “best available option,” officials said."
        self.assertEqual(self.quotes(text), [("best available option", None)])


class TestDates(unittest.TestCase):
    def test_weekdays_resolve_against_the_article_date(self):
        text = ("By Staff - Desk January 21, 2025\n\nThe deal closed on Friday, days after talks on "
                "January 19 and a meeting last year.")
        a = article("Deal done\n" + text)
        self.assertEqual(a.date, "2025-01-21")
        got = [(d.text, d.value) for d in a.dates]
        self.assertEqual(got, [("on Friday", "2025-01-17"), ("January 19", "2025-01-19"), ("last year", "2024")])

    def test_date_edges(self):
        a = article("The Ethiopian legend won Sunday's race, which ended on 19 October.")
        self.assertEqual([d.text for d in a.dates], ["Sunday", "19 October"])

    def test_without_an_article_date_relative_dates_stay_unresolved(self):
        a = article("The deal closed on Friday after talks on January 19.")
        self.assertEqual([(d.text, d.value) for d in a.dates], [("on Friday", None), ("January 19", None)])


class TestMerge(unittest.TestCase):
    def test_surname_in_one_article_joins_full_name_in_another(self):
        a = article("Senator Maria Lopez visited Boston.")
        b = article("Lopez later returned to Boston, where Lopez spoke.")
        d = digest.merge_articles([a, b])
        people_ = [e for e in d.entities if e.type == "person"]
        self.assertEqual([(e.name, tuple(e.articles), e.mentions) for e in people_], [("Maria Lopez", (1, 2), 3)])
        self.assertEqual(d.shared["person"], ["Maria Lopez"])
        self.assertEqual(d.shared["place"], ["Boston"])

    def test_an_ambiguous_surname_stays_apart(self):
        a = article("Senator Maria Lopez visited Boston. Senator Ana Lopez stayed home.")
        b = article("Boston was calm, Lopez said.")
        d = digest.merge_articles([a, b])
        self.assertEqual({e.name for e in d.entities if e.type == "person"}, {"Maria Lopez", "Ana Lopez", "Lopez"})

    def test_a_bare_name_nothing_explains_is_left_out(self):
        d = digest.merge_articles([article("Crowds gathered. Ortiga later arrived in Boston.")])
        self.assertEqual([e.name for e in d.entities], ["Boston"])

    def test_shared_themes_are_topic_words_of_two_articles(self):
        a = article("Tariffs on steel rose again as the steel trade dispute grew.")
        b = article("Steel makers said tariffs would hurt trade.")
        themes = digest.merge_articles([a, b]).shared["themes"]
        self.assertEqual(themes[:3], ["steel", "tariffs", "trade"])


SEED_TEXT = os.path.join(GOLDEN, "seeds.txt")
SEED_JSON = os.path.join(GOLDEN, "seeds.json")


class TestSeeds(unittest.TestCase):
    """The whole command on the two seed articles."""
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.text = run("seeds/")
        cls.json = run("seeds/", "--format", "json")

    def check_golden(self, path, got):
        if os.environ.get("DIGEST_UPDATE_GOLDEN"):
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(got)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(got, f.read())

    def test_text_golden(self):
        self.assertEqual(self.text.returncode, 0, self.text.stderr)
        self.assertEqual(self.text.stderr, b"")
        self.check_golden(SEED_TEXT, self.text.stdout.decode("utf-8"))

    def test_json_golden(self):
        self.assertEqual(self.json.returncode, 0, self.json.stderr)
        self.check_golden(SEED_JSON, self.json.stdout.decode("utf-8"))

    def test_people_each_once_with_roles(self):
        data = json.loads(self.json.stdout)
        found = {e["name"]: e for e in data["entities"] if e["type"] == "person"}
        self.assertEqual(set(found), {"Han Zheng", "J.D. Vance", "Elon Musk", "Xi Jinping", "Donald Trump",
                                      "Joe Biden", "Marco Rubio"})
        for name, role in (("J.D. Vance", "Vice President-elect"), ("Marco Rubio", "Senator"),
                           ("Elon Musk", "business mogul"), ("Han Zheng", "Vice President")):
            self.assertIn(role, found[name]["roles"])
        every_name = {e["name"] for e in data["entities"]}
        self.assertFalse(every_name & {"News", "Dismiss", "Vice President", "President"})

    def test_figures_and_derived_balance(self):
        data = json.loads(self.json.stdout)
        figures = {f["text"]: f for f in data["figures"]}
        self.assertEqual((figures["$401 billion"]["value"], figures["$401 billion"]["unit"]), (401e9, "USD"))
        self.assertEqual(figures["$401 billion"]["about"], "Chinese exports to the U.S. last year")
        self.assertEqual(figures["$130 billion"]["value"], 130e9)
        self.assertTrue(figures["$271 billion"]["derived"])
        self.assertEqual(figures["$271 billion"]["value"], 271e9)
        self.assertEqual(figures["$271 billion"]["from"], ["$401 billion", "$130 billion"])

    def test_shared_across_articles(self):
        shared = json.loads(self.json.stdout)["shared"]
        self.assertLessEqual({"Donald Trump", "Xi Jinping"}, set(shared["people"]))
        self.assertIn("TikTok", shared["organizations"])
        self.assertLessEqual({"China", "United States"}, set(shared["places"]))
        self.assertLessEqual({"trade", "TikTok", "fentanyl", "tariffs"}, set(shared["themes"]))

    def test_every_mention_slices_to_its_text(self):
        data = json.loads(self.json.stdout)
        for a in data["articles"]:
            with open(os.path.join(ROOT, a["source"]), encoding="utf-8-sig") as f:
                text = f.read()
            for m in a["mentions"]:
                self.assertEqual(text[m["start"]:m["end"]], m["text"])
            self.assertTrue(a["mentions"])

    def test_no_crumb_reaches_the_briefing(self):
        out = self.text.stdout.decode("utf-8")
        self.assertNotRegex(out, r"\b(News|Dismiss)\b")
        self.assertNotIn("Trump-Vance transition team", out)
        self.assertLessEqual(max(len(line) for line in out.splitlines()), 100)

    def test_same_bytes_for_any_hash_seed_and_file_order(self):
        for seed in ("1", "2", "12345"):
            with self.subTest(seed=seed):
                again = run("seeds/", "--format", "json", env={"PYTHONHASHSEED": seed})
                self.assertEqual(again.stdout, self.json.stdout)
        both = sorted(os.path.join("seeds", f) for f in os.listdir(os.path.join(ROOT, "seeds")))
        self.assertEqual(run(*both).stdout, self.text.stdout)


class TestGeneral(unittest.TestCase):
    def test_code_names_no_seed_entity(self):
        with open(os.path.join(ROOT, "digest.py"), encoding="utf-8") as f:
            code = f.read()
        found = re.findall(r"(?i).*\b(?:zheng|vance|musk|rubio|tiktok|jinping)\b.*", code)
        found += re.findall(r".*(?<![\d.])(?:401|130|271)(?!\d).*", code)
        self.assertEqual(found, [])


if __name__ == "__main__":
    unittest.main()
