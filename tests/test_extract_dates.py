"""Date expressions: what find() returns for each kind of expression, the guards, and properties."""

from __future__ import annotations

import datetime as dt
import re
import signal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.dates import DateMention, get_finder
from timeline.extract.published import find_published

# Wednesday 15 October 2025: far enough into the year that past and future readings differ.
PUB = dt.date(2025, 10, 15)


def only(lang: str, text: str, published: dt.date | None = PUB) -> DateMention:
    found = get_finder(lang).find(text, published)
    assert len(found) == 1, found
    return found[0]


# (lang, sentence, expected mention text, date, precision, basis)
FOUND = [
    ("en", "On Feb. 5, 2025, the US designated eight cartels.", "Feb. 5, 2025", "2025-02-05", "day", "explicit"),
    ("en", "The strike happened on 2 Sept. 2025 at dawn.", "2 Sept. 2025", "2025-09-02", "day", "explicit"),
    ("en", "Published 2025-02-05 in the register.", "2025-02-05", "2025-02-05", "day", "explicit"),
    ("en", "Signed on 02/05/2025 by the president.", "02/05/2025", "2025-02-05", "day", "explicit"),
    ("en", "The order took effect on the 5th of March 2025.", "5th of March 2025", "2025-03-05", "day", "explicit"),
    ("en", "Troops arrived on Sept. 2.", "Sept. 2", "2025-09-02", "day", "explicit"),
    ("en", "Tariffs start in May 2025, officials said.", "May 2025", "2025-05", "month", "month_only"),
    ("en", "The boats were hit in February.", "February", "2025-02", "month", "month_only"),
    ("en", "The plan was drafted in mid-October.", "mid-October", "2025-10", "month", "month_only"),
    ("en", "Strikes began in early September.", "early September", "2025-09", "month", "month_only"),
    ("en", "The cartel was founded in 2019.", "2019", "2019", "year", "year_only"),
    ("en", "He spoke yesterday in Caracas.", "yesterday", "2025-10-14", "day", "relative"),
    ("en", "The vessel sank two weeks ago.", "two weeks ago", "2025-10-01", "day", "relative"),
    ("en", "Another boat was hit earlier this week.", "earlier this week", "2025-10-15", "day", "relative"),
    ("en", "US forces struck a boat on Tue. in the Caribbean.", "Tue.", "2025-10-14", "day", "weekday"),
    ("es", "Esta semana llegaron dos destructores.", "Esta semana", "2025-10-15", "day", "relative"),
    ("fr", "Deux destroyers sont arrivés cette semaine.", "cette semaine", "2025-10-15", "day", "relative"),
    ("en", "It was sent 3 days ago.", "3 days ago", "2025-10-12", "day", "relative"),
    ("en", "The Navy struck a boat last Tuesday.", "last Tuesday", "2025-10-14", "day", "weekday"),
    ("en", "Hegseth will visit next Monday.", "next Monday", "2025-10-20", "day", "weekday"),
    ("en", "Sanctions were announced last month.", "last month", "2025-09", "month", "relative"),
    ("en", "More strikes are expected this year.", "this year", "2025", "year", "relative"),
    ("en", "Officials met on Tuesday, Oct. 7.", "Tuesday, Oct. 7", "2025-10-07", "day", "explicit"),
    ("es", "El 5 de febrero de 2025 se anunció la medida.", "5 de febrero de 2025", "2025-02-05", "day", "explicit"),
    ("es", "La entrega ocurrió el 1 de marzo.", "1 de marzo", "2025-03-01", "day", "explicit"),
    ("es", "Se firmó el 1º de marzo de 2025.", "1º de marzo de 2025", "2025-03-01", "day", "explicit"),
    ("es", "Se publicó el 05/02/2025 en el diario.", "05/02/2025", "2025-02-05", "day", "explicit"),
    ("es", "El ataque fue el martes pasado.", "martes pasado", "2025-10-14", "day", "weekday"),
    ("es", "Llegará el próximo lunes.", "el próximo lunes", "2025-10-20", "day", "weekday"),
    ("es", "La lancha fue atacada hace tres días.", "hace tres días", "2025-10-12", "day", "relative"),
    ("es", "Ocurrió hace una semana.", "hace una semana", "2025-10-08", "day", "relative"),
    ("es", "El plan se discutió a mediados de octubre.", "mediados de octubre", "2025-10", "month", "month_only"),
    ("es", "Comenzó a principios de marzo.", "principios de marzo", "2025-03", "month", "month_only"),
    ("es", "Los aranceles subieron en febrero.", "febrero", "2025-02", "month", "month_only"),
    ("es", "Ayer se reunieron en Washington.", "Ayer", "2025-10-14", "day", "relative"),
    ("es", "Lo dijo anteayer.", "anteayer", "2025-10-13", "day", "relative"),
    ("es", "La sanción llegó el mes pasado.", "el mes pasado", "2025-09", "month", "relative"),
    ("es", "Fue extraditado en 2006.", "2006", "2006", "year", "year_only"),
    ("es", "Los aranceles regirán este año.", "este año", "2025", "year", "relative"),
    ("fr", "Le 5 février 2025, Washington a désigné les cartels.", "5 février 2025", "2025-02-05", "day", "explicit"),
    ("fr", "Le 1er mars, Mexico a transféré 26 détenus.", "1er mars", "2025-03-01", "day", "explicit"),
    ("fr", "La frappe a eu lieu mardi dernier.", "mardi dernier", "2025-10-14", "day", "weekday"),
    ("fr", "Il arrivera lundi prochain.", "lundi prochain", "2025-10-20", "day", "weekday"),
    ("fr", "Le navire a été coulé il y a deux semaines.", "il y a deux semaines", "2025-10-01", "day", "relative"),
    ("fr", "Le plan date de la mi-octobre.", "mi-octobre", "2025-10", "month", "month_only"),
    ("fr", "Les droits de douane augmenteront fin mai.", "fin mai", "2025-05", "month", "month_only"),
    ("fr", "Les frappes ont commencé en février.", "février", "2025-02", "month", "month_only"),
    ("fr", "Il l'a annoncé hier.", "hier", "2025-10-14", "day", "relative"),
    ("fr", "Il l'a annoncé avant-hier.", "avant-hier", "2025-10-13", "day", "relative"),
    ("fr", "Il l’a annoncé aujourd’hui.", "aujourd’hui", "2025-10-15", "day", "relative"),
    ("fr", "Les sanctions sont tombées le mois dernier.", "le mois dernier", "2025-09", "month", "relative"),
    ("fr", "Rien ne changera cette année.", "cette année", "2025", "year", "relative"),
    ("en", "It began in February of last year.", "February of last year", "2024-02", "month", "relative"),
    ("es", "Envió 29 presos en febrero del año pasado.", "febrero del año pasado", "2024-02", "month", "relative"),
    ("fr", "Les frappes ont commencé fin 2024.", "fin 2024", "2024", "year", "year_only"),
    ("es", "El plan vence a finales de 2026.", "finales de 2026", "2026", "year", "year_only"),
    ("en", "Strikes may continue into mid-2026.", "mid-2026", "2026", "year", "year_only"),
    ("es", "Se firmó el 5 mar. 2025.", "5 mar. 2025", "2025-03-05", "day", "explicit"),
    ("es", "El decreto del primero de marzo de 2025.", "primero de marzo de 2025", "2025-03-01", "day", "explicit"),
    ("fr", "Le décret du premier mars 2025.", "premier mars 2025", "2025-03-01", "day", "explicit"),
    ("en", "The memo is dated 25/12/2024.", "25/12/2024", "2024-12-25", "day", "explicit"),
    ("en", "The memo is dated 05.02.2025.", "05.02.2025", "2025-02-05", "day", "explicit"),
    ("en", "Shipping resumed about a week ago.", "about a week ago", "2025-10-08", "day", "relative"),
    ("en", "Relations soured three months ago.", "three months ago", "2025-07", "month", "relative"),
    ("es", "Fue detenido hace dos años.", "hace dos años", "2023", "year", "relative"),
    ("fr", "La frappe a eu lieu ce vendredi.", "ce vendredi", "2025-10-10", "day", "weekday"),
    ("es", "El ataque fue el pasado martes.", "el pasado martes", "2025-10-14", "day", "weekday"),
    ("en", "The boat was hit last Wednesday.", "last Wednesday", "2025-10-08", "day", "weekday"),
    ("es", "Trump lo dijo el pasado 16 de octubre.", "el pasado 16 de octubre", "2024-10-16", "day", "explicit"),
    ("es", "Entrará en vigor el próximo 5 de marzo.", "el próximo 5 de marzo", "2026-03-05", "day", "explicit"),
    ("es", "Ocurrió el 8 de enero del año pasado.", "8 de enero del año pasado", "2024-01-08", "day", "relative"),
    ("fr", "Il l'avait dit le 16 octobre dernier.", "16 octobre dernier", "2024-10-16", "day", "explicit"),
    ("fr", "Le vote aura lieu le 3 mars prochain.", "3 mars prochain", "2026-03-03", "day", "explicit"),
    ("en", "The carrier left late last month.", "late last month", "2025-09", "month", "relative"),
    ("es", "Se anunció a finales del año pasado.", "finales del año pasado", "2024", "year", "relative"),
    ("fr", "Il est arrivé fin du mois dernier.", "fin du mois dernier", "2025-09", "month", "relative"),
    ("en", "STRIKE REPORTED FEB. 5, 2025", "FEB. 5, 2025", "2025-02-05", "day", "explicit"),
    ("en", "It followed the March listings of six cartels.", "March", "2025-03", "month", "month_only"),
    ("en", "The strike happened last weekend.", "last weekend", "2025-10-11", "day", "relative"),
    ("es", "El ataque ocurrió el fin de semana pasado.", "el fin de semana pasado", "2025-10-11", "day", "relative"),
    ("fr", "La frappe a eu lieu le week-end dernier.", "le week-end dernier", "2025-10-11", "day", "relative"),
    ("en", "Two boats were hit over the weekend.", "over the weekend", "2025-10-11", "day", "relative"),
    ("es", "El pasado día 9, la Fiscalía presentó cargos.", "El pasado día 9", "2025-10-09", "day", "relative"),
    ("es", "La Marina informó el día 28 que halló la lancha.", "el día 28", "2025-09-28", "day", "relative"),
    ("es", "Desde el día 2, las patrullas se duplicaron.", "el día 2", "2025-10-02", "day", "relative"),
]


