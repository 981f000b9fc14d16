"""Visits a sentence tells as made, not as invited to: « X l'a invitée à se rendre en France », « une invitation à
visiter le Japon » name a visit to come, whose state is no host of the posts told around it."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.setting import visited_states
from kg.extract.syntax import Sentence, mention_root
from kg.records import Entity

_REACH = 4  # words of the parse above a place up to the invitation that governs its visit


def made_visit(sentence: Sentence) -> Entity | None:
    """The first state the sentence has someone visit, past those only an invitation names."""
    invites = word_list("invitation-words.tsv")
    for state in visited_states(sentence):
        roots = [mention_root(sentence, m) for m in sentence.mentions if m.state is not None and
                 m.state.key == state.key and m.how in {gz.NAME, gz.CAPITAL, gz.CITY}]
        if not any(any(t.lemma_.lower() in invites for t in list(root.ancestors)[:_REACH]) for root in roots):
            return state
    return None
