"""Whether a sentence names a state as one of its actors, the evidence for the side of a post it gives no state:
not in the words of a speaker's quotation (where they name the other side and say « nous » of their own), not as
the capital where things happen (« signé à Paris entre la ministre X et le PDG de Y »)."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.quotations import quoted
from kg.extract.syntax import Sentence, case_of, mention_root

_AT = {"à", "a"}


def named_as_actor(sentence: Sentence, mention: Mention) -> bool:
    """The mention, a state's name, capital, demonym or body, names an actor of the sentence: outside any quotation
    and not a capital where something takes place."""
    if quoted(sentence.doc, mention.start):
        return False
    return not (mention.how == gz.CAPITAL and case_of(mention_root(sentence, mention)) in _AT)
