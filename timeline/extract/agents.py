"""Who does an event: the subject side of its trigger, not merely the first name in the sentence.

"Her government widened the CIA's surveillance flights and deployed 10,000 soldiers" names the CIA
first, but Mexico deploys the soldiers. The agent is the first actor or country named before the
trigger in its clause that is not the object of a preposition ("of the CIA", "avec Washington");
a possessive government ("son gouvernement", "su gobierno", "its government") is the government of
the country of the last actor named in an earlier sentence; a nationality beside "authorities" /
"autoridades" / "autorités" is that country's government. Word lists: ``lexicon/triggers.yaml``
(``agents``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from timeline.extract.anaphora import antecedent, bare_government, government_actor  # noqa: F401 (antecedent: for the pipeline)
from timeline.extract.context import last_speaker
from timeline.extract.gazetteer import Mention, get_gazetteer
from timeline.extract.lexicon import LexiconError, load_lexicon

_WHERE = "timeline/extract/lexicon/triggers.yaml"
_KINDS = ("actor", "country", "demonym")


@dataclass(frozen=True)
class AgentWords:
    """The compiled word lists of one language."""

    object_marker: re.Pattern  # a preposition (and article) right before a name: not the subject
    own_government: re.Pattern  # "son gouvernement", "its government"
    authorities: re.Pattern  # "authorities", "autoridades": a nationality beside them names a doer
    passive_agent: re.Pattern  # the act's word, a few words, then "by" / "por" / "par" and its article
    government_of: re.Pattern  # "the government of", "el gobierno de": the country after it is the doer


@cache
def agent_words(lang: str) -> AgentWords:
    """The compiled agent word lists of ``lang``.

    >>> bool(agent_words("fr").object_marker.search("vols de surveillance de la "))
    True
    """
    raw = (load_lexicon("triggers.yaml").get("agents") or {}).get(lang)
    if not isinstance(raw, dict):
        raise LexiconError(f"{_WHERE}: agents.{lang} must be a mapping with 'prepositions' and 'own_government'")
    try:
        preps = "|".join(raw["prepositions"])
        articles = "|".join(raw.get("articles") or ["(?!x)x"])
        marker = re.compile(rf"(?<![\w-])(?:{preps})\s*+(?:(?:{articles})\s*+)?\Z")
        own = re.compile(rf"(?<![\w-])(?:{'|'.join(raw['own_government'])})(?![\w])")
        authorities = re.compile(rf"(?<![\w-])(?:{'|'.join(raw['authorities'])})(?![\w])")
        by = "|".join(raw.get("passive_agent") or ["(?!x)x"])
        # "tariffs imposed by", "sancionado por el", "droits de 30 % imposés par": up to seven words in all (a trigger may be three).
        passive = re.compile(rf"[\w-]++(?:[ ,]++[\w.%'-]++){{0,7}}?[ ,]++(?:{by})\s++(?:(?:{articles})\s*+)?\Z")
        nouns = "|".join(raw.get("government_nouns") or ["(?!x)x"])
        government_of = re.compile(rf"(?<![\w-])(?:{nouns})\s++(?:{preps})\s*+(?:(?:{articles})\s*+)?\Z")
    except (KeyError, TypeError, re.error) as exc:
        raise LexiconError(f"{_WHERE}: agents.{lang} is invalid: {exc!r}") from exc
    return AgentWords(marker, own, authorities, passive, government_of)


@cache
def doer_noun(lang: str) -> re.Pattern:
    """A government, an authority or a force named by a common noun, singular or plural: a doer without a name.

    >>> bool(doer_noun("en").search("the two governments agreed")), bool(doer_noun("es").search("se firmo ayer"))
    (True, False)
    """
    raw = (load_lexicon("triggers.yaml").get("agents") or {}).get(lang) or {}
    return re.compile(rf"(?<![\w-])(?:{'|'.join(raw.get('authorities') or ['(?!x)x'])})(?:s|es)?(?![\w])")


# A turn label: a line in capitals naming who speaks next ("PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO").
_TURN_LABEL = re.compile(r"\s*[A-ZÁÉÍÓÚÑÜÀÂÇÈÊËÎÏÔÛ][A-ZÁÉÍÓÚÑÜÀÂÇÈÊËÎÏÔÛ .,'-]{2,}[A-ZÁÉÍÓÚÑÜÀÂÇÈÊËÎÏÔÛ.]\s*:?\s*\Z")


def turn_speaker(sentences: list, folded: list[str], index: int, reach: int = 60) -> str:
    """In a transcript, the actor named by the last turn label up to sentence ``index`` ('' when none does).

    The speaker of "we" / "nosotros" / "nous" is who holds the turn, not the country or the leader
    the turn talks about (fifth round, issue 9, point 4).

    >>> from types import SimpleNamespace as S
    >>> texts = ["PRESIDENTA CLAUDIA SHEINBAUM PARDO", "Mexico is sovereign.", "We reject it."]
    >>> turn_speaker([S(text=t) for t in texts], [t.lower() for t in texts], 2)
    'Claudia Sheinbaum'
    """
    gazetteer = get_gazetteer()
    for k in range(index, max(-1, index - reach), -1):
        if _TURN_LABEL.match(sentences[k].text):
            named = [m.value for m in gazetteer.find(sentences[k].text, folded[k]) if m.kind == "actor"]
            if named:
                return named[0]
    return ""


def speaker_of(sentences: list, folded: list[str], index: int) -> str:
    """Who says "we" / "je" in sentence ``index``: the turn's speaker, else the actor named last before it."""
    return turn_speaker(sentences, folded, index) or last_speaker(get_gazetteer(), sentences, folded, index)


