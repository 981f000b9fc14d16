"""Who signs on a visit: the subjects of a signing a visit frames, or the one a bare « en visite » sets beside a
signing (« Le ministre X, en visite en Inde, a signé ... »), are its visitors."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import triggers, word_list
from kg.extract.syntax import Sentence, case_of, predicate_of


def visitor_signs(sentence: Sentence, trigger: Token) -> list[Token]:
    """« Lors d'une visite de travail au Kenya, le ministre X a paraphé avec son homologue un accord »: the subjects
    of a signing the visit frames (« lors de », « au cours de ») are its visitors, who sign where they go."""
    predicate = predicate_of(trigger)
    frame = trigger
    while frame.head not in {frame, predicate}:  # « au cours d'une visite »: the phrase under the verb
        frame = frame.head
    if predicate == trigger or predicate.lemma_.lower() not in word_list("signing-verbs.tsv") or \
            not any(" ".join(t.lower_ for t in frame.subtree if t.i <= trigger.i).startswith(f)
                    for f in word_list("talk-frames.tsv")):
        return []
    return [c for c in predicate.children if c.dep_ == "nsubj"]


def signer_on_visit(trigger: Token) -> list[Token]:
    """« Le ministre X, en visite en Inde, a signé ... », « l'accord a été signé par le ministre X, en visite en
    Inde, et son homologue »: the one a bare « en visite » sets beside, who signs a deal (subject or agent), is the
    visitor."""
    if case_of(trigger) != "en" or any(d.dep_ == "det" for d in trigger.children):
        return []
    head = trigger.head
    verb = predicate_of(head)
    deals = {lemma for (lemma, pos), entries in triggers().items()
             if pos == "NOUN" and any(e.fact == "agreement" for e in entries)}
    if verb.lemma_.lower() not in word_list("signing-verbs.tsv") or not any(
            c.dep_ in {"obj", "nsubj:pass"} and c.lemma_.lower() in deals for c in verb.children):
        return []  # « a signé le livre d'or » signs no deal
    signers = [c for c in verb.children if c.dep_ in {"nsubj", "obl:agent"}]
    if head == verb:  # hung on the verb: the signer just before it
        return [c for c in signers if c.i < trigger.i][-1:]
    return [head] if head in signers else []
