"""A group of makers told through its members (« le consortium X, qui réunit A et B, livrera … »,
« X, coentreprise de A et B, a vendu … »): a group the reference data does not place supplies for the states its
member makers are based in, as the reference data gives them."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.lexicon import word_list
from kg.extract.syntax import SUBJECTS, Sentence, mention_root, predicate_of
from kg.records import Entity


def _told_with_members(subject: Token) -> bool:
    return any(t.lemma_.lower() in word_list("member-links.tsv") for t in subject.subtree if t != subject)


def members_states(ctx: Context, sentence: Sentence, trigger: Token, suppliers: list[Entity]) -> list[Entity]:
    """The home states of the member makers named with a supply's subject, where the sentence names no supplying
    state; a multinational member stands for the state the reference data gives it, the article naming it as a
    member (nothing found: none)."""
    if any(s.cls == "State" for s in suppliers):
        return []
    subjects = [c for c in predicate_of(trigger).children if c.dep_ in SUBJECTS and _told_with_members(c)]
    homes: dict[str, Entity] = {}
    for subject in subjects:
        span = {t.i for t in subject.subtree}
        for mention in sentence.mentions:
            root = mention_root(sentence, mention)
            if mention.how == gz.COMPANY and root.i in span and root != subject \
                    and (home := ctx.home_state(mention.entity)) is not None:
                homes.setdefault(home.key, home)
    return list(homes.values())
