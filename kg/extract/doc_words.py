"""A parsed paragraph's Token objects and words, made once per Doc. spaCy makes a new Token object at every
`doc[i]` and every pass over a Doc, and decodes a token's strings at every read; the rules pass over each
paragraph many times. The lists live in the Doc's user_data until `forget` (the end of an article's reading):
no Doc is retokenized after parsing, so they stay true."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span, Token

_TOKENS, _LOWER, _LEMMA, _CHILDREN = "kg.tokens", "kg.lower", "kg.lemma", "kg.children"
_TEXT, _SPACED, _DOC_TEXT = "kg.text", "kg.spaced", "kg.doc_text"
_QUESTIONS, _ENTS, _SENTS, _SPANS = "kg.questions", "kg.ents", "kg.sents", "kg.spans"


_LEMMA_OF: dict[int, str] = {}  # a lemma's hash -> its string in lower case
_LOWER_OF: dict[int, str] = {}  # a lower form's hash -> its string


def lemma_of(token: Token) -> str:
    """A token's lemma in lower case as it is now (`token.lemma_.lower()`: a rule may have re-read the word), its
    string decoded and lowered once per lemma, not at every read."""
    key = token.lemma
    found = _LEMMA_OF.get(key)
    if found is None:
        found = _LEMMA_OF[key] = token.lemma_.lower()
    return found


def lower_of(token: Token) -> str:
    """A token's `lower_`, its string decoded once per form, not at every read."""
    key = token.lower
    found = _LOWER_OF.get(key)
    if found is None:
        found = _LOWER_OF[key] = token.lower_
    return found


def tokens(doc: Doc) -> tuple[Token, ...]:
    """The paragraph's Token objects (`tokens(doc)[i]` is `doc[i]`)."""
    found: tuple[Token, ...] | None = doc.user_data.get(_TOKENS)
    if found is None:
        found = doc.user_data[_TOKENS] = tuple(doc)
    return found


def lowers(doc: Doc) -> tuple[str, ...]:
    """Each token's `lower_`."""
    found: tuple[str, ...] | None = doc.user_data.get(_LOWER)
    if found is None:
        found = doc.user_data[_LOWER] = tuple(lower_of(t) for t in tokens(doc))
    return found


def texts(doc: Doc) -> tuple[str, ...]:
    """Each token's `text` (a token's text never changes after parsing, unlike its tag, head or lemma)."""
    found: tuple[str, ...] | None = doc.user_data.get(_TEXT)
    if found is None:
        strings = doc.vocab.strings  # read without making a Token object per token
        found = doc.user_data[_TEXT] = tuple(strings[orth] for orth in doc.to_array(ORTH).tolist())
    return found


def spaced(doc: Doc) -> tuple[bool, ...]:
    """Whether each token is followed by a space (`whitespace_`)."""
    found: tuple[bool, ...] | None = doc.user_data.get(_SPACED)
    if found is None:
        found = doc.user_data[_SPACED] = tuple(bool(space) for space in doc.to_array(SPACY).tolist())
    return found


