"""Wordings the extractor must generalise to: synonyms of the trigger verbs and nouns, in en/es/fr.

Dev examples written for these tests (not taken from any gold article), one table row per wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract_events

PUB = dt.date(2025, 10, 10)  # a Friday


def _types(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.date, e.modality) for e in extract_events(text, published=PUB, lang=lang)]


SYNONYMS = [
    # sanctions without the word 'sanction'
    ("en-went-after", "en", "On Tuesday, Treasury went after three money launderers of the Gulf Cartel and five front companies.", ("sanction", "2025-10-07", "happened")),
    ("en-named", "en", "On Sept. 30, Treasury named four leaders of La Nueva Familia Michoacana.", ("sanction", "2025-09-30", "happened")),
    ("en-blocked-companies", "en", "In early September the department blocked six Colombian nationals and nine companies.", ("sanction", "2025-09", "happened")),
    ("en-dollar-reward", "en", "Washington offered a $25 million reward in August for information leading to the capture of two cartel bosses.", ("sanction", "2025-08", "happened")),
    ("es-castigo", "es", "A principios de septiembre, el Tesoro castigó a cuatro personas ligadas al Cártel del Noreste.", ("sanction", "2025-09", "happened")),
    ("es-recompensas", "es", "El martes, el Departamento de Estado ofreció recompensas de hasta 5 millones de dólares por dos jefes del cártel.", ("sanction", "2025-10-07", "happened")),
    ("fr-cible", "fr", "Mardi, le Trésor a ciblé cinq sociétés écrans du cartel de Sinaloa.", ("sanction", "2025-10-07", "happened")),
    ("fr-recompenses", "fr", "Le 2 octobre, le département d'État a offert des récompenses de 10 millions de dollars pour deux chefs du cartel.", ("sanction", "2025-10-02", "happened")),
    # designations of named groups without the word 'terrorist', and in nominal form
    ("en-designated-named-gangs", "en", "On Sept. 12, Washington had designated six cartels and gangs, among them Tren de Aragua.", ("fto_designation", "2025-09-12", "happened")),
    ("es-designado-bandas", "es", "El 12 de septiembre, Washington había designado a seis cárteles y pandillas, entre ellos el Tren de Aragua.", ("fto_designation", "2025-09-12", "happened")),
    ("fr-avait-designe", "fr", "Le 12 septembre, Washington avait désigné six cartels et gangs, dont Tren de Aragua.", ("fto_designation", "2025-09-12", "happened")),
    # being on the list since a month dates the listing
    ("en-listed-since", "en", "Tren de Aragua has been listed since February as a foreign terrorist organization.", ("fto_designation", "2025-02", "happened")),
    ("es-figura-desde", "es", "El Cártel del Golfo figura desde febrero en la lista de organizaciones terroristas extranjeras.", ("fto_designation", "2025-02", "happened")),
    ("fr-figure-depuis", "fr", "Le cartel du Golfe figure depuis février sur la liste des organisations terroristes étrangères.", ("fto_designation", "2025-02", "happened")),
    ("en-had-designated-eight-cartels", "en", "The administration had designated eight cartels in February.", ("fto_designation", "2025-02", "happened")),
    # strikes on land announced as 'hitting' targets: a plan
    ("en-hitting-on-land", "en", "Trump said on Monday that the US would soon begin hitting cartels on land.", ("military_planning", "2025-10-06", "planned")),
    # indictments are other acts
    ("en-unsealed-indictment", "en", "The Justice Department unsealed an indictment on Wednesday against two Sinaloa Cartel leaders.", ("other", "2025-10-08", "happened")),
    ("es-acusacion-formal", "es", "La Fiscalía presentó el miércoles una acusación formal contra dos líderes del Cártel de Sinaloa.", ("other", "2025-10-08", "happened")),
    ("fr-acte-accusation", "fr", "Le parquet a publié mercredi un acte d'accusation contre deux chefs du cartel de Sinaloa.", ("other", "2025-10-08", "happened")),
    ("es-entro-en-vigor", "es", "La designación del Tren de Aragua entró en vigor el 24 de septiembre.", ("fto_designation", "2025-09-24", "happened")),
    ("fr-entree-en-vigueur", "fr", "La désignation de Tren de Aragua est entrée en vigueur le 24 septembre.", ("fto_designation", "2025-09-24", "happened")),
    ("en-two-men-sent", "en", "Two men were sent to the United States on Tuesday to face charges.", ("extradition", "2025-10-07", "happened")),
    # deployments: more verbs, and zones handed to the military
    ("en-added-troops", "en", "In late September the Pentagon added 2,000 troops at the border.", ("troop_deployment", "2025-09", "happened")),
    ("en-defense-area", "en", "On Monday, Northern Command established a new National Defense Area in Arizona.", ("troop_deployment", "2025-10-06", "happened")),
    ("es-zona-militar", "es", "El lunes, el Pentágono anunció una nueva zona militar en Arizona.", ("troop_deployment", "2025-10-06", "happened")),
    ("es-llego", "es", "El destructor USS Sampson llegó el domingo al mar Caribe.", ("troop_deployment", "2025-10-05", "happened")),
    ("es-sumo-soldados", "es", "A finales de septiembre, el Pentágono sumó 2.000 soldados en la frontera.", ("troop_deployment", "2025-09", "happened")),
    ("fr-zone-militaire", "fr", "Lundi, le Pentagone a créé une nouvelle zone militaire en Arizona.", ("troop_deployment", "2025-10-06", "happened")),
    ("fr-ajoute-soldats", "fr", "Fin septembre, le Pentagone a ajouté 2 000 soldats à la frontière.", ("troop_deployment", "2025-09", "happened")),
    ("en-mobilised", "en", "On Monday, London mobilised 300 troops for the Caribbean patrols.", ("troop_deployment", "2025-10-06", "happened")),
    # transfers of people wanted by US courts
    ("en-wanted-in-us", "en", "On Oct. 1, Guatemala handed over four traffickers wanted in the United States.", ("extradition", "2025-10-01", "happened")),
    ("es-requeridos", "es", "El 1 de octubre, Guatemala entregó a cuatro narcotraficantes requeridos por la justicia de Estados Unidos.", ("extradition", "2025-10-01", "happened")),
    ("fr-recherches", "fr", "Le 1er octobre, le Guatemala a remis quatre trafiquants recherchés par la justice américaine.", ("extradition", "2025-10-01", "happened")),
    ("en-handed-to-washington", "en", "Mexico handed 26 cartel figures to Washington on Tuesday.", ("extradition", "2025-10-07", "happened")),
    ("es-entrego-a-washington", "es", "El gobierno entregó el martes a Washington a 26 narcotraficantes.", ("extradition", "2025-10-07", "happened")),
    ("fr-livre-a-washington", "fr", "Le Mexique a livré mardi 26 barons de la drogue à Washington.", ("extradition", "2025-10-07", "happened")),
    ("es-pospuso-aranceles", "es", "Trump pospuso el lunes por un mes los aranceles a México.", ("tariff", "2025-10-06", "happened")),
    # plans: more verbs of weighing options
    ("en-mulling", "en", "On Tuesday, officials said the White House was mulling strikes on cocaine labs.", ("military_planning", "2025-10-07", "planned")),
    ("es-barajaba", "es", "El martes, la Casa Blanca barajaba ataques contra laboratorios de cocaína.", ("military_planning", "2025-10-07", "planned")),
    ("fr-reflechit", "fr", "Mardi, la Maison-Blanche réfléchissait à des frappes contre des laboratoires de cocaïne.", ("military_planning", "2025-10-07", "planned")),
    # announced blockades and emergencies
    ("es-anuncio-bloqueo", "es", "El martes, Trump anunció un bloqueo de los petroleros sancionados.", ("other", "2025-10-07", "happened")),
    ("fr-annonce-blocus", "fr", "Mardi, Trump a annoncé un blocus des pétroliers sanctionnés.", ("other", "2025-10-07", "happened")),
    ("en-land-to-army", "en", "On Oct. 3, a strip of federal land along the Arizona border was transferred to the Army.", ("troop_deployment", "2025-10-03", "happened")),
    ("es-franja-ejercito", "es", "El 3 de octubre, una franja de terrenos federales en la frontera de Arizona fue transferida al Ejército.", ("troop_deployment", "2025-10-03", "happened")),
    ("fr-bande-armee", "fr", "Le 3 octobre, une bande de terrains fédéraux à la frontière de l'Arizona a été transférée à l'armée.", ("troop_deployment", "2025-10-03", "happened")),
    # a rate threatened on goods, without the word 'tariff'
    ("en-goods-would-pay", "en", "Trump warned in September that Brazilian goods would pay 40% from Nov. 1.", ("tariff", "2025-09", "threatened")),
    ("es-productos-pagarian", "es", "En septiembre, Trump amenazó con que los productos brasileños pagarían un 40%.", ("tariff", "2025-09", "threatened")),
    ("fr-menace-augmenter", "fr", "En septembre, Trump a menacé d'augmenter de 40 % les droits sur les produits brésiliens.", ("tariff", "2025-09", "threatened")),
    ("es-advirtio-el-martes-que", "es", "Trump advirtió el martes que México pagaría aranceles del 30% si no frena el fentanilo.", ("tariff", "2025-10-07", "threatened")),
    ("fr-a-averti-mardi-que", "fr", "Trump a averti mardi que le Mexique paierait des droits de 30 % s'il ne freinait pas le fentanyl.", ("tariff", "2025-10-07", "threatened")),
    ("fr-menace-sol-mexicain", "fr", "Trump a menacé lundi de frapper les cartels sur le sol mexicain.", ("military_planning", "2025-10-06", "threatened")),
    ("es-estudio-enviar", "es", "El martes, Washington estudió enviar más buques al Caribe.", ("troop_deployment", "2025-10-07", "planned")),
    # the conditional perfect reports a past act ("reportedly destroyed"), it plans nothing
    ("fr-aurait-detruit", "fr", "En septembre, un drone américain aurait détruit un laboratoire du cartel au Venezuela.", ("drone_strike", "2025-09", "happened")),
    ("es-habria-destruido", "es", "En septiembre, un dron estadounidense habría destruido un laboratorio del cártel en Venezuela.", ("drone_strike", "2025-09", "happened")),
    # raids by US forces are strikes on land
    ("en-us-raid", "en", "The US raid on Oct. 4 on a compound near Maracaibo left three dead.", ("drone_strike", "2025-10-04", "happened")),
    ("fr-raid-americain", "fr", "Le raid américain du 4 octobre sur Maracaibo a fait trois morts.", ("drone_strike", "2025-10-04", "happened")),
    # statements: naming an act a crime, acknowledging, being firm
    ("en-called-it-murder", "en", "On Wednesday, Petro called the strike an act of murder.", ("statement", "2025-10-08", "happened")),
    ("es-califico-crimen", "es", "El miércoles, Petro calificó el ataque de un crimen.", ("statement", "2025-10-08", "happened")),
    ("fr-parle-crime", "fr", "Mercredi, Petro a parlé d'un crime après la frappe.", ("statement", "2025-10-08", "happened")),
    ("en-acknowledged", "en", "On Wednesday, Sheinbaum acknowledged that the strikes violated Mexican sovereignty.", ("statement", "2025-10-08", "happened")),
    ("es-fue-tajante", "es", "Sheinbaum fue tajante el miércoles: no habrá intervención militar extranjera.", ("statement", "2025-10-08", "happened")),
    ("en-admitted-failure", "en", "On Wednesday, Sheinbaum admitted that the Navy had not found the two survivors.", ("statement", "2025-10-08", "happened")),
    ("es-reconocio-fallo", "es", "El miércoles, Sheinbaum reconoció que la Marina no había podido localizar a los náufragos.", ("statement", "2025-10-08", "happened")),
    ("fr-a-reconnu-echec", "fr", "Mercredi, Sheinbaum a reconnu que la Marine n'avait pas pu retrouver les naufragés.", ("statement", "2025-10-08", "happened")),
    # a notice to Congress of the legal footing of strikes is part of planning them
    ("en-notified-congress", "en", "On Oct. 3, the Pentagon notified Congress that the country is in an armed conflict with the gangs.", ("military_planning", "2025-10-03", "happened")),
    ("es-notifico-congreso", "es", "El 3 de octubre, el Pentágono notificó al Congreso que el país está en un conflicto armado con las bandas.", ("military_planning", "2025-10-03", "happened")),
    ("fr-notifie-congres", "fr", "Le 3 octobre, le Pentagone a notifié au Congrès que le pays est en conflit armé avec les gangs.", ("military_planning", "2025-10-03", "happened")),
    # a leader received at the White House (annotated as a statement: what the two said of the visit)
    ("en-received-white-house", "en", "On Tuesday, Trump received Ecuador's president Daniel Noboa at the White House.", ("statement", "2025-10-07", "happened")),
    ("es-recibio-casa-blanca", "es", "El martes, Trump recibió en la Casa Blanca al presidente ecuatoriano Daniel Noboa.", ("statement", "2025-10-07", "happened")),
    ("fr-a-recu-maison-blanche", "fr", "Mardi, Donald Trump a reçu à la Maison-Blanche le président équatorien Daniel Noboa.", ("statement", "2025-10-07", "happened")),
    ("en-accused-murdering", "en", "Petro accused the United States on Wednesday of murdering a Colombian fisherman.", ("statement", "2025-10-08", "happened")),
    ("es-acuso-asesinar", "es", "Petro acusó el miércoles a Estados Unidos de asesinar a un pescador colombiano.", ("statement", "2025-10-08", "happened")),
    ("fr-a-accuse-assassine", "fr", "Petro a accusé mercredi les États-Unis d'avoir assassiné un pêcheur colombien.", ("statement", "2025-10-08", "happened")),
    ("en-senate-reform", "en", "Mexico's Senate on Wednesday approved a constitutional reform banning foreign intervention.", ("other", "2025-10-08", "happened")),
    ("es-hacia-eeuu", "es", "México expulsó en agosto a 37 reos del narcotráfico hacia Estados Unidos.", ("extradition", "2025-08", "happened")),
    # other acts: boarding or seizing ships; security groups agreed
    ("en-seized-tanker", "en", "On Oct. 2, the Coast Guard boarded and seized an oil tanker off Venezuela.", ("other", "2025-10-02", "happened")),
    ("es-incauto-petrolero", "es", "El 2 de octubre, la Guardia Costera incautó un petrolero frente a Venezuela.", ("other", "2025-10-02", "happened")),
    ("fr-arraisonne-petrolier", "fr", "Le 2 octobre, les garde-côtes ont arraisonné un pétrolier au large du Venezuela.", ("other", "2025-10-02", "happened")),
    ("en-security-group", "en", "On Monday, the two governments agreed to form a joint security group on arms trafficking.", ("other", "2025-10-06", "happened")),
    ("es-grupo-alto-nivel", "es", "El lunes, ambos gobiernos acordaron crear un grupo de alto nivel sobre tráfico de armas.", ("other", "2025-10-06", "happened")),
    ("fr-groupe-haut-niveau", "fr", "Lundi, les deux gouvernements ont convenu de créer un groupe de haut niveau sur le trafic d'armes.", ("other", "2025-10-06", "happened")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [c[1:] for c in SYNONYMS], ids=[c[0] for c in SYNONYMS])
def test_synonym_wordings_give_their_event(lang, text, expected):
    assert expected in _types(text, lang)


DEADLINES = [
    ("en", "The exemption runs until April 2, Canadian officials said on Thursday."),
    ("es", "La exención dura hasta el 2 de abril, dijeron el jueves funcionarios canadienses."),
    ("fr", "L'exemption des droits de douane de 25 % court jusqu'au 2 avril, a indiqué jeudi Ottawa."),
]


@pytest.mark.parametrize(("lang", "text"), DEADLINES, ids=["en-until", "es-hasta", "fr-jusqu-au"])
def test_a_deadline_does_not_date_an_act(lang, text):
    assert all(not e.date.endswith("-04-02") for e in extract_events(text, published=PUB, lang=lang))


LEADERS = [
    ("en", "On Sept. 18 the department designated Tren de Aragua leader Yohan Petrica and two of his financiers."),
    ("en", "On Sept. 18, Treasury designated two Sinaloa Cartel leaders and four of their companies."),
]


@pytest.mark.parametrize(("lang", "text"), LEADERS, ids=["en-group-leader", "en-group-leaders"])
def test_designating_a_groups_leaders_is_a_sanction_not_a_listing(lang, text):
    assert [t for t, _d, _m in _types(text, lang)] == ["sanction"]


def test_naming_the_campaign_may_put_many_words_before_its_name():
    text = "El Pentágono bautizó el lunes la nueva campaña contra los narcotraficantes como Operación Marea Alta."
    assert [(t, d) for t, d, _m in _types(text, "es")] == [("military_planning", "2025-10-06")]


AT_THE_TIME = [
    ("en", "In August, Trump said he was ready to send troops into Mexico. Sheinbaum answered at the time that US troops would not enter Mexico."),
    ("es", "En agosto, Trump dijo que estaba listo para enviar tropas a México. Sheinbaum respondió entonces que las tropas estadounidenses no entrarán a México."),
    ("fr", "En août, Trump s'est dit prêt à envoyer des troupes au Mexique. Sheinbaum avait alors répondu que les troupes américaines n'entreront pas au Mexique."),
]


@pytest.mark.parametrize(("lang", "text"), AT_THE_TIME, ids=["en-at-the-time", "es-entonces", "fr-alors"])
def test_a_denial_voiced_at_the_time_takes_that_time(lang, text):
    denied = [(t, d) for t, d, m in _types(text, lang) if m == "denied"]
    assert denied == [("troop_deployment", "2025-08")]



TWO_CLAUSES = [
    ("en", "On Monday, Trump ordered a naval blockade of Venezuelan ports, and in the same speech designated the Cartel de los Soles a terrorist organization."),
    ("es", "El lunes, Trump ordenó un bloqueo naval de los puertos venezolanos, y en el mismo discurso designó al Cartel de los Soles como organización terrorista."),
    ("fr", "Lundi, Trump a ordonné un blocus naval des ports vénézuéliens, et dans le même discours a désigné le Cartel des Soleils comme organisation terroriste."),
]


@pytest.mark.parametrize(("lang", "text"), TWO_CLAUSES, ids=["en", "es", "fr"])
def test_a_miscellaneous_act_in_a_clause_of_its_own_stays_beside_a_specific_one(lang, text):
    assert sorted(t for t, _d, _m in _types(text, lang)) == ["fto_designation", "other"]


SAME_DAY_OF_A_MONTH = [
    ("en", "On Sept. 20, the Treasury sanctioned six companies.\n\nIn early September, Trump threatened Colombia with tariffs of 30% on its exports. Petro rejected the threat the same day."),
    ("es", "El 20 de septiembre, el Tesoro sancionó a seis empresas.\n\nA principios de septiembre, Trump amenazó a Colombia con aranceles del 30% a sus exportaciones. Petro rechazó la amenaza ese mismo día."),
    ("fr", "Le 20 septembre, le Trésor a sanctionné six entreprises.\n\nDébut septembre, Trump a menacé la Colombie de droits de douane de 30 % sur ses exportations. Petro a rejeté la menace le jour même."),
]


@pytest.mark.parametrize(("lang", "text"), SAME_DAY_OF_A_MONTH, ids=["en", "es", "fr"])
def test_the_same_day_as_an_event_dated_by_its_month_is_that_month(lang, text):
    assert ("statement", "2025-09", "happened") in _types(text, lang)


COURT_BLOCKS = [
    ("en", "On Tuesday, a federal judge blocked the deployment of Guard troops to Portland."),
    ("es", "El martes, un juez federal bloqueó el despliegue de tropas de la Guardia en Portland."),
    ("fr", "Mardi, un juge fédéral a bloqué le déploiement de soldats de la Garde à Portland."),
]


@pytest.mark.parametrize(("lang", "text"), COURT_BLOCKS, ids=["en", "es", "fr"])
def test_a_court_blocking_a_deployment_is_a_ruling_not_a_deployment(lang, text):
    assert [t for t, _d, _m in _types(text, lang)] == ["other"]


LATER_OPENING_A_PARAGRAPH = [
    ("en", "On Oct. 5, the Treasury sanctioned six companies.\n\nOn Sept. 27, US forces struck two boats in the Pacific.\n\nTwo days later, Sheinbaum rejected the strikes as a violation of sovereignty."),
    ("es", "El 5 de octubre, el Tesoro sancionó a seis empresas.\n\nEl 27 de septiembre, fuerzas de EE.UU. atacaron dos lanchas en el Pacífico.\n\nDos días después, Sheinbaum rechazó los ataques como una violación de la soberanía."),
    ("fr", "Le 5 octobre, le Trésor a sanctionné six entreprises.\n\nLe 27 septembre, les forces américaines ont frappé deux bateaux dans le Pacifique.\n\nDeux jours plus tard, Sheinbaum a rejeté les frappes, une violation de la souveraineté."),
]


@pytest.mark.parametrize(("lang", "text"), LATER_OPENING_A_PARAGRAPH, ids=["en", "es", "fr"])
def test_days_later_opening_a_paragraph_count_from_the_last_day_told(lang, text):
    assert ("statement", "2025-09-29", "happened") in _types(text, lang)


PLAN_ACTS = [
    ("en-authorized", "en", "On Monday, Trump authorized the CIA to conduct covert operations in Venezuela.", ("military_planning", "2025-10-06", "happened")),
    ("es-autorizo", "es", "El lunes, Trump autorizó a la CIA a realizar operaciones encubiertas en Venezuela.", ("military_planning", "2025-10-06", "happened")),
    ("fr-a-autorise", "fr", "Lundi, Trump a autorisé la CIA à mener des opérations clandestines au Venezuela.", ("military_planning", "2025-10-06", "happened")),
    ("en-weighing-stays-planned", "en", "On Monday, the Pentagon was weighing strikes on cocaine labs in Venezuela.", ("military_planning", "2025-10-06", "planned")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [c[1:] for c in PLAN_ACTS], ids=[c[0] for c in PLAN_ACTS])
def test_planning_acts_done_happened_while_intentions_are_planned(lang, text, expected):
    assert expected in _types(text, lang)


NO_INVASION = [
    ("en", "On Friday, she said no invasion was envisaged and that cooperation with Washington would go on."),
    ("es", "El viernes, aseguró que ninguna invasión estaba prevista y que la cooperación con Washington seguirá."),
    ("fr", "Vendredi, elle a assuré qu'aucune invasion n'était envisageable et que la coopération avec Washington continuerait."),
]


@pytest.mark.parametrize(("lang", "text"), NO_INVASION, ids=["en", "es", "fr"])
def test_saying_no_invasion_is_envisaged_is_not_a_plan(lang, text):
    assert "military_planning" not in [t for t, _d, _m in _types(text, lang)]


# A dateline city is where the news was written, not where the act happened.
DATELINE_ELSEWHERE = [
    ("es-efe-frente-a", "es", "WASHINGTON, 3 de septiembre de 2025 (EFE) — Fuerzas estadounidenses atacaron el martes una lancha frente a Venezuela.", ""),
    ("es-efe-caribe", "es", "WASHINGTON, 3 de septiembre de 2025 (EFE) — El Pentágono anunció el martes que destruyó una lancha en el Caribe.", "Caribbean Sea"),
    ("fr-afp-caraibes", "fr", "WASHINGTON, 3 septembre 2025 (AFP) - Les forces américaines ont détruit mardi une embarcation dans les Caraïbes.", "Caribbean Sea"),
    ("en-city-and-sea", "en", "Speaking in Washington, D.C., Hegseth said U.S. forces struck a boat in the Caribbean on Tuesday.", "Caribbean Sea"),
]


@pytest.mark.parametrize(("lang", "text", "location"), [c[1:] for c in DATELINE_ELSEWHERE], ids=[c[0] for c in DATELINE_ELSEWHERE])
def test_a_dateline_city_is_not_the_place_of_an_act_told_elsewhere(lang, text, location):
    events = extract_events(text, published=PUB, lang=lang)
    assert [(e.event_type, e.location) for e in events] == [("boat_strike", location)]


# Who is quoted is the source of the news, not the doer of the act (unless nobody else is named).
QUOTED = [
    ("es-dijo-after", "es", "Fuerzas estadounidenses atacaron el martes una lancha en el Caribe, dijo Donald Trump.", ["US military"]),
    ("es-dijo-before", "es", "Donald Trump dijo el martes que fuerzas estadounidenses atacaron una lancha en el Caribe.", ["US military"]),
    ("en-said-before", "en", "President Donald Trump said Tuesday that U.S. forces struck a drug boat in the Caribbean.", ["US military"]),
    ("fr-a-declare", "fr", "Les forces américaines ont frappé mardi une embarcation dans les Caraïbes, a déclaré Donald Trump.", ["US military"]),
    ("en-only-the-speaker", "en", "The Pentagon said it struck a boat in the Caribbean on Tuesday.", ["Department of Defense"]),
]


@pytest.mark.parametrize(("lang", "text", "actors"), [c[1:] for c in QUOTED], ids=[c[0] for c in QUOTED])
def test_the_person_quoted_is_not_the_doer(lang, text, actors):
    events = extract_events(text, published=PUB, lang=lang)
    assert [(e.event_type, e.actors) for e in events] == [("boat_strike", actors)]


# A boat that left somewhere, or remarks that came, are not troops deployed.
NOT_TROOPS = [
    ("en-boat-that-had-left", "en", "On Tuesday a U.S. destroyer struck a boat that had left Venezuela with drugs, killing three.", "boat_strike"),
    ("es-lancha-que-zarpo", "es", "El martes, fuerzas estadounidenses hundieron una lancha que había zarpado de Colombia con droga.", "boat_strike"),
    ("fr-vedette-partie", "fr", "Mardi, les forces américaines ont frappé une vedette partie de Colombie avec de la drogue.", "boat_strike"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), [c[1:] for c in NOT_TROOPS], ids=[c[0] for c in NOT_TROOPS])
def test_a_smuggling_boat_leaving_is_not_a_deployment(lang, text, event_type):
    assert [e.event_type for e in extract_events(text, published=PUB, lang=lang)] == [event_type]


# Transfers of wanted people to a US state or city, and one word read two ways (the weaker gives way).
TRANSFERS = [
    ("en-sent-to-texas", "en", "On Tuesday night the cartel leader was arrested in Mexico City and sent to Texas to face charges.", ["extradition"]),
    ("es-enviado-a-california", "es", "El martes por la noche, el fugitivo fue detenido en la Ciudad de México y enviado a California por narcotráfico.", ["extradition"]),
    ("fr-envoye-en-californie", "fr", "Mardi soir, le fugitif a été arrêté à Mexico et envoyé en Californie pour narcotrafic.", ["extradition"]),
    ("es-envio-presos-aeronaves-militares", "es", "El martes, el gobierno de México envió a Estados Unidos a 26 presos señalados como operadores de cárteles del narcotráfico, que viajaron bajo custodia de militares.", ["extradition"]),
]


@pytest.mark.parametrize(("lang", "text", "types"), [c[1:] for c in TRANSFERS], ids=[c[0] for c in TRANSFERS])
def test_people_sent_to_a_us_state_are_a_transfer_not_troops(lang, text, types):
    assert [e.event_type for e in extract_events(text, published=PUB, lang=lang)] == types


# Tariffs told without the word: a tax on goods, a rate raised by pronoun, a promised cut of the rate.
TARIFF_WORDINGS = [
    ("en-tax-of-percent", "en", "A 15% tax on Brazilian goods took effect on Aug. 6.", ("tariff", "2025-08-06", "happened")),
    ("en-raised-it-to", "en", "In early April the White House raised it to 25%.", ("tariff", "2025-04", "happened")),
    ("es-impuesto-de", "es", "Un impuesto del 15 % a las importaciones brasileñas entró en vigor el 6 de agosto.", ("tariff", "2025-08-06", "happened")),
    ("es-lo-elevo-al", "es", "A principios de abril, la Casa Blanca lo elevó al 25 %.", ("tariff", "2025-04", "happened")),
    ("fr-taxe-de", "fr", "Une taxe de 15 % sur les produits brésiliens est entrée en vigueur le 6 août.", ("tariff", "2025-08-06", "happened")),
    ("fr-l-a-portee-a", "fr", "Début avril, la Maison-Blanche l'a portée à 25 %.", ("tariff", "2025-04", "happened")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [c[1:] for c in TARIFF_WORDINGS], ids=[c[0] for c in TARIFF_WORDINGS])
def test_tariffs_told_without_the_word(lang, text, expected):
    assert _types(text, lang) == [expected]


# Troops that "would not be coming" are denied; people sent "to face charges in the United States" are transferred.
COMING_AND_CHARGES = [
    ("en-would-not-be-coming", "en", "On Tuesday she said US troops would not be coming to Mexico.", ("troop_deployment", "2025-10-07", "denied")),
    ("es-no-vendran", "es", "El martes dijo que las tropas estadounidenses no vendrán a México.", ("troop_deployment", "2025-10-07", "denied")),
    ("fr-ne-viendront-pas", "fr", "Mardi, elle a affirmé que les troupes américaines ne viendront pas au Mexique.", ("troop_deployment", "2025-10-07", "denied")),
    ("en-to-face-charges-in", "en", "In early March Mexico sent 29 cartel figures to face charges in the United States.", ("extradition", "2025-03", "happened")),
    ("es-para-enfrentar-cargos-en", "es", "A principios de marzo, México envió a 29 capos para enfrentar cargos en Estados Unidos.", ("extradition", "2025-03", "happened")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [c[1:] for c in COMING_AND_CHARGES], ids=[c[0] for c in COMING_AND_CHARGES])
def test_troops_not_coming_and_people_sent_to_face_charges(lang, text, expected):
    assert _types(text, lang) == [expected]


# A request about strikes, which names an earlier strike, is a statement, not a new strike.
EARLIER_STRIKE = [
    ("en-previous-strike", "en", "On Oct. 29, Sheinbaum rejected the operations near her coasts after her navy failed to find a survivor of a previous strike.", "statement"),
    ("es-ataque-anterior", "es", "El 29 de octubre, Sheinbaum rechazó las operaciones cerca de sus costas, tras no hallar a un sobreviviente de un ataque anterior.", "statement"),
    ("fr-attaque-precedente", "fr", "Le 29 octobre, Claudia Sheinbaum a demandé à Washington de nouveaux protocoles pour ces opérations, après l'échec de sa marine à retrouver un survivant d'une attaque précédente.", "statement"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), [c[1:] for c in EARLIER_STRIKE], ids=[c[0] for c in EARLIER_STRIKE])
def test_naming_an_earlier_strike_is_not_a_new_strike(lang, text, event_type):
    # Published after the 29 October it names (read before it, that day would be in 2024: background).
    published = dt.date(2025, 11, 5)
    assert [e.event_type for e in extract_events(text, published=published, lang=lang)] == [event_type]


def test_an_executive_order_with_the_treasury_named_far_off_is_not_a_sanction():
    text = ("On Monday the president signed an executive order that classes fentanyl as a weapon of mass destruction, "
            "a step his aides said would widen the tools that prosecutors and the Treasury can turn on trafficking networks.")
    assert [e.event_type for e in extract_events(text, published=PUB, lang="en")] == ["other"]
