"""Short headlines for extracted events, generated from their fields, in English, Spanish or French.

The doer of a title is the acting party (a government, an agency, a leader), never what the act is
aimed at: an actor of kind ``target`` in the gazetteer (a cartel, a gang, a person pursued) is never
the subject of the acts listed in ``never_done_by_targets``, nor a leader of the acts in their
``target_of`` (issue 9). With no acting party named, the title says who such acts imply: a country the
sentence names as the doer, else the US for designations, strikes, sanctions, tariffs and operations;
for a transfer, the sending country. Actors keep their canonical names.

Every template is a whole-sentence message with named placeholders, translated in the interface's
catalogues (``timeline/locale``; ``make messages`` collects them), so a reviewer reads proposed titles
in the interface language. Numbers follow the language's conventions; countries and the seas and
regions of the gazetteer are named in it (``place_phrases`` in ``lexicon/gazetteer.yaml``).
"""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale
from babel.lists import format_list

from timeline import i18n
from timeline.extract.gazetteer import get_gazetteer
from timeline.extract.model import Event
from timeline.store.schema import country_name

# Acts that, with no acting party named, the US does in this campaign (issue 9: never a target).
_IMPLIED_US = frozenset({"fto_designation", "boat_strike", "drone_strike", "sanction", "tariff", "military_planning"})


def _plural(value: float) -> int:
    """The count that chooses a plural form: a fraction reads as plural ("2,5 millones")."""
    return int(value) if float(value).is_integer() else 2


def _n(value: float, lang: str) -> str:
    return i18n.format_number(int(value) if float(value).is_integer() else value, lang)


@cache
def _territories(lang: str) -> dict:
    return dict(Locale.parse(lang).territories)


def country_label(code: str, lang: str = "en") -> str:
    """An ISO3 country as a title names it: "US" for the United States, else its name in ``lang``.

    >>> country_label("USA", "es"), country_label("MEX", "fr"), country_label("VEN")
    ('EE. UU.', 'Mexique', 'Venezuela')
    """
    if code == "USA":
        return i18n.gettext("US", lang)
    country = pycountry.countries.get(alpha_3=code)
    if lang == "en" or lang not in i18n.LANGUAGES or country is None:
        return country_name(code)
    return _territories(lang).get(country.alpha_2) or country_name(code)


def doer(event: Event) -> str:
    """The acting party among the event's actors: the first that is not a target of its act, or ''.

    >>> doer(Event("fto_designation", "", "", "", "none", "happened", "", 0, 0, 0.5, "en",
    ...            ["Sinaloa Cartel", "Department of State"]))
    'Department of State'
    """
    gazetteer = get_gazetteer()
    return next((a for a in event.actors if not gazetteer.is_target(a, event.event_type)), "")


def implied_country(event: Event) -> str:
    """The country an act is done by when no actor is named: the one named as its doer, else the US for
    the acts the US does in this campaign (designations, strikes, sanctions, tariffs, operations), else ''.

    >>> implied_country(Event("tariff", "", "", "", "none", "happened", "", 0, 0, 0.5, "en", [], agent_country="CAN"))
    'CAN'
    >>> implied_country(Event("tariff", "", "", "", "none", "happened", "", 0, 0, 0.5, "en", []))
    'USA'
    """
    return event.agent_country or ("USA" if event.event_type in _IMPLIED_US else "")


def _targets(event: Event) -> list[str]:
    gazetteer = get_gazetteer()
    return [a for a in event.actors if gazetteer.is_target(a, event.event_type)]


def _who(event: Event, lang: str) -> str:
    """The subject of the title: the acting party, else the actor the type implies, else a country."""
    acting = doer(event)
    if acting:
        return acting
    if event.agent_country:  # "Ottawa replied with tariffs": a country named as the doer
        return country_label(event.agent_country, lang)
    if event.event_type in _IMPLIED_US:
        return country_label("USA", lang)
    # A country named only as a target's ("Venezuela's Tren de Aragua") does not act either.
    theirs = {get_gazetteer().actor_country.get(a) for a in _targets(event)}
    country = next((c for c in event.countries if c not in theirs), "")
    if country:
        return country_label(country, lang)
    return i18n.gettext("Government", lang) if event.event_type == "troop_deployment" else ""


def _sender(event: Event) -> str:
    """The sending country of a transfer: an acting party's or the named doer's other than the US, else a country named."""
    gazetteer = get_gazetteer()
    for actor in event.actors:
        country = gazetteer.actor_country.get(actor, "")
        if not gazetteer.is_target(actor, event.event_type) and country not in ("", "USA"):
            return country
    if event.agent_country not in ("", "USA"):
        return event.agent_country
    return next((c for c in event.countries if c != "USA"), "")


def _place(location: str, lang: str, motion: bool = False) -> str:
    """The event's place with its preposition in ``lang``: "in Caribbean Sea", "en el Caribe", "au Sinaloa"."""
    parts = [location] if lang == "en" else location.split(" / ")  # English keeps "A / B" as the extractor wrote it
    phrases = get_gazetteer().place_phrases.get(lang, {})
    out = []
    for part in parts:
        if part in phrases:
            out.append(phrases[part])
        elif motion:
            out.append(i18n.gettext("to {place}", lang).format(place=part))
        else:
            out.append(i18n.gettext("in {place}", lang).format(place=part))
    return out[0] if len(out) == 1 else format_list(out, locale=lang)


def _people(event: Event, lang: str) -> str:
    if "people" in event.quantities:
        count = event.quantities["people"]
        return i18n.ngettext("{count} person", "{count} people", _plural(count), lang).format(count=_n(count, lang))
    return ""


