"""Titles a demonstrative pronoun stands for: « le ministre malien des Affaires étrangères, X, celui de la Justice,
Y, et celle de la Santé, Z »: « celui » or « celle » after a comma, « et » or « de », followed by a complement, is
the head of the title before it with that complement (the post the data knows, else its own words), in the state
the nearest title before it names unless the complement names its own; « celui du Pays B » is the same post in
that state (« le ministre de la Défense du Pays A, X, a reçu celui du Pays B, Y »)."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.doc_words import lowers
from kg.extract.function_words import DE_CASES
from kg.extract.mentions import Mention
from kg.extract.name_slots import past_honorifics
from kg.extract.own_words import label_role
from kg.extract.people import RoleIndex, Title, Words, complement_role
from kg.extract.syntax import Sentence
from kg.extract.title_complements import DETERMINERS, of_complement, read_demonyms

PRONOUNS = {"celui", "celle"}
_LIST_LINKS = {",", ";", "et", "de", "puis"}
_REACH = 8  # words of a complement the data does not know, up to its comma


def pronoun_titles(sentence: Sentence, titles: list[Title], index: RoleIndex, words_of: Words) -> list[Title]:
    """A title for each « celui de <complement> » or « celle de <complement> » after a title with a head, in the
    same sentence."""
    doc, tokens, found = sentence.doc, sentence.tokens, list[Title]()
    base, lower = sentence.span.start, lowers(doc)
    for token in tokens:
        if lower[token.i] not in PRONOUNS or token.i + 2 >= sentence.span.end or lower[token.i + 1] not in DE_CASES:
            continue
        before = [t for t in titles + found if t.end <= token.i and not t.inner and t.role.heads]
        if not before:
            continue
        last = max(before, key=lambda t: t.start)
        served = next((t.org for t in sorted(before, key=lambda t: -t.start) if t.org is not None), None)
        listed = doc[token.i - 1].lower_ in _LIST_LINKS  # « , celui de la Justice », not « dépasse celui de »
        head = words_of(last.role.heads[0])
        at = token.i + 1 - base
        role, end = complement_role(index, words_of, sentence.lower, head, at, last.role)
        if role is not None and end > at and listed:  # a portfolio the data knows: « celui de la Justice »
            end, org = read_demonyms(sentence, tokens, end, None)
            end, org, _ = of_complement(sentence, tokens, end, org, ())
            found.append(Title(token.i, base + end, role, org or served, None, listed=org is None))
        elif (state := _state_named(sentence, token.i + 1)) is not None:  # « celui du Pays B »
            found.append(Title(token.i, state.end, last.role, state, None))
        elif listed and (comma := _named_after(sentence, token.i + 1)) is not None:  # « celle de la Culture, Y »
            label = f"{' '.join(head)} {doc[token.i + 1:comma].text}"
            found.append(Title(token.i, comma, label_role(label), served, None, listed=True))
    return found


def _named_after(sentence: Sentence, at: int) -> int | None:
    """The comma that ends a complement of a few words with no verb when a person's name follows it, or none."""
    doc = sentence.doc
    for look in range(at + 1, min(at + _REACH, sentence.span.end - 1)):
        token = doc[look]
        if token.text == ",":
            person = sentence.mention_at(doc[look + 1])
            return look if person is not None and person.how == gz.PERSON and person.start == look + 1 else None
        if token.pos_ in {"VERB", "AUX"} or (token.is_punct and token.text not in {"-", "'"}) or \
                (token.is_title and sentence.mention_at(token) is not None and
                 sentence.mention_at(token).how == gz.PERSON):  # type: ignore[union-attr]
            return None
    return None


def _state_named(sentence: Sentence, at: int) -> Mention | None:
    """The state a complement names right after « de » and its article, or none."""
    doc = sentence.doc
    at += 1
    while at < sentence.span.end and doc[at].lower_ in DETERMINERS:
        at += 1
    mention = sentence.mention_at(doc[at]) if at < sentence.span.end else None
    return mention if mention is not None and mention.state is not None and mention.start == at and \
        mention.how in {gz.NAME, gz.CAPITAL} else None


def headless_title(sentence: Sentence, title: Title) -> bool | None:
    """Whether the name after the comma of a title without its head is that title's holder (« les ambassadeurs
    de A, X, de B, Y »: « de B » is Y's; « celui de la Justice, Y »), or none for a title with its head."""
    doc = sentence.doc
    if doc[title.start].lower_ not in DE_CASES | PRONOUNS or title.end + 1 >= sentence.span.end or \
            doc[title.end].text != ",":
        return None
    at = past_honorifics(sentence, title.end + 1)  # « de B, S.E. Y »
    return at < sentence.span.end and (person := sentence.mention_at(doc[at])) is not None and \
        person.how == gz.PERSON and person.start == at
