"""Posts in a firm placed by « chez »: « X, responsable des ventes chez FIRM », « X, directrice Asie et Pacifique
chez FIRM »: the post in the words of its title, of the firm named right after « chez »."""

from __future__ import annotations

from dataclasses import replace

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.own_words import is_own_words, text_role
from kg.extract.people import Title
from kg.extract.syntax import Sentence

_REACH = 8  # words from the post's head to « chez »
_WORDS = {"NOUN", "ADJ", "PROPN", "ADP", "DET", "CCONJ"}


def firm_titles(sentence: Sentence, titles: list[Title]) -> list[Title]:
    """The titles with the firm each « chez FIRM » right after its words gives them: a title read already there
    takes the firm when it names no body; else a new title from a post's head (firm-post-heads.tsv) after a
    comma up to « chez »."""
    out = list(titles)
    for firm in (m for m in sentence.mentions if m.how == gz.COMPANY):
        chez = firm.start - 1
        if chez <= sentence.span.start or sentence.doc[chez].lower_ != "chez":
            continue
        head = _head(sentence, chez)
        if head is None:
            continue
        own = Title(head, firm.end, text_role(list(sentence.doc[head:chez])), firm, None)
        known = next((k for k, t in enumerate(out) if t.start == head and t.end <= firm.start), None)
        if known is None:
            out.append(own)
        elif is_own_words(out[known].role):  # « directeur des ventes [chez] »: the words read past « chez »
            out[known] = own
        elif out[known].org is None and out[known].of_person is None:
            out[known] = replace(out[known], end=firm.end, org=firm)
    return out


def _head(sentence: Sentence, chez: int) -> int | None:
    """The post's head word before « chez », right after a comma or an opening bracket, with only the words of a
    post (no verb, no name, no other punctuation) between them."""
    doc, heads = sentence.doc, word_list("firm-post-heads.tsv")
    for at in range(chez - 1, max(chez - _REACH, sentence.span.start) - 1, -1):
        token = doc[at]
        if (token.pos_ not in _WORDS and token.lower_ not in heads) or sentence.mention_at(token) is not None:
            return None
        if token.lower_ in heads and at > sentence.span.start and doc[at - 1].text in {",", "("}:
            return at
    return None
