"""Two people who share a surname written once (« ses fils, A et B Nom », « les frères A et B Nom »): after a noun
of family ties, a given name alone before « et » and a full name is that given name with the same surname."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.mentions import Mention

_KIN_REACH = 6  # tokens from the noun of family ties to the first name (« les deux fils du général, A »)


def shared_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a lone given name that shares the surname of the full name right after its « et » named in
    full (a name the reference data knows is left as it is)."""
    out: list[Mention] = []
    for at, first in enumerate(mentions):
        then = mentions[at + 1] if at + 1 < len(mentions) else None
        if then is not None and _one_of_a_pair(doc, first, then):
            label = " ".join([first.entity.label, *(t.text for t in doc[then.start + 1:then.end])])
            first = replace(first, entity=Entity("person:" + label, label, "Person"))
        out.append(first)
    return out


def _one_of_a_pair(doc: Doc, first: Mention, then: Mention) -> bool:
    return first.how == then.how == gz.PERSON and first.entity.iri is None and then.entity.iri is None and \
        first.end - first.start == 1 and then.start == first.end + 1 and doc[first.end].lower_ == "et" and \
        then.end - then.start >= 2 and _after_kin(doc, first.start)


def _after_kin(doc: Doc, at: int) -> bool:
    """A noun of family ties (singular or plural) shortly before token `at`, in the same clause."""
    kin = word_list("kinship-nouns.tsv")
    for look in range(at - 1, max(at - 1 - _KIN_REACH, -1), -1):
        token = doc[look]
        if token.pos_ in {"VERB", "AUX"} or token.text in {".", ";", ":"}:
            return False
        if token.lower_ in kin or token.lower_.removesuffix("s") in kin or token.lower_.removesuffix("x") in kin:
            return True
        if token.is_sent_start:
            return False
    return False
