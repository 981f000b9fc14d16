"""The sender of a message one official carries to another (« X est porteur d'un message du président Y au chef
de l'État », « X a remis une lettre adressée par le roi Y à Z »): a head of state or government named by a bare
title as the message's sender is the carrier's, not the host's whom the message goes to."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import morph_values
from kg.extract.lexicon import word_list
from kg.extract.syntax import SUBJECTS, Sentence, case_of

_SENDER_CASES = {"de", "du", "d'", "par"}
_SENDER_DEPS = {"nmod", "obl:arg", "obl:agent", "obl:mod"}
_REACH = 3  # steps from the sender's title up to the message's noun (through a participle: « adressé par »)


def _message_of(sender: Token) -> Token | None:
    """The message noun whose sender the title at `sender` names, as its « de » complement (« un message du
    président ») or as the agent of a participle on it (« une lettre adressée par le roi »)."""
    if case_of(sender) not in _SENDER_CASES:
        return None
    nouns, token = word_list("message-nouns.tsv"), sender
    for _ in range(_REACH):
        if token.dep_ not in _SENDER_DEPS | {"acl", "amod"} or token.head.i == token.i:
            return None
        if token.dep_ in {"acl", "amod"} and "Part" not in morph_values(token, "VerbForm"):
            return None  # only a participle on the message (« écrit », « adressé »), not a clause of its own
        token = token.head
        if token.lemma_.lower() in nouns and token.pos_ == "NOUN":
            return token
    return None


def message_carrier(sentence: Sentence, sender: Token) -> Token | None:
    """The subject who carries or hands the message the title at `sender` sends (« X est porteur d'un message du
    président Y », « X a remis un message du roi Y »), or None."""
    message = _message_of(sender)
    if message is None:
        return None
    holder = message.head
    if holder.lemma_.lower() in word_list("message-carriers.tsv") or \
            (message.dep_ == "obj" and holder.pos_ == "VERB"):
        subject = next((c for c in holder.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.i < sender.i and sentence.span.start <= subject.i:
            return subject
    return None
