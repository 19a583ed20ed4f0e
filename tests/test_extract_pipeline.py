"""extract_events end to end on small dev articles written for these tests (en, es, fr)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import store
from timeline.extract import ArticleTooLong, extract_article, extract_events

PUB = dt.date(2025, 9, 3)  # a Wednesday


def _one(text: str, lang: str, published=PUB, event_type: str | None = None):
    events = [e for e in extract_events(text, published=published, lang=lang) if event_type in (None, e.event_type)]
    assert len(events) == 1, [(e.event_type, e.date) for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "date", "basis"),
    [
        ("US forces destroyed a drug boat in the Caribbean on Tuesday.", "en", "boat_strike", "2025-09-02", "weekday"),
        ("Las fuerzas de EE.UU. atacaron una lancha en el Caribe el martes pasado.", "es", "boat_strike", "2025-09-02", "weekday"),
        ("Les forces américaines ont frappé un bateau dans les Caraïbes mardi dernier.", "fr", "boat_strike", "2025-09-02", "weekday"),
        ("Mexico extradited 26 cartel prisoners to the United States yesterday.", "en", "extradition", "2025-09-02", "relative"),
        ("México entregó ayer a 26 narcotraficantes a Estados Unidos.", "es", "extradition", "2025-09-02", "relative"),
        ("Le Mexique a extradé hier 26 narcotrafiquants aux États-Unis.", "fr", "extradition", "2025-09-02", "relative"),
        ("In February, the State Department designated six cartels as terrorist organizations.", "en", "fto_designation", "2025-02", "month_only"),
        ("En febrero, el Departamento de Estado designó a seis cárteles como organizaciones terroristas.", "es", "fto_designation", "2025-02", "month_only"),
        ("Le Trésor a sanctionné le 5 février 2025 deux dirigeants du cartel.", "fr", "sanction", "2025-02-05", "explicit"),
        ("Trump imposed a 25% tariff on Mexican goods on Feb. 1, 2025.", "en", "tariff", "2025-02-01", "explicit"),
        ("Hace tres días, el Pentágono desplegó 1.500 soldados en la frontera.", "es", "troop_deployment", "2025-08-31", "relative"),
    ],
    ids=["en-weekday", "es-martes-pasado", "fr-mardi-dernier", "en-yesterday", "es-ayer", "fr-hier", "en-month-only",
         "es-month-only", "fr-explicit", "en-explicit", "es-hace-tres-dias"],
)
def test_event_type_and_date(text, lang, event_type, date, basis):
    event = _one(text, lang, event_type=event_type)
    assert (event.date, event.date_basis) == (date, basis)


def test_undated_sentence_falls_back_to_the_publication_date_with_low_confidence():
    dated = _one("The Treasury sanctioned four cartel members on Tuesday.", "en")
    undated = _one("The Treasury sanctioned four cartel members.", "en")
    assert (undated.date, undated.date_basis) == (PUB.isoformat(), "publication_fallback")
    assert undated.confidence < dated.confidence


def test_without_publication_date_relative_dates_stay_unresolved():
    event = _one("US forces destroyed a drug boat on Tuesday.", "en", published=None)
    assert (event.date, event.date_basis) == ("", "none")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("WASHINGTON, Sept. 3, 2025 -\nUS forces destroyed a drug boat in the Caribbean on Tuesday.", None, ("2025-09-03", "text")),
        ("Publicado el 3 de septiembre de 2025\nFuerzas de EE.UU. atacaron una lancha en el Caribe el martes.", None, ("2025-09-03", "text")),
        ("Les forces américaines ont frappé un bateau dans les Caraïbes mardi.", "2025-09-03", ("2025-09-03", "given")),
        ("Les forces américaines ont frappé un bateau dans les Caraïbes mardi.", None, ("", "")),
    ],
    ids=["en-dateline", "es-publicado-el", "fr-given", "fr-none"],
)
def test_the_publication_date_used_is_exposed_and_fills_the_row(text, published, expected):
    article = extract_article(text, published=published)
    assert (article.published, article.published_source) == expected
    assert [e.to_row()["published"] for e in article.events] == [expected[0]]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("US Southern Command said US forces destroyed a drug boat in the Caribbean on Sept. 2, 2025, killing 11.", "medium"),
        ("The Treasury sanctioned four cartel members.", "low"),
    ],
    ids=["sure-is-medium", "undated-is-low"],
)
def test_unreviewed_extractions_are_never_high_confidence(text, level):
    assert _one(text, "en").to_row()["confidence"] == level


def test_publication_date_stated_in_the_text_is_used():
    text = "WASHINGTON, Sept. 3, 2025 -\nUS forces destroyed a drug boat in the Caribbean on Tuesday."
    assert _one(text, "en", published=None).date == "2025-09-02"


def test_event_sentence_without_date_takes_the_previous_event_date_of_its_paragraph():
    text = (
        "On Aug. 20, 2025, the Treasury sanctioned four cartel members. "
        "The same day, Mexico extradited three cartel leaders."
    )
    events = {e.event_type: e for e in extract_events(text, published=PUB, lang="en")}
    assert events["extradition"].date == "2025-08-20"


def test_background_years_before_the_campaign_are_not_events():
    text = "In 2019, the State Department designated the gang a terrorist organization."
    assert extract_events(text, published=PUB, lang="en") == []


def test_a_happened_event_is_never_dated_after_publication():
    # A year after PUB, so that the most recent past Sept. 20 is in the campaign (2024 would be background).
    published = dt.date(2026, 9, 3)
    event = _one("US forces destroyed a drug boat on Sept. 20.", "en", published=published)
    assert event.date <= (published + dt.timedelta(days=1)).isoformat()


def test_a_planned_event_is_of_the_day_it_is_told():
    # tests/gold/README.md: a planned event takes the day the plan was made or reported, else the
    # publication day; the day it would happen is its content (issue 9, seventh round).
    event = _one("Mexico will deploy 10,000 troops to the border next Monday.", "en", event_type="troop_deployment")
    assert event.modality == "planned"
    assert event.date == PUB.isoformat()


def test_a_plan_and_what_it_would_do_are_one_event():
    text = "The Pentagon is preparing a military operation in Mexico to strike drug labs with drones."
    events = extract_events(text, published=PUB, lang="en")
    assert [(e.event_type, e.modality) for e in events] == [("military_planning", "planned")]


def test_headline_and_body_about_the_same_strike_give_one_event():
    text = "US strikes drug boat in Caribbean\nUS forces destroyed a drug boat in the Caribbean on Tuesday."
    assert [e.date for e in extract_events(text, published=PUB, lang="en")] == ["2025-09-02"]


def test_actors_countries_location_and_quantities():
    event = _one("El Pentágono desplegó 1.500 soldados en la frontera con México el lunes.", "es")
    assert event.actors == ["Department of Defense"]
    assert set(event.countries) == {"USA", "MEX"}
    assert event.location == "US-Mexico border"
    assert event.quantities == {"troops": 1500}


def test_evidence_is_the_verbatim_sentence_at_its_offsets():
    text = "Intro line without events.\n\u201cUS forces\u00a0destroyed a drug boat,\u201d officials said on Tuesday."
    event = _one(text, "en")
    assert text[event.start : event.end] == event.evidence
    assert "\u00a0" in event.evidence


def test_rows_are_accepted_by_the_store(tmp_path):
    text = "Mexico extradited 26 cartel prisoners to the United States on Tuesday. In February, the State Department designated six cartels as terrorist organizations."
    rows = [e.to_row(source_url="https://example.org/a", published=PUB.isoformat()) for e in extract_events(text, PUB, "en")]
    report = store.append_events(tmp_path / "events.csv", rows)
    loaded = store.load(tmp_path / "events.csv")
    assert (len(report.added), loaded.problems) == (2, [])
    assert sorted(loaded.events["date"]) == ["2025-02-01", "2025-09-02"]


def test_language_is_detected_when_not_given():
    event = _one("Le Mexique a extradé hier 26 narcotrafiquants aux États-Unis.", None)
    assert event.lang == "fr"


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"lang": "de"}, ValueError, "en, es, fr"),
        ({"published": "last week"}, ValueError, "YYYY-MM-DD"),
    ],
    ids=["unsupported-language", "bad-published"],
)
def test_bad_arguments_are_explained(kwargs, error, message):
    with pytest.raises(error, match=message):
        extract_events("Mexico extradited a cartel leader.", **kwargs)


def test_too_long_articles_are_refused(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_ARTICLE_CHARS", "100")
    with pytest.raises(ArticleTooLong, match="TIMELINE_MAX_ARTICLE_CHARS"):
        extract_events("x" * 101, lang="en")


def test_published_may_be_a_datetime_or_a_string():
    text = "US forces destroyed a drug boat on Tuesday."
    assert _one(text, "en", dt.datetime(2025, 9, 3, 10, 0)).date == _one(text, "en", "2025-09-03").date


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        ("Trump imposed tariffs on Feb. 1, 2025, then suspended the tariffs two days later.", "en", ["2025-02-01", "2025-02-03"]),
        ("El Tesoro sancionó el 5 de marzo a dos líderes del cártel. Al día siguiente, México extraditó a 10 capos a Estados Unidos.", "es", ["2025-03-05", "2025-03-06"]),
        ("Le Trésor a sanctionné le 5 mars deux dirigeants du cartel. Le même jour, le Mexique a extradé dix chefs aux États-Unis.", "fr", ["2025-03-05", "2025-03-05"]),
        ("The Treasury sanctioned two cartel leaders on March 6. The move came four days after Mexico extradited ten capos to the United States.", "en", ["2025-03-06", "2025-03-02"]),
        ("El Tesoro sancionó el 6 de marzo a dos líderes del cártel, dos días después de que México extraditara a diez capos a Estados Unidos.", "es", ["2025-03-06", "2025-03-04"]),
        ("Le Trésor a sanctionné le 6 mars deux dirigeants du cartel. Cette décision arrive trois jours après l'extradition de dix chefs aux États-Unis.", "fr", ["2025-03-06", "2025-03-03"]),
        ("US forces struck a drug boat in the Caribbean on March 4. Nicolás Maduro denounced the attack as an illegal aggression hours after the strike.", "en", ["2025-03-04", "2025-03-04"]),
        ("Fuerzas estadounidenses atacaron una lancha en el Caribe el 4 de marzo. Pocas horas después del ataque, Nicolás Maduro condenó la agresión.", "es", ["2025-03-04", "2025-03-04"]),
        ("Les forces américaines ont frappé un bateau dans les Caraïbes le 4 mars. Quelques heures après la frappe, Nicolás Maduro a dénoncé une agression.", "fr", ["2025-03-04", "2025-03-04"]),
    ],
    ids=["en-two-days-later", "es-al-dia-siguiente", "fr-le-meme-jour", "en-came-days-after", "es-dias-despues-de-que",
         "fr-jours-apres-le", "en-hours-after", "es-horas-despues", "fr-heures-apres"],
)
def test_dates_relative_to_the_previous_event(text, lang, dates):
    events = extract_events(text, published="2025-03-10", lang=lang)
    assert sorted(e.date for e in events) == sorted(dates)


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("US forces struck a boat on Friday, killing six, Hegseth said on Saturday.", "en", "2025-08-29"),
        ("Hegseth dijo el sábado que las fuerzas de EE.UU. atacaron una lancha el viernes.", "es", "2025-08-29"),
    ],
    ids=["en-said-on-saturday", "es-dijo-el-sabado"],
)
def test_the_day_of_a_report_does_not_date_what_happened(text, lang, date):
    assert _one(text, lang, published="2025-09-01").date == date


def test_a_threat_is_dated_when_it_was_voiced():
    event = _one("Trump insistió el jueves en que los aranceles de 25 % entrarán en vigor el 4 de marzo.", "es",
                 published="2025-02-28")
    assert (event.event_type, event.modality, event.date) == ("tariff", "planned", "2025-02-27")


def test_a_year_around_another_date_is_the_same_event():
    text = "Mexico last month sent 26 cartel figures to the United States, its second such transfer this year."
    assert [e.date for e in extract_events(text, published="2025-10-20", lang="en")] == ["2025-09"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dock workers in Long Beach went on strike on Monday, leaving dozens of ships waiting off the coast.", "en"),
        ("The Dodgers' pitcher struck out eleven batters on Tuesday night.", "en"),
        ("In 2012, the Treasury sanctioned several Zetas leaders.", "en"),
        ("Officials said the plan is to cut costs by 10% next year.", "en"),
        ("May deploy more staff next year, the company said.", "en"),
        ("Los trabajadores portuarios iniciaron el lunes una huelga que dejó decenas de barcos varados.", "es"),
        ("En 2006, el gobierno de Felipe Calderón desplegó tropas en Michoacán.", "es"),
        ("El equipo atacó por la banda derecha y marcó dos goles el domingo.", "es"),
        ("Les dockers du Havre ont entamé mardi une grève qui bloque une dizaine de navires.", "fr"),
        ("En 2019, Donald Trump avait menacé de classer les cartels comme organisations terroristes.", "fr"),
        ("Le ministère prévoit une opération de rénovation des écoles.", "fr"),
        ("Donald Trump said smuggling by sea had nearly stopped thanks to the strikes on boats in the Caribbean.", "en"),
        ("Pete Hegseth defendió que los bombardeos contra embarcaciones en el Pacífico salvan vidas.", "es"),
        ("Washington maintient un important déploiement de navires et de soldats dans les Caraïbes.", "fr"),
        ("Claudia Sheinbaum recibió el martes críticas del presidente del Senado.", "es"),
        ("Le président Gustavo Petro a reçu mardi des menaces de mort.", "fr"),
        ("Pete Hegseth spoke with reporters about Donald Trump on Tuesday.", "en"),
        ("The Pentagon named a new spokesman for the operation on Tuesday.", "en"),
        ("The strikes have killed more than 150 people since September.", "en"),
        ("Los ataques han dejado más de 150 muertos desde septiembre.", "es"),
        ("Les frappes ont fait plus de 150 morts depuis septembre.", "fr"),
        ("With the strikes this week, the toll of the campaign in the Caribbean passed 100 dead.", "en"),
        ("Con los ataques de esta semana, la campaña en el Caribe suma más de cien muertos.", "es"),
        ("Avec les frappes de cette semaine, le bilan de la campagne dans les Caraïbes dépasse cent morts.", "fr"),
        ("Les conseillers américains se limitaient à soutenir les forces mexicaines, sans participer aux combats.", "fr"),
        ("L'envoyé spécial américain a rencontré mardi les forces de sécurité équatoriennes.", "fr"),
        ("La posición de los militares mexicanos no cambió el martes.", "es"),
    ],
    ids=["en-dock-strike", "en-baseball", "en-history", "en-cost-plan", "en-modal-may", "es-huelga", "es-history",
         "es-football", "fr-greve", "fr-history", "fr-civil-operation", "en-the-strikes-in-general",
         "es-los-bombardeos-en-general", "fr-maintient-un-deploiement", "es-recibio-criticas",
         "fr-a-recu-des-menaces", "en-spoke-with-reporters", "en-named-a-spokesman-for-the-operation",
         "en-toll-since-september", "es-balance-desde-septiembre", "fr-bilan-depuis-septembre",
         "en-tally-this-week", "es-balance-esta-semana", "fr-bilan-cette-semaine", "fr-participer-is-not-partir",
         "fr-envoye-special-is-not-envoyer", "es-posicion-is-not-posicionar"],
)
def test_red_herrings_give_no_event(text, lang):
    assert extract_events(text, published="2025-10-20", lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "date", "modality"),
    [
        ("Tim Kaine said he would call a new vote on the war powers measure.", "en", "other", "2025-09-03", "planned"),
        ("Tim Kaine anunció que buscará forzar otra votación en el Senado.", "es", "other", "2025-09-03", "planned"),
        ("Tim Kaine a promis de provoquer un nouveau vote au Sénat.", "fr", "other", "2025-09-03", "planned"),
        ("The White House threatened to veto the war powers resolution.", "en", "other", "2025-09-03", "threatened"),
        ("The Senate on Tuesday rejected a resolution that would have barred strikes on boats.", "en", "other", "2025-09-02", "happened"),
        ("Donald Trump and Claudia Sheinbaum held a phone call on Tuesday about security.", "en", "other", "2025-09-02", "happened"),
        ("Gustavo Petro y su homólogo estadounidense sostuvieron el martes una llamada telefónica.", "es", "other", "2025-09-02", "happened"),
        ("Donald Trump spoke with Gustavo Petro by phone on Tuesday.", "en", "other", "2025-09-02", "happened"),
        ("Donald Trump et Gustavo Petro se sont entretenus par téléphone mardi.", "fr", "other", "2025-09-02", "happened"),
        ("Mardi, deux chasseurs vénézuéliens ont survolé un navire de guerre américain.", "fr", "other", "2025-09-02", "happened"),
        ("The Coast Guard called off the search for the missing survivors on Tuesday.", "en", "other", "2025-09-02", "happened"),
        ("La Marina suspendió el martes la búsqueda de los desaparecidos tras el ataque.", "es", "other", "2025-09-02", "happened"),
        ("Donald Trump named Kristi Noem special envoy for the Americas on Tuesday.", "en", "other", "2025-09-02", "happened"),
        ("Pete Hegseth dubbed the campaign Operation Southern Spear on Tuesday.", "en", "military_planning", "2025-09-02", "happened"),
        ("El martes, la Casa Blanca dijo que Trump está dispuesto a usar todos los medios del poder estadounidense.", "es", "military_planning", "2025-09-02", "planned"),
        ("Le président a accordé mardi au Canada un sursis de 30 jours sur les droits de douane.", "fr", "tariff", "2025-09-02", "happened"),
        ("In August, Donald Trump threatened to raise them to 50% starting Sept. 1.", "en", "tariff", "2025-08", "threatened"),
        ("Francis L. Donovan took command of US Southern Command in February.", "en", "other", "2025-02", "happened"),
        ("Desde la llegada del almirante Alvin Holsey a la jefatura del Comando Sur, en enero, nada cambió.", "es", "other", "2025-01", "happened"),
        ("Pete Hegseth avait approuvé début août leur déploiement vers les Caraïbes.", "fr", "troop_deployment", "2025-08", "happened"),
        ("Pete Hegseth ordered their deployment to the Caribbean in late August.", "en", "troop_deployment", "2025-08", "happened"),
        ("Pam Bondi a annoncé mardi une récompense de 50 millions de dollars, le double de la prime offerte en janvier.", "fr", "sanction", "2025-01", "happened"),
        ("Yván Gil a rejeté lundi ce déploiement, qu'il juge menaçant pour la paix.", "fr", "statement", "2025-09-01", "happened"),
        ("Yván Gil rechazó el lunes el despliegue como una amenaza a la paz.", "es", "statement", "2025-09-01", "happened"),
    ],
    ids=["en-call-new-vote", "es-forzar-otra-votacion", "fr-provoquer-nouveau-vote", "en-undated-threat", "en-would-have-is-past",
         "en-phone-call", "es-llamada-telefonica", "en-spoke-by-phone", "fr-se-sont-entretenus", "fr-survol", "en-search-called-off", "es-busqueda-suspendida",
         "en-appointment", "en-named-operation", "es-dispuesto-a-usar-todos-los-medios", "fr-sursis-droits",
         "en-threat-to-raise-them-starting", "en-took-command", "es-llegada-a-la-jefatura", "fr-leur-deploiement",
         "en-their-deployment", "fr-prime-offerte-en-janvier", "fr-rejette-ce-deploiement", "es-rechaza-el-despliegue"],
)
def test_acts_without_a_specific_type(text, lang, event_type, date, modality):
    events = extract_events(text, published=PUB, lang=lang)
    assert (event_type, date, modality) in [(e.event_type, e.date, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "event_type"),
    [
        ("US forces struck a drug boat in the Caribbean on Monday. The Pentagon denied any role in that operation.", "en", "boat_strike"),
        ("Un dron de la CIA destruyó el lunes un laboratorio en territorio venezolano. El Pentágono negó haber participado en ese ataque.", "es", "drone_strike"),
        ("Le Mexique a extradé lundi 26 narcotrafiquants aux États-Unis. Le Pentagone a démenti toute participation à cette remise.", "fr", "extradition"),
    ],
    ids=["en-denied-that-operation", "es-nego-ese-ataque", "fr-dementi-cette-remise"],
)
def test_a_denial_of_that_operation_is_a_denied_event_of_its_type(text, lang, event_type):
    events = extract_events(text, published=PUB, lang=lang)
    denied = [(e.event_type, e.date) for e in events if e.modality == "denied"]
    assert denied == [(event_type, PUB.isoformat())]


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        ("The Treasury sanctioned four Sinaloa Cartel members on Tuesday, and in July did the same with two CJNG leaders.", "en", ["2025-07", "2025-09-02"]),
        ("El Tesoro sancionó el martes a cuatro miembros del Cártel de Sinaloa y en julio hizo lo mismo con dos líderes del CJNG.", "es", ["2025-07", "2025-09-02"]),
        ("Le Trésor a sanctionné mardi quatre membres du cartel de Sinaloa et avait fait de même en juillet avec deux chefs du CJNG.", "fr", ["2025-07", "2025-09-02"]),
    ],
    ids=["en-did-the-same", "es-hizo-lo-mismo", "fr-avait-fait-de-meme"],
)
def test_doing_the_same_again_is_another_event_of_that_type(text, lang, dates):
    assert sorted(e.date for e in extract_events(text, published=PUB, lang=lang)) == dates


def test_the_same_day_opening_a_paragraph_goes_back_to_the_news_day():
    text = (
        "US forces struck a drug boat in the Caribbean on Tuesday.\n\n"
        "Mexico had extradited 26 cartel prisoners to the United States on Aug. 12.\n\n"
        "The same day, the Treasury sanctioned four Sinaloa Cartel members."
    )
    sanction = _one(text, "en", event_type="sanction")
    assert sanction.date == "2025-09-02"


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        ("Claudia Sheinbaum rejected any US intervention. Her government deployed 10,000 soldiers to the border on Tuesday, helped by the CIA.", "en", "Government of Mexico"),
        ("Tras una reunión con la CIA, el gobierno mexicano desplegó el martes 10.000 soldados en la frontera.", "es", "Government of Mexico"),
        ("Avec l'appui de la CIA, le Mexique a déployé mardi 10 000 soldats à la frontière.", "fr", "Government of Mexico"),
        ("With CIA support, Mexican authorities deployed 10,000 soldiers to the border on Tuesday.", "en", "Government of Mexico"),
        ("Con apoyo de la CIA, las autoridades mexicanas desplegaron el martes 10.000 soldados en la frontera.", "es", "Government of Mexico"),
    ],
    ids=["en-her-government", "es-object-of-con", "fr-country-as-doer", "en-mexican-authorities", "es-autoridades-mexicanas"],
)
def test_the_doer_comes_first_and_names_the_title(text, lang, doer):
    event = _one(text, lang, event_type="troop_deployment")
    assert event.actors[0] == doer
    assert event.title.startswith(doer)


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("The Treasury sanctioned four firms, and last week did the same with two exchange houses.", "en", "2025-08-27"),
        ("El Tesoro sancionó a cuatro empresas, y la semana pasada hizo lo mismo con dos casas de cambio.", "es", "2025-08-27"),
    ],
    ids=["en-date-of-the-later-clause", "es-fecha-de-la-clausula-siguiente"],
)
def test_a_date_in_a_later_clause_dates_only_the_act_of_that_clause(text, lang, date):
    dates = [e.date for e in extract_events(text, published=PUB, lang=lang)]
    assert dates.count(date) == 1


@pytest.mark.parametrize(
    ("text", "lang", "types"),
    [
        ("El Pentágono ordenó el lunes el envío del destructor USS Stockdale al Caribe.", "es", ["troop_deployment"]),
        ("The Pentagon ordered the destroyer USS Stockdale to the Caribbean on Monday.", "en", ["troop_deployment"]),
    ],
    ids=["es-destructor-is-a-ship", "en-destroyer-is-a-ship"],
)
def test_a_destroyer_is_a_ship_not_a_destruction(text, lang, types):
    assert [e.event_type for e in extract_events(text, published=PUB, lang=lang)] == types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Claudia Sheinbaum condemned the US strike on a boat in the Pacific on Tuesday.", "en"),
        ("Claudia Sheinbaum condenó el ataque estadounidense contra una lancha en el Pacífico el martes.", "es"),
        ("Claudia Sheinbaum a dénoncé la frappe américaine contre une embarcation dans le Pacifique mardi.", "fr"),
    ],
    ids=["en-condemned", "es-condeno", "fr-a-denonce"],
)
def test_who_reacts_to_a_strike_is_not_its_doer(text, lang):
    strike = _one(text, lang, event_type="boat_strike")
    assert "Claudia Sheinbaum" not in strike.actors
    assert not strike.title.startswith("Claudia Sheinbaum")
