"""Share-out lists: a batch of goods counted out among states (« 9 l'ont été au Ghana, 5 au Togo et 3 au
Bénin », « le reste se partagera entre A (4) et B (12) », « dont 6 pour A et 4 pour B »). Each state of such a list
takes its share of the supply told just before (kg.extract.discourse); this module only reads the list."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.doc_words import lowers, tokens
from kg.extract.lexicon import triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.modality import modality
from kg.extract.syntax import ResolveFn, Sentence
from kg.records import Attribution, Entity

_SHARE_CASES = {"à", "au", "aux", "en", "pour"}  # « 5 à la Zambie », « 4 au Togo », « 6 pour A »
_ARTICLES = {"le", "la", "l'", "les"}
_GAP = 4  # words between a count and the case of its state (« 9 l'ont déjà été au Ghana »)
_MOVING = {"deliver", "sell", "export", "receive"}
_CLOSED_COUNT = re.compile(r"\d+\)")


def shared_out(sentence: Sentence) -> tuple[list[Mention], list[Mention], Token | None]:
    """The states a sentence counts a batch out to (two at least), the other states it names but as recipients
    (« le Danemark » in « selon le Danemark, 9 au Ghana et 5 au Togo »; not « au Mali » in « outre ceux livrés au
    Mali »), and the word whose modality the share-out has (its supply or sharing word): nothing where the sentence
    neither supplies nor shares (« 9 morts au Ghana et 5 au Togo »)."""
    states = [m for m in sentence.mentions if m.state is not None and m.state.cls == "State"
              and m.how in {gz.NAME, gz.CAPITAL, gz.DEMONYM}]
    shares = [m for m in states if m.how != gz.DEMONYM and
              (_counted_before(sentence, m) or _counted_after(sentence, m))]
    if len({m.state.key for m in shares if m.state is not None}) < 2:
        return [], [], None
    cue = _cue(sentence)
    if cue is None:
        return [], [], None
    others = [m for m in states if m not in shares and (m.how == gz.DEMONYM or _case_before(sentence, m) is None)]
    return shares, others, cue



def share_out_claims(sentence: Sentence, resolve: ResolveFn) -> tuple[tuple[Entity, ...], Attribution | None,
                                                                       frozenset[str]]:
    """What a sentence's share-out gives its claims: the states it counts the batch out to, how it holds the
    share-out, and the keys of the other states it names (see shared_out)."""
    shares, strangers, cue = shared_out(sentence)
    return (tuple(m.state for m in shares if m.state is not None),
            None if cue is None else modality(sentence, cue, resolve),
            frozenset(m.state.key for m in strangers if m.state is not None))

def _counted_before(sentence: Sentence, mention: Mention) -> bool:
    """« 5 à la Zambie », « 9 l'ont déjà été au Ghana », « 6 exemplaires pour A »: a count, a few words, then
    the case of the state."""
    words = lowers(sentence.doc)
    at = _case_before(sentence, mention)
    if at is None:
        return False
    for back in range(at - 1, max(sentence.span.start, at - 1 - _GAP) - 1, -1):
        token = tokens(sentence.doc)[back]
        if _count(token):
            return True
        if token.is_punct or words[back] == "et" or sentence.mention_at(token) is not None:
            return False
    return False


def _case_before(sentence: Sentence, mention: Mention) -> int | None:
    """Where the case word of a share stands before a state (« à la », « au », « pour »), if any."""
    words = lowers(sentence.doc)
    at = mention.start - 1
    while at > sentence.span.start and words[at] in _ARTICLES:
        at -= 1
    return at if at > sentence.span.start and words[at] in _SHARE_CASES else None


def _counted_after(sentence: Sentence, mention: Mention) -> bool:
    """« la Tunisie (4) »: a count in brackets right after the state."""
    found, end = tokens(sentence.doc), mention.end
    if end + 1 >= sentence.span.end or found[end].text != "(":
        return False
    count = found[end + 1]  # « (8) » may come as « ( » and « 8) »
    return _CLOSED_COUNT.fullmatch(count.text) is not None or \
        (end + 2 < sentence.span.end and _count(count) and found[end + 2].text == ")")


def _count(token: Token) -> bool:
    """A number of pieces, not a year (« en 2016 au Mali »)."""
    if token.pos_ != "NUM" and not token.like_num:
        return False
    text = token.text.replace("\u202f", "").replace(" ", "")
    return not (text.isdigit() and len(text) == 4 and text[:2] in {"19", "20"})


def _cue(sentence: Sentence) -> Token | None:
    """The sentence's supply word (« livrés », « reçu »), else its sharing word (« se partagera », « le reste »)."""
    shares = word_list("share-words.tsv")
    sharing: list[Token] = []
    for token in sentence.tokens:
        lemma, pos = token.lemma_.lower(), token.pos_
        if any(t.fact == "support" and t.detail in _MOVING for t in triggers().get((lemma, pos), [])):
            return token
        if lemma in shares:
            sharing.append(token.head if pos == "NOUN" and token.head.pos_ in {"VERB", "AUX"} else token)
    # « le reste ira à ... »: the verb of the rest; a sharing verb before a sharing noun
    return next((t for t in sharing if t.pos_ in {"VERB", "AUX"}), sharing[0] if sharing else None)
