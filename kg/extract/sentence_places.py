"""Where a sentence puts its actors, for the sentence reader (kg.extract.claims.ClaimReader): the places it finds
someone staying at, the cities and states a verb puts someone in, and the states it places in the story."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.lexicon import role_cases
from kg.extract.mentions import Mention
from kg.extract.not_yet_places import not_yet
from kg.extract.paired import next_stop
from kg.extract.scene_stays import stays_at
from kg.extract.stayers import stayers
from kg.extract.syntax import Sentence, case_of, mention_root
from kg.records import Entity


def stays(ctx: Context, sentence: Sentence, where: list[Mention]) -> tuple[tuple[tuple[Entity, Entity], ...],
                                                                        frozenset[str]]:
    """The places the sentence finds someone staying at, each with its state, and the keys of the states or
    persons it finds at the first (kg.extract.scene_stays, kg.extract.stayers)."""
    found_at = tuple((m.entity, state) for m in where if stays_at(sentence, m) and (
        state := m.entity if m.entity.cls == "State" else ctx.host_state(m.entity)) is not None)
    found_by = stayers(sentence, next(m for m in where if m.entity == found_at[0][0]), ctx.resolve) \
        if found_at else frozenset()
    return found_at, found_by


def places_told(ctx: Context, sentence: Sentence) -> tuple[tuple[str, str], ...]:
    """The cities and states a sentence puts someone or something in (« elle partira au Burkina Faso », « le
    sommet tenu à Lima »), and the cities it has someone reach or leave (« il a regagné X »), hung on a verb:
    not a place of a noun (« l'ambassadeur de Chine au Congo ») nor one no one is at yet (« l'invitant à se
    rendre en X », kg.extract.not_yet_places): an invitation moves no scene."""
    found = []
    cases = role_cases("place")
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if mention.how not in {gz.CITY, gz.CAPITAL, gz.NAME} or root.head.pos_ not in {"VERB", "AUX"} or not (
                case_of(root) in cases or (root.dep_ == "obj" and mention.how != gz.NAME)) or \
                not_yet(sentence, mention):  # « l'invitant à se rendre en X »: no one is there yet
            continue
        state = mention.state if mention.how != gz.CITY else mention.state or ctx.host_state(mention.entity)
        if mention.how == gz.NAME and (state is None or state.cls != "State"):
            continue
        found.append((mention.entity.key, state.key if state is not None else ""))
    return tuple(found)


def placed_states(ctx: Context, sentence: Sentence) -> tuple[Entity, ...]:
    """The states a sentence names, by name, demonym or one of their cities, in reading order."""
    found: dict[str, Entity] = {}
    for mention in sentence.mentions:
        if (mention.how == gz.DEMONYM and _names_firm(sentence, mention)) or \
                next_stop(mention_root(sentence, mention)):
            continue  # « l'américain X »: the home of a firm, no state placed in the story; nor a next stop
        state = mention.state if mention.how != gz.CITY else mention.state or ctx.host_state(mention.entity)
        if state is not None and state.cls == "State" and mention.how in {gz.NAME, gz.DEMONYM, gz.CAPITAL, gz.CITY}:
            found.setdefault(state.key, state)
    return tuple(found.values())


def _names_firm(sentence: Sentence, mention: Mention) -> bool:
    """A demonym right before the name of a company or an organisation (« le sud-coréen X »)."""
    following = sentence.mention_at(sentence.doc[mention.end]) if mention.end < sentence.span.end else None
    return following is not None and following.how in {gz.COMPANY, gz.ORGANISATION, "ner-org"}
