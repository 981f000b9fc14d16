"""The one a support participle qualifies: in « l'armée malienne, soutenue par X » or « les rebelles soutenus par X »
the noun the participle hangs on is the one supported. A state its phrase names receives (« malienne »); a group no
state's name, demonym or force noun tells (« les rebelles », « les milices ») is no state: the support goes to no
state, and none other may be guessed for it (not the recipient of the supply told before)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.lexicon import Trigger, word_list
from kg.extract.syntax import ACTOR_KINDS, Sentence, mention_root
from kg.records import Entity

_RECIPIENT = "recipient"
_ACTS_ON = {"support", "train"}  # « soutenir », « aider », « former »: their object is an actor, never goods


def _qualified_noun(trigger: Token, entry: Trigger) -> Token | None:
    """The noun a participle of a verb whose object receives (« soutenir », « former ») qualifies, or None."""
    if entry.object_role != _RECIPIENT or entry.detail not in _ACTS_ON or trigger.pos_ != "VERB" or \
            trigger.dep_ != "acl" or "VerbForm=Part" not in str(trigger.morph) or \
            any(c.dep_.startswith("aux") for c in trigger.children):
        return None
    return trigger.head if trigger.head.pos_ in {"NOUN", "PROPN"} else None


def _phrase(noun: Token, trigger: Token) -> set[int]:
    """The noun's own phrase: its subtree without the participle's clause."""
    return {t.i for t in noun.subtree} - {t.i for t in trigger.subtree}


def supported_states(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger) -> list[Entity]:
    """« l'armée malienne, soutenue par X »: the states the phrase of the supported noun names."""
    noun = _qualified_noun(trigger, entry)
    if noun is None:
        return []
    phrase = _phrase(noun, trigger)
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.state is not None and m.how in ACTOR_KINDS
                        and mention_root(sentence, m).i in phrase])


def supports_a_group(sentence: Sentence, trigger: Token, entry: Trigger) -> bool:
    """« les rebelles soutenus par X »: the participle qualifies a noun of no state (no state named in its phrase, no
    noun of a state's forces or bodies), so the support gives no state anything."""
    noun = _qualified_noun(trigger, entry)
    if noun is None or noun.lemma_.lower() in word_list("armed-recipients.tsv") | word_list("state-bodies.tsv"):
        return False
    phrase = _phrase(noun, trigger)
    return not any(m.state is not None and m.how in {*ACTOR_KINDS, gz.CITY} and m.start in phrase
                   for m in sentence.mentions)
