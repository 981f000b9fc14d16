"""Handovers in person: « l'ambassadeur de A a remis le don au ministre de B », « les véhicules ont été remis au
ministre de B par le secrétaire d'État A-ien »: an official of one state who hands something over to an official of
another meets him where it is handed over. A state that hands over (« A a remis des blindés à B »), or a handover to
troops or a body, tells no meeting; nor does a message handed over (ontology/lexicon/message-nouns.tsv).
Ceremonies attended by officials of two states (« le ministre de A et l'ambassadeur de B ont assisté à la cérémonie
organisée à X », « la remise des véhicules a eu lieu à X en présence du ministre A-ien et du secrétaire d'État
B-ien ») are talks between their states held at the ceremony's place; attendees of one state tell none."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.represented_sides import attending_verbs
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, mention_root
from kg.extract.talk_claim import talk_claim
from kg.records import Attribution, Claim, Entity

_TO = frozenset({"à", "au", "aux"})
_PLACE_CASES = frozenset({"à", "au", "aux", "en", "dans"})  # « l'ambassadeur de A au B »: where he serves
_PLACES = frozenset({gz.CITY, gz.CAPITAL, gz.BODY})


def handed_over(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, said: Attribution) -> Claim | None:
    """Talks between the state of the official who hands over (the verb's subject, its « par », or the one a
    cleft or relative clause names) and that of the official handed to (« au ministre de B »)."""
    if trigger.pos_ != "VERB" or any(c.dep_ == "obj" and c.lemma_.lower() in word_list("message-nouns.tsv")
                                     for c in trigger.children):
        return None  # « a remis au président de B une lettre »: a message carried, no handover
    takers = [t for t in trigger.subtree if t != trigger and case_of(t) in _TO and ctx.titled(t)
              and _hung_on(t, trigger)]  # « remis les clés des camions au ministre »: the parser may hang it deep
    givers = [c for c in trigger.children if (c.dep_ in SUBJECTS and c.dep_ != "nsubj:pass" and c.pos_ != "PRON")
              or c.dep_ == "obl:agent"]
    if len(takers) != 1 or len(givers) > 1 or (givers and not _in_person(ctx, sentence, givers[0])):
        return None
    taker = _state_of(ctx, sentence, takers[0])
    giver = _state_of(ctx, sentence, givers[0]) if givers else [
        s for s in states(ctx, args.implicit) if s.cls == "State"][:1]
    sides = states(ctx, giver + taker)
    if len(giver) != 1 or len(taker) != 1 or len(sides) != 2:
        return None
    return talk_claim(ctx, sentence, sides, args, said, [p for p in args.places if p.entity.key not in {
        s.key for s in sides}])


def _state_of(ctx: Context, sentence: Sentence, official: Token) -> list[Entity]:
    """The one state an official's words name (not where he is posted: « au B »)."""
    within = {t.i for t in official.subtree}
    named = [m for m in sentence.mentions if m.how in ACTOR_KINDS and (root := mention_root(sentence, m)).i in within
             and case_of(root) not in _PLACE_CASES]
    found = [s for s in states(ctx, [ctx.actor(m) for m in named]) if s.cls == "State"]
    return found if len(found) == 1 else []


def _hung_on(token: Token, verb: Token) -> bool:
    """The token hangs on the verb through nouns only (no other verb or clause between)."""
    while token.head != verb:
        token = token.head
        if token.pos_ not in {"NOUN", "PROPN", "PRON"} or token.head == token:
            return False
    return True


def _in_person(ctx: Context, sentence: Sentence, giver: Token) -> bool:
    """An official a title names, or a person (« par M. X, secrétaire d'État »), not a state or a body."""
    named = sentence.mention_at(giver)
    return ctx.titled(giver) or (named is not None and named.how == gz.PERSON)


def ceremony_talks(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
                   said: Attribution) -> Claim | None:
    """Talks between the states of the officials who attend the ceremony the trigger names, held where it is."""
    if trigger.pos_ != "NOUN":
        return None
    officials = _attendees(trigger)
    sides = [s for s in states(ctx, [side for o in officials for side in _attendee_state(ctx, sentence, o, officials)])
             if s.cls == "State"]
    if len(sides) < 2:
        return None
    within = {t.i for o in officials for t in o.subtree}
    places = [m for m in _places(sentence, trigger) if mention_root(sentence, m).i not in within]
    return talk_claim(ctx, sentence, sides, args, said, list(args.places) + [m for m in places
                                                                           if m not in args.places])


def _attendees(trigger: Token) -> list[Token]:
    """The officials a ceremony is attended by: the subjects of a verb of attending it is the « à » complement of
    (« X et Y ont participé à la cérémonie »), and the complements of an « en présence de » on it or on the verb
    of its taking place (« la remise a eu lieu à X en présence de Y »); lists unfolded."""
    verb = trigger.head
    heads: list[Token] = []
    if trigger.dep_.startswith("obl") and case_of(trigger) in {"à", "au"} and verb.pos_ == "VERB" and \
            verb.lemma_.lower() in attending_verbs():
        heads += [c for c in verb.children if c.dep_ in SUBJECTS and c.dep_ != "nsubj:pass"]
    anchors = [trigger] + [c for c in trigger.children if c.dep_ == "acl"]
    if trigger.dep_ in SUBJECTS and verb.pos_ == "VERB" and verb.lemma_.lower() in word_list("held-verbs.tsv"):
        anchors.append(verb)
    for anchor in anchors:
        for noun in anchor.children:
            if noun.lemma_.lower() in word_list("attendance-nouns.tsv") and noun.pos_ == "NOUN":
                heads += [c for c in noun.children if c.dep_ == "nmod" and case_of(c) in {"de", "du", "des", "d'"}]
    return heads + [c for h in heads for c in _listed(h)]


def _listed(head: Token) -> list[Token]:
    """The words listed after a head (« X, Y et Z »), the parser hanging them on it or on its apposition."""
    found = [c for c in head.children if c.dep_ == "conj"]
    found += [c for a in head.children if a.dep_ == "appos" for c in a.children if c.dep_ == "conj"]
    return found + [d for c in found for d in _listed(c)]


def _attendee_state(ctx: Context, sentence: Sentence, official: Token, others: list[Token]) -> list[Entity]:
    """The one state the words of one attendee name (not those of the next one listed, not where he serves)."""
    others_within = {t.i for o in others if o != official and o.i > official.i for t in o.subtree}
    within = {t.i for t in official.subtree} - others_within
    named = [m for m in sentence.mentions if m.how in ACTOR_KINDS
             and (root := mention_root(sentence, m)).i in within and case_of(root) not in _PLACE_CASES]
    found = [s for s in states(ctx, [ctx.actor(m) for m in named]) if s.cls == "State"]
    return found if len(found) == 1 else []


def _places(sentence: Sentence, trigger: Token) -> list[Mention]:
    """Where the ceremony is: a city or seat in a place phrase after the ceremony's word (« la cérémonie organisée
    au siège de X à Y », « la remise a eu lieu au palais de Y »)."""
    return [m for m in sentence.mentions if m.how in _PLACES and m.start > trigger.i
            and case_of(mention_root(sentence, m)) in _PLACE_CASES]
