"""The title's doer, fourteenth round (issue 9, item 4, s14-doer).

- An enactment's own acts (its provisions, dated by its signature) are done by the authority its
  formula names: an order in council by the Government of Canada ("the Governor General in Council
  makes the annexed Order", "la Gouverneure générale en conseil prend le Décret ci-après"), an EU act by
  the institution that opens its preamble ("THE COUNCIL OF THE EUROPEAN UNION, Having regard to ...",
  "EL CONSEJO DE LA UNIÓN EUROPEA, Visto ...") (``timeline/extract/issuer.py``, ``lexicon/issuers.yaml``).
  The country a provision names (where the goods come from) is the act's target, not its doer.
- ``Government of Canada`` is a doer-only actor of the gazetteer (``doers``): no sentence names it, and a
  country named in a sentence ("Canada") is never read as it, so which acts are kept does not change.

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_events
from timeline.extract.gazetteer import get_gazetteer
from timeline.extract.issuer import issuer_of
from timeline.extract.titles import doer, make_title

PUB = dt.date(2026, 3, 10)

ORDER = {
    "en": (
        "Registration SOR/2026-41 March 6, 2026\n\nCUSTOMS TARIFF\n\nP.C. 2026-212 March 5, 2026\n\n"
        "Her Excellency the Governor General in Council, on the recommendation of the Minister of Finance, "
        "makes the annexed Surtax Order (2026).\n\n{provision}"
    ),
    "fr": (
        "Enregistrement DORS/2026-41 Le 6 mars 2026\n\nTARIF DES DOUANES\n\nC.P. 2026-212 Le 5 mars 2026\n\n"
        "Sur recommandation du ministre des Finances, Son Excellence la Gouverneure générale en conseil prend "
        "le Décret de surtaxe (2026), ci-après.\n\n{provision}"
    ),
}

EU_ACT = {
    "en": (
        "Council Decision (CFSP) 2026/12 of 3 March 2026 concerning restrictive measures\n\n"
        "THE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard to the Treaty on European Union,\n\n"
        "HAS ADOPTED THIS DECISION:\n\nArticle 1\n\n{provision}"
    ),
    "es": (
        "Reglamento (UE) 2026/12 del Consejo, de 3 de marzo de 2026, relativo a medidas restrictivas\n\n"
        "EL CONSEJO DE LA UNIÓN EUROPEA,\n\nVisto el Tratado de Funcionamiento de la Unión Europea,\n\n"
        "HA ADOPTADO EL PRESENTE REGLAMENTO:\n\nArtículo 1\n\n{provision}"
    ),
    "fr": (
        "Décision (PESC) 2026/12 du Conseil du 3 mars 2026 concernant des mesures restrictives\n\n"
        "LE CONSEIL DE L'UNION EUROPÉENNE,\n\nvu le traité sur l'Union européenne,\n\n"
        "A ADOPTÉ LA PRÉSENTE DÉCISION:\n\nArticle premier\n\n{provision}"
    ),
}


def _of_type(text: str, lang: str, event_type: str) -> list:
    return [e for e in extract_events(text, published=PUB, lang=lang) if e.event_type == event_type]


@pytest.mark.parametrize(
    ("lang", "provision"),
    [
        ("en", "1 Goods that originate in the United States are subject to a surtax of 25%."),
        ("en", "1 Goods that originate in China are subject to a surtax of 100%."),
        ("fr", "1 Les marchandises originaires des États-Unis sont assujetties à une surtaxe de 25 %."),
        ("fr", "1 Les marchandises originaires de la Chine sont assujetties à une surtaxe de 100 %."),
    ],
)
def test_an_order_in_council_is_the_government_of_canadas_act(lang: str, provision: str) -> None:
    tariffs = _of_type(ORDER[lang].format(provision=provision), lang, "tariff")
    assert tariffs
    for tariff in tariffs:  # the provision (and the order's title where it is read as one too)
        assert tariff.date == "2026-03-05"  # the day the order was made, not the day it was registered
        assert doer(tariff) == "Government of Canada"
        assert make_title(tariff, lang).startswith("Government of Canada")
        assert not make_title(tariff, "en").startswith(("US", "China", "Government of China"))


@pytest.mark.parametrize(
    ("lang", "provision"),
    [
        ("en", "Sanctions are imposed on the persons linked to the Sinaloa Cartel listed in the Annex."),
        ("es", "Se impondrán sanciones a las personas vinculadas al Cartel de Sinaloa que figuran en el anexo."),
        ("fr", "Des sanctions sont imposées aux personnes liées au cartel de Sinaloa figurant à l'annexe."),
    ],
)
def test_an_eu_act_is_the_councils_act(lang: str, provision: str) -> None:
    sanctions = _of_type(EU_ACT[lang].format(provision=provision), lang, "sanction")
    assert len(sanctions) == 1
    assert sanctions[0].date == "2026-03-03"
    assert sanctions[0].actors[0] == "Council of the European Union"
    assert "Sinaloa Cartel" in sanctions[0].actors  # the target stays, after the doer
    assert "Council of the European Union" in make_title(sanctions[0], lang)


def test_a_recital_with_its_own_date_keeps_the_doer_its_sentence_names() -> None:
    text = ORDER["en"].format(
        provision="Whereas on February 1, 2026 the United States imposed tariffs of 25% on goods from Canada.\n\n"
        "1 Goods that originate in the United States are subject to a surtax of 25%."
    )
    tariffs = {e.date: e for e in _of_type(text, "en", "tariff")}
    assert doer(tariffs["2026-03-05"]) == "Government of Canada"
    assert "Government of Canada" not in tariffs["2026-02-01"].actors
    assert make_title(tariffs["2026-02-01"]).startswith("US")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Not an enactment: the same words in a news story, a labour strike, an undated hypothetical surtax.
        ("en", "Canada said on March 5, 2026 that the Governor General in Council would meet next week."),
        ("fr", "Le gouvernement du Canada a dit le 5 mars 2026 que la Gouverneure générale en conseil se réunirait."),
        ("es", "El Consejo de la Unión Europea, visto el informe, debatió el 3 de marzo de 2026 sobre la pesca."),
    ],
)
def test_the_formula_alone_makes_no_issuer_outside_an_enactment(lang: str, text: str) -> None:
    events = extract_events(text, published=PUB, lang=lang)
    assert not any("Government of Canada" in e.actors or "Council of the European Union" in e.actors[:1]
                   for e in events if e.event_type != "statement")


@pytest.mark.parametrize(
    ("lang", "text", "issuer"),
    [
        ("en", "p.c. 2026-1\nher excellency the governor general\nin council makes the annexed order", "Government of Canada"),
        ("fr", "c.p. 2026-1\nla gouverneure generale en conseil prend le decret ci-apres", "Government of Canada"),
        ("es", "el gobernador general en consejo dicta el decreto", "Government of Canada"),
        ("en", "the european commission,\nhaving regard to the treaty", "European Commission"),
        ("es", "la comision europea,\nvisto el tratado", "European Commission"),
        ("fr", "le conseil de l'union europeenne,\nvu le traite", "Council of the European Union"),
        ("en", "the council of the european union met on tuesday", ""),  # no preamble: not its formula
        ("fr", "le conseil des ministres a adopte le decret", ""),
        ("es", "el consejo de seguridad, visto el informe", ""),
    ],
)
def test_the_issuer_is_named_by_the_enacting_formula(lang: str, text: str, issuer: str) -> None:
    assert issuer_of(text, lang) == issuer


def test_government_of_canada_is_a_doer_only_actor() -> None:
    gazetteer = get_gazetteer()
    assert gazetteer.actor_country["Government of Canada"] == "CAN"
    assert "CAN" not in gazetteer.government_of  # "Canada" named in a sentence stays a country
    found = gazetteer.find("The Government of Canada and the gouvernement du Canada answered Ottawa's critics.")
    assert {m.kind for m in found} == {"country"}
    assert all(m.value == "CAN" for m in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Canada imposed a surtax of 25% on US steel."),
        ("fr", "Le Canada a imposé une surtaxe de 25 % sur l'acier américain."),
        ("es", "Canadá impuso un arancel del 25 % al acero estadounidense."),
    ],
)
def test_canada_named_in_a_sentence_is_still_a_country_not_the_doer_only_actor(lang: str, text: str) -> None:
    # Undated and named only by its country: as before, no actor comes from the doer-only name.
    for event in extract_events(text, published=PUB, lang=lang):
        assert "Government of Canada" not in event.actors


# An act told with nobody named doing it, in a transcript's turn: the speaker's government's (its country).
TURN = {
    "en": "Press briefing, March 5, 2026.\n\nSECRETARY HEGSETH:\n\n",
    "es": "Conferencia de prensa matutina, 5 de marzo de 2026.\n\nPRESIDENTA CLAUDIA SHEINBAUM PARDO:\n\n",
    "fr": "Point de presse, 5 mars 2026.\n\nPRÉSIDENT EMMANUEL MACRON :\n\n",
}
DEPLOYED = {
    "en": "On March 3, 2026, 500 more troops were deployed to the southern border.",
    "es": "El 3 de marzo de 2026 se desplegaron 5 mil elementos en la frontera norte.",
    "fr": "Le 3 mars 2026, 300 militaires ont été déployés aux Antilles.",
}


@pytest.mark.parametrize(("lang", "country", "named"), [("en", "USA", "US"), ("es", "MEX", "México"), ("fr", "FRA", "France")])
def test_a_deployment_nobody_is_named_doing_is_the_speakers_governments(lang: str, country: str, named: str) -> None:
    deployments = _of_type(TURN[lang] + DEPLOYED[lang], lang, "troop_deployment")
    assert len(deployments) == 1
    assert deployments[0].date == "2026-03-03"
    assert deployments[0].actors == []  # no actor is invented: only the title's country
    assert deployments[0].agent_country == country
    assert make_title(deployments[0], lang).startswith(named)


def test_outside_a_transcript_the_deployment_still_names_nobody() -> None:
    text = "Conferencia de prensa, 5 de marzo de 2026.\n\n" + DEPLOYED["es"]
    deployments = _of_type(text, "es", "troop_deployment")
    assert len(deployments) == 1
    assert deployments[0].agent_country == ""
    assert make_title(deployments[0], "es").startswith("Gobierno")


def test_a_named_doer_keeps_the_act_in_the_speakers_turn() -> None:
    text = TURN["es"] + "El 3 de marzo de 2026 la Guardia Nacional desplegó 5 mil elementos en la frontera norte."
    deployments = _of_type(text, "es", "troop_deployment")
    assert [doer(e) for e in deployments] == ["Guardia Nacional (Mexico)"]
    assert deployments[0].agent_country == ""


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # Other senses in the same turn: troops for floods, a software deployment.
        ("es", "El 3 de marzo de 2026 se desplegaron 5 mil elementos para atender las inundaciones en Tabasco."),
        ("en", "On March 3, 2026, the new software was deployed to every base."),
        ("fr", "Le 3 mars 2026, le nouveau logiciel a été déployé sur toutes les bases."),
    ],
)
def test_other_senses_in_a_turn_make_no_act_for_the_speaker(lang: str, sentence: str) -> None:
    assert not _of_type(TURN[lang] + sentence, lang, "troop_deployment")
