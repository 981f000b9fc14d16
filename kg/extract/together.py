"""Whether the sides a verb of deliberation, statement or call names did it together, which makes it talks
(« A et B ont examiné leur coopération », « son appel avec son homologue »), or each on its own (« la France et
l'Allemagne ont annoncé », « un appel au calme »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.joint_bodies import composition
from kg.extract.lexicon import Trigger, role_cases, word_list
from kg.extract.mentions import Mention
from kg.extract.official_talks import exchanged
from kg.extract.press_talks import said_beside
from kg.extract.syntax import SUBJECTS, Sentence, case_of, governing_case, mention_root
from kg.extract.talk_sides import united_by_thing
from kg.extract.trip_told import talks_after_trip


def together(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments) -> bool:
    """Whether the sides a deliberation, statement or call verb names did it together: « son appel avec son
    homologue » is talks; « un appel au calme », « un appel d'offres » none."""
    if entry.detail == "joint":
        return _joint(ctx, sentence, trigger, args)
    if entry.detail == "statement":
        return _joint_statement(ctx, sentence, trigger, args)
    if entry.detail == "exchange":
        return exchanged(ctx, sentence, trigger, args) or talks_after_trip(ctx, sentence, trigger) is not None
    if entry.detail is None:  # « l'estime qui réunit les deux pays »: a tie, no talks
        return not united_by_thing(ctx, sentence, trigger) and not composition(sentence, trigger, args)
    return entry.detail != "call" or any(_called(sentence, m, trigger) for m in args.partners)


def _joint(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« A et B ont examiné leur coopération », « le ministre a évoqué avec son homologue la crise »: a verb of
    deliberation is talks when two sides do it together (a subject of two actors, or a partner « avec »)."""
    # « Présent à Lima, le ministre chilien a évoqué ... »: a place the subject is in is no second side
    subjects = [ctx.actor(m) for m in args.agents if not case_of(mention_root(sentence, m))]
    together = len(states(ctx, subjects)) >= 2 or talks_after_trip(ctx, sentence, trigger) is not None
    return together or any(governing_case(sentence, m, trigger) == "avec" and (
        _on_verb(sentence, m, trigger) or m.how == gz.PERSON or ctx.titled(head := mention_root(sentence, m).head)
        or head.lemma_.lower() in word_list("counterpart-nouns.tsv"))
        for m in args.partners)


def _on_verb(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    """« a évoqué avec l'Australie la crise »: a partner hung on the verb; « a évoqué la coopération avec
    l'Australie »: a state hung on the noun discussed is that noun's partner, no side of the talks."""
    root = mention_root(sentence, mention)
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    return root.head == trigger


def _joint_statement(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« À Lima, les ministres chilien et péruvien ont assuré que ... »: officials of two states who speak
    together in a place hold talks there. Two states' statements (« la France et l'Allemagne ont annoncé ») and
    officials speaking without a place they met in are none; one who speaks beside an official of another state
    met him."""
    beside = said_beside(sentence, trigger)  # « X a annoncé l'accord au côté de son homologue B-ien Y »
    if beside and len(states(ctx, [ctx.actor(m) for m in args.agents + beside] + args.implicit)) >= 2:
        return True
    # « les ministres chilien et bolivien », « les dirigeants du Mali, du Niger et du Tchad »: officials, not states
    officials = [m for m in args.agents if m.how in {gz.DEMONYM, gz.PERSON} or (m.how == gz.NAME and any(
        t.lemma_.lower() in word_list("official-nouns.tsv") and t.dep_ in SUBJECTS
        for t in list(mention_root(sentence, m).ancestors)[:3]))]
    if len(officials) != len(args.agents) or len(states(ctx, [ctx.actor(m) for m in officials])) < 2:
        return False
    # « À Lima, les ministres A et B ont assuré », « ont validé dimanche à Bamako »
    return bool(spoken_in(sentence, trigger)) or any(m.how in {gz.CITY, gz.CAPITAL} for m in args.places)


def spoken_in(sentence: Sentence, trigger: Token) -> list[Mention]:
    """The cities a statement's sentence places its speakers in before its verb, however the parser hangs them
    (« À Lima, les ministres A et B ont assuré »: where they speak together)."""
    return [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL} and m.start < trigger.i
            and case_of(mention_root(sentence, m)) in role_cases("place")]


def _called(sentence: Sentence, partner: Mention, trigger: Token) -> bool:
    """« l'appel avec son homologue russe »: a partner « avec » the call noun itself, not a phrase above it."""
    root = mention_root(sentence, partner)
    return any(case_of(t) == "avec" and t.head == trigger for t in [root, *root.ancestors][:3])


def apart(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments) -> bool:
    """The sides do not talk together, or were met one after the other (no talks between them)."""
    return not together(ctx, sentence, trigger, entry, args) or _one_after_another(sentence, trigger, args)


def _one_after_another(sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« Il a discuté avec A ..., puis avec B »: those met one after the other by someone the sentence does not name
    (nor a pronoun that stands for anyone) met each other in no talks."""
    met = [m for m in args.partners if governing_case(sentence, m, trigger) == "avec"]
    if args.agents or args.implicit or len(met) < 2 or len(met) != len(args.partners):
        return False
    between = sentence.doc[met[0].end:met[-1].start]
    return any(t.lower_ == "puis" for t in between)
