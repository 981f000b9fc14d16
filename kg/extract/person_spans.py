"""The NER's person spans, corrected by what is around them: a style of address is no part of a name (« Son
Altesse Royale le Prince X »); a ship's name is no person's (« la frégate Prénom Nom », « le Prénom Nom Nom est le
navire amiral »); the state of a title's complement run into a name is not part of it (« la première dame de Pays
Prénom Nom »); a first name the NER read as a place is (« Prénom Nom le ministre »); a name the NER calls an
organisation right after a title is a person's (« le ministre Prénom Nom »); a state after « de » that ends a name
right after a title is the title's (« le roi Prénom II de Pays »); a name after a facility noun and « de », or after
« à » set off by commas, is a place's; a name before an honour noun in apposition is the honour's; a name that is a
paragraph of its own is a heading."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import name_titles, word_list


def past_place(candidate: tuple[int, int, str, None], places: dict[int, int], doc: Doc) -> tuple[int, int, str, None]:
    """« la première dame de Serbie Prénom Nom »: a state's name the NER ran into the name after it belongs to
    the title's complement."""
    start, end, how, _ = candidate
    after = places.get(start, end)
    if how != "ner-person" or end - after < 2 or start == 0 or doc[start - 1].lower_ not in {"de", "d'", "du"}:
        return candidate
    return after, end, how, None


def before_state(candidate: tuple[int, int, str, None], states: dict[int, int], doc: Doc,
                 titles: frozenset[str]) -> tuple[int, int, str, None]:
    """« le roi Prénom II de Pays », which the NER reads as one name: a state's name after « de » that ends a name
    right after a title is the title's complement, not part of the name."""
    start, end, how, _ = candidate
    if how != "ner-person" or start == 0 or doc[start - 1].lower_ not in titles:
        return candidate
    of = next((at - 1 for at, stop in states.items() if stop == end and start + 1 < at - 1 < end), None)
    return (start, of, how, None) if of is not None and doc[of].lower_ in {"de", "d'", "du"} else candidate


_SETTING_OFF = {",", "(", "\u2014", "\u2013"}  # what sets off « à X, » before it


def named_place(doc: Doc, start: int, end: int, places: frozenset[str]) -> bool:
    """« la base aérienne de Prénom Nom », « le port de Nom Nom »: a name after « de » and a place or facility
    noun (past its lowercase qualifiers) names the place; so does a name after « à » set off by punctuation (« ...,
    à Nom Nom, » and « À Nom Nom, » at a sentence's start), where French puts a place, not a person, and one after
    « à » in a list of « à » hung on a noun (« deux projets à Nom Nom et à Nom »), not on a verb (« remis à »)."""
    if start == 0 or end >= len(doc):
        return False
    before = doc[start - 1]
    if before.lower_ == "à" and doc[end].text in {",", ".", ";", ")"} and (
            start == 1 or before.is_sent_start is True or doc[start - 2].text in _SETTING_OFF):
        return True
    if before.lower_ == "à":
        return _listed_sites(doc, start, end)
    if before.lower_ not in {"de", "d'"}:
        return False
    at = start - 2
    while at > 0 and start - at <= 4 and doc[at].pos_ == "ADJ" and doc[at].text.islower():
        at -= 1
    return at >= 0 and doc[at].text.islower() and (doc[at].lemma_.lower() in places or doc[at].lower_ in places)


def _listed_sites(doc: Doc, start: int, end: int) -> bool:
    """« des projets à Nom Nom et à Nom »: a list of names each after « à », hung on a noun (the sites of things
    listed), not on a verb (« a remis des médailles à Prénom Nom et à Prénom Nom »)."""
    first = doc[start]
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    after = end + 2 < len(doc) and doc[end].lower_ in {"et", "ou", ","} and doc[end + 1].lower_ == "à" and \
        doc[end + 2].text[:1].isupper()
    return (after or first != doc[start]) and first.head.pos_ == "NOUN" and \
        any(c.dep_ == "case" and c.lower_ == "à" for c in first.children)


_THE_THING = {"le", "la", "l'", "du", "au"}  # an article before a name: a thing's, seldom a person's


def named_honour(doc: Doc, start: int, end: int) -> bool:
    """« a remis à Y le Nom Nom, la plus haute distinction civile du pays »: a name whose apposition, set off by a
    comma, is a noun of honours names the honour."""
    if end >= len(doc) or doc[end].text != "," or start == 0 or doc[start - 1].lower_ not in _THE_THING or \
            doc[end + 1].pos_ != "DET":
        return False  # « X, médaille d'or en 2012, a dit »: a person the apposition describes
    noun = next((t for t in doc[end + 2:end + 6] if t.pos_ in {"NOUN", "PROPN"}), None)
    return noun is not None and noun.text.islower() and (
        noun.lemma_.lower() in word_list("honour-nouns.tsv") or noun.lower_ in word_list("honour-nouns.tsv"))