def _forces(event: Event, lang: str) -> str:
    """What a deployment sends: "4,000 troops", "8 ships", else "forces"."""
    main = event.main_quantity()
    if not main:
        return i18n.gettext("forces", lang)
    unit, value = main
    said = i18n.count_of(value, unit, lang) if unit != "percent" else None  # a share is not what is sent
    return said or i18n.gettext("forces", lang)


def _strike(event: Event, lang: str, who: str, where: str) -> tuple[str, dict]:
    values = {"who": who, "where": where}
    killed = event.quantities.get("killed")
    if killed is not None:
        values["killed"] = _n(killed, lang)
        n = _plural(killed)
    if event.event_type == "boat_strike":
        if killed is not None and where:
            return i18n.ngettext(
                "{who} strike on boat {where} kills {killed}", "{who} strike on boat {where} kills {killed}", n, lang
            ), values
        if killed is not None:
            return i18n.ngettext(
                "{who} strike on boat kills {killed}", "{who} strike on boat kills {killed}", n, lang
            ), values
        if where:
            return i18n.gettext("{who} strike on boat {where}", lang), values
        return i18n.gettext("{who} strike on boat", lang), values
    if killed is not None and where:
        return i18n.ngettext(
            "{who} strike on land target {where} kills {killed}",
            "{who} strike on land target {where} kills {killed}",
            n,
            lang,
        ), values
    if killed is not None:
        return i18n.ngettext(
            "{who} strike on land target kills {killed}", "{who} strike on land target kills {killed}", n, lang
        ), values
    if where:
        return i18n.gettext("{who} strike on land target {where}", lang), values
    return i18n.gettext("{who} strike on land target", lang), values


def _designation(event: Event, lang: str, who: str) -> tuple[str, dict]:
    named = [a for a in _targets(event) if a in get_gazetteer().targets][:3]  # the groups, not a leader named
    if not named:
        return i18n.gettext("{who} designates cartels as terrorist organizations", lang), {"who": who}
    targets = ", ".join(named) if lang == "en" else format_list(named, locale=lang)
    template = i18n.ngettext(
        "{who} designates {targets} as a terrorist organization",
        "{who} designates {targets} as terrorist organizations",
        len(named),
        lang,
    )
    return template, {"who": who, "targets": targets}


def _template(event: Event, lang: str) -> tuple[str, dict]:
    """The translated template of the event's title and the values of its placeholders."""
    t = event.event_type
    who = _who(event, lang)
    where = _place(event.location, lang) if event.location else ""
    people = _people(event, lang)
    if t in ("boat_strike", "drone_strike"):
        return _strike(event, lang, who, where)
    if t == "troop_deployment":
        values = {"who": who, "what": _forces(event, lang)}
        if event.location:
            values["destination"] = _place(event.location, lang, motion=True)
            return i18n.gettext("{who} deploys {what} {destination}", lang), values
        return i18n.gettext("{who} deploys {what}", lang), values
    if t == "extradition":
        # Transfers go to the US: the sender is the other country named, not a US agency.
        sender = _sender(event)
        values = {"people": people or i18n.gettext("cartel figures", lang)}
        if sender:
            values["sender"] = country_label(sender, lang)
            return i18n.gettext("{sender} sends {people} to the US", lang), values
        return i18n.gettext("Transfer of {people} to the US", lang), values
    if t == "fto_designation":
        return _designation(event, lang, who)
    if t == "sanction":
        if people:
            return i18n.gettext("{who} announces sanctions on {people}", lang), {"who": who, "people": people}
        return i18n.gettext("{who} announces sanctions", lang), {"who": who}
    if t == "tariff":
        if "percent" in event.quantities:
            values = {"who": who, "percent": _n(event.quantities["percent"], lang)}
            return i18n.gettext("{who} tariffs of {percent}%", lang), values
        return i18n.gettext("{who} tariffs", lang), {"who": who}
    if t == "military_planning":
        if where:
            return i18n.gettext("{who} military operation {where}", lang), {"who": who, "where": where}
        return i18n.gettext("{who} military operation", lang), {"who": who}
    if t == "statement":
        if who:
            return i18n.gettext("Statement by {who}", lang), {"who": who}
        return i18n.gettext("Government statement", lang), {}
    if who:
        return i18n.gettext("{who} event", lang), {"who": who}
    return i18n.gettext("Event", lang), {}


def _modality_template(modality: str, lang: str) -> str:
    """How the title of a plan, threat or denial wraps the act's ("Planned: {title}")."""
    if modality == "planned":
        return i18n.gettext("Planned: {title}", lang)
    if modality == "threatened":
        return i18n.gettext("Threatened: {title}", lang)
    if modality == "denied":
        return i18n.gettext("Denied: {title}", lang)
    return "{title}"


def make_title(event: Event, lang: str = "en") -> str:
    """A headline of at most about ten words from the event's fields, in ``lang`` (en, es or fr).

    >>> e = Event("boat_strike", "2025-09-02", "day", "", "explicit", "happened", "", 0, 0, 0.9, "en",
    ...           ["US military"], ["USA"], "Eastern Pacific", {"killed": 4.0})
    >>> make_title(e)
    'US military strike on boat in Eastern Pacific kills 4'
    >>> e.actors = []
    >>> make_title(e, "es")
    'EE. UU. ataca una lancha en el Pacífico oriental y deja 4 muertos'
    """
    lang = lang if lang in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
    template, values = _template(event, lang)
    title = template.format(**values)
    wrapper = _modality_template(event.modality, lang)
    if lang != "en" and not wrapper.startswith("{") and not template.startswith("{"):
        # After "Previsto:" a common word is not capitalised in Spanish; a name opening the title stays as it is.
        title = title[:1].lower() + title[1:]
    return wrapper.format(title=title)[:120]