# Known misses: xfail(strict=True), so that a fix has to promote them to FOUND.
KNOWN_MISSES = [
    ("en", "A second strike followed the next day.", "the next day", "", "day", "none", "a day relative to another event needs that event's date"),
    ("fr", "Les frappes ont repris le lendemain.", "le lendemain", "", "day", "none", "a day relative to another event needs that event's date"),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "date", "precision", "basis"),
    FOUND + [pytest.param(*c[:6], marks=pytest.mark.xfail(strict=True, reason=c[6])) for c in KNOWN_MISSES],
    ids=[f"{c[0]}-{c[2]}" for c in FOUND + KNOWN_MISSES],
)
def test_finds_and_resolves(lang, sentence, text, date, precision, basis):
    m = only(lang, sentence)
    assert (m.text, m.date, m.precision, m.basis) == (text, date, precision, basis)


# (lang, sentence, past reading, future reading): the text leaves the year or the direction open.
AMBIGUOUS = [
    ("en", "Troops arrive on March 3.", "2025-03-03", "2026-03-03"),
    ("en", "The vote is on Friday.", "2025-10-10", "2025-10-17"),
    ("en", "The strikes resume in May.", "2025-05", "2026-05"),
    ("es", "El operativo del 20 de diciembre.", "2024-12-20", "2025-12-20"),
    ("es", "El viernes se votará.", "2025-10-10", "2025-10-17"),
    ("fr", "La réunion de vendredi.", "2025-10-10", "2025-10-17"),
    ("fr", "Début mars, les navires sont partis.", "2025-03", "2026-03"),
]


