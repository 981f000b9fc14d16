"""The state a phrase opened by a noun of visit ends with, where the parser hangs it elsewhere."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.syntax import Sentence, case_of, mention_root
from kg.records import Entity

_PHRASE_REACH = 16  # words between a noun of visit and the state its phrase ends with


def visit_phrase_end(sentence: Sentence, visits: set[str]) -> list[Entity]:
    """« En marge de sa visite officielle d'une délégation du ministère de la Défense de A au Pérou, ... »: the one
    state a phrase opened by a noun of visit ends with (« au », « en »), where the parser hangs it on a noun of the
    visitor's long name: no verb nor punctuation between the noun of visit (`visits`, lemmas) and the state."""
    doc, found = sentence.doc, {}
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if mention.how != gz.NAME or mention.state is None or mention.state.cls != "State" or \
                case_of(root) not in {"au", "aux", "en"} or root.dep_ != "nmod":
            continue
        for token in reversed(doc[max(sentence.span.start, root.left_edge.i - _PHRASE_REACH):root.left_edge.i]):
            if token.is_punct or token.pos_ in {"VERB", "AUX"}:
                break
            if token.pos_ == "NOUN" and token.lemma_.lower() in visits:
                found[mention.state.key] = mention.state
                break
    return list(found.values()) if len(found) == 1 else []
