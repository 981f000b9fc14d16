"""Organisations told with their members: « aux États membres de X » stand for X in a fact; « A, membre de X, »
and « les contributeurs non-membres de X » describe A, and X is no actor of the fact."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, mention_root

MEMBER_NOUNS = {"pays", "états", "membres"}
_MEMBER_STATE_NOUNS = {"pays", "état", "nation"}  # « A, pays membre de X, »


def members_of(sentence: Sentence, mention: Mention) -> Mention | None:
    """« aux pays de X », « aux États membres de X »: the members of an organisation, as a party, stand for it
    (only a direct « de » complement of the noun: « aux pays voisins de X » are not its members)."""
    doc = sentence.doc
    at = mention.start - 1
    if at > sentence.span.start and doc[at].pos_ == "DET" and doc[at].lower_ in {"la", "l'", "l\u2019", "le", "les"}:
        at -= 1
    if mention.how != gz.ORGANISATION or at - 1 <= sentence.span.start or doc[at].lower_ not in {"de", "du", "des"} \
            or doc[at - 1].lower_ not in MEMBER_NOUNS:
        return None
    at -= 1
    return replace(mention, start=at - 1 if doc[at].lower_ == "membres" and doc[at - 1].lower_ in MEMBER_NOUNS else at)


def describes_a_member(sentence: Sentence, mention: Mention) -> bool:
    """« L'Argentine, membre de l'OTAN, a fourni ... », « l'un des contributeurs non-membres de l'OTAN a fourni
    ... »: an organisation someone is (or is not) a member of, in an apposition or a qualifier, tells what they are;
    it does not act with them."""
    if mention.how != gz.ORGANISATION:
        return False
    head = mention_root(sentence, mention).head
    words = {head.lemma_.lower(), *(c.lemma_.lower() for c in head.children if c.dep_ == "amod")}
    if "non-membre" in words:
        return True
    noun = _member_noun(head)
    return noun is not None and _describes(noun)


def _member_noun(head: Token) -> Token | None:
    """The noun that tells membership: « membre de X », « pays membre de X » (X hung on « membre » or on « pays »)."""
    lemma = head.lemma_.lower()
    if lemma == "membre":
        up = head.head
        return up if head.dep_ in {"nmod", "amod"} and up.lemma_.lower() in _MEMBER_STATE_NOUNS else head
    if lemma in _MEMBER_STATE_NOUNS and any(c.lemma_.lower() == "membre" for c in head.children):
        return head
    return None


def _describes(noun: Token) -> bool:
    """« A, membre de X, »: the noun describes a party, in an apposition, a relative « qui est membre de X », or a
    bare noun right after a comma that the parser hangs elsewhere (a conjunct or an object without a determiner)."""
    if noun.dep_ == "appos":
        return True
    if noun.dep_ == "acl:relcl":
        return any(c.dep_ == "cop" for c in noun.children)
    return noun.i > 0 and noun.doc[noun.i - 1].text == "," \
        and not any(c.dep_ in {"cc", "det"} for c in noun.children)


def listed_members(sentence: Sentence) -> dict[str, set[str]]:
    """« les pays du G5 X (A, B et C) »: the states a parenthesis right after an organisation names, by the
    organisation's key: its members, told as such."""
    doc, found = sentence.doc, {}
    for mention in sentence.mentions:
        if mention.how != gz.ORGANISATION or mention.end >= sentence.span.end or doc[mention.end].text != "(":
            continue
        close = next((t.i for t in doc[mention.end:sentence.span.end] if t.text == ")"), sentence.span.end)
        found[mention.entity.key] = {m.state.key for m in sentence.mentions if m.state is not None
                                     and m.how == gz.NAME and mention.end < m.start and m.end <= close}
    return found