@pytest.mark.parametrize(("lang", "sentence", "past", "future"), AMBIGUOUS, ids=[f"{c[0]}-{c[1][:24]}" for c in AMBIGUOUS])
def test_ambiguous_expressions_carry_both_readings(lang, sentence, past, future):
    m = only(lang, sentence)
    assert (m.date, m.date_future, m.year_given) == (past, future, False)


RANGES = [
    ("en", "Exercises run from 3 to 5 March 2025.", "2025-03-03", "2025-03-05"),
    ("en", "Exercises ran March 3-5, 2025.", "2025-03-03", "2025-03-05"),
    ("es", "Maniobras del 3 al 5 de marzo de 2025.", "2025-03-03", "2025-03-05"),
    ("fr", "Manœuvres du 3 au 5 mars 2025.", "2025-03-03", "2025-03-05"),
    ("en", "Talks ran between 3 and 5 March 2025.", "2025-03-03", "2025-03-05"),
    ("es", "Maniobras entre el 3 y el 5 de marzo de 2025.", "2025-03-03", "2025-03-05"),
    ("en", "Exercises ran from Aug. 30 to Sept. 2, 2025.", "2025-08-30", "2025-09-02"),
    ("es", "Maniobras del 30 de agosto al 2 de septiembre de 2025.", "2025-08-30", "2025-09-02"),
    ("fr", "Manœuvres du 30 août au 2 septembre 2025.", "2025-08-30", "2025-09-02"),
]


