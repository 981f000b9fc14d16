"""Meetings named by a seat of government (« X et Y étaient présents à la réunion du Kremlin », « X a participé
à une rencontre à l'Élysée »): those who attend are one side, the state the seat's body stands for the other, and
the talks are held at the seat (its building, beside its city)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import word_list
from kg.extract.syntax import SUBJECTS, Sentence, case_of, mention_root
from kg.extract.talk_claim import talk_claim
from kg.extract.talk_parties import side_of
from kg.records import Attribution, Claim

_AT_SEAT = frozenset({"de", "du", "d'", "à", "au"})


def seat_meeting(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
                 said: Attribution) -> Claim | None:
    """The talks of a meeting (the trigger, a noun) that a subject attends (attending-words.tsv) and
    that a body housed in a building names (« la réunion du Pentagone », « une rencontre au Kremlin »); none when
    the attendees add no state to the seat's."""
    if trigger.pos_ != "NOUN" or not trigger.dep_.startswith("obl") or case_of(trigger) not in {"à", "au"}:
        return None
    head = trigger.head
    if head.lemma_.lower() not in word_list("attending-words.tsv") and \
            head.lower_ not in word_list("attending-words.tsv"):
        return None
    seats = [m for m in sentence.mentions if m.how == gz.BODY and ctx.building(m.entity) is not None
             and (root := mention_root(sentence, m)).head == trigger and root.dep_ == "nmod"
             and case_of(root) in _AT_SEAT]
    subjects = [c for c in head.children if c.dep_ in SUBJECTS]
    if not seats or not subjects:
        return None
    attendees = [side_of(ctx, sentence, m) for m in sentence.mentions if m.how not in {gz.CITY, gz.CAPITAL}
                 and any(s.is_ancestor(r) or s == r for s in subjects for r in [mention_root(sentence, m)])]
    host = ctx.actor(seats[0])
    sides = states(ctx, attendees)
    host_state = ctx.as_state(host)
    if not any(s.cls == "State" and s.key != host_state.key for s in sides):
        return None
    return talk_claim(ctx, sentence, [host, *attendees], args, said, seats[:1])
