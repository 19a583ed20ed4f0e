"""Event types need a trigger AND its argument; modality comes from the words around the trigger.

These are the dev examples of the extractor (written for these tests, not taken from articles).
"""

from __future__ import annotations

import pytest

from timeline.extract.gazetteer import fold
from timeline.extract.triggers import get_triggers


def _types(sentence: str, lang: str) -> set[str]:
    return {h.event_type for h in get_triggers(lang).find(fold(sentence))}


def _modality(sentence: str, lang: str, event_type: str) -> str:
    trig = get_triggers(lang)
    folded = fold(sentence)
    hit = next(h for h in trig.find(folded) if h.event_type == event_type)
    return trig.modality_of(event_type, folded, sentence, hit)


@pytest.mark.parametrize(
    ("sentence", "lang", "event_type"),
    [
        ("The State Department designated the cartel a foreign terrorist organization.", "en", "fto_designation"),
        ("Washington designó al cártel como organización terrorista.", "es", "fto_designation"),
        ("Washington a désigné le cartel comme organisation terroriste.", "fr", "fto_designation"),
        ("US forces struck a vessel in the Caribbean.", "en", "boat_strike"),
        ("El ejército atacó una lancha en el Pacífico.", "es", "boat_strike"),
        ("L'armée a frappé une embarcation dans les Caraïbes.", "fr", "boat_strike"),
        ("A drone strike hit a lab in Sinaloa.", "en", "drone_strike"),
        ("The Pentagon deployed 1,500 troops to the border.", "en", "troop_deployment"),
        ("México desplegará 10 mil elementos de la Guardia Nacional.", "es", "troop_deployment"),
        ("Le Mexique a déployé 10 000 soldats à la frontière.", "fr", "troop_deployment"),
        ("Mexico extradited the cartel leader.", "en", "extradition"),
        ("México envió a 26 narcotraficantes a Estados Unidos.", "es", "extradition"),
        ("Le Mexique a remis 26 narcotrafiquants aux États-Unis.", "fr", "extradition"),
        ("The Treasury sanctioned four cartel members.", "en", "sanction"),
        ("El Tesoro sancionó a dos líderes del cártel.", "es", "sanction"),
        ("Le Trésor a sanctionné deux dirigeants du cartel.", "fr", "sanction"),
        ("The State Department revoked the visas of six officials.", "en", "sanction"),
        ("EE.UU. revocó las visas de seis funcionarios.", "es", "sanction"),
        ("Trump imposed a 25% tariff on Mexican goods.", "en", "tariff"),
        ("Trump impuso un arancel de 25 % a México.", "es", "tariff"),
        ("Trump a imposé des droits de douane de 25 % au Mexique.", "fr", "tariff"),
        ("The Pentagon is preparing options for a military operation in Mexico.", "en", "military_planning"),
        ("El Pentágono prepara una operación militar en México.", "es", "military_planning"),
        ("Washington envisage une opération militaire au Mexique.", "fr", "military_planning"),
        ("Sheinbaum rejected any US intervention.", "en", "statement"),
        ("Sheinbaum rechazó cualquier intervención.", "es", "statement"),
        ("Sheinbaum a rejeté toute intervention.", "fr", "statement"),
        ("Trump signed an executive order on cartels.", "en", "other"),
        ("Tren de Aragua was designated in February.", "en", "fto_designation"),
        ("El Tren de Aragua fue designado en febrero.", "es", "fto_designation"),
        ("La MS-13 avait été désignée en février.", "fr", "fto_designation"),
        ("The Senate rejected a war powers resolution.", "en", "other"),
    ],
    ids=lambda v: v[:45] if isinstance(v, str) and len(v) > 12 else None,
)
def test_trigger_with_argument_fires(sentence, lang, event_type):
    assert event_type in _types(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "event_type"),
    [
        ("Dock workers went on strike at the port, stranding boats.", "en", "boat_strike"),
        ("La huelga de pescadores dejó las lanchas en el puerto.", "es", "boat_strike"),
        ("La grève des marins a bloqué les navires.", "fr", "boat_strike"),
        ("The pitcher threw a strike.", "en", "boat_strike"),
        ("The carrier strike group sailed with eight ships.", "en", "boat_strike"),
        ("The troops watched the match.", "en", "troop_deployment"),
        ("The plan is to cut costs.", "en", "military_planning"),
        ("Mexico sent a letter to Washington.", "en", "extradition"),
        ("Tariffs have long been part of trade policy.", "en", "tariff"),
    ],
    ids=["labour-strike", "huelga", "greve", "sport", "strike-group", "no-deploy-verb", "non-military-plan",
         "sent-letter", "tariff-background"],
)
def test_red_herrings_do_not_fire(sentence, lang, event_type):
    assert event_type not in _types(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "event_type", "modality"),
    [
        ("The US will deploy more troops to the border.", "en", "troop_deployment", "planned"),
        ("México desplegará 10 mil soldados en la frontera.", "es", "troop_deployment", "planned"),
        ("Le Mexique déploiera 10 000 soldats à la frontière.", "fr", "troop_deployment", "planned"),
        ("Trump threatened to impose 25% tariffs on Mexico.", "en", "tariff", "threatened"),
        ("Trump amenazó con imponer aranceles de 25 %.", "es", "tariff", "threatened"),
        ("Trump a menacé d'imposer des droits de douane de 25 %.", "fr", "tariff", "threatened"),
        ("The Pentagon denied that troops were deployed to Mexico.", "en", "troop_deployment", "denied"),
        ("Sedena negó el despliegue de tropas estadounidenses.", "es", "troop_deployment", "denied"),
        ("Le Pentagone a démenti avoir déployé des troupes.", "fr", "troop_deployment", "denied"),
        ("US forces struck a boat in the Caribbean.", "en", "boat_strike", "happened"),
        ("El Pentágono prepara una operación en México.", "es", "military_planning", "planned"),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 12 else None,
)
def test_modality(sentence, lang, event_type, modality):
    assert _modality(sentence, lang, event_type) == modality


def test_unknown_language_is_refused_with_the_supported_ones():
    with pytest.raises(ValueError, match="en, es, fr"):
        get_triggers("de")