@pytest.mark.parametrize(("lang", "sentence", "date", "end_date"), RANGES, ids=[c[0] + "-" + c[1][:20] for c in RANGES])
def test_ranges_give_first_and_last_day(lang, sentence, date, end_date):
    m = only(lang, sentence)
    assert (m.date, m.end_date) == (date, end_date)


# (lang, sentence): nothing in these is a date.
NOT_DATES = [
    ("en", "He spoke at the March on Washington anniversary."),
    ("en", "The US may deploy more ships now."),
    ("en", "May God help them, he said."),
    ("en", "Protesters march to the embassy."),
    ("en", "The 82nd Airborne and the 22nd MEU joined the 1st Cavalry."),
    ("en", "Executive Order 14157 invokes Title 50 and Section 232."),
    ("en", "The call ended at 10:32 GMT."),
    ("en", "It sent 10,000 soldiers and $2,019 in aid, a 25% rise."),
    ("en", "Analysts watch the planet Mars."),
    ("es", "Trasladaron a 26 narcotraficantes a EE.UU."),
    ("es", "Uno de los 26 de los detenidos habló."),
    ("es", "La Ley 1234 fue aprobada."),
    ("es", "Se reunieron en Santo Domingo."),
    ("es", "Patrullan por la mañana."),
    ("es", "Los martes hay patrullas."),
    ("es", "Ocurrió en el mar Caribe."),
    ("fr", "Une mission vers Mars est prévue."),
    ("fr", "Il y a des soldats partout."),
    ("en", "Officials said 5 may die."),
    ("en", "Violence has grown since the 1990s."),
    ("es", "Cayeron al mar 5 tripulantes."),
    ("fr", "Les sept 5 navires sont partis."),
    ("en", "More than 2019 people were detained in a 2025 count."),
    ("es", "Trasladaron a más de 2000 detenidos."),
    ("es", "Hasta El Mayo Zambada lo sabía."),
    ("es", "Hoy en día hay más lanchas."),
    ("en", "He flew to Mar-a-Lago with Jan Smith."),
    ("en", "He told the Sunday Times so."),
    ("es", "Vive en la calle 5 de Mayo."),
    ("fr", "Le défilé de Mardi gras est annulé."),
    ("fr", "Mardi gras est annulé."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_DATES, ids=[c[0] + "-" + c[1][:28] for c in NOT_DATES])
def test_guards_find_nothing(lang, sentence):
    assert get_finder(lang).find(sentence, PUB) == []


UNRESOLVED = [
    ("en", "yesterday", "none", ""),
    ("en", "last Tuesday", "none", ""),
    ("es", "hace tres días", "none", ""),
    ("en", "on March 3", "none", ""),
    ("en", "on March 3, 2025", "explicit", "2025-03-03"),
    ("fr", "en février 2025", "month_only", "2025-02"),
]


@pytest.mark.parametrize(("lang", "sentence", "basis", "date"), UNRESOLVED, ids=[c[0] + "-" + c[1] for c in UNRESOLVED])
def test_without_publication_date_only_explicit_dates_resolve(lang, sentence, basis, date):
    m = only(lang, sentence, None)
    assert (m.basis, m.date) == (basis, date)


PUBLISHED = [
    ("en", "MEXICO CITY, Feb. 5, 2025 (Reuters) - Mexico sent 26 men.", dt.date(2025, 2, 5), "Feb. 5, 2025"),
    ("en", "5 Feb 2025 10:32 GMT\nThe US military struck a boat.", dt.date(2025, 2, 5), "5 Feb 2025"),
    ("en", "Headline\nUpdated March 3, 2025\nPublished March 1, 2025\nBody.", dt.date(2025, 3, 1), "March 1, 2025"),
    ("en", "2025-02-05\nBody text.", dt.date(2025, 2, 5), "2025-02-05"),
    ("es", "Titular\nPublicado el 5 de febrero de 2025\nTexto.", dt.date(2025, 2, 5), "5 de febrero de 2025"),
    ("fr", "Publié le 5 février 2025 à 10h32, mis à jour le 6 février 2025\nTexte.", dt.date(2025, 2, 5), "5 février 2025"),
    ("fr", "Titre\nMis à jour le 6 février 2025 à 08h00\nTexte.", dt.date(2025, 2, 6), "6 février 2025"),
    ("es", "Titular\n05/02/2025 10:32\nTexto.", dt.date(2025, 2, 5), "05/02/2025"),
    ("es", "BOGOTÁ, 12 de noviembre de 2025.- El presidente colombiano ordenó suspender el intercambio de inteligencia con Washington.", dt.date(2025, 11, 12), "12 de noviembre de 2025"),
    ("en", "Navy expands patrols\n\nHOUSTON, Jan. 9, 2026 (Newswire) — The Navy said on Thursday it had moved two more destroyers into the Gulf.", dt.date(2026, 1, 9), "Jan. 9, 2026"),
    ("es", "LIMA, 4 de marzo de 2025 (Redacción).– El gobierno peruano anunció ayer que enviará más policías a la frontera con Colombia y Ecuador.", dt.date(2025, 3, 4), "4 de marzo de 2025"),
    ("fr", "Titre court\nMARSEILLE, 3 mars 2025 (Correspondance) Le préfet a annoncé lundi le renfort de deux compagnies de gendarmes dans les quartiers nord.", dt.date(2025, 3, 3), "3 mars 2025"),
]


@pytest.mark.parametrize(("lang", "text", "date", "span_text"), PUBLISHED, ids=[c[0] + "-" + c[3] for c in PUBLISHED])
def test_find_published_reads_the_header(lang, text, date, span_text):
    got = find_published(text, lang)
    assert got is not None
    assert (got[0], text[got[1] : got[2]]) == (date, span_text)


NO_PUBLISHED = [
    ("en", "The United States on Feb. 5, 2025, designated eight cartels as terrorist organizations, officials said on Monday."),
    ("en", "No date in this header\nnor in this one."),
]


@pytest.mark.parametrize(("lang", "text"), NO_PUBLISHED, ids=["date-in-lead-prose", "no-date"])
def test_find_published_ignores_dates_in_prose(lang, text):
    assert find_published(text, lang) is None


@pytest.fixture
def watchdog():
    """Fail instead of hanging if a regex backtracks catastrophically (a hang guard, not a timing)."""

    def hang(signum, frame):
        raise TimeoutError("find() did not finish within 5 s")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


ADVERSARIAL = [("9" * 5000, 0), ("January " * 2000, 0), (" " * 50_000, 0), ("in " * 5000 + "May 5", 1), ("1/" * 5000, 0)]


@pytest.mark.parametrize(("text", "count"), ADVERSARIAL, ids=["nines", "januaries", "spaces", "triggers", "slashes"])
@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_adversarial_input_finishes(watchdog, lang, text, count):
    found = get_finder(lang).find(text, PUB)
    assert len(found) <= count + 1
    assert all(text[m.start : m.end] == m.text for m in found)


# Pieces of date expressions, so that random text often comes close to a real or a broken date.
DATE_PIECES = [*"0123456789 /.-,º", "er", "May ", "mars ", "de ", "March ", "2025", "hace ", "tres ", "días", "last "]
DATE_PIECES += ["Tuesday", "martes ", "pasado", "il y a ", "jours", "mid-", "el ", "29 ", "Feb. ", "in ", "ago"]
DATE_PIECES += ["between ", "entre ", " and ", " y el ", "del ", "año ", "dernier", "of last year", "Sunday Times", "later", "la veille"]


@settings(max_examples=150, deadline=None)
@given(
    lang=st.sampled_from(["en", "es", "fr"]),
    text=st.lists(st.sampled_from(DATE_PIECES), max_size=20).map("".join) | st.text(max_size=80),
    published=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)) | st.dates() | st.none(),
    event_relative=st.booleans(),
)
def test_properties(lang, text, published, event_relative):
    finder = get_finder(lang)
    found = finder.find(text, published, event_relative)
    assert found == finder.find(text, published, event_relative)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(re.fullmatch(r"(\d{4}(-\d\d){0,2})?", d) for m in found for d in (m.date, m.date_future, m.end_date))
    assert all(m.text and m.text == m.text.strip() and (not m.end_date or m.end_date > m.date) for m in found)
    if published is None:  # without a publication date, only dates whose year is written resolve
        assert all(m.year_given for m in found if m.date)
    if published is not None:
        limit = (published + dt.timedelta(days=1)).isoformat()
        ambiguous = [m for m in found if m.date_future != m.date]
        assert all(m.date <= limit and m.date <= m.date_future for m in ambiguous)


