"""Text preparation: offsets back to the original, clean-up lines, sentences, language."""

from __future__ import annotations

import pytest

from timeline.extract import text as textmod


@pytest.mark.parametrize(
    ("original", "needle"),
    [
        ("Le\u00a0Mexique a «\u202fextradé\u202f» 26 chefs.", "extradé"),
        ("ﬁve “boats” were hit", "“boats”"),
        ("Cafe\u0301 strike: the boat sank", "boat"),
        ("The US… struck “again” on Tuesday", "Tuesday"),
    ],
    ids=["nbsp-and-guillemets", "ligature-and-smart-quotes", "combining-accent", "ellipsis"],
)
def test_normalised_spans_map_back_to_the_original(original, needle):
    prep = textmod.normalise(original)
    norm_needle = textmod.normalise(needle).text
    at = prep.text.index(norm_needle)
    start, end = prep.to_original(at, at + len(norm_needle))
    assert original[start:end] == needle


@pytest.mark.parametrize(
    ("article", "lang", "dropped"),
    [
        ("Read more: Trump on tariffs\nThe US struck a boat.", "en", "Read more"),
        ("Lea también: otra nota\nEE.UU. atacó una lancha.", "es", "Lea también"),
        ("À lire aussi : autre article\nLes États-Unis ont frappé un bateau.", "fr", "À lire aussi"),
        ("Vidéos associées :\nLes États-Unis ont frappé un bateau.\nArchivé dans :", "fr", "Archivé dans"),
        ("FILE PHOTO: A destroyer at sea.\nThe US struck a boat.\nReporting by Jane Doe", "en", "PHOTO"),
        ("EE.UU. atacó una lancha.\nCon información de AFP", "es", "información"),
    ],
    ids=["en-read-more", "es-lea-tambien", "fr-a-lire-aussi", "fr-videos-archive", "en-photo-and-credits",
         "es-credits"],
)
def test_boilerplate_lines_are_not_sentences(article, lang, dropped):
    sentences = [s.text for s in textmod.prepare(article, lang).sentences]
    assert sentences and not any(dropped in s for s in sentences)


@pytest.mark.parametrize(
    ("article", "lang", "expected"),
    [
        ("Gen. Dan Caine spoke. The U.S. Navy sailed.", "en", ["Gen. Dan Caine spoke.", "The U.S. Navy sailed."]),
        ("Francis L. Donovan took command. Then it ended.", "en", ["Francis L. Donovan took command.", "Then it ended."]),
        ("EE.UU. envió buques. El Sr. López habló.", "es", ["EE.UU. envió buques.", "El Sr. López habló."]),
        ("Mme Dupont a parlé. Le 2 sept. 2025, rien.", "fr", ["Mme Dupont a parlé.", "Le 2 sept. 2025, rien."]),
    ],
    ids=["en-title-and-initialism", "en-middle-initial", "es-eeuu-sr", "fr-mme-month"],
)
def test_sentences_respect_abbreviations(article, lang, expected):
    assert [s.text for s in textmod.prepare(article, lang).sentences] == expected


def test_wire_dateline_is_not_part_of_the_first_sentence():
    prep = textmod.prepare("MEXICO CITY (Reuters) - Mexico sent 26 prisoners to the US.", "en")
    assert prep.sentences[0].text == "Mexico sent 26 prisoners to the US."


@pytest.mark.parametrize(
    ("sample", "lang"),
    [
        ("The United States military struck a vessel in the Caribbean on Tuesday, officials said.", "en"),
        ("El gobierno de México envió a 26 narcotraficantes a Estados Unidos, informó la Fiscalía.", "es"),
        ("Le gouvernement mexicain a extradé vingt-six narcotrafiquants vers les États-Unis, selon la presse.", "fr"),
    ],
    ids=["en", "es", "fr"],
)
def test_language_detection(sample, lang):
    assert textmod.detect_language(sample) == lang


@pytest.mark.parametrize(
    ("sample", "expected"),
    [("la de que el los", "es"), ("the of and to", "en"), ("les des et dans", "fr"), ("9999 ----", None)],
    ids=["es-stopwords", "en-stopwords", "fr-stopwords", "no-words"],
)
def test_stopword_fallback(sample, expected):
    assert textmod._stopword_guess(sample) == expected


def test_detection_of_text_without_words_uses_the_default():
    assert textmod.detect_language("12345 !!!", default="fr") == "fr"
