"""Handovers in person: « l'ambassadeur de A a remis dix véhicules au ministre de B », « dix véhicules ont été
remis au ministre de B par le secrétaire d'État de A », « la remise a eu lieu à X en présence du ministre de B et
du secrétaire d'État de A »: officials of two sides, one handing matériel over to the other or both attending its
handover, meet where it is handed over (the city the sentence names, else the receiver's state); a letter handed
over is none. A state that hands over (« A a remis à B des véhicules ») may do it from afar: no talks. An official
whose state the sentence leaves unsaid (« le ministre secrétaire général de la Présidence ») acts for the state the
story is about, when it is not the other side's. Words: the « handover » rows of ontology/lexicon/triggers.tsv,
gift-words.tsv and military.tsv for what is handed over."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.official_talks import official
from kg.extract.receptions import names_system
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, mention_root
from kg.extract.talk_claim import talk_claim
from kg.extract.talk_parties import side_of
from kg.records import Attribution, Claim, Entity

_PRESENCE = frozenset({"présence"})  # « en présence de A et de B »
_PLACE_CASES = frozenset({"à", "au", "aux", "en", "dans"})
_TO = frozenset({"à", "au", "aux"})  # « ..., ambassadeur de A au B »: where, not who


def handover_talks(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
                   said: Attribution) -> Claim | None:
    """Talks between the giver's state and the receiver's, each named by an official, held where the handover
    is; none when a side is no official, or both are of one state."""
    if not _goods(trigger):
        return None  # « a remis au président une lettre »: a message, no handover of matériel
    if trigger.pos_ == "VERB":
        givers = [m for m in args.agents + _cleft_giver(ctx, sentence, trigger)
                  if official(ctx, sentence, m) and not _posted_in(sentence, m)]
        taker = _receiver(ctx, sentence, trigger, givers)
        if not givers or taker is None:
            return None
        sides = _two_sides(ctx, _side(ctx, sentence, givers), _side(ctx, sentence, taker))
    else:
        sides = _attended(ctx, sentence, trigger)
    if len(sides) != 2:
        return None
    places = [p for p in args.places if p.how in {gz.CITY, gz.CAPITAL}]
    return talk_claim(ctx, sentence, sides, args, said, places, inherited=[sides[1]])


def _goods(trigger: Token) -> bool:
    """What is handed over is matériel: a noun of systems or of a gift, or a word qualifying it (« dix véhicules
    blindés », « ce don », « la remise des dons »), under the verb or noun of handing over, its subject apart."""
    subjects = {t.i for c in trigger.children if c.dep_ in SUBJECTS - {"nsubj:pass"} for t in c.subtree}
    words = word_list("gift-words.tsv") | word_list("military.tsv")
    return any(names_system(t) or t.lemma_.lower() in words or t.lower_ in words
               for t in trigger.subtree if t.i not in subjects and t.i != trigger.i and t.pos_ in {"NOUN", "ADJ"})


def _cleft_giver(ctx: Context, sentence: Sentence, trigger: Token) -> list[Mention]:
    """« C'est l'ambassadeur de A, X, qui a remis ... »: the official the relative clause of handing over hangs on."""
    head = trigger.head
    if head.dep_ == "appos" and ctx.titled(head.head):  # « l'ambassadeur de A, X, qui ... » hung on the name
        head = head.head
    if trigger.dep_ != "acl:relcl" or not ctx.titled(head):
        return []
    within = {t.i for t in trigger.subtree}
    return [m for m in sentence.mentions if (root := mention_root(sentence, m)).i not in within
            and (root == head or root.head == head or root.head.head == head)]


def _receiver(ctx: Context, sentence: Sentence, trigger: Token, givers: list[Mention]) -> list[Mention] | None:
    """The official handed over to: « au ministre de B », wherever the parser hangs it under the verb's object
    (« un don d'une valeur de ... au ministre »); [] when the title names no state, None when no one is."""
    subjects = {t.i for c in trigger.children if c.dep_ in SUBJECTS for t in c.subtree}
    given = {m.start for m in givers}
    for title in trigger.subtree:
        if title.i in subjects or case_of(title) not in _TO or not ctx.titled(title) or title.i == trigger.i:
            continue
        within = {t.i for t in title.subtree}
        return [m for m in sentence.mentions if m.how in ACTOR_KINDS and m.start not in given
                and mention_root(sentence, m).i in within and not _posted_in(sentence, m)]
    return None


def _posted_in(sentence: Sentence, mention: Mention) -> bool:
    """« l'ambassadeur de A au B »: the state an official serves in, none of his side."""
    return case_of(mention_root(sentence, mention)) in _PLACE_CASES


def _side(ctx: Context, sentence: Sentence, officials: list[Mention]) -> Entity | None:
    """The state a group of officials acts for, when the sentence or the reference data gives one."""
    if not officials:
        return None
    found = [s for s in states(ctx, [side_of(ctx, sentence, m) for m in officials]) if s.cls != "Person"]
    return found[0] if len(found) == 1 else None


def _two_sides(ctx: Context, giver: Entity | None, taker: Entity | None) -> list[Entity]:
    """(giver's state, receiver's state): an unsaid one is the story's state, if the other's is known and not it."""
    story = ctx.story_state()
    if giver is None and taker is not None and story is not None and story.key != taker.key:
        giver = story
    if taker is None and giver is not None and story is not None and story.key != giver.key:
        taker = story
    if giver is None or taker is None or giver.key == taker.key:
        return []
    return [giver, taker]


def _attended(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« la remise a eu lieu à X en présence de A et de B »: the states of the two officials the handover is
    attended by, the one whose state is unsaid taken as the story's (the receiver)."""
    anchor = trigger.head if trigger.dep_ in {"nsubj", "nsubj:pass"} and trigger.head.pos_ == "VERB" else trigger
    for noun in sentence.tokens:
        if noun.lemma_.lower() not in _PRESENCE or case_of(noun) != "en" or noun.head not in {trigger, anchor}:
            continue
        within = {t.i for t in noun.subtree}
        named = [m for m in sentence.mentions if m.how in ACTOR_KINDS
                 and (root := mention_root(sentence, m)).i in within and root != noun
                 and case_of(root) not in _PLACE_CASES and official(ctx, sentence, m)]
        found = [s for s in states(ctx, [side_of(ctx, sentence, m) for m in named]) if s.cls != "Person"]
        if len(found) == 2:
            return found
        if len(found) == 1 and len(named) >= 2:
            return _two_sides(ctx, found[0], None)
    return []
