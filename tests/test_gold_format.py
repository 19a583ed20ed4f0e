"""Format checks of the extractor's evaluation sets: tests/gold, the held-out tests/gold_heldout* and
the real corpus tests/real.

Each set is a folder ``tests/<set>/<lang>/<name>.txt`` + ``.json`` with a README.md (guidelines in
tests/gold/README.md). Files are discovered with glob, so a new article is a new pair of files and a
new set is a new folder plus one row in ``RULES``. These tests only check that the annotations are
well formed and consistent with their text; scoring the extractor is the extractor's own test
(tests/test_extract_gold.py) and, for the held-out sets and the real corpus, ``python -m timeline evaluate``.

The real corpus (tests/real/README.md) has extra rules: every document records its ``source`` (URL,
issuer, licence, issue date, document type), the URL's host is one of the issuers whose texts may be
copied, no URL is on the list reserved for independent evaluation, ``published`` is the issue date,
and an event-free document has no events. Its README's table of counts is generated:
``python tests/test_gold_format.py --write-real-counts`` rewrites it.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from timeline.store.schema import ALLOWED, EVENT_TYPES, is_country_code

TESTS = Path(__file__).parent
LANGS = ("en", "es", "fr")


@dataclass(frozen=True)
class SetRules:
    articles_per_lang: int | None  # None: as many as collected (the real corpus)
    min_words: int
    max_words: int
    types_in_each_language: bool  # else: every type (and modality) somewhere in the set
    real: bool = False  # collected documents with a source block, named <issuer>_<slug>, possibly event-free


RULES = {
    "gold": SetRules(12, 120, 400, types_in_each_language=True),
    "gold_heldout": SetRules(4, 150, 500, types_in_each_language=False),
    "gold_heldout2": SetRules(4, 150, 500, types_in_each_language=False),
    "gold_heldout3": SetRules(4, 150, 500, types_in_each_language=False),
    "real": SetRules(None, 15, 6000, types_in_each_language=False, real=True),
    # real documents kept out of development: annotated blind, scored once per round, never tuned to
    "real_heldout": SetRules(None, 15, 6000, types_in_each_language=False, real=True),
}
SETS = sorted(p.name for p in TESTS.glob("gold*") if p.is_dir()) + [
    name for name in ("real", "real_heldout") if (TESTS / name).is_dir()
]
WRITTEN_SETS = [s for s in SETS if not RULES.get(s, RULES["gold"]).real]
DATE_BY_PRECISION = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}
TOP_KEYS = {"lang", "published", "published_in_text", "notes", "events"}
REAL_TOP_KEYS = {"lang", "published", "notes", "events", "source", "event_free"}
SOURCE_KEYS = {"url", "issuer", "issuer_slug", "licence", "issued", "doc_type", "excerpt"}
# A text read through a public copy (tests/real/README.md): ``mirror`` is the URL of that copy,
# ``url_checked`` false says ``url`` was derived from the copy and not fetched (then ``mirror`` is required).
MIRROR_KEYS = {"mirror", "url_checked"}
MIRROR_HOSTS = ("github.com",)
DOC_TYPES = (
    "press_statement",
    "federal_register_notice",
    "executive_order",
    "transcript",
    "parliamentary_question",
    "report",
    "news_wiki",
    "speech",
    "fact_sheet",
    "bill",  # a bill or resolution as introduced (congress.gov), added for the English part
)
# Issuers whose texts may be copied into the corpus (tests/real/README.md says why): a URL's host must be
# one of these or a subdomain of one. Not every .gov is federal (state governments are not public
# domain), so hosts are listed one by one.
PERMITTED_HOSTS = (
    # US federal government works, public domain (17 U.S.C. 105)
    "whitehouse.gov",
    "state.gov",
    "usembassy.gov",
    "justice.gov",
    "treasury.gov",
    "defense.gov",
    "war.gov",
    "dhs.gov",
    "federalregister.gov",
    "govinfo.gov",
    "congress.gov",
    "southcom.mil",
    "dvidshub.net",
    "house.gov",
    "senate.gov",
    "gpo.gov",
    "nasa.gov",
    "usembassy-mexico.gov",  # the State Department embassy site before usembassy.gov
    # EU institutions (Commission Decision 2011/833/EU)
    "europa.eu",
    # Government of Canada (non-commercial reproduction with attribution)
    "canada.ca",
    "gc.ca",
    # Mexican federal government (gob.mx, citing the source)
    "gob.mx",
    # French public bodies, Licence Ouverte / Etalab 2.0 (diplomatie.gouv.fr under gouv.fr)
    "gouv.fr",
    "gouvernement.fr",
    "elysee.fr",
    "vie-publique.fr",
    # the French parliamentary assemblies (their reuse terms; open data under the Licence Ouverte)
    "senat.fr",
    "assemblee-nationale.fr",
    # Wikinews (CC BY 2.5), the three languages of the corpus
    "en.wikinews.org",
    "es.wikinews.org",
    "fr.wikinews.org",
)
EVENT_KEYS = {
    "event_type",
    "date",
    "date_precision",
    "modality",
    "actors",
    "countries",
    "quantities",
    "evidence",
    "xfail",
}
REQUIRED_EVENT_KEYS = EVENT_KEYS - {"quantities", "xfail"}
QUANTITY_KEYS = {"killed", "survivors", "troops", "people", "vessels", "ships", "aircraft", "percent", "usd"}


def _stems(set_name: str) -> set[str]:
    root = TESTS / set_name
    return {f"{set_name}/{p.relative_to(root).with_suffix('')}" for p in root.glob("*/*.txt")} | {
        f"{set_name}/{p.relative_to(root).with_suffix('')}" for p in root.glob("*/*.json")
    }


STEMS = sorted(stem for s in SETS for stem in _stems(s))


@cache
def _load(stem: str) -> tuple[str, dict]:
    text = (TESTS / f"{stem}.txt").read_text(encoding="utf-8")
    return text, json.loads((TESTS / f"{stem}.json").read_text(encoding="utf-8"))


def _rules(stem: str) -> SetRules:
    return RULES[stem.split("/")[0]]


def _publication(gold: dict) -> date:
    return date.fromisoformat(gold["published"] or gold["published_in_text"])


def _period_start(value: str) -> date:
    """First day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


