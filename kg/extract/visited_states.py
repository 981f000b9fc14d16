"""The state a sentence has someone visit or stay in: the venue of talks held during a visit that names no city,
and the state of a counterpart met there."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.country_visited import country_visited
from kg.extract.lexicon import role_cases, word_list
from kg.extract.mentions import Mention
from kg.extract.setting import visited_now
from kg.extract.syntax import Sentence, case_of, mention_root
from kg.extract.visit_phrases import visit_phrase_end
from kg.records import Entity

_STAYS = {"venue", "séjour", "déplacement", "passage"}


def visited_side(sentence: Sentence, sides: list[Entity]) -> list[Entity]:
    """The one state the sentence has someone visit or stay in (« en visite au Mexique », « lors de sa venue au
    Japon »), when it is a side of the talks (or a side is a person whose state is told elsewhere): the talks
    are held there, whatever city (kg.extract.discourse keeps it only when no city is named for them)."""
    visited = _visited(sentence)
    keys = {s.key for s in sides}
    if len(visited) != 1:
        return []
    return visited if visited[0].key in keys or any(s.cls == "Person" for s in sides) else []


def _visited(sentence: Sentence) -> list[Entity]:
    # « en visite dans le pays »; « lors de sa venue au Japon », « pendant son séjour en Inde »
    return visited_now(sentence) or country_visited(sentence) or [
        m.state for m in sentence.mentions if m.how == gz.NAME and m.state is not None and case_of(
            root := mention_root(sentence, m)) in role_cases("host") and root.head.lemma_.lower() in _STAYS] or \
        visit_phrase_end(sentence, _STAYS | {"visite"})


def counterpart_host(ctx: Context, sentence: Sentence, trigger: Token, sides: list[Entity],
                     venues: Sequence[Mention] = ()) -> list[Entity]:
    """« X est arrivé au Pérou et a rencontré son homologue », « X, en visite en Inde, s'est entretenu avec son
    homologue », « X est arrivé en Arménie. Il a rencontré son homologue Y », « X a rencontré son homologue à Y »: a
    counterpart the sentence gives no state of is the one of the state its visitor is in (this sentence's, the
    one of the city the talks are held in, else the one a sentence just before placed someone in)."""
    known = [s for s in states(ctx, sides) if s.cls == "State"]
    nouns = word_list("counterpart-nouns.tsv")
    bare = any(c.lemma_.lower() in nouns and c.dep_ in {"obj", "obl:arg", "obl", "obl:mod"} and not any(
        (m := sentence.mention_at(d)) is not None and m.how != gz.PERSON for d in c.subtree if d != c)
        for c in trigger.children)
    held = {s.key: s for m in venues if m.how in {gz.CITY, gz.CAPITAL} and (s := ctx.host_state(m.entity)) is not None}
    visited = _visited(sentence) or list(held.values()) or list({s.key: s for p in ctx.recent_places(sentence) if (
        s := p if p.cls == "State" else ctx.host_state(p)) is not None}.values())
    if len(known) != 1 or not bare or len(visited) != 1 or visited[0].key == known[0].key:
        return []
    return visited
