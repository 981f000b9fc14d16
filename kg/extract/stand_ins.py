"""« A a reçu trois avions et celle de B en a acquis six »: a demonstrative pronoun standing in for a noun named
before (« celle » for « l'armée de l'air »), with its holder « de B », opens a clause of its own. The parser often
hangs the pronoun on the first clause's object; B is the subject of the verb after it, no side of the first clause."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.function_words import DE_CASES
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence

_ARTICLES = frozenset({"l'", "l\u2019", "la", "le", "les"})
_STAND_INS = frozenset({"celui", "celle", "ceux", "celles"})
# what may come between the pronoun's phrase and its verb: object clitics, negation, auxiliaries, adverbs
_CLITICS = frozenset({"en", "y", "l'", "l\u2019", "le", "la", "les", "lui", "leur", "se", "s'", "s\u2019",
                      "ne", "n'", "n\u2019"})


def stand_in_verb(sentence: Sentence, mention: Mention) -> Token | None:
    """The verb whose subject « celle de <mention> » is, when the pronoun's phrase is followed by that verb
    (past clitics, auxiliaries and adverbs); None when the mention holds no such pronoun. Read off the words in
    order: the parser hangs the pronoun and its holder anywhere in the clause before."""
    doc = sentence.doc
    at = mention.start - 1
    while at > sentence.span.start and doc[at].lower_ in _ARTICLES:
        at -= 1
    if at <= sentence.span.start or doc[at].lower_ not in DE_CASES or doc[at - 1].lower_ not in _STAND_INS:
        return None
    after = mention.end
    while after < sentence.span.end and (doc[after].lower_ in _CLITICS or doc[after].pos_ in {"AUX", "ADV"}):
        after += 1
    if after >= sentence.span.end or doc[after].pos_ != "VERB" or after == mention.end:
        return None  # « et à celle de B » with no clause of its own; a verb right after is the pronoun's relative
    return doc[after]
