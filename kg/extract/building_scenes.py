"""Where a sentence sets the scene of the audiences told right after it: a building of a government body the host
receives in (kg.extract.venues.placed_before takes it as the venue of talks that name none of their own)."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.lexicon import role_cases, word_list
from kg.extract.syntax import Sentence, case_of, mention_root
from kg.records import Entity


def buildings_received_in(ctx: Context, sentence: Sentence) -> list[Entity]:
    """« Le président a reçu mardi au Kremlin plusieurs délégations », « il s'est entretenu à l'Élysée avec ... »: a
    building that houses a government body (ontology/reference/buildings.ttl), hung as a place on a verb of meeting,
    places the host in its city; talks told right after with no venue of their own (« Il a d'abord reçu X ») are
    held there (placed_before)."""
    meets = word_list("meeting-verbs.tsv")
    found = []
    for mention in sentence.mentions:
        if mention.how != gz.BODY or ctx.building(mention.entity) is None:
            continue
        root = mention_root(sentence, mention)
        if case_of(root) in role_cases("place") and root.head.pos_ == "VERB" and root.head.lemma_.lower() in meets \
                and (city := ctx.seat(mention.entity)).cls == "City":
            found.append(city)
    return found
