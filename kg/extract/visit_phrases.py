"""The state a phrase opened by a noun of visit ends with, where the parser hangs it elsewhere: « lors de la visite
du président A-ien X à Moscou » (a city: its state), « lors de la visite du président X dans l'État du Golfe » (a
definite epithet, state-epithets.tsv or visited-epithets.tsv: the state told before it)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.lexicon import word_list
from kg.extract.syntax import DEFINITE, Sentence, case_of, mention_root
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


_TO = frozenset({"à", "au", "aux", "en", "dans"})


def phrase_host(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The state of the first place « à », « en », « dans » after the noun of visit, with no verb nor punctuation
    between but a visitor's name set between commas (« la visite du président X, Y, à Lima »); none when it names
    no state (« à l'usine »)."""
    doc = sentence.doc
    epithets = word_list("state-epithets.tsv") | word_list("visited-epithets.tsv")
    for token in doc[trigger.i + 1:min(sentence.span.end, trigger.i + 1 + _PHRASE_REACH)]:
        if token.text == "," and _name_set_off(sentence, token):
            continue
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            return []
        if case_of(token) not in _TO:
            continue
        mention = sentence.mention_at(token)
        if mention is not None:
            host = mention.entity if mention.how == gz.NAME else ctx.host_state(mention.entity) if mention.how in {
                gz.CITY, gz.CAPITAL} else None
            return [host] if host is not None and host.cls == "State" else []
        if token.lemma_.lower() in epithets and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in token.children):
            return [s for s in states(ctx, ctx.antecedent(sentence, token)) if s.cls == "State"][:1]
    return []


def _name_set_off(sentence: Sentence, comma: Token) -> bool:
    """A comma that opens or closes a person's name set off in apposition (« du président X, Y, à Lima »)."""
    doc = sentence.doc
    if comma.i + 1 < sentence.span.end and (after := sentence.mention_at(doc[comma.i + 1])) is not None and \
            after.start == comma.i + 1 and after.entity.cls == "Person" and after.end < sentence.span.end and \
            doc[after.end].text == ",":
        return True
    before = sentence.mention_at(doc[comma.i - 1]) if comma.i > sentence.span.start else None
    return before is not None and before.end == comma.i and before.entity.cls == "Person" and \
        before.start > sentence.span.start and doc[before.start - 1].text == ","


def fronted_host(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« En Argentine, c'est la fin de la visite du président X »: a place opening the sentence and set off by a
    comma sets the scene of a visit told after it that names no place of its own: the state it names or its
    city's."""
    doc = sentence.doc
    first = doc[sentence.span.start]
    if case_of(first.head) not in _TO and first.lower_ not in _TO:
        return []
    for mention in sentence.mentions:
        if mention.start > sentence.span.start + 2 or mention.end >= trigger.i or doc[mention.end].text != ",":
            continue
        if case_of(mention_root(sentence, mention)) not in _TO:
            continue
        host = mention.entity if mention.how == gz.NAME else ctx.host_state(mention.entity) if mention.how in {
            gz.CITY, gz.CAPITAL} else None
        return [host] if host is not None and host.cls == "State" else []
    return []