@cache
def _readme(set_name: str) -> str:
    return (TESTS / set_name / "README.md").read_text(encoding="utf-8")


@cache
def _listed_actors(set_name: str) -> frozenset[str]:
    """Canonical names a set's README lists between <!-- actors --> markers."""
    block = _readme(set_name).split("<!-- actors -->")[1].split("<!-- /actors -->")[0]
    return frozenset(" ".join(name.split()) for name in block.split(";") if name.strip())


def _is_real(stem: str) -> bool:
    return _rules(stem).real


def normalise_url(url: str) -> str:
    """A URL without scheme, leading ``www.`` and trailing slash, lower-cased (how reserved URLs compare).

    >>> normalise_url("https://www.State.gov/x/")
    'state.gov/x'
    """
    url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower())
    return re.sub(r"^www\.", "", url).rstrip("/")


def _reserved_list() -> Path | None:
    """The list of URLs reserved for independent evaluation: $TIMELINE_RESERVED_URLS, else
    ``shared/reserved-urls.txt`` beside the repository or one of its parent folders."""
    if os.environ.get("TIMELINE_RESERVED_URLS"):
        return Path(os.environ["TIMELINE_RESERVED_URLS"])
    for folder in TESTS.resolve().parents:
        candidate = folder / "shared" / "reserved-urls.txt"
        if candidate.is_file():
            return candidate
    return None


@cache
def _reserved_urls() -> frozenset[str]:
    path = _reserved_list()
    if path is None:
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalise_url(line) for line in lines if line.strip() and not line.lstrip().startswith("#"))


def _known_actors() -> frozenset[str]:
    return frozenset().union(*(_listed_actors(s) for s in SETS))


def _events(set_name: str, lang: str | None = None) -> list[dict]:
    return [
        event for stem in STEMS if stem.startswith(f"{set_name}/{lang or ''}") for event in _load(stem)[1]["events"]
    ]


EVENTS = [
    pytest.param(stem, i, id=f"{stem}#{i}")
    for stem in STEMS
    if (TESTS / f"{stem}.txt").exists() and (TESTS / f"{stem}.json").exists()
    for i in range(len(_load(stem)[1]["events"]))
]


@pytest.mark.parametrize("set_name", SETS)
def test_every_set_has_rules_and_a_readme(set_name: str) -> None:
    assert set_name in RULES, f"add tests/{set_name} to RULES in {Path(__file__).name}"
    assert _readme(set_name).strip()