def find_agent(
    found: list[Mention],
    folded: str,
    trigger: int,
    clause_start: int,
    lang: str,
    last_country: str = "",
    reactions: re.Pattern | None = None,
    reporting: re.Pattern | None = None,
    event_type: str = "",
    named_government: Callable[[int], str] | None = None,
) -> Mention | None:
    """The doer of the trigger at ``trigger`` (sentence offsets), or None when no name says it.

    ``reactions`` (words such as "condemned") between a name and the trigger make that name the one
    reacting to the act, not its doer. ``reporting`` (verbs of saying) between them make it the
    source of the news ("Trump said US forces struck"), the doer only when no other name is.
    A target of ``event_type`` (a gazetteer actor of kind ``target``: a cartel, a gang, a person
    pursued; or a leader whose ``target_of`` lists it) is never its doer: "the Sinaloa Cartel was
    designated" names the object of the act, whatever the voice (issue 9).
    ``named_government`` gives the country of the government named last before an offset: "le gouvernement"
    with no name beside it is that government (``anaphora.py``; seventh round).

    >>> from timeline.extract.gazetteer import fold
    >>> s = "Son gouvernement a élargi les vols de la CIA, déployant 10 000 soldats."
    >>> found = get_gazetteer().find(s)
    >>> find_agent(found, fold(s), s.index("déployant"), 0, "fr", last_country="MEX").value
    'Government of Mexico'
    """
    words = agent_words(lang)
    gazetteer = get_gazetteer()
    by = passive_agent(found, folded, trigger, words, event_type)
    if by is not None:
        return by
    speaker = None
    for m in found:
        if m.start >= trigger:
            break
        if m.start < clause_start or m.kind not in _KINDS or gazetteer.is_target(m.value, event_type):
            continue
        head = m.start
        if m.kind == "demonym":
            noun = words.authorities.search(folded, max(0, m.start - 16), m.end + 16)
            if not noun:
                continue  # "Mexican authorities" names a doer, "Mexican territory" does not
            head = min(head, noun.start())  # "aux côtés des forces mexicaines": the phrase starts at "forces"
        if reactions is not None and reactions.search(folded, m.end, trigger):
            continue  # "Sheinbaum condemned the strike": she reacts, she does not strike
        # "the government of Mexico", "el gobierno de Estados Unidos": the country's government acts.
        governing = m.kind == "country" and words.government_of.search(folded, max(0, head - 40), head)
        if words.object_marker.search(folded, max(0, head - 16), head) and not governing:
            continue
        if reporting is not None and reporting.search(folded, m.end, trigger):
            speaker = speaker or m
            continue
        return m
    own = words.own_government.search(folded, clause_start, trigger)
    government = gazetteer.government_of.get(last_country)
    if own and government:
        return Mention(own.start(), own.end(), "actor", government, last_country)
    return _antecedent(found, folded, trigger, clause_start, lang, reactions, named_government) or speaker


def _antecedent(found, folded, trigger, clause_start, lang, reactions, government) -> Mention | None:  # noqa: ANN001
    """The government named last, when a bare "the government" is the subject before the trigger."""
    bare = bare_government(lang, folded, clause_start, trigger, found) if government is not None else None
    if bare is None or agent_words(lang).object_marker.search(folded, max(0, bare.start() - 16), bare.start()):
        return None
    if reactions is not None and reactions.search(folded, bare.end(), trigger):
        return None  # "le gouvernement a dénoncé les droits de douane": it reacts to them
    country = government(bare.start())
    doer = government_actor(country)
    return Mention(bare.start(), bare.end(), "actor", doer, country) if doer else None


