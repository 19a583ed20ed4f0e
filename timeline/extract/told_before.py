"""An act told right after the sentence that dates it: the date carried (issue 9, tenth round, s10-held2).

A miscellaneous act (``other``: an agreement signed, a leader received, a bill passed) is often told in
the sentence after the one that sets the day ("On 3 March the two ministers met in Ottawa. They signed a
security agreement", "El 3 de marzo los ministros se reunieron. Firmaron un acuerdo", "Le 3 mars, les
ministres se sont réunis. Ils ont signé un accord"). The act's own sentence names no date, and no
earlier event of the paragraph gives one, so it fell back to the publication date, and an undated
catch-all act is dropped. Here such an act takes the last date mention of the sentence just before it,
in the same paragraph: the narrative's current day. Only a happened act, only one sentence back.
"""

from __future__ import annotations

import bisect

from timeline.extract.text import Sentence


def sentence_before(sentence: Sentence, sentences: list[Sentence]) -> Sentence | None:
    """The sentence told right before ``sentence`` (in text order), or None for the first one."""
    k = bisect.bisect_left([s.start for s in sentences], sentence.start)
    return sentences[k - 1] if k > 0 else None


def day_of_sentence_before(sentence: Sentence, sentences: list[Sentence], mentions: list):  # noqa: ANN201
    """The last dated mention of the sentence right before ``sentence`` in its paragraph, or None."""
    before = sentence_before(sentence, sentences)
    if before is None or before.paragraph != sentence.paragraph:
        return None
    dated = [m for m in mentions if before.start <= m.start and m.end <= before.end and m.date]
    return dated[-1] if dated else None
