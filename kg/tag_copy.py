"""fr_core_news_md's attribute ruler copies each word's part of speech into its tag (POS « NOUN » -> tag « NOUN »)
and reads whitespace tokens apart. Its Matcher makes a Span and a Token for every word of every paragraph (1 % of a
build's CPU); the same copy is made here as one array per paragraph. A paragraph the simple copy does not cover (a
whitespace token, a part of speech the ruler does not copy as such) goes through the ruler itself, so every Doc comes
out as the ruler leaves it."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc

_COPY_KEYS = {"POS"}  # a rule of the simple copy: one token, its part of speech -> its tag


def _simple(rule: dict[str, Any]) -> tuple[str, str] | None:
    """(part of speech, tag) of a rule that copies one token's part of speech into its tag, else None."""
    [[token]] = rule["patterns"] if len(rule["patterns"]) == 1 and len(rule["patterns"][0]) == 1 else [[None]]
    if token is None or set(token) != _COPY_KEYS or not isinstance(token["POS"], str) or \
            set(rule["attrs"]) != {"TAG"} or rule.get("index", 0) != 0:
        return None
    return token["POS"], rule["attrs"]["TAG"]


def covers(ruler: Any) -> bool:
    """Whether the ruler's rules are a part-of-speech copy (one tag per part of speech) and rules that need a
    whitespace token or name a part of speech of their own (those paragraphs go to the ruler)."""
    rules = getattr(ruler, "patterns", None)
    if not rules:
        return False
    copied = [pair[0] for rule in rules if (pair := _simple(rule)) is not None]
    if len(copied) != len(set(copied)) or not all(pos in IDS for pos in copied):
        return False
    return all(_simple(rule) is not None or all(
        token.get("IS_SPACE") is True or (isinstance(token.get("POS"), str) and token["POS"] in IDS)
        for pattern in rule["patterns"] for token in pattern) for rule in rules)


class TagCopy:
    """The ruler's part-of-speech copy as arrays; the ruler itself for a paragraph it does not cover."""

    def __init__(self, ruler: Any, strings: Any) -> None:
        self.ruler = ruler
        size = max(IDS.values()) + 1
        self.tag_of = numpy.zeros(size, dtype=numpy.uint64)
        self.copied = numpy.zeros(size, dtype=bool)
        special: set[int] = set()
        for rule in ruler.patterns:
            if (pair := _simple(rule)) is not None:
                self.tag_of[IDS[pair[0]]] = strings.add(pair[1])
                self.copied[IDS[pair[0]]] = True
            else:  # the parts of speech a whitespace rule reads: such a paragraph goes to the ruler
                special.update(IDS[t["POS"]] for p in rule["patterns"] for t in p if isinstance(t.get("POS"), str))
        for pos in special:
            self.copied[pos] = False

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = doc.to_array([POS, IS_SPACE])
        pos = columns[:, 0]
        if columns[:, 1].any() or pos.max() >= len(self.copied) or not self.copied[pos].all():
            return self.ruler(doc)  # type: ignore[no-any-return]
        return doc.from_array([TAG], self.tag_of[pos].reshape(-1, 1))


@Language.factory("kg_tag_copy")
def tag_copy(nlp: Language, name: str) -> TagCopy:
    return TagCopy(nlp.get_pipe("attribute_ruler"), nlp.vocab.strings)
