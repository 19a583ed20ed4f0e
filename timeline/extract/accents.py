"""A folded word read back in the text, where its written accent tells its tense (issue 9, seventh round).

The rules match folded text (lower case, accents removed), where Spanish "considero" (I consider: a
stance voiced as it is told) and "consideró" (he considered: a past stance reported) are one word, as
are "creo" (I believe) and "creó" (he created), and French "estime" (estimates, present) and "a
estimé" (has estimated). A present-tense verb of ``voiced_now`` whose last vowel carries an accent in
the text is that past form: the text reports a stance taken before, which is not voiced on the
occasion. Word list: ``lexicon/triggers.yaml`` (``present_unaccented``); English has no such pairs.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.lexicon import word_patterns

_ACCENTED_END = re.compile(r"[áéíóú]\Z")


@cache
def present_unaccented(lang: str) -> re.Pattern | None:
    """The present-tense verbs of ``lang`` whose folded form an accented past form shares (or None).

    >>> bool(present_unaccented("es").fullmatch("considero")), present_unaccented("en")
    (True, None)
    """
    words = word_patterns("present_unaccented", lang)
    if words is None:
        return None
    return re.compile("|".join(words))


def past_by_accent(lang: str, folded_word: str, word: str) -> bool:
    """``folded_word`` reads as a present-tense verb, but ``word`` (the same word in the text) is a past form.

    >>> past_by_accent("es", "considero", "consideró"), past_by_accent("es", "considero", "considero")
    (True, False)
    >>> past_by_accent("fr", "considere", "considéré"), past_by_accent("fr", "considere", "considère")
    (True, False)
    """
    verbs = present_unaccented(lang)
    return verbs is not None and bool(verbs.fullmatch(folded_word)) and bool(_ACCENTED_END.search(word.lower()))
