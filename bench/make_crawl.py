"""Generate a synthetic news crawl (JSONL and WARC) to measure ``timeline ingest`` with.

    python bench/make_crawl.py OUT_DIR [--articles 100000] [--seed 7] [--files 8] [--no-warc]

Everything is synthetic and says so: outlets are ``outlet-NN.example`` (a domain reserved for
examples), article URLs are made up on those domains, and the events are drawn from templates with
real actor and place names of the domain (2025-26). Each synthetic event is told by one to four
outlets, in different words and often in different languages, so the ingestion has duplicate reports
to merge. The same seed gives the same files, byte for byte.

Output: ``OUT_DIR/jsonl/crawl-NN.jsonl`` (one article per line: ``url``, ``published``, ``language``
and ``text``, every tenth one as ``html`` instead) and ``OUT_DIR/warc/crawl-NN.warc.gz`` (response
records holding an HTML page; a tenth of the articles). The JSONL files hold every article; the WARC
files are a separate, smaller sample for the WARC reader.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import random
from pathlib import Path

# (event_type, actor, countries) per template family; the sentences name the actor and the country.
ACTORS = {
    "boat_strike": [
        ("US military", "Tren de Aragua"),
        ("US Southern Command", "Tren de Aragua"),
        ("US military", "ELN"),
    ],
    "sanction": [
        ("Department of the Treasury", "CJNG"),
        ("Department of the Treasury", "Sinaloa Cartel"),
        ("OFAC", "Cartel del Noreste"),
    ],
    "extradition": [("Government of Mexico", ""), ("Government of Mexico", "")],
    "troop_deployment": [("Pete Hegseth", ""), ("US military", "")],
    "fto_designation": [("Department of State", "Cartel de los Soles"), ("Marco Rubio", "Tren de Aragua")],
}
PLACES = {
    "en": {
        "VEN": "Venezuela",
        "COL": "Colombia",
        "MEX": "Mexico",
        "Caribbean": "the Caribbean",
        "Pacific": "the eastern Pacific",
    },
    "es": {
        "VEN": "Venezuela",
        "COL": "Colombia",
        "MEX": "México",
        "Caribbean": "el Caribe",
        "Pacific": "el Pacífico oriental",
    },
    "fr": {
        "VEN": "le Venezuela",
        "COL": "la Colombie",
        "MEX": "le Mexique",
        "Caribbean": "la mer des Caraïbes",
        "Pacific": "le Pacifique oriental",
    },
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}

# Several sentences per event type and language. {day} is a written date, {n} a number, {actor}/{target}
# the actor names, {sea} a sea, {country} a country.
TEMPLATES = {
    "boat_strike": {
        "en": [
            "The {actor} struck a suspected drug boat in {sea} on {day}, killing {n} people aboard, officials said.",
            "On {day}, the {actor} destroyed a vessel linked to {target} in {sea}; {n} people were killed.",
            "A strike by the {actor} on a boat in {sea} on {day} killed {n} alleged members of {target}.",
        ],
        "es": [
            "El {day}, las fuerzas estadounidenses atacaron una lancha vinculada al {target} en {sea} y mataron a {n} personas.",
            "Un ataque contra una embarcación en {sea} dejó {n} muertos el {day}, según el Comando Sur.",
        ],
        "fr": [
            "Le {day}, l'armée américaine a frappé une embarcation liée au {target} dans {sea}, tuant {n} personnes.",
            "Une frappe américaine contre un bateau dans {sea} a fait {n} morts le {day}.",
        ],
    },
    "sanction": {
        "en": [
            "On {day}, the {actor} sanctioned {n} people and companies tied to the {target} in {country}.",
            "The {actor} imposed sanctions on {n} suppliers of the {target} on {day}.",
        ],
        "es": [
            "El {day}, el Departamento del Tesoro sancionó a {n} personas y empresas ligadas al {target}.",
            "El Tesoro de Estados Unidos impuso sanciones a {n} proveedores del {target} el {day}.",
        ],
        "fr": [
            "Le {day}, le Trésor américain a sanctionné {n} personnes et sociétés liées au {target}.",
        ],
    },
    "extradition": {
        "en": [
            "On {day}, Mexico sent {n} cartel prisoners to the United States.",
            "Mexico transferred {n} alleged cartel members to the United States on {day}, the attorney general said.",
        ],
        "es": [
            "El {day}, México envió a {n} narcotraficantes a Estados Unidos.",
            "El Gobierno de México trasladó a {n} presos ligados a cárteles a Estados Unidos el {day}.",
        ],
        "fr": [
            "Le {day}, le Mexique a extradé {n} narcotrafiquants vers les États-Unis.",
        ],
    },
    "troop_deployment": {
        "en": [
            "On {day}, the Pentagon deployed {n} troops to {sea}, {actor} said.",
            "{actor} ordered {n} more troops to {sea} on {day}.",
        ],
        "es": [
            "El {day}, el Pentágono desplegó {n} soldados en {sea}.",
        ],
        "fr": [
            "Le {day}, le Pentagone a déployé {n} soldats dans {sea}.",
        ],
    },
    "fto_designation": {
        "en": [
            "On {day}, the {actor} designated the {target} a foreign terrorist organization.",
        ],
        "es": [
            "El {day}, el Departamento de Estado designó al {target} como organización terrorista extranjera.",
        ],
        "fr": [
            "Le {day}, le département d'État a désigné le {target} comme organisation terroriste étrangère.",
        ],
    },
}
# Sentences with no event, so articles read like articles and the extractor has text to skip.
FILLER = {
    "en": [
        "Analysts said the campaign had changed the way the region talks about security.",
        "Officials did not answer questions about the legal basis of the operation.",
        "Critics in Congress asked for more information.",
    ],
    "es": [
        "Analistas señalaron que la campaña cambió el debate regional sobre seguridad.",
        "Las autoridades no respondieron a preguntas sobre la base legal de la operación.",
    ],
    "fr": [
        "Des analystes estiment que la campagne a changé le débat régional sur la sécurité.",
        "Les autorités n'ont pas répondu aux questions sur la base légale de l'opération.",
    ],
}
TARGET_COUNTRY = {
    "Tren de Aragua": "VEN",
    "ELN": "COL",
    "CJNG": "MEX",
    "Sinaloa Cartel": "MEX",
    "Cartel del Noreste": "MEX",
    "Cartel de los Soles": "VEN",
    "": "MEX",
}
LANGS = ("en", "es", "fr")
START = dt.date(2025, 1, 15)
DAYS = 700  # up to mid-December 2026


def written_day(day: dt.date, lang: str) -> str:
    """A date as a reporter writes it in the language (always with the year, so it resolves alone)."""
    month = MONTHS[lang][day.month - 1]
    if lang == "en":
        return f"{month} {day.day}, {day.year}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def make_event(rng: random.Random) -> dict:
    """One synthetic event: type, actors, date, number, sea, country."""
    kind = rng.choice(sorted(TEMPLATES))
    actor, target = rng.choice(ACTORS[kind])
    return {
        "kind": kind,
        "actor": actor,
        "target": target,
        "day": START + dt.timedelta(days=rng.randrange(DAYS)),
        "n": rng.randrange(2, 40),
        "sea": rng.choice(["Caribbean", "Pacific"]),
        "country": TARGET_COUNTRY[target],
    }


def tell(event: dict, lang: str, rng: random.Random, outlet: int) -> tuple[str, str]:
    """The article's text and publication day (the event's day or up to two days later)."""
    published = event["day"] + dt.timedelta(days=rng.randrange(3))
    sentence = rng.choice(TEMPLATES[event["kind"]][lang]).format(
        actor=event["actor"],
        target=event["target"] or "cartel",
        day=written_day(event["day"], lang),
        n=event["n"],
        sea=PLACES[lang][event["sea"]],
        country=PLACES[lang][event["country"]],
    )
    sentence = sentence[0].upper() + sentence[1:]
    filler = rng.sample(FILLER[lang], k=min(2, len(FILLER[lang])))
    dateline = f"Outlet {outlet:02d} ({written_day(published, lang)})"
    return f"{dateline}\n\n{sentence} {' '.join(filler)}\n", published.isoformat()


def as_html(title: str, text: str, published: str, lang: str) -> str:
    """A small news page around the text, with its publication date in the metadata."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>"
    )