@pytest.mark.parametrize("stem", STEMS)
def test_article_and_annotation_come_in_pairs(stem: str) -> None:
    assert (TESTS / f"{stem}.txt").exists(), f"{stem}.json has no article beside it"
    assert (TESTS / f"{stem}.json").exists(), f"{stem}.txt has no annotation beside it"
    if _is_real(stem):
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)+", Path(stem).name), f"{stem}: name the files <issuer>_<slug>"
        return
    top = _rules(stem).articles_per_lang
    assert re.fullmatch(r"(\d\d)_[a-z0-9_]+", Path(stem).name), f"{stem}: name the files NN_slug"
    assert 1 <= int(Path(stem).name[:2]) <= top, f"{stem}: number the articles 01..{top:02d}"


@pytest.mark.parametrize("stem", STEMS)
def test_article_reads_like_news_copy(stem: str) -> None:
    text, _ = _load(stem)
    if _is_real(stem):  # a licensed copy keeps the page's own layout
        words = len(text.split())
        assert _rules(stem).min_words <= words <= _rules(stem).max_words, f"{stem}: {words} words"
        return
    headline, _, body = text.partition("\n")
    assert headline.strip(), f"{stem}: the first line must be the headline (or a date line)"
    assert "\n\n" in body, f"{stem}: separate paragraphs with a blank line"
    words = len(text.split())
    rules = _rules(stem)
    assert rules.min_words <= words <= rules.max_words, f"{stem}: {words} words"


@pytest.mark.parametrize("stem", STEMS)
def test_annotation_header(stem: str) -> None:
    text, gold = _load(stem)
    if _is_real(stem):
        assert set(gold) == REAL_TOP_KEYS, f"{stem}: keys must be {sorted(REAL_TOP_KEYS)}"
        assert gold["lang"] == Path(stem).parent.name
        assert gold["notes"].strip()
        assert isinstance(gold["event_free"], bool)
        assert bool(gold["events"]) != gold["event_free"], f"{stem}: an event-free document has no events, others some"
        _publication(gold)  # raises on a malformed date
        return
    assert set(gold) <= TOP_KEYS, f"{stem}: unknown keys {set(gold) - TOP_KEYS}"
    assert gold["lang"] == Path(stem).parent.name
    assert gold["notes"].strip()
    assert gold["events"], f"{stem}: an article without events belongs elsewhere"
    if gold["published"] is None:
        assert "published_in_text" in gold, f"{stem}: give published or published_in_text"
        assert gold["published_in_text"][:4] in text, f"{stem}: the text should state its publication date"
    else:
        assert "published_in_text" not in gold, f"{stem}: give only one publication date"
    _publication(gold)  # raises on a malformed date


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_event_fields_and_vocabularies(stem: str, index: int) -> None:
    event = _load(stem)[1]["events"][index]
    assert REQUIRED_EVENT_KEYS <= set(event) <= EVENT_KEYS, sorted(event)
    assert event["event_type"] in EVENT_TYPES
    assert event["modality"] in ALLOWED["modality"]
    assert event["date_precision"] in ALLOWED["date_precision"]
    assert 1 <= len(event["actors"]) <= 4
    assert all(isinstance(a, str) and a.strip() for a in event["actors"])
    assert event["countries"] and all(is_country_code(c) for c in event["countries"])
    quantities = event.get("quantities", {})
    assert set(quantities) <= QUANTITY_KEYS, sorted(quantities)
    assert all(isinstance(v, (int, float)) and v >= 0 for v in quantities.values())


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_event_date_matches_its_precision(stem: str, index: int) -> None:
    event = _load(stem)[1]["events"][index]
    assert DATE_BY_PRECISION[event["date_precision"]].match(event["date"]), event["date"]
    assert _period_start(event["date"]) >= date(2025, 1, 1), "events before 2025 are background"


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_evidence_is_quoted_from_the_article(stem: str, index: int) -> None:
    text, gold = _load(stem)
    evidence = gold["events"][index]["evidence"]
    assert evidence.strip() and evidence in text, evidence


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_past_event_is_not_after_publication(stem: str, index: int) -> None:
    _, gold = _load(stem)
    event = gold["events"][index]
    if event["modality"] == "happened":
        assert _period_start(event["date"]) <= _publication(gold), event["date"]


@pytest.mark.parametrize(("stem", "index"), EVENTS)
def test_actors_use_a_documented_spelling(stem: str, index: int) -> None:
    unknown = set(_load(stem)[1]["events"][index]["actors"]) - _known_actors()
    where = f"tests/{stem.split('/')[0]}/README.md"
    assert not unknown, f"{stem}: list {sorted(unknown)} between the actors markers of {where}"


@pytest.mark.parametrize("set_name", SETS)
def test_every_listed_actor_is_used_in_its_set(set_name: str) -> None:
    used = {actor for event in _events(set_name) for actor in event["actors"]}
    assert _listed_actors(set_name) - used == set()