def passive_agent(found: list[Mention], folded: str, trigger: int, words: AgentWords, event_type: str = "") -> Mention | None:
    """The name after "by" / "por" / "par" right after the trigger: the doer of an act told in the passive.

    "Mexico was hit with tariffs imposed by the United States", "aranceles impuestos por Estados
    Unidos", "des frappes ordonnées par Donald Trump": the name before the trigger is the target.

    >>> from timeline.extract.gazetteer import fold
    >>> s = "Mexico was hit with tariffs imposed by the United States."
    >>> passive_agent(get_gazetteer().find(s), fold(s), s.index("tariffs"), agent_words("en")).country
    'USA'
    """
    gazetteer = get_gazetteer()
    for m in found:
        if m.start <= trigger or m.kind not in ("actor", "country"):
            continue
        if m.start - trigger > 70:
            break
        if not gazetteer.is_target(m.value, event_type) and words.passive_agent.match(folded, trigger, m.start):
            return m
    return None


def acting_first(actors: list[str], event_type: str) -> list[str]:
    """``actors`` with the acting parties before the targets of ``event_type``, each in their order.

    >>> acting_first(["Sinaloa Cartel", "Department of Justice"], "extradition")
    ['Department of Justice', 'Sinaloa Cartel']
    """
    gazetteer = get_gazetteer()
    targets = [a for a in actors if gazetteer.is_target(a, event_type)]
    return [a for a in actors if a not in targets] + targets


def speakers(found: list[Mention], folded: str, reporting: re.Pattern) -> set[str]:
    """The actors a sentence quotes: right after a verb of saying ("dijo Donald Trump", "said
    President Trump") or right before one ("Trump said").

    >>> from timeline.extract.gazetteer import fold
    >>> s = "Las fuerzas de EE.UU. atacaron una lancha, dijo Donald Trump."
    >>> sorted(speakers(get_gazetteer().find(s), fold(s), re.compile(r"\\b(?:dijo|said)\\b")))
    ['Donald Trump']
    """
    out = set()
    for m in found:
        if m.kind != "actor":
            continue
        before = reporting.search(folded, max(0, m.start - 30), m.start)
        # Only titles between the verb and the name: "dijo que el Ejército" names what was said.
        quoted_after = before and _QUOTED_AFTER.fullmatch(folded, before.end(), m.start)
        if quoted_after or reporting.match(folded, _BLANKS.match(folded, m.end).end()):
            out.add(m.value)
    return out


_BLANKS = re.compile(r"[ ,]*")
# Between a verb of saying and the name it introduces: blanks, commas and capitalised-title words.
_QUOTED_AFTER = re.compile(r"[ ,]*(?:(?:the|el|la|le|president[ae]?|presidente|secretary|secretario|secretaire|senator|senador)[ ,]+)*")


def named_far(found: list[Mention], actors: list[str], trigger_end: int, event_type: str) -> bool:
    """Whether every actor of an act is named beyond its object's reach after the trigger (seventh round).

    With no doer before the trigger and no passive agent, an act's actors come from anywhere in its
    sentence. One named a dozen words after the act ("… des navires et du personnel canadiens …, les
    forces américaines …") is the subject of another phrase, not the act's doer nor its object: an
    undated act with only such actors has nobody acting, and is no report. The reach is the senses'
    object window (``senses.WINDOW``). Statements and miscellaneous acts are left to their own rules.

    >>> s = ("Le déploiement de deux navires canadiens se poursuit pendant tout le mois dans le cadre de "
    ...      "l'exercice naval annuel de la région, et l'armée américaine y participe aussi.")
    >>> named_far(get_gazetteer().find(s), ["US military"], s.index("déploiement") + 11, "troop_deployment")
    True
    >>> s = "Le déploiement de l'armée américaine se poursuit."
    >>> named_far(get_gazetteer().find(s), ["US military"], s.index("déploiement") + 11, "troop_deployment")
    False
    """
    if event_type in ("statement", "other") or not actors:
        return False
    at = [m.start for m in found if m.kind == "actor" and m.value in actors]
    return bool(at) and all(start - trigger_end > _OBJECT_REACH for start in at)


_OBJECT_REACH = 90  # as senses.WINDOW: how far after a trigger its object is read

