"""Which piece of an act is absent from the sentence of each missed deployment, tariff, strike or transfer.

Used by ``.venv/bin/python bench/extract_stages.py tests/real --pieces`` (a module, not a script;
named apart from ``bench/extract_pieces.py``, which counts the pieces of statements and miscellaneous
acts). For each missed gold event of those types it looks, in the sentence holding the
evidence (and, separately, in the sentences beside it), for the pieces of the act as broad
grammatical classes written here, not from any document: the verb family, the object class, a
number, a doer (a government, an agency, a leader, a first person), and the modality words
(announced, postponed or paused, avoided, threatened, done). It prints counts of present/absent per
piece, and for the verb and object families which member classes occur, never a sentence (issue 9).
"""

from __future__ import annotations

import re

# Broad classes of each act's pieces, in the three languages (folded: lower case, no accents).
# They are wider than the extractor's rules on purpose: the count says which class is there.
PIECES: dict[str, dict[str, dict[str, dict[str, str]]]] = {
    "troop_deployment": {
        "es": {
            "verb": {
                "send": r"envi\w*|mand\w*",
                "deploy": r"despleg\w*|desplieg\w*",
                "keep": r"manten\w*|mantien\w*|mantuv\w*|permanec\w*|sigu\w+ (?:estando|ahi)",
                "place": r"coloc\w*|ubic\w*|pus\w*|pon\w*|instal\w*|estacion\w*",
                "reinforce": r"reforz\w*|refuerz\w*|increment\w*|aument\w*|sum\w*",
                "agree": r"acord\w*|acuerdo|pact\w*|compromet\w*|compromiso",
                "be_there": r"hay|habia|estan|estaban|tenemos|tienen|cuenta con|cuentan con",
                "enter_come": r"entr\w*|ven\w*|vien\w*|pis\w*|intervien\w*|interven\w*",
                "negated_have": r"no (?:\w+ )?(?:hay|habra|habria|haber|existe|existen|tenemos|tiene)",
                "negated_allow": r"no (?:\w+ ){0,2}(?:permit\w*|acept\w*|admit\w*|autoriz\w*|quer\w*|quier\w*|pid\w*|solicit\w*)",
                "negated_come": r"no (?:\w+ ){0,2}(?:entr\w*|ven\w*|vien\w*|lleg\w*|interven\w*|intervien\w*)",
                "none_never": r"ningun\w*|nunca|jamas|nada",
                "negated": r"no",
                "move": r"traslad\w*|lleg\w*|arrib\w*|destin\w*|asign\w*",
            },
            "object": {
                "troops": r"tropas?|soldados?|militares|efectivos|elementos|agentes",
                "guard": r"guardia nacional",
                "members": r"guardias|integrantes|personal|hombres y mujeres|mil",
                "presence": r"presencia",
                "intervention": r"intervencion\w*|injerencia",
                "foreign": r"extranjer\w*|estadounidense\w*|estados unidos|americanos?",
                "military_adj": r"militar",
                "forces": r"ejercito|marina|sedena|semar|fuerzas armadas|defensa",
                "border": r"frontera|fronteriz\w*",
            },
        },
        "en": {
            "verb": {
                "send": r"sen[dt]\w*",
                "deploy": r"deploy\w*",
                "keep": r"keep|kept|remain\w*",
                "place": r"plac\w*|put|station\w*|post\w*",
                "agree": r"agree\w*|agreement",
            },
            "object": {
                "troops": r"troops?|soldiers?|personnel|members",
                "guard": r"national guard|guardsmen",
                "border": r"border",
            },
        },
        "fr": {
            "verb": {
                "send": r"envo\w*",
                "deploy": r"deplo\w*",
                "keep": r"maint\w*|rest\w*",
                "place": r"plac\w*|post\w*|stationn\w*",
                "agree": r"accord\w*",
            },
            "object": {
                "troops": r"troupes?|soldats?|militaires|effectifs",
                "guard": r"garde nationale",
                "border": r"frontiere",
            },
        },
    },
    "tariff": {
        "es": {
            "verb": {
                "impose": r"impon\w*|impus\w*|impuest\w*|aplic\w*|cobr\w*|pon\w*|pus\w*|establec\w*",
                "announce": r"anunci\w*|dijo|dice|decid\w*|decret\w*|firm\w*",
                "postpone": r"posterg\w*|pospu\w*|pospon\w*|aplaz\w*",
                "pause_verb": r"paus(?:o|aron|amos|ado|ados|ar)|suspend\w*|suspendi\w*",
                "pause_noun": r"pausa|suspension|tregua",
                "extend_verb": r"prorrog\w*|extend\w*|extendi\w*|amplia\w*",
                "span": r"plazo|\d+ dias|un mes|(?:treinta|noventa) dias|semanas?",
                "avoid": r"evit\w*|libr\w*|sin aranceles|exent\w*|excluid\w*",
                "negated": r"no (?:hay|habra|va a haber|tenemos|tendremos|se van a|va a|van a)",
                "future_go": r"(?:va|van|vamos) a",
                "take_effect": r"entr\w* en vigor|vigente|rig\w*|a partir del?",
                "raise_cut": r"sub\w*|baj\w*|aument\w*|elev\w*|reduc\w*|quit\w*|retir\w*|elimin\w*",
                "negotiate": r"negoci\w*|acuerdo|acord\w*|convers\w*|platic\w*",
            },
            "object": {
                "tariff_noun": r"arancel\w*|tarifas?|gravamen\w*|impuestos?",
                "goods": r"acero|aluminio|automo\w*|autos|vehiculos|tomate|jitomate|productos|exportaciones|importaciones|mercancias",
                "rate": r"\d+(?:[.,]\d+)? ?%|por ciento|porciento",
                "treaty": r"t-?mec|tratado",
            },
        },
        "en": {
            "verb": {
                "impose": r"impos\w*|appl\w*|levied|subject to",
                "announce": r"announc\w*|sign\w*|order\w*",
                "postpone": r"paus\w*|delay\w*|postpon\w*|suspend\w*",
                "take_effect": r"effective|take effect|took effect",
            },
            "object": {"tariff_noun": r"tariffs?|dut(?:y|ies)|surtax\w*", "rate": r"\d+(?:[.,]\d+)? ?%|percent"},
        },
        "fr": {
            "verb": {
                "impose": r"impos\w*|appliqu\w*",
                "announce": r"annonc\w*",
                "postpone": r"report\w*|suspend\w*|pause",
                "take_effect": r"en vigueur",
            },
            "object": {"tariff_noun": r"droits|tarifs?|surtax\w*|taxes?", "rate": r"\d+(?:[.,]\d+)? ?%|pour cent"},
        },
    },
    "boat_strike": {
        "es": {
            "verb": {
                "attack": r"ataq\w*|atac\w*|bombarde\w*|destru\w*|hund\w*|golpe\w*",
                "kill": r"mat\w*|muert\w*|asesin\w*|ejecu\w*",
                "operation": r"operaci\w*|accion\w*",
            },
            "object": {
                "boat": r"lanchas?|embarcacion\w*|barcos?|botes?|buques?|semisumergibles?",
                "sea": r"mar|caribe|pacifico|aguas",
            },
        },
        "en": {"verb": {"attack": r"strik\w*|struck|attack\w*"}, "object": {"boat": r"boats?|vessels?"}},
        "fr": {"verb": {"attack": r"frapp\w*|attaqu\w*"}, "object": {"boat": r"bateaux?|embarcations?|navires?"}},
    },
    "drone_strike": {
        "es": {
            "verb": {
                "attack": r"ataq\w*|atac\w*|bombarde\w*|destru\w*|golpe\w*",
                "kill": r"mat\w*|muert\w*",
                "operation": r"operaci\w*|intervenci\w*|incursi\w*",
                "capture": r"captur\w*|detuv\w*|secuestr\w*|extraj\w*|llev\w*",
            },
            "object": {
                "land": r"tierra|territorio|suelo|instalaciones|laboratorios?|campamentos?|objetivos",
                "drone": r"drones?|aere\w*|misil\w*",
                "country": r"venezuel\w*|caracas|mexico|colombia",
            },
        },
        "en": {
            "verb": {"attack": r"strik\w*|struck|attack\w*|bomb\w*", "operation": r"operation\w*|raid\w*"},
            "object": {"land": r"land|territory|soil|facilit\w*|targets?", "drone": r"drones?|air\w*|missiles?"},
        },
        "fr": {
            "verb": {
                "attack": r"frapp\w*|attaqu\w*|bombard\w*|detrui\w*",
                "kill": r"tu(?:e|es|ee|ees|ent|er|ant|ait)|morts?",
                "operation": r"operations?|intervention\w*|incursion\w*",
                "capture": r"captur\w*|enlev\w*|arret\w*",
            },
            "object": {
                "land": r"terre|territoire|sol|installations?|laboratoires?|cibles?",
                "drone": r"drones?|aerien\w*|missiles?",
                "country": r"venezuel\w*|caracas|mexique|colombie",
            },
        },
    },
    "extradition": {
        "es": {
            "verb": {
                "hand_over": r"entreg\w*|envi\w*|mand\w*|traslad\w*|remiti\w*|expuls\w*",
                "extradite": r"extradi\w*",
            },
            "object": {
                "people": r"personas|detenidos|presos|reos|capos?|narco\w*|integrantes|miembros|lideres|delincuentes|criminales",
                "destination": r"estados unidos|eeuu|ee\. ?uu|washington|justicia estadounidense",
            },
        },
        "en": {
            "verb": {"hand_over": r"transferr?\w*|hand\w*|sent|surrender\w*"},
            "object": {"people": r"defendants|fugitives|people|members"},
        },
        "fr": {
            "verb": {"hand_over": r"remi\w*|transfer\w*|livr\w*|envo\w*"},
            "object": {"people": r"detenus|personnes|membres|chefs"},
        },
    },
}
NUMBER = r"\d[\d.,]*|mil|miles|cientos|centenares|thousands?|hundreds?|milliers?|centaines?"
# The form a number takes: digits, digits and a word of thousands, a number in words, a year.
NUMBER_KINDS = {
    "year": r"20[12]\d",
    "digits": r"\d{1,3}(?:[.,  ]\d{3})+|\d+",
    "digits_thousand": r"\d+ (?:mil|thousand)",
    "words_thousand": r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|cincuenta|cien|two|three|five|ten|fifteen|twenty|deux|trois|cinq|dix|vingt) (?:mil|thousand|milles?)",
    "words_small": r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|veintiseis|veintinueve|treinta)",
}
DOER = {
    "es": r"gobierno|presidenta?|secretari\w*|ejercito|marina|sedena|defensa|fiscalia|trump|sheinbaum|estados unidos|mexico",
    "en": r"government|president|secretary|department|trump|united states|mexico|canada",
    "fr": r"gouvernement|president\w*|ministre|ministere|trump|etats-unis|mexique|canada",
}
FIRST_PERSON = {
    "es": r"\w+(?:amos|emos|imos)|nosotros|nuestr[oa]s?|yo|\w+e (?:yo)?",
    "en": r"we|our|i",
    "fr": r"nous|notre|nos|je|j",
}


