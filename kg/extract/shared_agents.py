"""A supply participle coordinated after another passive participle shares its agent: « des W modernisés par X et
livrés à Y », « ont été remis en état par X et cédés à Y »: X works on the goods and hands them over, so X supplies
Y. Read on the words (the parser hangs « et livrés » and « à Y » anywhere in the first participle's clause). The
second participle must have no agent of its own (« modernisés par X et livrés par Z à Y »: Z supplies) and name who
receives (« modernisés par X et livrés en 2020 » tells no supply of X); a maker that only worked on the goods
(« X a modernisé des avions livrés à Y ») is no supplier."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.mentions import Mention, firm_mention
from kg.extract.syntax import ACTOR_KINDS, Sentence, mention_root
from kg.records import Entity

_AND = "et"
_BY = "par"
_TO = {"à", "au", "aux"}
_ARTICLES = {"le", "la", "l'", "l\u2019", "les"}
_HANDED = {"deliver", "sell"}
_NAME_WORDS = 3  # the longest unread firm name taken
_REACH = 4  # words from the first participle to its « par » (« remis à neuf par », « remis en état par »)


def _past_participle(token: Token) -> bool:
    morph = str(token.morph)
    return token.pos_ == "VERB" and "VerbForm=Part" in morph and "Tense=Past" in morph


def _skip_articles(sentence: Sentence, at: int, step: int) -> int:
    doc = sentence.doc
    while sentence.span.start <= at < sentence.span.end and doc[at].lower_ in _ARTICLES:
        at += step
    return at


def _mention_from(sentence: Sentence, start: int) -> Mention | None:
    return next((m for m in sentence.mentions if m.start == start and m.how in ACTOR_KINDS), None)


def _first_participle(sentence: Sentence, by: int) -> Token | None:
    """The past participle whose « par » is at `by`, a few words before it, with no punctuation between."""
    doc = sentence.doc
    for at in range(by - 1, max(sentence.span.start, by - _REACH) - 1, -1):
        if doc[at].is_punct:
            return None
        if _past_participle(doc[at]):
            return doc[at]
    return None


def _unread_firm(sentence: Sentence, end: int) -> Mention | None:
    """« remis à neuf par Zorvak et livrés à Y »: capitalised words right after « par » that no mention covers (the
    NER left the name of a firm the article named before unread) are the works' firm."""
    doc, start = sentence.doc, end
    while start > max(sentence.span.start, end - _NAME_WORDS) and doc[start - 1].text[:1].isupper() and \
            doc[start - 1].pos_ in {"PROPN", "NOUN", "X"} and sentence.mention_at(doc[start - 1]) is None:
        start -= 1
    if start == end or doc[start - 1].lower_ != _BY:
        return None
    return firm_mention(doc, start, end)


def _agent_before(sentence: Sentence, trigger: Token) -> tuple[Mention, Token] | None:
    """« P par X et <trigger> »: the agent X and the first participle P."""
    doc, at = sentence.doc, trigger.i - 1
    if at <= sentence.span.start or doc[at].lower_ != _AND:
        return None
    agent = next((m for m in sentence.mentions if m.end == at and m.how in ACTOR_KINDS and m.how != gz.DEMONYM), None)
    if agent is None and (agent := _unread_firm(sentence, at)) is None:
        return None
    by = _skip_articles(sentence, agent.start - 1, -1)
    if by <= sentence.span.start or doc[by].lower_ != _BY:
        return None
    first = _first_participle(sentence, by)
    return (agent, first) if first is not None else None


def _receiver_after(sentence: Sentence, trigger: Token) -> Mention | None:
    """« <trigger> à (au, aux) Y »: who receives, right after the participle."""
    at = trigger.i + 1
    if at >= sentence.span.end or sentence.doc[at].lower_ not in _TO:
        return None
    found = _mention_from(sentence, _skip_articles(sentence, at + 1, 1))
    return found if found is not None and found.state is not None else None


def _own_agent(sentence: Sentence, trigger: Token) -> bool:
    """« ... et livrés par Z »: the second participle says its own giver."""
    doc = sentence.doc
    for at in range(trigger.i + 1, sentence.span.end):
        if doc[at].is_punct or (doc[at].lower_ == _AND and at > trigger.i + 1):
            return False
        if doc[at].lower_ == _BY:
            return True
    return False


def _goods(sentence: Sentence, first: Token) -> list[Entity]:
    """The systems the first participle is said of: its passive subject, or the noun it describes."""
    if first.dep_ == "acl":
        span = {t.i for t in first.head.subtree if t.i < first.i}
    else:
        span = {t.i for c in first.children if c.dep_ in {"nsubj:pass", "nsubj"} for t in c.subtree}
    return [m.entity for m in sentence.mentions if m.how == gz.WEAPON and mention_root(sentence, m).i in span]


def _shape(sentence: Sentence, trigger: Token) -> tuple[Mention, Token, Mention] | None:
    """The agent, the first participle and the receiver of « W P par X et <trigger> à Y » (None: no such shape)."""
    if not _past_participle(trigger) or _own_agent(sentence, trigger):
        return None
    found = _agent_before(sentence, trigger)
    receiver = _receiver_after(sentence, trigger)
    return (*found, receiver) if found is not None and receiver is not None else None


def shared_agent(ctx: Context, sentence: Sentence, trigger: Token) -> tuple[list[Entity], list[Entity]] | None:
    """The supplier and the recipients of « W P par X et <trigger> à Y » (None: no such shape)."""
    if (shape := _shape(sentence, trigger)) is None:
        return None
    agent, _first, receiver = shape
    suppliers = states(ctx, [ctx.actor(agent)])
    recipients = [r for r in states(ctx, [ctx.actor(receiver)]) if all(r.key != s.key for s in suppliers)]
    return (suppliers, recipients) if suppliers and recipients else None


def shared_goods(sentence: Sentence, trigger: Token, detail: str | None) -> list[Entity]:
    """The systems of « W P par X et <trigger> à Y », for a supply that hands goods over (`detail`)."""
    if detail not in _HANDED or (shape := _shape(sentence, trigger)) is None:
        return []
    return _goods(sentence, shape[1])
