"""Joint bodies named by a compound of two states' forms (« la commission mixte algéro-tunisienne », « le comité
de défense franco-sénégalais »): the two states are the sides of the body's meetings, whatever the parser hangs the
compound's halves on."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence

_REACH = 10  # tokens from the noun of the meeting to the compound that qualifies it or its body
_COMPLEMENT_CASES = frozenset({"de", "d'", "du", "des", "en"})


def compound_sides(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« la réunion du comité mixte de défense tchado-soudanais », « la commission mixte germano-polonaise »: the
    two demonyms of a compound written in the noun phrase of a noun of meeting (up to a verb, a clause or a
    complement of another case), in text order; none when there is no such compound."""
    if trigger.pos_ != "NOUN":
        return []
    doc = sentence.doc
    combining = gz.combining_forms()
    for token in doc[trigger.i + 1:min(trigger.i + _REACH, sentence.span.end)]:
        if token.pos_ in {"VERB", "AUX", "PRON", "PUNCT"} and token.text != "-" or (
                token.pos_ == "ADP" and token.lower_ not in _COMPLEMENT_CASES):
            return []
        first = sentence.mention_at(token)
        if first is None or first.how != gz.DEMONYM or token.lower_ not in combining or \
                first.end + 1 >= len(doc) or doc[first.end].text != "-":
            continue
        second = sentence.mention_at(doc[first.end + 1])
        if second is not None and second.how == gz.DEMONYM and second.state is not None and \
                first.state is not None and second.state.key != first.state.key:
            return [first, second]
        return []
    return []
