"""An enactment's own date: the day an order, decree or proclamation was signed or made.

An executive order ends with its signature line ("THE WHITE HOUSE, February 1, 2025."), an order in
council opens with its number and date ("P.C. 2025-123 March 4, 2025", "C.P. 2025-123 Le 4 mars
2025"), a decree with "Fait à Paris, le ..." or "Dado en ... a ...". The provisions of such a text
("all articles that are products of Canada shall be subject to an additional ... duty") tell no date
of their own and name no doer: they are the act of the enactment, of the day it was made, which is
often not the day it was printed (the publication date of a Federal Register or Canada Gazette page).
The cues are in ``lexicon/triggers.yaml`` (``signature``).
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import dates as dates_mod
from timeline.extract.triggers import Triggers


def signature_date(triggers: Triggers, folded_text: str, text: str, lang: str, published: dt.date | None) -> str:
    """The day named right after a signature cue of the text, '' when it has none.

    ``folded_text`` is the text folded to the same length (accents off, lower case).

    >>> from timeline.extract.triggers import get_triggers
    >>> from timeline.extract.date_patterns import fold_same_length
    >>> t = "Sec. 2. Tariffs.\\n\\nDONALD J. TRUMP\\n\\nTHE WHITE HOUSE,\\nFebruary 1, 2025."
    >>> signature_date(get_triggers("en"), fold_same_length(t), t, "en", dt.date(2025, 2, 7))
    '2025-02-01'
    """
    finder = dates_mod.get_finder(lang)
    for cue in triggers.signature.finditer(folded_text):
        window = text[cue.end() : cue.end() + 40]
        days = [m for m in finder.find(window, published) if m.date and m.precision == "day" and m.year_given]
        if days:
            return days[0].date
    return ""
