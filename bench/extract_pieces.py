"""Which grammatical piece a missed statement or miscellaneous act lacks, counted (no sentences shown).

Run: ``.venv/bin/python bench/extract_pieces.py tests/real`` prints, for the missed gold events of
type ``statement`` and ``other`` (``--types`` to change), per language and document type, counts of
the pieces of the sentence holding each one's evidence:

- ``predicate``: a trigger of the type's rules matches the sentence (a predicate of position for a
  statement, an act verb for ``other``), or not;
- ``object``: a cue of the type's first argument group (a campaign subject for a statement, an
  agreement, a leader, a bill... for ``other``) matches the sentence, or not;
- ``person``: the sentence speaks in the first person (I / we, yo / nosotros / -amos, je / nous) or not;
- ``turn``: the transcript turn it sits in, by the class of its label (a reporter's question, an
  official's answer, no label);
- ``question``: the sentence is a question (``?`` / ``¿``);
- ``negation``: the sentence holds a negation;
- ``subject class`` and ``verb class``: which of a few broad classes of campaign subjects and of
  verbs (written here, independent of the rules) the sentence holds, one count per class present.
- ``verb class, no predicate`` and ``subject class, no object``: the same classes, counted only where
  the rules see no predicate (or no object): the piece a rule would be written for.

Like ``bench/extract_stages.py`` (whose stage it reuses) it shows where the rules fall short without
showing the wording of any document, so rules are written for kinds of wording (issue 9).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract_stages import prep_of  # noqa: E402

from timeline.extract.evaluate import scored_articles  # noqa: E402
from timeline.extract.gazetteer import fold  # noqa: E402
from timeline.extract.triggers import get_triggers  # noqa: E402

FIRST_PERSON = {
    "en": r"\b(?:i|we|our|my|us)\b",
    "es": r"\b(?:yo|nosotr[oa]s|nuestr[oa]s?|mi|me|nos|[a-z]{2,16}(?:amos|emos|imos)|he|hemos|dije|hice|tuve)\b",
    "fr": r"\b(?:je|j'|nous|notre|nos|mon|ma|mes)\b",
}
NEGATION = {
    "en": r"\b(?:not|no|never|n't|nor)\b",
    "es": r"\b(?:no|nunca|jamas|ni|tampoco)\b",
    "fr": r"\b(?:ne|n'|pas|jamais|aucune?)\b",
}
# A turn label: a line of capitals, alone or before a colon ("PREGUNTA", "SECRETARY RUBIO:"), or "Q -" / "R -".
LABEL = re.compile(r"(?m)^[ \t]*((?:[A-ZÁÉÍÓÚÑÇÈÊÀ][A-ZÁÉÍÓÚÑÇÈÊÀ.,'\- ]{0,60})(?=:|[ \t]*$)|(?:Q|R)(?=[ \t]*[-–:]))")
QUESTION_LABEL = re.compile(r"pregunta|interlocut|question|reporter|journalist|^q$|participante|asistente")
SUBJECTS = {
    "sovereignty/intervention": r"soberan\w*|sovereign\w*|souverain\w*|intervenc\w*|intervention\w*|injerencia|ingerence|subordina\w*|subordonn\w*",
    "us/foreign government": r"estados unidos|united states|etats-unis|washington|trump|casa blanca|white house|maison blanche|gobierno de|government of|gouvernement",
    "security/cooperation": r"segurida\w*|security|securite|cooperac\w*|cooperation|colabora\w*|collaborat\w*|coordinac\w*|coordination",
    "cartels/drugs": r"cartel\w*|narco\w*|fentanil\w*|fentanyl|drog\w*|drug\w*|crimen organizado|organized crime|crime organise|trafic\w*|traffick\w*",
    "tariffs/trade": r"arancel\w*|tariff\w*|droits de douane|comercio|trade|commerce|t-mec|usmca|aceum|exportac\w*|export\w*",
    "troops/military": r"tropas?|troops?|troupes?|militar\w*|military|militaire\w*|ejercito|army|armee|marina|navy|guardia nacional|fuerzas armadas",
    "strikes/attacks": r"ataques?|attacks?|attaques?|bombard\w*|strikes?|frappes?|lanchas?|boats?",
    "migration": r"migra\w*|inmigra\w*|immigra\w*|frontera|border|frontiere|deporta\w*|expuls\w*",
    "agreement": r"acuerdo\w*|agreement\w*|accord\w*|tratado|treaty|traite|memorandum|convenio",
    "call/meeting": r"llamada|reunion|call|meeting|rencontr\w*|entretien|conversaci\w*|conversation|cumbre|summit|sommet",
    "arrest/seizure": r"detenid\w*|detencion\w*|arrest\w*|captur\w*|aseguramient\w*|asegur(?:o|aron|amos|ado|ados)|decomis\w*|incauta\w*|seiz\w*|saisi\w*|interpell\w*",
    "transfer/extradition": r"extradi\w*|traslad\w*|transfer\w*|envi(?:o|amos|ado|ados|aron) a estados unidos|remis\w*",
    "letter/request": r"carta|letter|lettre|nota diplomatica|diplomatic note|solicitud|request|demande",
    "weapons": r"armas?|weapons?|guns?|firearms?|armes?",
    "designation/terrorism": r"terroris\w*|designac\w*|designation\w*",
    "law/congress": r"congreso|congress|senado|senate|ley|law|loi|reforma|iniciativa",
    "agencies/agents": r"dea|cia|fbi|atf|agentes?|agents?|agencias?|agencies|espionaje|espionage|inteligencia|intelligence|renseignement",
    "relation/dialogue": r"relacion\w*|relations?|relationship|dialogo|dialogue|entendimiento|understanding|respeto mutuo|mutual respect|bilateral\w*|mesa",
    "other countries": r"venezuela|colombia|cuba|canada|ecuador|china|caribe|caribbean|caraibes|panama|groenland\w*|greenland",
    "water/oil/remittances": r"agua|water|eau|petrol\w*|oil|remesas|remittances?|acero|steel|acier|ganado|cattle",
    "violence/security figures": r"violencia|violence|homicidios?|homicides?|extorsion\w*|extortion|victimas|victims|victimes",
    "embassy/diplomacy": r"embajad\w*|embassy|ambassad\w*|consulad\w*|consulate|consulat|cancilleria|diplomat\w*",
}
VERBS = {
    "saying": r"dij\w*|decir|dice|digo|hemos dicho|plante\w*|said|say|says|tell|told|a dit|dit|disons|declar\w*",
    "position (agree/oppose)": r"acuerdo|agree\w*|accord|contra|against|opon\w*|oppos\w*|rechaz\w*|reject\w*|rejet\w*|defend\w*|defiend\w*",
    "cooperating": r"coopera\w*|colabora\w*|coordin\w*|trabaj\w* (?:juntos|en conjunto|con)|work\w* (?:together|with)|travaill\w* (?:ensemble|avec)",
    "agreeing on": r"acord\w*|pact\w*|agreed|firm\w*|signed|signe\w*|convenu\w*|conclu\w*",
    "sending": r"envi\w*|mand\w*|sent|send\w*|envoy\w*|remit\w*",
    "asking": r"pid\w*|ped\w*|solicit\w*|ask\w*|request\w*|demand\w*|exig\w*",
    "meeting/talking": r"reun\w*|habl\w*|convers\w*|platic\w*|met|meet\w*|spoke|talk\w*|parl\w*|rencontr\w*|entret\w*|llam\w*|call\w*",
    "arresting/seizing": r"detuv\w*|deten\w*|captur\w*|asegur\w*|decomis\w*|incaut\w*|arrest\w*|seiz\w*|saisi\w*|interpell\w*",
    "announcing": r"anunci\w*|announc\w*|annonc\w*|inform\w*|comunic\w*",
    "respecting/demanding respect": r"respet\w*|respect\w*",
    "wanting/believing": r"quer\w*|quier\w*|cre\w*|piens\w*|want\w*|believ\w*|think\w*|veut|voulons|croi\w*|pens\w*",
    "thanking/welcoming": r"agradec\w*|gracias|thank\w*|remerci\w*|celebr\w*|welcom\w*|salu\w*|felicit\w*",
    "proposing/offering": r"propon\w*|propus\w*|propuesta|propos\w*|ofrec\w*|offer\w*|offr\w*|invit\w*",
    "stressing/clarifying": r"reiter\w*|insist\w*|subray\w*|aclar\w*|explic\w*|senal\w*|destac\w*|expres\w*|manifest\w*|stress\w*|clarif\w*|explain\w*|soulign\w*|precis\w*|rappel\w*",
    "hoping/trusting": r"esper\w*|confi\w*|hop\w*|trust\w*|espoir|esper\w*",
    "committing/guaranteeing": r"comprom\w*|garantiz\w*|commit\w*|guarant\w*|engag\w*",
    "denying/answering": r"neg\w*|desment\w*|desmint\w*|respond\w*|contest\w*|deny|denied|denies|dement\w*|repond\w*",
    "must/need": r"tiene que|tenemos que|debe\w*|hay que|must|need\w*|have to|doit|doivent|devons|faut",
    "future of going to": r"va a|vamos a|van a|going to|will|vais|allons|va|vont",
}


def _pattern(table: dict[str, str]) -> dict[str, re.Pattern]:
    return {name: re.compile(r"(?<![\w-])(?:" + p + r")(?![\w])") for name, p in table.items()}


SUBJECT_RE, VERB_RE = _pattern(SUBJECTS), _pattern(VERBS)


def turn_of(text: str, at: int) -> str:
    """The class of the turn label last opened before offset ``at`` (question, answer or none)."""
    labels = list(LABEL.finditer(text, 0, at))
    if not labels:
        return "no label"
    return "question turn" if QUESTION_LABEL.search(fold(labels[-1].group(1)).strip()) else "answer turn"


def pieces(result, gold: dict) -> list[tuple[str, str]] | None:  # noqa: ANN001 - an evaluate.ArticleResult
    """(piece, value) pairs for the sentence holding ``gold``'s evidence, or None when it is not found."""
    at = result.text.find(gold.get("evidence") or "\0")
    if at < 0:
        return None
    prep = prep_of(result)
    sentence = None
    for s in prep.sentences:
        start, end = prep.to_original(s.start, s.end)
        if start <= at < end:
            sentence = s
            break
    if sentence is None:
        return None
    lang, kind = result.lang, gold["event_type"]
    folded = fold(sentence.text)
    rules = get_triggers(lang).rules.get(kind, [])
    predicate = any(r.trigger.search(folded) for r in rules)
    obj = any(r.require and r.require[0].search(folded) for r in rules)
    out = [
        ("predicate", "yes" if predicate else "no"),
        ("object", "yes" if obj else "no"),
        (
            "predicate+object in one rule",
            "yes"
            if any(r.trigger.search(folded) and all(c.search(folded) for c in r.require) for r in rules)
            else "no",
        ),
        ("person", "first" if re.search(FIRST_PERSON[lang], folded) else "not first"),
        ("turn", turn_of(result.text, at)),
        ("question", "yes" if "?" in sentence.text or "¿" in sentence.text else "no"),
        ("negation", "yes" if re.search(NEGATION[lang], folded) else "no"),
        ("modality", gold.get("modality", "")),
        ("dated at publication", "yes" if gold["date"] == result.published.isoformat() else "no"),
    ]
    out += [("subject class", name) for name, p in SUBJECT_RE.items() if p.search(folded)]
    out += [("verb class", name) for name, p in VERB_RE.items() if p.search(folded)]
    # What the sentence holds where the rules see nothing: the piece to write a rule for.
    if not predicate:
        out += [("verb class, no predicate", name) for name, p in VERB_RE.items() if p.search(folded)] or [
            ("verb class, no predicate", "none of the classes")
        ]
    if not obj:
        out += [("subject class, no object", name) for name, p in SUBJECT_RE.items() if p.search(folded)] or [
            ("subject class, no object", "none of the classes")
        ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="set folders (with <lang>/ folders)")
    parser.add_argument("--types", default="statement,other", help="event types to look at (comma-separated)")
    parser.add_argument("--lang", help="only this language")
    parser.add_argument("--found", action="store_true", help="count the matched gold events instead of the missed")
    args = parser.parse_args(argv)
    kinds = set(args.types.split(","))
    counts: Counter[tuple[str, ...]] = Counter()
    totals: Counter[tuple[str, ...]] = Counter()
    for r, doc in scored_articles(args.paths, args.lang):
        for gi, g in enumerate(r.gold):
            if g["event_type"] not in kinds or (gi in r.matched) != args.found:
                continue
            group = (r.lang, g["event_type"], doc)
            totals[group] += 1
            for piece, value in pieces(r, g) or [("evidence", "not found")]:
                counts[(*group, piece, value)] += 1
    what = "matched" if args.found else "missed"
    for group, n in sorted(totals.items()):
        print(f"\n{' / '.join(group)}: {n} {what}")
        rows = sorted(((k[3], k[4], v) for k, v in counts.items() if k[:3] == group), key=lambda t: (t[0], -t[2], t[1]))
        for piece, value, v in rows:
            print(f"{v:4}  {piece}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