def heading_line(doc: Doc, start: int, end: int) -> bool:
    """« Thématiques Abordées »: a name that is a whole paragraph of its own, after the title, is a heading (or a
    signature), no person of the story."""
    return start == 0 and end == len(doc) and len(doc) <= 4


_OPENING, _CLOSING_BRACKETS = {"(", "["}, {")", "]"}
_CLASS_WORDS = {"type", "classe"}


def _initials_cover(acronym: str, words: list[str]) -> bool:
    letters = iter(w[:1] for w in words if w[:1].isupper())
    return all(any(letter == c for letter in letters) for c in acronym)


def spelled_acronym(doc: Doc, start: int, end: int) -> bool:
    """« des systèmes X-ABC [Alpha Bravo Charlie System] », « le CDRS (Centre de Recherche Stratégique) »: the
    capitalised words in brackets after an acronym whose letters their initials spell out, in order, are its
    expansion, no person."""
    at = start
    while at > 0 and start - at < 12 and doc[at].text not in _OPENING:
        if doc[at].text in _CLOSING_BRACKETS:
            return False
        at -= 1
    if at < 1 or doc[at].text not in _OPENING:
        return False
    acronym = doc[at - 1].text
    if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper():
        return False
    close = next((t.i for t in doc[end:end + 12] if t.text in _CLOSING_BRACKETS), None)
    if close is None:
        return False
    return _initials_cover(acronym, [w for t in doc[at + 1:close] for w in t.text.split("/")])


_NOT_A_HOLDER = {"à", "au", "aux", "en", "de", "d'", "du", "des", "dans", "vers", "depuis", "près", "le", "la", "l'"}
_APPOSED = {"son", "sa", "leur", "le", "la", "l'"}


def title_after(doc: Doc, ent: Span, titles: frozenset[str]) -> bool:
    """« un entretien avec Prénom Nom Nom, son homologue », « reçu par Prénom Nom, ministre de ... »: capitalised
    words the NER calls a place, of two to five words, set off by a comma before a title in lowercase (past its
    article or possessive), are a person, unless a place's preposition, an article or a punctuation mark comes
    before them (« à Grand Nom, le ministre », « Nom Nom, le ministre » opening a sentence)."""
    start, end = ent.start, ent.end
    if not 2 <= end - start <= 5 or end + 2 >= len(doc) or doc[end].text != "," or \
            (start > 0 and (doc[start - 1].lower_ in _NOT_A_HOLDER or doc[start - 1].is_punct)) or start == 0:
        return False
    at = end + 2 if doc[end + 1].lower_ in _APPOSED else end + 1
    word = doc[at]
    return word.text.islower() and word.is_alpha and word.pos_ == "NOUN" and \
        (word.lower_ in titles or word.lower_ in word_list("counterpart-nouns.tsv")) and \
        all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES or t.text == "-" for t in ent)


_QUOTES = {"«", '"', "“"}
_CLOSING = {"»", '"', "”"}


def quoted_name(doc: Doc, start: int, end: int, titles: frozenset[str]) -> bool:
    """« les exercices « Nom Nom » », « l'opération « Nom Nom » »: a name in quotation marks right after a
    lowercase noun (no title) names the thing the noun is, not a person; so does a name the quotation marks
    enclose whole after no title (« son rôle dans "Nom Nom" », « les « Noms Nom » ont perdu »: a work, a
    nickname), where news writes a person's name bare."""
    if start < 2 or doc[start - 1].text not in _QUOTES:
        return False
    noun = doc[start - 2]
    if noun.lower_ in titles:
        return False
    return (noun.is_alpha and noun.text.islower() and noun.pos_ == "NOUN") or \
        (end < len(doc) and doc[end].text in _CLOSING)


def described_as_medium(doc: Doc, start: int, end: int) -> bool:
    """« relayé par X Y The Z, un média russe », « selon X Y, une agence de presse »: a name (and the capitalised
    words after it) set off by a comma before a medium's noun, its apposition, names the outlet, not a person."""
    at = end
    while at < len(doc) and doc[at].text[:1].isupper() and doc[at].is_alpha:
        at += 1
    if at + 1 >= len(doc) or doc[at].text != ",":
        return False
    noun = doc[at + 2] if doc[at + 1].lower_ in {"un", "une", "le", "la", "l'"} and at + 2 < len(doc) else doc[at + 1]
    return noun.lower_ in word_list("medium-nouns.tsv") or noun.lemma_.lower() in word_list("medium-nouns.tsv")


