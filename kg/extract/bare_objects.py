"""Objects the parser misreads as modifiers: after a long complement set off by a comma (« X a réceptionné mercredi à
la direction du matériel, un don de Y »), the parser may hang the object on the verb as a bare « obl:mod », a noun
with no preposition of its own. Such a noun after its verb, with an article or a demonstrative, is the verb's object
still; a bare time noun (« ce mercredi », « une semaine ») is none. The bare noun of a verbal idiom (« prendre
commande ») the parser may read as an adverb of its verb is its object too."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import children
from kg.extract.syntax import case_of

_DETERMINERS = {"un", "une", "des", "du", "ce", "cet", "cette", "ces"}
_TIME_NOUNS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "jour", "semaine", "mois",
               "an", "année", "fois", "matin", "soir", "après-midi", "nuit", "week-end", "lendemain", "veille"}


def bare_object(token: Token) -> bool:
    """Whether a noun hung bare on the verb before it as a modifier is that verb's object."""
    return token.dep_ == "obl:mod" and token.pos_ == "NOUN" and token.i > token.head.i and \
        token.head.pos_ == "VERB" and not case_of(token) and token.lemma_.lower() not in _TIME_NOUNS and \
        any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in token.children)


def idiom_object(trigger: Token, predicate: Token) -> bool:
    """« X avait pris commande des chars, d'une valeur de ... »: the bare noun right after its verb, read as the
    verb's adverb, is the verb's object."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "advmod" and trigger.head == predicate and \
        trigger.i == predicate.i + 1 and not any(c.dep_ == "det" for c in children(trigger))
