"""A trip told in one sentence gives the sides of the talks one of the next two tells with none of its own: « La
délégation turque s'est rendue à Tunis. Les discussions ont porté sur ... » are talks of the traveller's state with
the state of the city gone to, held there."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, is_pair_reference, states
from kg.extract.lexicon import role_cases, word_list
from kg.extract.syntax import SUBJECTS, Sentence, case_of, mention_root
from kg.records import Entity

Trip = tuple[Entity, Entity, Entity]  # the traveller's state, the host state, the city gone to

_THE = {"les", "le", "la", "l'", "l\u2019", "ces", "ce", "cette"}


def trip_told(ctx: Context, sentence: Sentence) -> Trip | None:
    """« la délégation turque s'est rendue à Tunis », « ... au Pérou »: a traveller of one state gone to a city of
    another, or to another state."""
    goes = word_list("talk-verbs.tsv")
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        verb = root.head
        # « s'est rendu au Pérou »: a state gone to, with no city named, is its own place
        host = mention.entity if mention.how == gz.NAME and mention.entity.cls == "State" else \
            ctx.host_state(mention.entity) if mention.how in {gz.CITY, gz.CAPITAL} else None
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in goes or case_of(root) not in role_cases("place") or \
                host is None:
            continue
        named = [m for m in sentence.mentions if m.state is not None and any(
            mention_root(sentence, m) in c.subtree for c in verb.children if c.dep_ in SUBJECTS)]
        travellers = {s.key: s for s in states(ctx, [ctx.actor(m) for m in named]) if s.cls == "State"}
        if len(travellers) == 1 and host.key not in travellers:
            return next(iter(travellers.values())), host, mention.entity
    return None


def talks_after_trip(ctx: Context, sentence: Sentence, trigger: Token) -> Trip | None:
    """« Les échanges ont porté sur ... », « Les discussions avaient concerné ... »: talks named by a bare noun with
    an article, the subject of their clause, or a verb of talks whose subject is the pair (« les deux ministres
    ont évoqué »), in one of the two sentences after a trip told (kg.extract.trip_told.trip_told)."""
    if trigger.pos_ == "VERB":  # « Les deux ministres ont évoqué ... »: the pair the trip told meets
        subject = next((c for c in trigger.children if c.dep_ in SUBJECTS), None)
        return ctx.recent_trip(sentence) if subject is not None and is_pair_reference(subject) else None
    if trigger.pos_ != "NOUN" or trigger.dep_ not in SUBJECTS or \
            not any(c.dep_ == "det" and c.lower_ in _THE for c in trigger.children) or \
            any(c.dep_ in {"amod", "nmod", "acl", "acl:relcl", "appos"} for c in trigger.children):
        return None
    return ctx.recent_trip(sentence)


def trip_sides(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The sides of talks told right after a trip (the traveller's state, the host state); its city is where the
    sentence before placed someone (kg.extract.venues.placed_before)."""
    told = talks_after_trip(ctx, sentence, trigger)
    return [] if told is None else [told[0], told[1]]