def _has(pattern: str, folded: str) -> bool:
    return re.search(rf"\b(?:{pattern})\b", folded) is not None


def pieces_of(kind: str, lang: str, folded: str, before: str, after: str) -> list[tuple[str, ...]]:
    """Rows (piece, class) for one missed event: its sentence ``folded`` and the sentences ``before``/``after``."""
    table = PIECES.get(kind, {}).get(lang)
    if table is None:
        return []
    rows: list[tuple[str, ...]] = []
    for piece in ("verb", "object"):
        found = [name for name, pat in table[piece].items() if _has(pat, folded)]
        near = [f"{name} before" for name, pat in table[piece].items() if _has(pat, before)]
        near += [f"{name} after" for name, pat in table[piece].items() if _has(pat, after)]
        rows.append(
            (piece, "+".join(found) if found else "absent" + (" (beside: " + "+".join(near) + ")" if near else ""))
        )
    kinds = [name for name, pat in NUMBER_KINDS.items() if _has(pat, folded)]
    rows.append(("number", "+".join(kinds) if kinds else "present" if _has(NUMBER, folded) else "absent"))
    rows.append(
        (
            "doer",
            "named" if _has(DOER[lang], folded) else "first person" if _has(FIRST_PERSON[lang], folded) else "absent",
        )
    )
    return rows