@pytest.mark.parametrize("set_name", [s for s in SETS if s != "gold"])
def test_held_out_sets_list_only_new_actors(set_name: str) -> None:
    earlier = frozenset().union(*(_listed_actors(s) for s in SETS if s < set_name))
    assert _listed_actors(set_name) & earlier == set()


@pytest.mark.parametrize(("set_name", "lang"), [(s, lang) for s in WRITTEN_SETS for lang in LANGS])
def test_each_language_has_its_number_of_articles(set_name: str, lang: str) -> None:
    assert len(list((TESTS / set_name / lang).glob("*.txt"))) == RULES[set_name].articles_per_lang


@pytest.mark.parametrize(
    ("set_name", "lang"),
    [(s, lang) for s in WRITTEN_SETS if RULES.get(s, RULES["gold"]).types_in_each_language for lang in LANGS]
    + [(s, None) for s in WRITTEN_SETS if not RULES.get(s, RULES["gold"]).types_in_each_language],
)
def test_every_event_type_is_covered(set_name: str, lang: str | None) -> None:
    events = _events(set_name, lang)
    assert set(EVENT_TYPES) - {e["event_type"] for e in events} == set()
    if lang is None:  # the small held-out sets also carry every modality
        assert set(ALLOWED["modality"]) - {e["modality"] for e in events} == set()


@pytest.mark.parametrize("stem", [s for s in STEMS if not _is_real(s)])
def test_readme_lists_the_article(stem: str) -> None:
    set_name, _, rest = stem.partition("/")
    assert f"`{rest}`" in _readme(set_name), f"add {rest} to the table in tests/{set_name}/README.md"


@pytest.mark.parametrize("stem", [s for s in STEMS if not s.startswith("gold/")])
def test_held_out_articles_are_new(stem: str) -> None:
    # A held-out article must not share its text with one the extractor was tuned or scored on.
    text = _load(stem)[0]
    others = [s for s in STEMS if s != stem and (TESTS / f"{s}.txt").exists()]
    assert all(_load(s)[0] != text for s in others)


# --- the real corpus (tests/real) ------------------------------------------------------------------

REAL_STEMS = [stem for stem in STEMS if _is_real(stem) and (TESTS / f"{stem}.json").exists()]


@pytest.mark.parametrize("stem", REAL_STEMS)
def test_real_document_records_its_source(stem: str) -> None:
    _, gold = _load(stem)
    source = gold["source"]
    assert SOURCE_KEYS <= set(source) <= SOURCE_KEYS | MIRROR_KEYS, (
        f"{stem}: source needs {sorted(SOURCE_KEYS)}, optionally {sorted(MIRROR_KEYS)}"
    )
    assert all(isinstance(source[k], str) and source[k].strip() for k in SOURCE_KEYS - {"excerpt"})
    assert isinstance(source["excerpt"], bool)
    assert source["doc_type"] in DOC_TYPES, f"{stem}: doc_type must be one of {DOC_TYPES}"
    assert Path(stem).name.startswith(source["issuer_slug"] + "_"), (
        f"{stem}: name the files {source['issuer_slug']}_<slug>"
    )
    assert gold["published"] == source["issued"], f"{stem}: published must be the issue date source.issued"
    date.fromisoformat(source["issued"])


def mirror_problem(source: dict) -> str | None:
    """What is wrong with a source's ``mirror`` / ``url_checked`` keys, or None.

    ``url_checked`` is a bool whenever either key is given; ``url_checked: false`` needs a ``mirror``;
    a ``mirror`` is an https URL of a public repository on github.com.
    """
    if not MIRROR_KEYS & set(source):
        return None
    if not isinstance(source.get("url_checked"), bool):
        return "a source with a mirror says url_checked: true or false"
    if not source["url_checked"] and "mirror" not in source:
        return "url_checked is false, so give the mirror the text was taken from"
    if "mirror" in source:
        parts = urlsplit(str(source["mirror"]))
        if parts.scheme != "https" or (parts.hostname or "").lower() not in MIRROR_HOSTS:
            return f"the mirror {source['mirror']!r} must be an https URL on {' or '.join(MIRROR_HOSTS)}"
    return None