def named_ship(doc: Doc, start: int, end: int, nouns: frozenset[str], titles: frozenset[str]) -> bool:
    """« la frégate Jean Bart », « le porte-avions Charles de Gaulle », « la frégate de défense aérienne Le
    Chevalier Paul »: a name right after a weapon noun and its lowercase complement names a ship or a system,
    not a person (not « l'avion de X », « l'avion du président X »: whose; nor « le pilote d'hélicoptère X »).
    So does a name of three words or more right after an article (« le Prénom Nom Nom est le navire amiral »,
    « à bord du Prénom Nom Nom »): French puts no article before a person's name without a title. So does a name
    after a navy's vessel prefix (« le KRI Prénom Nom »)."""
    prefixes = word_list("vessel-prefixes.tsv")
    if doc[start].text in prefixes or (start > 0 and doc[start - 1].text in prefixes):
        return True
    if end - start >= 3 and start > 0 and doc[start - 1].lower_ in {"le", "la", "l'", "du", "au"} and \
            doc[start].lower_ not in titles | word_list("honorifics.tsv") | word_list("military-ranks.tsv"):
        return True
    at = start - 1
    if at > 0 and doc[at].lower_ in _CLASS_WORDS and _class_of(doc[at], nouns):
        return True  # « deux frégates, appartenant à la classe Prénom Nom »
    if at > 0 and doc[at].text in {"Le", "La", "L'"}:
        at -= 1
    if at < 0 or doc[at].lower_ in {"de", "d'", "du", "des"}:
        return False
    while at > 0 and start - at <= 5 and doc[at].text.islower() and doc[at].lemma_.lower() not in nouns and (
            doc[at].pos_ in {"ADJ", "NOUN"} or doc[at].lower_ in {"de", "d'"} or (  # « frégates du type X »
                doc[at].lower_ in {"du", "la"} and doc[at + 1].lower_ in _CLASS_WORDS)):
        at -= 1
    before = doc[at - 1].lower_ if at > 0 else ""
    return (doc[at].lemma_.lower() in nouns or doc[at].lower_ in nouns) and before not in {"de", "d'", "du", "des"}


def _class_of(word: Token, nouns: frozenset[str]) -> bool:
    """A class word told of a weapon noun over the participle the parser hangs it on (« frégates, appartenant à la
    classe X »)."""
    verb = word.head
    return verb.pos_ == "VERB" and verb.dep_ == "acl" and "VerbForm=Part" in str(verb.morph) and (
        verb.head.lemma_.lower() in nouns or verb.head.lower_ in nouns)


def name_after_complement(ent: Span, titles: frozenset[str]) -> Span | None:
    """« le ministre délégué chargé de la Défense Nom Prénom » (a place to the NER), « le ministre du Travail Prénom
    Nom » (an organisation): the capitalised noun ending a title's complement, then two to four names, is the holder's
    name; an organisation's only right after a title and its « de » (not « le directeur de la Société X Y »)."""
    doc = ent.doc
    head, names = ent[0], ent[1:]
    of = _complement_of(doc, ent.start)
    if not 2 <= len(names) <= 4 or head.pos_ != "NOUN" or not head.is_title or of is None or \
            names[0].pos_ != "PROPN" or not all(t.pos_ in _NAME_TAGS and t.is_title and t.is_alpha for t in names):
        return None
    if ent.label_ == "ORG":  # « le président du Conseil Prénom Industries »: a firm's name ends so, no one's
        ends = word_list("firm-name-ends.tsv") | word_list("institution-name-ends.tsv") | \
            word_list("body-name-words.tsv")
        return names if of > 0 and doc[of - 1].lower_ in titles & name_titles() and names[-1].lower_ not in ends \
            else None
    return names if any(t.lower_ in titles for t in doc[max(0, ent.start - 12):ent.start]) else None


_NAME_TAGS = {"PROPN", "NUM"}  # the tagger reads some capitalised surnames as number words


def _complement_of(doc: Doc, start: int) -> int | None:
    """Where the « de la », « du », « des » before a complement's noun at `start` begins, if one does."""
    if start >= 1 and doc[start - 1].lower_ in {"du", "des"}:
        return start - 1
    if start >= 2 and doc[start - 1].pos_ == "DET" and doc[start - 2].lower_ in {"de", "d'"}:
        return start - 2
    return None


