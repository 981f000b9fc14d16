"""The sides of « entre » (« négociations entre la Russie et l'Ukraine », « une rencontre entre le ministre X, ...,
et le général Y »): read along the words, past the titles and the clauses the parser splits the coordination at
(kg.extract.arguments)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.doc_words import morph_values
from kg.extract.lexicon import name_titles
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, Sentence


def _acronym_ahead(sentence: Sentence, at: int) -> int | None:
    """Where the actor named by an acronym in brackets after a spelt-out name starts (« les forces
    démocratiques syriennes (FDS) »), if the tokens from `at` are such a name."""
    doc = sentence.doc
    for i in range(at, min(at + 8, sentence.span.end - 1)):
        if doc[i].text == "(":
            named = sentence.mention_at(doc[i + 1])
            return i + 1 if i > at and named is not None and named.how in ACTOR_KINDS else None
        if doc[i].pos_ not in {"DET", "NOUN", "ADJ", "ADP", "PROPN"} or doc[i].text in {",", "."}:
            return None
    return None


def between(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« négociations entre la Russie et l'Ukraine »: both sides, even when the parser splits the coordination."""
    doc = sentence.doc
    at = trigger.i + 1
    while at < sentence.span.end and at <= trigger.i + 4 and (doc[at].pos_ in {"ADJ", "ADV"} or doc[at].is_quote):
        at += 1  # « des "discussions techniques" entre »
    if trigger.dep_ in {"nsubj", "nsubj:pass"} and (at >= sentence.span.end or doc[at].lower_ != "entre"):
        # « une réunion a eu lieu (à X) entre A et B »: the sides told after the verb the meeting is subject of
        window = doc[trigger.i + 1:min(trigger.i + 9, sentence.span.end)]
        at = next((t.i for t in window if t.lower_ == "entre" and not any(
            u.is_punct or u.pos_ == "CCONJ" for u in doc[trigger.i + 1:t.i])), at)
    return sides_after(sentence, at)


def sides_after(sentence: Sentence, at: int) -> list[Mention]:
    """The two sides (or more) the « entre » at `at` names: none if the word there is no « entre »."""
    doc = sentence.doc
    if at >= sentence.span.end or doc[at].lower_ != "entre":
        return []
    found: list[Mention] = []
    at += 1
    while at < sentence.span.end and len(found) < 4:
        mention = sentence.mention_at(doc[at])
        if mention is not None and mention.how in ACTOR_KINDS:
            if mention not in found:
                found.append(mention)
            at = mention.end
            continue
        if found and (acronym := _acronym_ahead(sentence, at)) is not None:
            at = acronym  # « les forces démocratiques syriennes (FDS) »: the name its acronym gives
            continue
        if doc[at].pos_ == "NOUN" and (doc[at].lower_ in _TITLE_HEADS or doc[at].lower_ in name_titles()):
            at = _past_title(sentence, at, found)  # « entre le ministre ougandais, X, et le général Y, chef de ... »
            continue
        if found and (named := _titled_person(sentence, at)) is not None:
            at = named  # « entre A et l'attaché de défense sortant, le colonel B »: a side named by any title
            continue
        joiner = doc[at].pos_ in {"DET", "CCONJ", "PUNCT"} and doc[at].text not in {".", ";", ":"}
        # « entre A et son rival, B »: a noun set off by a comma before the name is an apposition
        apposed = found and doc[at].pos_ == "NOUN" and at + 1 < sentence.span.end and doc[at + 1].text == ","
        if joiner or apposed or doc[at].lower_ == "de":
            at += 1
            continue
        break
    return found if len(found) >= 2 else []


_TITLE_HEADS = {"chef", "commandant", "directeur", "directrice", "vice-ministre", "vice-président", "émir", "roi"}


def _titled_person(sentence: Sentence, at: int) -> int | None:
    """Where the person starts whom a noun after « et » and its article names, before the next « et » or verb of
    its own tense (« et l'attaché militaire sortant, le colonel X, »), if one does."""
    doc = sentence.doc
    if doc[at].pos_ != "NOUN" or doc[at - 1].pos_ != "DET" or doc[at - 2].lower_ != "et":
        return None
    for i in range(at + 1, min(at + 12, sentence.span.end)):
        if doc[i].lower_ == "et" or doc[i].text in {".", ";", ":"} or doc[i].pos_ == "AUX" or \
                (doc[i].pos_ == "VERB" and "Part" not in morph_values(doc[i], "VerbForm")):
            return None
        if (held := sentence.mention_at(doc[i])) is not None and held.how == gz.PERSON:
            return i
    return None


def _past_title(sentence: Sentence, at: int, found: list[Mention]) -> int:
    """Past a side of « entre » named by a title: to the name the title leads to (« le ministre ougandais, X, »,
    « le général X, chef d'état-major des forces ougandaises, »), whose post gives its state; with no name before
    the next side or the clause's end, the state or body the title names is the side (« et son homologue kényan »)."""
    doc, named, end = sentence.doc, [], min(at + 12, sentence.span.end)
    at += 1
    while at < end and not (doc[at].lower_ == "et" or doc[at].text in {".", ";", ":"} or
                            doc[at].pos_ in {"VERB", "AUX"}):
        mention = sentence.mention_at(doc[at])
        if mention is not None and mention.how == gz.PERSON:
            return at
        if mention is not None and mention.how in ACTOR_KINDS and mention not in named:
            named.append(mention)
        at += 1
    found.extend(m for m in named[:1] if m not in found)
    return at


_GROUP_DETERMINERS = {"les", "des", "de", "d'", "d\u2019"}  # « entre les pays africains », « entre des firmes »


def unnamed_groups(sentence: Sentence, deal: Token) -> bool:
    """« un partenariat entre les pays africains et les donateurs »: the sides of « entre » are classes of actors,
    named by common nouns with a plain plural article (no count, no demonstrative: « les deux pays », « ces pays »
    are sides told before) and no actor named among their words; the deal has no sides this graph can name."""
    group = next((c for c in deal.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                  and any(m.dep_ == "case" and m.lower_ == "entre" for m in c.children)), None)
    if group is None or "Number=Plur" not in str(group.morph):
        return False
    members = [group, *(c for c in group.children if c.dep_ == "conj")]
    plain = all(m.pos_ == "NOUN" and all(d.lower_ in _GROUP_DETERMINERS for d in m.children
                                         if d.dep_ in {"det", "nummod"}) for m in members)
    return plain and not any(sentence.mention_at(t) is not None for m in members for t in m.subtree)