def articles(count: int, seed: int):
    """Yield ``count`` synthetic articles (dicts), in a deterministic order for the seed."""
    rng = random.Random(seed)
    made = 0
    serial = 0
    while made < count:
        event = make_event(rng)
        for _ in range(min(rng.choice([1, 1, 2, 2, 3, 4]), count - made)):
            outlet = rng.randrange(1, 41)
            lang = rng.choices(LANGS, weights=[5, 3, 2])[0]
            text, published = tell(event, lang, rng, outlet)
            serial += 1
            url = f"https://outlet-{outlet:02d}.example/{published[:7]}/{event['kind'].replace('_', '-')}-{serial:07d}"
            yield {"url": url, "published": published, "language": lang, "text": text}
            made += 1


def write_crawl(out: Path, count: int, seed: int, files: int, warc: bool) -> dict[str, int]:
    """Write the JSONL files (and the WARC sample); returns how many articles went where."""
    (out / "jsonl").mkdir(parents=True, exist_ok=True)
    handles = [open(out / "jsonl" / f"crawl-{i:02d}.jsonl", "w", encoding="utf-8") for i in range(files)]  # noqa: SIM115
    warc_writers = []
    if warc:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        (out / "warc").mkdir(parents=True, exist_ok=True)
        warc_files = [open(out / "warc" / f"crawl-{i:02d}.warc.gz", "wb") for i in range(files)]  # noqa: SIM115
        warc_writers = [WARCWriter(fh, gzip=True) for fh in warc_files]
    counts = {"jsonl": 0, "warc": 0}
    try:
        for i, article in enumerate(articles(count, seed)):
            title = article["text"].split("\n\n", 1)[1][:80]
            line = dict(article)
            if i % 10 == 9:
                line["html"] = as_html(title, line.pop("text"), article["published"], article["language"])
            handles[i % files].write(json.dumps(line, ensure_ascii=False) + "\n")
            counts["jsonl"] += 1
            if warc_writers and i % 10 == 0:
                body = as_html(title, article["text"], article["published"], article["language"]).encode("utf-8")
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                writer = warc_writers[(i // 10) % files]
                # A fixed WARC-Date and record id keep the files byte-identical for a seed.
                record = writer.create_warc_record(
                    article["url"],
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={
                        "WARC-Date": f"{article['published']}T12:00:00Z",
                        "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{i:012d}>",
                    },
                )
                writer.write_record(record)
                counts["warc"] += 1
    finally:
        for fh in handles:
            fh.close()
        for writer in warc_writers:
            writer.out.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write jsonl/ and warc/ into")
    parser.add_argument("--articles", type=int, default=100_000, help="how many articles (default 100000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--files", type=int, default=8, help="how many JSONL (and WARC) files")
    parser.add_argument("--no-warc", action="store_true", help="write only the JSONL files")
    args = parser.parse_args(argv)
    counts = write_crawl(args.out, args.articles, args.seed, args.files, not args.no_warc)
    print(f"{counts['jsonl']} articles in {args.out / 'jsonl'}; {counts['warc']} of them also in {args.out / 'warc'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