def with_first_name(candidate: tuple[int, int, str, None], known: set[int], doc: Doc,
                    titles: frozenset[str]) -> tuple[int, int, str, None]:
    """« Prénom Nom le ministre géorgien ... », where the NER reads the first name alone as a place: a
    capitalised word it tags on its own right before the name, which the reference data does not know, opens
    the name (not « à Paris Prénom Nom », nor the last word of a title: « le ministre de la Défense Prénom Nom »)."""
    start, end, how, _ = candidate
    before = doc[start - 1] if start > 0 else None
    if how != "ner-person" or before is None or before.i in known or before.ent_type_ not in {"LOC", "MISC"} or \
            before.lower_ in titles or before.pos_ != "PROPN" or \
            before.ent_iob_ != "B" or not before.is_alpha or not before.is_title or \
            (before.i > 0 and doc[before.i - 1].lower_ in {"à", "au", "en", "de", "du", "d'"}):
        return candidate
    return start - 1, end, how, None


_IBERIAN_LINKS = {"e", "y", "da", "das", "do", "dos"}


def with_second_surname(candidate: tuple[int, int, str, None], doc: Doc) -> tuple[int, int, str, None]:
    """« Prénom Nom y Nom », « Prénom da Nom e Nom », which the NER cuts before the link: a Spanish or Portuguese
    link word and one or two capitalised words up to a punctuation mark go on with the name."""
    start, end, how, _ = candidate
    if how != "ner-person" or end + 1 >= len(doc) or doc[end].lower_ not in _IBERIAN_LINKS:
        return candidate
    stop = end + 1
    while stop < len(doc) and stop - end <= 2 and doc[stop].is_alpha and doc[stop].text[:1].isupper():
        stop += 1
    return (start, stop, how, None) if stop > end + 1 and (stop == len(doc) or doc[stop].is_punct) else candidate


def glued_name(span: Span, titles: frozenset[str]) -> bool:
    """« le ministre Prénom Nom », « le général Prénom Nom » the NER calls ORG: a name of two to four capitalised
    nouns right after a word that names the person after it (lexicon.name_titles), itself after an article."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].lower_ in name_titles() & titles | word_list("military-ranks.tsv") \
        and doc[span.start - 2].lower_ in {"le", "la", "l'", "du", "au"} and len(span) <= 4 and \
        span[0].pos_ == "PROPN" and all(t.pos_ in {"PROPN", "NOUN"} for t in span)


def rank_words(words: list[str]) -> int:
    """How many of the lowercase `words` a rank written in several words spans from the first (« général de
    brigade », « capitaine de vaisseau »: military-ranks.tsv), the longest; 0 when none starts there."""
    ranks = [rank.split() for rank in word_list("military-ranks.tsv") if " " in rank]
    return max((len(rank) for rank in ranks if words[:len(rank)] == rank), default=0)


def past_rank(candidate: tuple[int, int, str, None], doc: Doc) -> tuple[int, int, str, None]:
    """« du Général de Brigade Prénom Nom », which the NER cuts after the rank's first word (« Brigade Prénom
    Nom ») or reads whole: a rank in several words that runs into a name is no part of it."""
    start, end, how, _ = candidate
    if how != "ner-person":
        return candidate
    for begin in range(max(0, start - 3), start + 1):
        stop = begin + rank_words([t.lower_ for t in doc[begin:end]])
        if start < stop and end - stop >= 2 and doc[stop].text[:1].isupper():
            return stop, end, how, None
    return candidate


def name_after_rank(span: Span) -> Span | None:
    """« Général de Division Prénom Nom », which the NER reads as one name: the capitalised words after a rank
    written in several words."""
    start = span.start + rank_words([t.lower_ for t in span])
    return span.doc[start:span.end] if span.start < start and span.end - start >= 2 and all(
        t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in span.doc[start:span.end]) else None


_RANK_OPENERS = {"le", "la", "du", "au", ","}
_NAME_WORDS = 5


def names_after_ranks(doc: Doc, taken: set[int], titles: frozenset[str]) -> list[Span]:
    """« le général de division Prénom Abdol-Nom Nom », « du colonel Seyyed Prénom Nom », which the NER misses or
    cuts: two to five capitalised words (hyphenated ones whole) right after a military rank and its article, none of
    them a name the reference data knows nor a title's word, up to a comma, a full stop or a lowercase word."""
    ranks, names = word_list("military-ranks.tsv"), []
    for token in doc:
        if token.i == 0 or doc[token.i - 1].lower_ not in _RANK_OPENERS or token.lower_ not in ranks or \
                not token.text.islower():
            continue
        start = token.i + max(1, rank_words([t.lower_ for t in doc[token.i:token.i + 7]]))
        start = _past_demonym(doc, start, ranks)
        end, words = start, 0
        while end < len(doc) and end not in taken and (
                (doc[end].text.replace("-", "").isalpha() and doc[end].text[:1].isupper() and
                 not doc[end].is_sent_start) or
                (doc[end].text == "-" and end > start and doc[end + 1:end + 2].text[:1].isupper())):
            words += doc[end].text != "-" and doc[end - 1].text != "-"
            end += 1
            if doc[end - 1].lower_ in titles:  # « le général Président Prénom Nom »: the title is no part of it
                start, words = end, 0
        if 2 <= words <= _NAME_WORDS and (end == len(doc) or doc[end].is_punct or doc[end].text.islower()):
            names.append(doc[start:end])
    return names


