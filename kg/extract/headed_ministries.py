"""Ministers told by the ministry they head rather than by a title: « X est à la tête du ministère de la Défense »,
« le retour de X à la tête du ministère du Pétrole », « le président a placé X à la tête du ministère de l'Intérieur »,
« avec dix ans à la tête du ministère de la Défense, X »: X is that ministry's minister."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.mentions import Mention
from kg.extract.people import RoleIndex, Title, Words, complement_role
from kg.extract.syntax import Sentence
from kg.extract.title_complements import of_complement, read_demonyms

_HEAD_OF = ("la", "tête", "du", "ministère")  # « à la tête du ministère », « prend la tête du ministère »
_BEFORE_REACH = 6  # words between the holder's name and « à la tête » (« X, nommé en 2020 à la tête »)
_AFTER_REACH = 4  # words between the ministry's complement and the holder's name that opens the clause


def headed_ministries(sentence: Sentence, index: RoleIndex, words_of: Words) -> list[tuple[Title, Mention]]:
    """Each « la tête du ministère [A-ien] de C » with the person who heads it: the person named last before it,
    close by and with no other person between; else the person named right after its comma (the clause's subject).
    The title is the minister's post of that complement, in the state its demonym or complement names."""
    minister = next((role for words, role, is_head in index.get("ministre", [])
                     if is_head and words == ("ministre",) and role.complements), None)
    tokens, lower, found = sentence.tokens, sentence.lower, []
    for at in range(len(tokens) - len(_HEAD_OF)):
        if minister is None or tuple(lower[at:at + len(_HEAD_OF)]) != _HEAD_OF:
            continue
        end, org = read_demonyms(sentence, tokens, at + len(_HEAD_OF), None)
        role, end = complement_role(index, words_of, lower, ("ministre",), end, minister)
        if role is None or end == at + len(_HEAD_OF):
            continue  # « à la tête du ministère » alone: which one is told elsewhere
        end, org = read_demonyms(sentence, tokens, end, org)
        end, org, _ = of_complement(sentence, tokens, end, org, index)
        holder = _holder(sentence, tokens[at].i, tokens[end - 1].i + 1)
        if holder is not None:
            found.append((Title(tokens[at].i, tokens[end - 1].i + 1, role, org, None), holder))
    return found


def _holder(sentence: Sentence, start: int, end: int) -> Mention | None:
    """The person named last before `start` within reach with no verb of their own between (« le retour de X à
    la tête »), else the person right after the comma that closes the phrase ending at `end` (« ..., X a dit »)."""
    doc = sentence.doc
    people = [m for m in sentence.mentions if m.how == gz.PERSON]
    before = [m for m in people if m.end <= start and start - m.end <= _BEFORE_REACH]
    if before:
        last = before[-1]
        between = doc[last.end:start]
        head = doc[start + 1]  # « tête »
        if not any(t.pos_ == "VERB" and t.dep_ not in {"acl", "amod"} and t.i != head.head.i for t in between):
            return last  # « X prend la tête du ministère »: the verb whose complement the head is, not another's
        return None
    if end < sentence.span.end and doc[end].text == ",":
        return next((m for m in people if end < m.start <= end + _AFTER_REACH), None)
    return None
