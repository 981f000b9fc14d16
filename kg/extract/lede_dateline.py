"""The place a dispatch opens its lede with when kg.read found no dateline: « Managua. Le ministre ... », « LE CAIRE:
Les ministres ... » (a place, a full stop or a colon, then the lede), for the talks told with no venue
(kg.extract.story.held_at). Only a name the reference data knows as a city is one: « C'est fait. » is none."""

from __future__ import annotations

import re

from kg.read import Article

# one to four words, capitalised, then « . » or « : » and the lede's capitalised first word
_OPENING = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'\u2019\-]*(?: [A-ZÀ-Ýa-zà-ÿ][\w'\u2019\-]*){0,3}?)\s?[.:]\s+"
                      r"(?=[A-ZÀ-Ý«])")


def dateline_of(article: Article) -> str | None:
    """The article's dateline, else the place its lede opens with (a name to look up as a city)."""
    if article.dateline or len(article.paragraphs) < 2:
        return article.dateline
    opening = _OPENING.match(article.paragraphs[1].text)
    return opening["place"] if opening is not None else None
