"""The words that stand between a weapon noun and a system's name, or go on after the name, that name no system of
their own: a range (« le système sol-air à très courte portée X »), hyphenated lowercase qualifiers (« sol-air »),
the acronym of a version (« X-NG »)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.lexicon import word_list

_DOMAINS = word_list("fire-domains.tsv")  # where a missile is fired from and at


def past_reach(doc: Doc, end: int) -> int:
    """Where a weapon's noun phrase ends before its range (« à (très) courte portée ») and its hyphenated
    lowercase qualifiers (« sol-air », « surface-air »), which stand between it and a name."""
    if end > 2 and doc[end - 1].lower_ == "portée":
        at = end - 2
        while at > 0 and doc[at].text.islower() and doc[at].pos_ in {"ADJ", "ADV"}:
            at -= 1
        end = at if doc[at].lower_ in {"à", "de"} and at < end - 2 else end
    # « surface-air », « mer-mer »: from where to where it fires, not a noun of its own (« pétroliers-ravitailleurs »)
    # (one word, as the tokenizer keeps it, kg.nlp; or three when written with spaces)
    while True:
        if end > 2 and set(doc[end - 1].lower_.split("-")) <= _DOMAINS and "-" in doc[end - 1].text:
            end -= 1
        elif end > 4 and doc[end - 2].text == "-" and {doc[end - 1].lower_, doc[end - 3].lower_} <= _DOMAINS:
            end -= 3
        else:
            return end


def version_acronym(doc: Doc, start: int, stop: int) -> int:
    """« Zorvak-RC », « Zorvak-NG »: a hyphen and a short all-capitals word after a name, its version; the tokens
    they take (the tokenizer keeps the hyphen with the letters before a full stop: « Zorvak-B. »), else 0."""
    if not start < stop < len(doc) - 1:
        return 0
    glued = doc[stop].text[:1] == "-" and len(doc[stop]) > 1 and not doc[stop - 1].whitespace_
    if doc[stop].text != "-" and not glued:
        return 0
    after = doc[stop].text[1:] if glued else doc[stop + 1].text
    return (1 if glued else 2) if after.isalpha() and after.isupper() and len(after) <= 4 else 0
