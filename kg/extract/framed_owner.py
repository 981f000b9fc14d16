"""The one who holds talks a fronted frame names with a partner only: « Au cours de la rencontre avec X, le
président Y a souligné ... », « Lors d'un entretien avec X, Y a plaidé ... »: the subject of the clause the frame
opens is the other side (the parser often hangs that subject under the frame's noun)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.doc_words import morph_values
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, Sentence, case_of, mention_root
from kg.records import Entity


def _framed(sentence: Sentence, trigger: Token) -> bool:
    """The talks noun opens the sentence under a frame of time (« au cours de », « lors de »), a date before it
    at most (« Le 5 mai, lors de la réunion avec X, ... »)."""
    doc = sentence.doc
    before = doc[sentence.span.start:trigger.i]
    if any(t.pos_ in {"VERB", "AUX"} for t in before):
        return False
    opening = " ".join(t.lower_ for t in before).split(" , ")[-1]
    return any(opening.startswith(f) for f in word_list("talk-frames.tsv"))


def _clause_start(sentence: Sentence, trigger: Token, partners: list[Mention]) -> int | None:
    """The first word of the clause the frame opens: after the comma that closes the frame, past the partner and
    its apposition (« avec le ministre X, Nom, »)."""
    doc = sentence.doc
    after = max([trigger.i, *(m.end - 1 for m in partners)])
    for token in doc[after + 1:sentence.span.end]:
        if token.text == ",":
            nxt = doc[token.i + 1] if token.i + 1 < sentence.span.end else None
            mention = sentence.mention_at(nxt) if nxt is not None else None
            # « avec le ministre de A, Nom, ... »: the partner's name between commas belongs to the frame
            if mention is not None and mention.how in ACTOR_KINDS and any(
                    mention.state is not None and p.state is not None and mention.state.key == p.state.key
                    for p in partners):
                continue
            return token.i + 1
        if token.pos_ in {"AUX"} or (token.pos_ == "VERB" and "Fin" in morph_values(token, "VerbForm")):
            return None
    return None


def framed_owner(ctx: Context, sentence: Sentence, trigger: Token, partners: list[Mention]) -> list[Entity]:
    """The actor of the clause a fronted frame of talks with a partner opens (its subject, before its verb); no
    one when the frame is not first, the clause has no such subject or names only the partner's side."""
    if not partners or not _framed(sentence, trigger):
        return []
    start = _clause_start(sentence, trigger, partners)
    if start is None:
        return []
    doc = sentence.doc
    taken = {p.state.key for p in partners if p.state is not None} | {ctx.actor(p).key for p in partners}
    for token in doc[start:sentence.span.end]:
        if token.pos_ == "AUX" or (token.pos_ == "VERB" and "Fin" in morph_values(token, "VerbForm")):
            break
        mention = sentence.mention_at(token)
        if mention is None and token.dep_.startswith("nsubj"):  # « il », « le chef de l'État »: who they stand for
            return [e for e in ctx.resolve(sentence, token) if e.key not in taken
                    and ctx.as_state(e).key not in taken][:1]
        if mention is None or mention.start != token.i or mention.how not in ACTOR_KINDS or \
                case_of(mention_root(sentence, mention)):
            continue
        actor = ctx.actor(mention)
        side = ctx.as_state(actor)
        if actor.key not in taken and side.key not in taken:
            return [actor]
    return []