def test_published_may_be_a_datetime():
    at_noon = dt.datetime(2025, 10, 15, 12, 30)
    assert get_finder("en").find("It sank yesterday.", at_noon) == get_finder("en").find("It sank yesterday.", PUB)


def test_unknown_language_is_a_clear_error():
    with pytest.raises(ValueError, match="use one of en, es, fr"):
        get_finder("pt")


# (lang, sentence, mention text, offset_days): dated from another event, only on request.
EVENT_RELATIVE = [
    ("en", "Washington paused the duties two days later.", "two days later", 2),
    ("en", "The next day, a second boat was hit.", "The next day", 1),
    ("es", "Al día siguiente hubo otro ataque.", "Al día siguiente", 1),
    ("es", "Tres días después, la Marina lo confirmó.", "Tres días después", 3),
    ("fr", "La veille, le Pentagone avait démenti.", "La veille", -1),
    ("fr", "Deux semaines plus tard, les frappes ont repris.", "Deux semaines plus tard", 14),
    ("en", "That very day, the Senate voted.", "That very day", 0),
    ("es", "La víspera, el Senado votó.", "La víspera", -1),
    ("es", "Aquel mismo día, el Senado votó.", "Aquel mismo día", 0),
    ("fr", "Le Sénat a voté le jour même.", "le jour même", 0),
    ("fr", "Un jour plus tôt, le Sénat avait voté.", "Un jour plus tôt", -1),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "offset"), EVENT_RELATIVE, ids=[c[0] + "-" + c[2] for c in EVENT_RELATIVE])
def test_event_relative_mentions_carry_an_offset(lang, sentence, text, offset):
    found = get_finder(lang).find(sentence, PUB, event_relative=True)
    assert [(m.text, m.offset_days, m.date, m.basis) for m in found] == [(text, offset, "", "none")]
    assert get_finder(lang).find(sentence, PUB) == []


NOT_EVENT_RELATIVE = [
    ("en", "Two days later than planned, officials met."),
    ("fr", "Au lendemain de l'élection, rien n'a changé."),
    ("es", "Dos días después de la votación, habló."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_EVENT_RELATIVE, ids=[c[0] for c in NOT_EVENT_RELATIVE])
def test_event_relative_needs_no_following_anchor(lang, sentence):
    assert get_finder(lang).find(sentence, PUB, event_relative=True) == []
