"""Names the NER reads in full that are another person's than the known person or body whose name they hold
(« Pavel Novák » is not the known « Pavel », « le général Paul Durand » is not « Marc Durand »), and the first names the
NER calls a place (« Ryad Nom »); kg.extract.mentions ranks them first."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.lexicon import firm_nouns, modality_words, word_list
from kg.extract.person_spans import NAME_PARTICLES
from kg.gazetteer import Gazetteer
from kg.text import fold

Candidates = list[tuple[int, int, str, str | None]]  # (start, end, how, target) of kg.extract.mentions
_FORM_WORDS: dict[int, tuple[Gazetteer, dict[str, frozenset[str]]]] = {}  # by gazetteer (kept: its id stays its own)


def _form_words(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """A known entity -> the words (folded, a hyphen as a space) of all its forms, made once per gazetteer (each
    name read asked for them of every surface form)."""
    if (known := _FORM_WORDS.get(id(gaz))) is None or known[0] is not gaz:
        found: dict[str, set[str]] = {}
        for form in gaz.forms:
            found.setdefault(form.entity, set()).update(fold(form.text).replace("-", " ").split())
        known = _FORM_WORDS[id(gaz)] = (gaz, {entity: frozenset(words) for entity, words in found.items()})
    return known[1]


def namesake_spans(doc: Doc, gaz: Gazetteer, candidates: Candidates) -> set[tuple[int, int]]:
    """Names the NER reads in full around a known person's surname or an organisation's name, with two words or
    more that name lacks (« Hassan Omar Muhammad Burhan » is not « Abdel Fattah al-Burhan », « Anna Maria
    Wagner » is no armed group), or with a first name unlike the known person's (« le général Paul Durand » is
    not « Marc Durand »): a person of their own; so are the two words or more the NER runs on after a known
    person (added as a person, ranked first)."""
    found: set[tuple[int, int]] = set()
    for start, end, how, _ in list(candidates):
        if how != "ner-person":
            continue
        for c_start, c_end, c_how, iri in list(candidates):
            if c_how == gz.PERSON and iri is not None and c_start == start and c_end < end - 1 and all(
                    t.is_alpha and t.text[:1].isupper() for t in doc[c_end:end]) and \
                    doc[c_end].lower_ not in NAME_PARTICLES and \
                    not _known_in_full(candidates, iri, start, end):  # « Prénom ben Nom Al Nom »: one person's name
                # « le conseiller de Netanyahou Prénom Nom »: the NER ran a known surname into the next name
                candidates.append((c_end, end, "ner-person", None))
                found.add((c_end, end))
                continue
            if c_how == gz.PERSON and iri is not None and c_start == start and c_end == end - 1 == start + 1 and \
                    _surname_after(gaz, iri, doc[c_end]):
                found.add((start, end))  # « Pavel Novák »: a known surname as a first name is another person's
                continue
            if c_how in {gz.ORGANISATION, gz.COMPANY} and (_firm_first_name(doc, start, end, c_start, c_end) or
                                                           _firm_word_before_surname(gaz, doc, start, end,
                                                                                     c_start, c_end, candidates)):
                found.add((start, end))  # « de Pays, Prénom Nom Nom, », « le président, Prénom Nom, »: a first name
                continue
            # the known name ends the full one, as a surname does (« Rafael Advanced Defense Systems » is no one)
            if c_how not in {gz.PERSON, gz.ORGANISATION, gz.COMPANY} or iri is None or not start < c_start or \
                    c_end != end:
                continue
            known = set(fold(gaz.label.get(iri, "")).replace("-", " ").split()) | \
                set(fold(doc[c_start:c_end].text).replace("-", " ").split())
            others = [t for t in doc[start:end] if t.is_alpha and t.text[:1].isupper() and fold(t.text) not in known]
            if len(others) >= 2 or (len(others) == 1 and c_how == gz.PERSON and others[0].i < c_start and
                                    _another_first_name(gaz, iri, others[0].text)) or \
                    (others and c_how == gz.COMPANY and end - start == 2 and others[0].i == start):
                found.add((start, end))  # « Prénom Firme »: a firm named after its founder's family
    return found


def _known_in_full(candidates: Candidates, iri: str, start: int, end: int) -> bool:
    """« Yoon Suk Yeol » where the reference knows both « Yoon » and the full name: the NER's run is that one
    known person's name, not a known surname followed by someone else's."""
    return any(how == gz.PERSON and target == iri and c_start <= start and end <= c_end
               for c_start, c_end, how, target in candidates)


def _firm_first_name(doc: Doc, start: int, end: int, c_start: int, c_end: int) -> bool:
    """A firm's or body's one-word name opening a person's name of three words or more the NER reads, set off by
    commas (an apposition's name): the firm's word is a first name there."""
    return c_start == start and c_end == start + 1 and end - start >= 3 and start > 0 and \
        doc[start - 1].text == "," and (end == len(doc) or doc[end].text in {",", ".", ";", ")"}) and \
        all(t.is_alpha and t.text[:1].isupper() for t in doc[c_end:end])


def _firm_word_before_surname(gaz: Gazetteer, doc: Doc, start: int, end: int, c_start: int, c_end: int,
                              candidates: Candidates) -> bool:
    """« le président équatorien, Prénom Nom », « a déclaré Prénom Nom »: a firm's one-word name opening a name of
    two words the NER reads as a person's, set off by a comma after a post's title (« président », « ministre »)
    or right after a verb of saying, whose second word is a capitalised word nothing else names and no firm's name
    ends in (« Firme Systems »): the firm's word is a first name there (« a choisi Firme Nom » stays the firm's)."""
    if not (c_start == start and c_end == start + 1 and end == start + 2 and start > 1):
        return False
    before, surname = doc[start - 1], doc[c_end]
    if not surname.is_alpha or not surname.text[:1].isupper() or surname.is_upper or \
            surname.lower_ in word_list("firm-name-ends.tsv") | firm_nouns() or \
            any(c[0] <= surname.i < c[1] for c in candidates if not c[2].startswith("ner-")):
        return False
    if before.pos_ == "VERB" and modality_words().get(before.lemma_.lower()) == "report":
        return True
    heads = {head.split()[0].lower() for role in gaz.roles for head in role.heads}
    return before.text == "," and doc[start - 2].is_lower and any(t.lower_ in heads for t in _title_run(doc, start - 1))


def _title_run(doc: Doc, comma: int) -> list[Token]:
    """The words before an apposition's comma back to the punctuation before them, at most six (« le ministre de
    l'énergie vénézuélien, »): where a post's title ends."""
    run: list[Token] = []
    for token in reversed(doc[max(0, comma - 6):comma]):
        if token.is_punct:
            break
        run.append(token)
    return run


def _surname_after(gaz: Gazetteer, person: str, token: Token) -> bool:
    """« Pavel Novák » where « Pavel » alone names a known person: a capitalised word after it that none of the
    person's names holds is a surname, so the known word is a first name there (a known person needs their
    surname in surname position)."""
    known = _form_words(gaz).get(person, frozenset())
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in NAME_PARTICLES and \
        fold(token.text) not in known | set(fold(gaz.label.get(person, "")).replace("-", " ").split())


def _another_first_name(gaz: Gazetteer, person: str, word: str) -> bool:
    """« Prénom Modi » before a known person's surname: a first name none of the person's names starts like
    (« Joseph » is « Joe », « Vladimirovitch » goes with « Vladimir »), so another person of that surname."""
    firsts = gaz.first_names.get(person, frozenset())
    return bool(firsts) and fold(word)[:2] not in firsts


def city_first_names(doc: Doc, candidates: Candidates) -> set[tuple[int, int]]:
    """« le ministre de l'Industrie, Ryad Nom, »: a city's name and an unknown capitalised word alone between
    a comma and a comma or a full stop, which the NER calls a place, are a first name and a surname (added as a
    person, ranked first)."""
    found: set[tuple[int, int]] = set()
    taken = {i for c in candidates for i in range(c[0], c[1])}
    for start, end, how, _ in list(candidates):
        if how not in {gz.CAPITAL, gz.CITY} or end - start != 1 or start == 0 or doc[start - 1].text != ",":
            continue
        stop = end
        while stop < len(doc) and stop - end < 2 and stop not in taken and doc[stop].is_alpha and \
                doc[stop].text[:1].isupper() and doc[stop].pos_ in {"PROPN", "NOUN"}:
            stop += 1
        if stop > end and (stop == len(doc) or doc[stop].text in {",", ".", ";", ")"}):
            candidates.append((start, stop, "ner-person", None))
            found.add((start, stop))
    return found
