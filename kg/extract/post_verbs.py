"""Posts a verb gives (post-frames.tsv, read by post_frame for this module and kg.extract.appointments): a verb that
makes its subject or agent head of a body (« l'AIEA, dirigée par X », « X préside le groupe Y », « la société que
préside X »)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import post_frames
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.extract.title_complements import DETERMINERS
from kg.gazetteer import Role
from kg.namespaces import KGR

_GOVERNED = {gz.ORGANISATION, gz.COMPANY, gz.BODY, "ner-org"}


def verb_posts(sentence: Sentence, roles: dict[str, Role]) -> list[tuple[Title, Mention, Mention]]:
    """Posts a governing verb gives (post-frames.tsv): « l'AIEA, dirigée par X », « X préside le groupe Y », « la
    société que préside X »; each as (title at the verb, holder, organisation governed)."""
    found: list[tuple[Title, Mention, Mention]] = []
    for token in sentence.tokens:
        frame = post_frame(token) if token.pos_ == "VERB" else None
        role = roles.get(str(KGR[f"role-{frame[1]}"])) if frame is not None and frame[0] == GOVERNOR else None
        if role is None:
            continue
        holder, org = _governed(sentence, token)
        if holder is not None and org is not None:
            found.append((Title(token.i, token.i + 1, role, org, None), holder, org))
    return found


def _governed(sentence: Sentence, token: Token) -> tuple[Mention | None, Mention | None]:
    """The holder and the body of a governing verb: « l'AIEA, dirigée par X », « l'AIEA est dirigée par X », « la
    société que préside X », « X préside le groupe Y », « X, qui dirige le groupe Y »."""
    agent = next((c for c in token.children if c.dep_ == "obl:agent"), None)
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    relative = token.dep_ == "acl:relcl" and any(c.dep_ == "obj" and c.lower_ in {"que", "qu'"}
                                                   for c in token.children)
    if agent is not None and token.dep_ == "acl":  # « l'AIEA, dirigée par X »
        return _agent_person(sentence, agent), _org_at(sentence, token.head)
    if agent is not None and subject is not None:  # « l'AIEA est dirigée par X »
        return _agent_person(sentence, agent), _org_at(sentence, subject)
    if relative:  # « la société que préside (depuis 2020) X »: the subject comes after the verb
        return _person_after(sentence, token), _org_at(sentence, token.head)
    if subject is not None and subject.dep_ == "nsubj":  # « X préside le groupe Y », « X, qui dirige Y »
        obj = next((c for c in token.children if c.dep_ == "obj"), None)
        who = token.head if subject.lower_ == "qui" and token.dep_ == "acl:relcl" else subject
        return _person_at(sentence, who), _org_at(sentence, obj) if obj is not None else None
    return None, None


_AGENT_GAP = 3  # words between an agent's noun and the name it introduces (« l'homme d'affaires X »)
_OTHER_NOUN = {"du", "des", "le", "la", "les", "l'", "au", "aux"}  # « le fils du fondateur X »: another's


def _agent_person(sentence: Sentence, agent: Token) -> Mention | None:
    """The person an agent names: itself, or the name its noun introduces (« par l'homme d'affaires X »), not the
    name of another noun with its own determiner after it (« par le fils du fondateur X »)."""
    if (person := _person_at(sentence, agent)) is not None:
        return person
    if agent.pos_ not in {"NOUN", "ADJ"}:  # « par le très actif industriel X »: the parser may head it on an adjective
        return None
    for token in sentence.doc[agent.i + 1:min(agent.i + 2 + _AGENT_GAP, sentence.span.end)]:
        if (person := _person_at(sentence, token)) is not None:
            return person
        if token.is_punct or token.pos_ in {"VERB", "AUX"} or token.lower_ in _OTHER_NOUN:
            return None
    return None


GOVERNOR = "governor"  # a frame whose subject or agent heads the body it governs


def post_frame(token: Token) -> tuple[str, str] | None:
    """The frame of post-frames.tsv a verb has (who holds the post; which post), by its lemma or, where the
    lemmatiser left the form as it is (« préside »), by the infinitive of its first-group form."""
    frames = post_frames()
    return frames.get(token.lemma_.lower()) or frames.get(_first_group_infinitive(token.lower_))


@cache
def _first_group_infinitive(word: str) -> str:
    """« préside » -> « présider », « dirigée » -> « diriger » (made once per form: a substitution per verb read)."""
    return re.sub(r"(?:ée|és|ées|é|es|ent|e)$", "er", word)


def _person_at(sentence: Sentence, token: Token) -> Mention | None:
    mention = sentence.mention_at(token)
    return mention if mention is not None and mention.how == gz.PERSON else None


def _person_after(sentence: Sentence, verb: Token) -> Mention | None:
    """The first person named after a verb, before the clause ends."""
    for token in sentence.doc[verb.i + 1:sentence.span.end]:
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            return None
        if (person := _person_at(sentence, token)) is not None:
            return person
    return None


def _org_at(sentence: Sentence, token: Token) -> Mention | None:
    """The organisation a noun names: itself (« l'AIEA »), its name (« le groupe Y »), or the name it is in
    apposition or coordination to, or that comes right before it (« Y, société publique »)."""
    for candidate in (token, *(c for c in token.children if c.dep_ in {"nmod", "appos", "flat:name"}),
                      *([token.head] if token.dep_ in {"appos", "conj"} else [])):
        mention = sentence.mention_at(candidate)
        if mention is not None and mention.how in _GOVERNED:
            return mention
    # « Y (sigle), société publique que ... »: the name right before the noun phrase and its comma
    doc, at = sentence.doc, token.i - 1
    while at > sentence.span.start and doc[at].lower_ in DETERMINERS:
        at -= 1
    if at <= sentence.span.start or doc[at].text != ",":
        return None
    at -= 1
    if doc[at].text == ")":
        while at > sentence.span.start and doc[at].text != "(":
            at -= 1
        at -= 1
    mention = sentence.mention_at(doc[at]) if at >= sentence.span.start else None
    return mention if mention is not None and mention.how in _GOVERNED else None
