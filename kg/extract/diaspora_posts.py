"""The state a ministry serves when its title goes on with the nationals it serves abroad (« le ministre des
Affaires étrangères et des Maliens de l'extérieur », « ... et des Nigériens de l'étranger »): the demonym's state,
the title spanning those words, when the title named no state or body."""

from __future__ import annotations

from dataclasses import replace

from kg import gazetteer as gz
from kg.extract.people import Title
from kg.extract.syntax import Sentence

_ABROAD = {"extérieur", "étranger"}


def with_diaspora(sentence: Sentence, title: Title) -> Title:
    """The title, serving the state of « et des <demonym> de l'extérieur » right after it; else as it was."""
    if title.org is not None or title.of_person is not None:
        return title
    doc, end = sentence.doc, title.end
    if end + 6 > sentence.span.end or [t.lower_ for t in doc[end:end + 2]] != ["et", "des"] or \
            [t.lower_ for t in doc[end + 3:end + 5]] != ["de", "l'"] or doc[end + 5].lower_ not in _ABROAD:
        return title
    demonym = next((m for m in sentence.mentions if m.start == end + 2 and m.end == end + 3
                    and m.how == gz.DEMONYM and m.state is not None), None)
    return title if demonym is None else replace(title, end=end + 6, org=demonym)
