"""The one met when a date or a place set off by commas stands between a verb of receiving and its object: « a reçu,
mercredi, le ministre X » (the parser makes the object a conjunct of the date), « a reçu le 3 mai, à Y,
l'ambassadeur de Z » (the date taken for the object, the one met left hanging bare on the verb)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.dates import DAY_PARTS, MONTHS, TIME_UNITS, WEEKDAYS
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, Sentence, case_of, mention_root

_BARE = frozenset({"obl:mod", "obl", "obj", "appos", "dep"})


# the days and the months, parts of a day, and the shorter units only (« cette semaine », not « l'an dernier »)
_TIME_WORDS = WEEKDAYS | MONTHS | DAY_PARTS | (TIME_UNITS - {"mois", "année", "an"}) | {"hier"}


def _dated(sentence: Sentence, token: Token) -> bool:
    """A word of a date (« mercredi », « le 3 mai », « jeudi matin »), read or not as one by kg.extract.dates."""
    return any(start <= token.i < end for start, end, _date in sentence.dates) or token.lower_ in _TIME_WORDS or (
        token.like_num and any(c.lower_ in _TIME_WORDS for c in token.children))


def _set_off(token: Token) -> bool:
    """A noun phrase with its own determiner that a comma opens: « , le ministre X », « , l'ambassadeur de Y »."""
    first = next(t for t in token.subtree if t.dep_ != "punct" or t == token)
    return token.pos_ in {"NOUN", "PROPN"} and (any(c.dep_ == "det" for c in token.children) or _civility(token)) and \
        first.i > 0 and token.doc[first.i - 1].text == ","


def _adjuncts(trigger: Token) -> list[Token]:
    """The nouns hung on a verb, straight or through an adverb (« lors de la visite »: « visite » under « lors »)."""
    return [c for c in trigger.children if c.dep_ != "advmod"] + [
        g for c in trigger.children if c.dep_ == "advmod" for g in c.children]


def _determined(token: Token) -> bool:
    """A noun phrase with its own determiner or a word of address, which no noun takes bare as its complement."""
    return token.pos_ in {"NOUN", "PROPN"} and (
        any(c.dep_ == "det" and c.i < token.i for c in token.children) or _civility(token))


def _civility(token: Token) -> bool:
    """« SEM », « M. », « Mme »: a word of address heading a name (kg.extract.ner_reading)."""
    word = token.lower_.rstrip(".")
    return token.pos_ in {"NOUN", "PROPN"} and any(c.dep_ in {"appos", "flat:name"} for c in token.children) and (
        word in word_list("address-abbreviations.tsv") or token.lower_ in word_list("honorifics.tsv")
        or word.replace(".", "") in word_list("address-abbreviations.tsv"))


def gapped_heads(sentence: Sentence, trigger: Token) -> list[Token]:
    """The nouns the parser cut from the verb: a conjunct of a date hung on it, or a bare noun after a date taken
    for its object."""
    found = []
    dates = [c for c in trigger.children if _dated(sentence, c)]
    for date in dates:
        found += [c for c in date.children if c.dep_ == "conj" and _set_off(c) and not _dated(sentence, c)]
        # « a reçu, lundi à V, SEM Prénom Nom »: the one met after a civility, made an apposition of the date
        found += [c for c in date.children if c.dep_ in {"appos", "nmod"} and c.i > date.i and _civility(c)
                  and c.i > 0 and c.doc[c.i - 1].text == ","]
        head = _after_comma(date)
        if head is not None and _set_off(head) and not _dated(sentence, head) and all(
                a == trigger or a.is_punct or _dated(sentence, a) for a in _up_to(head, trigger)):
            found.append(head)  # « , lundi, le ministre X » hung on the comma
    if any(d.dep_ == "obj" for d in dates) or (dates and not any(c.dep_ == "obj" for c in trigger.children)):
        # « a reçu jeudi, au palais, la ministre X »: no object at all, the one met hung bare on the verb
        found += [c for c in trigger.children if c.dep_ in _BARE and c.i > trigger.i and not case_of(c)
                  and _set_off(c) and not _dated(sentence, c)]
    if not any(c.dep_ == "obj" for c in trigger.children):  # « a rencontré lors de sa visite le président X »
        found += [c for p in _adjuncts(trigger) if p.i > trigger.i and p.pos_ == "NOUN" and case_of(p)
                  for c in p.children if c.dep_ in {"nmod", "appos"} and c.i > p.i and not case_of(c)
                  and _determined(c) and not _dated(sentence, c)]
    if dates:  # « a reçu lundi, à X, l'ambassadeur de Y »: the one met made a conjunct of the place
        found += [c for p in trigger.children if p.i > trigger.i and case_of(p) for c in p.children
                  if c.dep_ == "conj" and _set_off(c) and not case_of(c) and not _dated(sentence, c)]
    return found


def _after_comma(date: Token) -> Token | None:
    """The head of the phrase right after the comma that closes a date (« , mercredi, le ministre X »)."""
    doc = date.doc
    at = date.right_edge.i + 1
    if at + 1 >= len(doc) or doc[at].text != ",":
        return None
    token = doc[at + 1]
    while token.head != token and token.head.i > at and token.head.left_edge.i > at:
        token = token.head
    return token


def _up_to(token: Token, top: Token) -> list[Token]:
    """The tokens above `token` up to `top` (all its ancestors when `top` is none of them)."""
    above = []
    for ancestor in token.ancestors:
        above.append(ancestor)
        if ancestor == top:
            break
    return above


def gapped_objects(sentence: Sentence, trigger: Token) -> list[Mention]:
    """The actors of the object set off from a verb of receiving by a date (and a place): the mention itself or
    one hung on its noun by « de » only (« l'ambassadeur de Z au Y »: Z, not Y)."""
    if trigger.pos_ != "VERB":
        return []
    found = []
    for head in gapped_heads(sentence, trigger):
        for mention in sentence.mentions:
            root = mention_root(sentence, mention)
            if mention.how not in ACTOR_KINDS or root not in head.subtree:
                continue
            token, plain = root, True
            while token != head and plain:
                plain = not case_of(token) or case_of(token) in DE_CASES
                token = token.head
            if plain:
                found.append(mention)
    return found
