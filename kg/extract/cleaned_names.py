"""A person's name as the NER read it, cleaned (clean_person): past the words of address (HONORIFICS), a style
(« Son Altesse Royale »), a title of the given-name kind before a name of the Gulf; cut at an article that ends it
or a « de » that leads a place; kept whole past a particle or an apostrophe (« Prénom Ya'qoubi »). For
kg.extract.ner_reading."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.doc_words import lowers, texts
from kg.extract.lexicon import word_list
from kg.extract.person_spans import past_style

# « SEM Prénom Nom », « S.E.M. Prénom Nom »: Son Excellence Monsieur, as communiqués write it
_HONORIFICS = {"m.", "mme", "mmes", "mm.", "mlle", "m", "mr", "mrs", "dr", "me", "maître", "mgr", "sir", "lord",
               "sem", "sem.", "s.e.m.", "s.e.m"}
HONORIFICS = frozenset(_HONORIFICS)  # « M. », « Mme »: the word of address before a name
_PARTICLES = {"de", "du", "des", "d'", "von", "van", "der", "den", "al", "el", "ben", "bin", "bint", "ibn", "la", "le",
              "da", "di", "dos", "do", "das", "del", "della", "y", "e", "al-", "el-", "ould", "abou", "abu"}


def clean_person(span: Span, honorifics: frozenset[str] = frozenset(_HONORIFICS)) -> Span | None:
    doc, end = span.doc, span.end
    lower, words = lowers(doc), texts(doc)  # each word read once per paragraph, not at each test
    start = span.start + past_style(lower[span.start:end], 0)  # « Son Altesse Royale le Prince X »
    while start < end and (lower[start] in honorifics or lower[start].rstrip(".") in honorifics
                           or not words[start][:1].isupper() or doc[start].is_punct):
        start += 1
    start = _past_given_name_title(doc, start, end)
    # « a remis à Prénom le Nom Nom, la plus haute distinction »: an article that no « de » leads ends the name,
    # the object of the verb comes after it (« Jean de la Fontaine » keeps his); so does « M. Prénom le Nom », a
    # surname with its particle after a civility
    end = next((i for i in range(start + 1, end) if words[i] in {"le", "la", "les"} and lower[i - 1] not in {
        "de", "d'"} and not _breton_particle(doc, start, i, end)), end)
    if end < len(doc) and _past_apostrophe(doc[end], start) and not doc[end - 1].whitespace_ and doc[end].is_alpha:
        end += 1  # « Prénom Ya'qoubi », which the NER cuts after the apostrophe
    # « le roi Prénom d'Arabie saoudite »: a « de » before a lowercase word leads a place's name, not the name's
    end = next((i for i in range(start + 1, end) if lower[i] in {"de", "d'", "du"} and any(
        words[j].islower() and lower[j] not in _PARTICLES for j in range(i + 1, end))), end)
    while end > start and (lower[end - 1] in _PARTICLES or doc[end - 1].is_punct):
        end -= 1
    # a long Arabic name counts its words, not its particles and hyphens (« Hamad ben Khalifa Al-Thani »)
    if start >= end or sum(1 for i in range(start, end) if words[i] != "-" and lower[i] not in _PARTICLES) > 5:
        return None
    tokens = doc[start:end]
    if end - start > 1 and doc[end - 2].lower_ in {"le", "la"} and \
            doc[end - 1].lower_ in word_list("military-ranks.tsv"):
        return None  # « Monsieur le Général », « ... Maliennes le Général »: a rank, the name comes after it
    if not all(t.text[:1].isupper() or t.lower_ in _PARTICLES or t.text == "-" or
               (t.i > 0 and doc[t.i - 1].text == "-") or _past_apostrophe(t, start) for t in tokens):
        return None
    # a model number is no name (« A-4AR Fightinghawk »); a capitalised word inside a sentence is no verb, whatever
    # the tagger says of a first name it does not know (« le ministre Muhammad Asif »)
    if any(t.like_num or any(c.isdigit() for c in t.text) or
           (t.pos_ in {"VERB", "AUX"} and (t.is_sent_start or (doc[t.i - 1].is_punct and doc[t.i - 1].text != "-")))
           for t in tokens):  # « Kim Min-su »: a syllable after a hyphen is no verb either
        return None
    return tokens


# « fils de », « fille de », and the article of a family name
_FILIATION = {"ben", "bin", "bint", "ibn", "al", "al-"}


def _past_given_name_title(doc: Doc, start: int, end: int) -> int:
    """« Cheikh Prénom bin Nom Al Nom »: a title of the given-name kind (given-name-titles.tsv) before a name of the
    Gulf, with its filiation, is no part of the name; before a name without one (« Cheikh Prénom Nom ») it may be
    the given name itself, as in West Africa, and stays."""
    if end - start < 3 or doc[start].lower_ not in word_list("given-name-titles.tsv"):
        return start
    rest = [t.lower_ for t in doc[start + 1:end]]
    return start + 1 if doc[start + 1].text[:1].isupper() and \
        any(w in _FILIATION or w.startswith("al-") for w in rest[1:]) else start


def _breton_particle(doc: Doc, start: int, at: int, end: int) -> bool:
    """« M. Prénom le Nom »: a lowercase article before the last word of a name that a civility opens is the
    surname's particle, not an article before an object (« remis à Prénom le Nom Nom, la distinction »)."""
    return at == end - 2 and doc[at].text in {"le", "la"} and start > 0 and doc[start - 1].lower_ in _HONORIFICS \
        and doc[end - 1].text[:1].isupper() and doc[end - 1].is_alpha


def _past_apostrophe(token: Token, start: int) -> bool:
    """« Prénom Ya'akov », « Nom N'Diaye »: the tokeniser cuts a name after a capitalised syllable and its
    apostrophe; the lowercase rest is part of the name."""
    before = token.doc[token.i - 1] if token.i > start else None
    return before is not None and before.text[-1:] in {"'", "\u2019"} and before.text[:1].isupper() and \
        before.text[:-1].isalpha()