@pytest.mark.parametrize(
    ("source", "ok"),
    [
        ({}, True),
        ({"mirror": "https://github.com/o/r/blob/abc/x.txt", "url_checked": False}, True),
        ({"mirror": "https://github.com/o/r/blob/abc/x.txt", "url_checked": True}, True),
        ({"url_checked": True}, True),
        ({"url_checked": False}, False),
        ({"mirror": "https://github.com/o/r/blob/abc/x.txt"}, False),
        ({"mirror": "https://example.com/x.txt", "url_checked": False}, False),
        ({"mirror": "http://github.com/o/r", "url_checked": False}, False),
        ({"mirror": "https://github.com.evil.net/o/r", "url_checked": False}, False),
        ({"mirror": "https://github.com/o/r", "url_checked": "no"}, False),
    ],
)
def test_mirror_rule(source: dict, ok: bool) -> None:
    assert (mirror_problem(source) is None) == ok


@pytest.mark.parametrize("stem", REAL_STEMS)
def test_real_document_names_the_copy_it_was_read_from(stem: str) -> None:
    problem = mirror_problem(_load(stem)[1]["source"])
    assert problem is None, f"{stem}: {problem}"


@pytest.mark.parametrize("stem", REAL_STEMS)
def test_real_document_comes_from_a_permitted_issuer(stem: str) -> None:
    url = _load(stem)[1]["source"]["url"]
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    assert parts.scheme in ("http", "https") and host, f"{stem}: {url!r} is not a web address"
    assert any(host == h or host.endswith("." + h) for h in PERMITTED_HOSTS), (
        f"{stem}: {host} is not a permitted issuer; only texts whose reuse is allowed go in tests/real "
        "(see tests/real/README.md)"
    )


@pytest.mark.parametrize("stem", REAL_STEMS)
def test_real_document_is_not_reserved(stem: str) -> None:
    if _reserved_list() is None:
        pytest.skip("no shared/reserved-urls.txt beside the repository (set TIMELINE_RESERVED_URLS to check)")
    url = _load(stem)[1]["source"]["url"]
    assert normalise_url(url) not in _reserved_urls(), f"{stem}: {url} is reserved for independent evaluation"


@pytest.mark.parametrize(
    ("url", "reserved"),
    [("https://www.state.gov/a/", "state.gov/a"), ("http://State.gov/a", "https://www.state.gov/a/")],
)
def test_reserved_urls_compare_without_scheme_www_or_trailing_slash(url: str, reserved: str) -> None:
    assert normalise_url(url) == normalise_url(reserved)


def real_counts_table(set_name: str = "real") -> str:
    """A real set's README table of documents per doc type and language (event-free documents in their own row)."""
    counts: dict[tuple[str, str], int] = {}
    for stem in (s for s in REAL_STEMS if s.startswith(set_name + "/")):
        gold = _load(stem)[1]
        row = "event-free" if gold["event_free"] else gold["source"]["doc_type"]
        for key in ((row, gold["lang"]), (row, "all"), ("all documents", gold["lang"]), ("all documents", "all")):
            counts[key] = counts.get(key, 0) + 1
    columns = (*LANGS, "all")
    lines = ["| documents | " + " | ".join(columns) + " |", "|---|" + "---:|" * len(columns)]
    for row in (*DOC_TYPES, "event-free", "all documents"):
        lines.append(f"| {row} | " + " | ".join(str(counts.get((row, c), 0)) for c in columns) + " |")
    return "\n".join(lines)


COUNTS_START, COUNTS_END = "<!-- counts:start -->", "<!-- counts:end -->"


@pytest.mark.parametrize("set_name", [s for s in SETS if RULES[s].real])
def test_real_readme_counts_match_the_files(set_name: str) -> None:
    block = _readme(set_name).split(COUNTS_START)[1].split(COUNTS_END)[0].strip()
    assert block == real_counts_table(set_name), "run: python tests/test_gold_format.py --write-real-counts"


@pytest.mark.skipif("real_heldout" not in SETS, reason="no tests/real_heldout")
def test_held_out_real_documents_are_not_in_the_development_corpus() -> None:
    # The same page (by URL) must not be both scored blind and used for development.
    def urls(set_name: str) -> set[str]:
        return {normalise_url(_load(s)[1]["source"]["url"]) for s in REAL_STEMS if s.startswith(set_name + "/")}

    assert urls("real") & urls("real_heldout") == set()


if __name__ == "__main__" and sys.argv[1:] == ["--write-real-counts"]:
    for name in (s for s in SETS if RULES[s].real):
        readme = TESTS / name / "README.md"
        head, _, rest = readme.read_text(encoding="utf-8").partition(COUNTS_START)
        table = real_counts_table(name)
        readme.write_text(f"{head}{COUNTS_START}\n{table}\n{COUNTS_END}{rest.partition(COUNTS_END)[2]}", encoding="utf-8")
        print(f"{readme}: counts rewritten")
