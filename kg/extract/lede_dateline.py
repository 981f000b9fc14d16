"""The place a dispatch opens its lede with when kg.read found no dateline: « Managua. Le ministre ... », « LE CAIRE:
Les ministres ... » (a place, a full stop or a colon, then the lede), « Managua » alone on the line between the title
and the lede, « MANAGUA - Le ministre ... » (a place in capitals and a dash), for the talks told with no venue
(kg.extract.story.held_at), or the place a ministry's release closes its title with, beside a date
(« Déclaration du ministre ... (Ville, 08.03.2021) »). Only a name the reference data knows as a city is one:
« C'est fait. » is none."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.read import Article

# one to four words, capitalised, then « . » or « : » and the lede's capitalised first word
_OPENING = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'\u2019\-]*(?: [A-ZÀ-Ýa-zà-ÿ][\w'\u2019\-]*){0,3}?)\s?[.:]\s+"
                      r"(?=[A-ZÀ-Ý«])")
# a place in capitals, then a dash and the lede (« SANTIAGO - Le ministre ... »), as a wire dispatch opens
_CAPITALS = re.compile(r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'\u2019\-]*(?: [A-ZÀ-Ý'\u2019\-]+){0,3}?)\s+[-\u2013\u2014]+\s+"
                       r"(?=[A-ZÀ-Ý«])")
# a place in capitals or not, then a dash between spaces and the lede (« Ville - La ministre ... »): the city of a
# dateline only where the words before the dash are one city's name (without_desk_place)
_DASHED = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'\u2019\-]*(?: [A-ZÀ-Ýa-zà-ÿ][\w'\u2019\-]*){0,2}?)\s+[-\u2013\u2014]+\s+"
                     r"(?=[A-ZÀ-Ý«])")
# a place alone on the line after the title, the lede below it (« Lima », then « Le ministre ... »)
_ALONE = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'\u2019\-]*(?: [A-ZÀ-Ýa-zà-ÿ][\w'\u2019\-]*){0,2})\s*$")
# a place and a date in brackets that close the title, as a ministry's release gives them: « ... (Ville, 08.03.2021) »,
# « ... (Ville, 8 mars 2021) »
_TITLE_PLACE = re.compile(r"\((?P<place>[A-ZÀ-Ý][\w'\u2019\-]*(?: [A-ZÀ-Ýa-zà-ÿ][\w'\u2019\-]*){0,3}?),\s*(?:le\s+)?"
                          r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:1er|\d{1,2})\s+[a-zéû]+\.?\s+\d{4})\)\s*$")


def dateline_of(article: Article) -> str | None:
    """The article's dateline, else the place its lede opens with, else the place its title closes with in brackets
    beside a date (a name to look up as a city)."""
    if article.dateline or len(article.paragraphs) < 2:
        return article.dateline
    lede = article.paragraphs[1].text
    if (capitals := _CAPITALS.match(lede)) is not None and len(capitals["place"]) > 2:
        return capitals["place"].title()
    opening = _OPENING.match(lede) or (_ALONE.match(lede) if len(article.paragraphs) > 2 else None) or \
        _TITLE_PLACE.search(article.paragraphs[0].text)
    return opening["place"] if opening is not None else None


def without_desk_place(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions of a paragraph less the city of a wire dateline in capitals it opens with (« VILLE - Le
    régime ... », « SAN VILLE - La ministre ... », any dash between spaces, read as dateline_of reads it), or of a
    city's name alone before such a dash, in capitals or not (« Ville - La ministre ... »): where the desk files from
    names no side of what the lede tells; the parser often takes it for the subject."""
    capitals = _CAPITALS.match(doc.text)
    if capitals is None:
        dashed = _DASHED.match(doc.text)
        place = [m for m in mentions if dashed is not None and doc[m.start].idx == 0
                 and doc[m.end - 1].idx + len(doc[m.end - 1]) == dashed.end("place") and m.how in {gz.CITY, gz.CAPITAL}]
        return [m for m in mentions if m not in place]
    return [m for m in mentions if not (doc[m.start].idx < capitals.end("place") and m.how in {gz.CITY, gz.CAPITAL})]
