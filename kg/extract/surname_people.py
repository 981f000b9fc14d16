"""People the NER misreads as things (« Prénom Nom » called MISC or ORG) where the same article names « Nom » alone
as a person elsewhere: the full name is that person's."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import gazetteer as gz
from kg.extract.doc_words import ents
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.records import Entity


def people_named_by_surname(docs: list[Doc], found: list[list[Mention]], titles: frozenset[str]) -> \
        list[list[Mention]]:
    """Each paragraph's mentions, with « Prénom Nom » read as a person where the NER called it a thing and the
    article names « Nom » alone as a person (`titles`: the words of post titles, never a name's)."""
    surnames = {ent.text for doc in docs for ent in ents(doc) if ent.label_ == "PER" and len(ent) == 1}
    if not surnames:
        return found
    out: list[list[Mention]] = []
    for doc, mentions in zip(docs, found, strict=True):
        kept = list(mentions)
        for ent in ents(doc):
            if ent.label_ not in {"MISC", "ORG"} or not _full_name(ent, surnames, titles):
                continue
            over = [m for m in kept if m.start < ent.end and ent.start < m.end]
            if any(m.how != "ner-org" or (m.start, m.end) != (ent.start, ent.end) for m in over):
                continue  # a name the reference data or another reading gives already
            kept = [m for m in kept if m not in over]
            kept.append(Mention(ent.start, ent.end, Entity("person:" + ent.text, ent.text, "Person"), gz.PERSON))
        out.append(sorted(kept, key=lambda m: m.start))
    return out


def _full_name(ent: Span, surnames: set[str], titles: frozenset[str]) -> bool:
    """Two or three capitalised words ending on a name told alone as a person's; no title, no firm's or body's
    word among them."""
    words = list(ent)
    unnamed = titles | word_list("firm-name-ends.tsv") | word_list("firm-name-starts.tsv") | \
        word_list("institution-name-ends.tsv") | word_list("body-name-words.tsv")
    # « Les Lions »: an article opens a team's or a group's nickname, never a name
    return 2 <= len(words) <= 3 and ent[-1].text in surnames and words[0].lower_ not in {"le", "la", "les", "l'"} \
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.lower_ not in unnamed for t in words)