def doc_text(doc: Doc) -> str:
    """The paragraph's text (`doc.text` joins every token's text and space at each read)."""
    found: str | None = doc.user_data.get(_DOC_TEXT)
    if found is None:
        words, spaces = texts(doc), spaced(doc)  # joined from the words read once, not from a Token per word
        found = doc.user_data[_DOC_TEXT] = "".join([word + " " if space else word
                                                    for word, space in zip(words, spaces, strict=True)])
    return found


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` without making the Span or a Token: each token's text and its space but the last's."""
    words, spaces = texts(doc), spaced(doc)
    return "".join([words[i] + " " if spaces[i] else words[i] for i in range(start, end - 1)] +
                   list(words[max(start, end - 1):end]))


def morph_values(token: Token, field: str) -> list[str]:
    """The values of one feature of a token's morphology (`token.morph.get(field, [])`, read from its string: `get`
    builds an array at every call, ten times as slow)."""
    for feature in str(token.morph).split("|"):
        name, _, values = feature.partition("=")
        if name == field:
            return values.split(",")
    return []


def lemmas(doc: Doc) -> tuple[str, ...]:
    """Each token's lemma in lower case (`lemma_.lower()`)."""
    found: tuple[str, ...] | None = doc.user_data.get(_LEMMA)
    if found is None:
        found = doc.user_data[_LEMMA] = tuple(lemma_of(t) for t in tokens(doc))
    return found


def children(token: Token) -> tuple[Token, ...]:
    """A token's `children`, in their order (left ones, then right ones), as Token objects made once."""
    doc = token.doc
    found: list[tuple[Token, ...]] | None = doc.user_data.get(_CHILDREN)
    if found is None:
        words = tokens(doc)
        below: list[list[Token]] = [[] for _ in words]
        for word in words:
            if (head := word.head.i) != word.i:
                below[head].append(word)
        found = doc.user_data[_CHILDREN] = [tuple(kids) for kids in below]
    return found[token.i]


def hang(word: Token, head: Token) -> None:
    """Set a word's head (a rule re-reading the parse) and drop the Doc's children lists, made again at next read."""
    word.head = head
    word.doc.user_data.pop(_CHILDREN, None)


def ents(doc: Doc) -> tuple[Span, ...]:
    """The paragraph's named entities (`doc.ents` makes every Span anew at each read; no rule rewrites them)."""
    found: tuple[Span, ...] | None = doc.user_data.get(_ENTS)
    if found is None:
        found = doc.user_data[_ENTS] = tuple(doc.ents)
    return found


def span_ents(span: Span) -> list[Span]:
    """The named entities wholly inside a span, as `span.ents` gives them (it reads `doc.ents` anew)."""
    found = []
    for ent in ents(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            found.append(ent)
    return found


def span(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]`, made once per Doc (spaCy checks the slice and makes a new Span at each read); no rule sets
    a span's label or vector."""
    found: dict[tuple[int, int], Span] | None = doc.user_data.get(_SPANS)
    if found is None:
        found = doc.user_data[_SPANS] = {}
    made = found.get((start, end))
    if made is None:
        made = found[start, end] = doc[start:end]
    return made


def sentence_at(doc: Doc, at: int) -> Span:
    """The sentence of the token at `at` (`doc[at].sent`, which makes a new Span at each read and walks the Doc to
    both of its ends): each sentence's Span made once; no rule moves a sentence's boundaries after parsing."""
    found: tuple[list[Span], list[int]] | None = doc.user_data.get(_SENTS)
    if found is None:
        spans: list[Span] = []
        number: list[int] = []  # each token's sentence, by position in `spans`
        starts = doc.to_array(SENT_START).tolist()
        start = 0
        for end in range(1, len(starts) + 1):
            if end == len(starts) or starts[end] == 1:  # as Span.sent reads `sent_start`
                number += [len(spans)] * (end - start)
                spans.append(doc[start:end])
                start = end
        found = doc.user_data[_SENTS] = (spans, number)
    return found[0][found[1][at]]


def questions(doc: Doc) -> dict[tuple[int, int], bool]:
    """Whether each sentence read so far (its start and end) asks whether: words only, which never change."""
    found: dict[tuple[int, int], bool] | None = doc.user_data.get(_QUESTIONS)
    if found is None:
        found = doc.user_data[_QUESTIONS] = {}
    return found


def forget(docs: Iterable[Doc]) -> None:
    """Drop the lists (a Token holds its Doc: kept, they would keep the paragraphs alive until a full collection)."""
    for doc in docs:
        for key in (_TOKENS, _LOWER, _LEMMA, _CHILDREN, _TEXT, _SPACED, _DOC_TEXT, _QUESTIONS, _ENTS, _SENTS,
                    _SPANS):
            doc.user_data.pop(key, None)