def _past_demonym(doc: Doc, start: int, ranks: frozenset[str]) -> int:
    """« le général Major nigérian Prénom Nom »: past a second rank word and a lowercase adjective (the officer's
    nationality) the name comes after."""
    while start < len(doc) - 1 and doc[start].lower_ in ranks:
        start += 1
    after = doc[start + 1] if start + 1 < len(doc) else None
    return start + 1 if after is not None and after.text[:1].isupper() and doc[start].is_alpha and \
        doc[start].text.islower() and doc[start].pos_ in {"ADJ", "PROPN"} else start


def past_style(words: list[str], at: int) -> int:
    """Past a style of address and the honorifics after it (« Son Altesse Royale le Prince », « Sa Majesté le
    Roi », « S.E. M. ») from `at` in lowercase `words`; `at` itself when no style starts there."""
    styles = word_list("court-styles.tsv")
    look = at + 1 if at + 1 < len(words) and words[at] in {"son", "sa"} and words[at + 1] in styles else at
    if look >= len(words) or words[look] not in styles:
        return at
    honorifics = word_list("honorifics.tsv") | {"le", "la", "l'"}
    while look < len(words) and (words[look] in styles or words[look] in honorifics):
        look += 1
    return look


def past_title(doc: Doc, start: int, end: int, titles: frozenset[str]) -> int:
    """« Sa Majesté le Roi Mohammed VI »: a known person's name the data gives with its title (« roi Mohammed VI »)
    starts after the title's words, which are read as the title of the name after them."""
    at = start
    while at < end - 1 and doc[at].lower_ in titles:
        at += 1
    return at if doc[at].text[:1].isupper() else start


NAME_PARTICLES = {"bin", "ben", "ibn", "al", "el", "abu", "abou", "ould"}
_OPENING_QUOTES = {"«", '"', "\u201c", "\u2018"}


def name_after_title(span: Span, titles: frozenset[str]) -> Span | None:
    """« Premier ministre Kyriakos Mitsotakis », « Finances Ivan Petrov », which the NER calls MISC or ORG: the
    capitalised words after the words of a title."""
    doc, start = span.doc, span.end
    # « Altesse Royale le Prince Prénom ben Nom »: a particle between capitalised words is part of the name
    while start > span.start and doc[start - 1].lower_ not in titles and (doc[start - 1].text[:1].isupper() or (
            doc[start - 1].lower_ in NAME_PARTICLES and start - 1 > span.start and doc[start - 2].text[:1].isupper()
            and doc[start - 2].lower_ not in titles)):
        start -= 1
        if start - 2 > span.start and doc[start - 1].text == "-" and doc[start - 2].lower_ in NAME_PARTICLES:
            start -= 2  # « Prénom al-Nom »: the particle glued to the surname
    # « Général-major Prénom Nom »: a title glued by a hyphen to a lowercase word ends there too
    ends_title = doc[start - 1].lower_ in titles or (
        start - 2 > span.start and doc[start - 2].text == "-" and doc[start - 3].lower_ in titles)
    if span.end - start < 2 or not ends_title or (start == span.start and not glued_name(span, titles)):
        return None
    if span.start > 0 and span.doc[span.start - 1].text in _OPENING_QUOTES:
        return None  # « Air Force One »: a quoted name is a nickname or a vehicle's, not a person's
    if any(c.isdigit() for c in span.doc[start:span.end].text):
        return None
    return span.doc[start:span.end]


def name_after(tokens: Sequence[Token], at: int) -> bool:
    """« vice-ministre de la Défense Dao Quang Lam »: two capitalised proper nouns right after a capitalised
    common noun start the name the NER missed, not the rest of the title before it."""
    return 0 < at < len(tokens) - 1 and tokens[at - 1].pos_ == "NOUN" and tokens[at - 1].text[:1].isupper() and \
        all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in tokens[at:at + 2])
