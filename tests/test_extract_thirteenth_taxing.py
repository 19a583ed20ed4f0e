"""Taxing goods or countries is a tariff act, thirteenth round (issue 9, s13-enfr).

A tax verb whose object (with no preposition between them) or whose passive subject is a class of goods,
or the countries and trading partners whose goods are taxed, tells a tariff in any tense, voice or
person: "we will tax foreign cars", "gravará las importaciones", "nous allons taxer les produits", "les
voitures seront taxées". A tax noun with a preposition ("sales taxes on goods"), French "taxer de"
(to call someone something) and a tax verb with no goods are not. French also names its customs duties
by their adjective ("droits douaniers", "droits additionnels").

Every sentence here was written for these tests; none is taken from a document of ``tests/real`` or
of the held-out sets.
"""

from __future__ import annotations

import pytest

from timeline.extract.gazetteer import fold
from timeline.extract.triggers import get_triggers


def fires(lang: str, text: str) -> bool:
    return any(h.event_type == "tariff" for h in get_triggers(lang).find(fold(text)))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The president said he will tax foreign cars at 25 percent starting next month."),
        ("en", "Washington taxed Canadian steel on Tuesday."),
        ("en", "Imports from Canada will be taxed from April 2."),
        ("en", "He threatened to tax countries that buy oil from Caracas."),
        ("es", "Washington gravará las importaciones de acero a partir del lunes."),
        ("es", "Los productos mexicanos fueron gravados con un 30 por ciento."),
        ("es", "El gobierno amenazó con gravar a los paises que compren petróleo venezolano."),
        ("fr", "Nous allons taxer les produits americains a hauteur de 25 %."),
        ("fr", "Les voitures importees seront taxees a 25 % des le mois prochain."),
        ("fr", "Washington taxe desormais les importations d'acier."),
        ("fr", "Les droits additionnels sur les produits canadiens sont entres en vigueur le 4 mars."),
    ],
)
def test_taxing_goods_fires(lang: str, text: str) -> None:
    assert fires(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The state collects sales taxes on goods sold online."),
        ("en", "Congress voted to tax income of the wealthiest households."),
        ("es", "El impuesto grava los ingresos de las personas fisicas."),
        ("es", "La tasa de gravamen de los salarios no cambia."),
        ("fr", "Le ministre a ete taxe de laxisme par les pays voisins."),
        ("fr", "On l'a taxee d'hypocrisie devant les partenaires sociaux."),
        ("fr", "La commune veut taxer les residences secondaires."),
        ("fr", "Les droits syndicaux des travailleurs ont ete rappeles."),
    ],
)
def test_other_senses_do_not_fire(lang: str, text: str) -> None:
    assert not fires(lang, text)
