"""« Le général X, venu à Y, a été reçu par Z »: fr_core_news_md now and then makes the participle set off by commas
the clause of the subject before it and hangs it on the main verb as an adverbial clause, so the main verb has no
subject and the meeting it tells no guest. The subject is the main verb's, and the participle describes it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import children, hang
from kg.extract.syntax import SUBJECTS, Sentence


def _set_off(subject: Token, participle: Token, verb: Token) -> bool:
    """« X, venu à Y, a été reçu »: commas right before the participle and right after its clause, and nothing but
    the verb's auxiliaries and clitics after that comma."""
    doc = verb.doc
    if doc[participle.i - 1].text != "," or subject.right_edge.i >= participle.i:
        return False
    after = participle.right_edge.i + 1
    return after < verb.i and doc[after].text == "," and all(
        t.head == verb and t.dep_.startswith(("aux", "expl", "advmod")) for t in doc[after + 1:verb.i])


def rehang_participle_subjects(sentence: Sentence) -> None:
    """Give a verb with no subject the subject of the past participle set off before it (see the module)."""
    for verb in sentence.tokens:
        if verb.pos_ != "VERB" or any(c.dep_ in SUBJECTS for c in children(verb)):
            continue
        for participle in children(verb):
            if participle.dep_ != "advcl" or participle.i > verb.i or "VerbForm=Part" not in str(participle.morph):
                continue
            subject = next((c for c in children(participle) if c.dep_ == "nsubj" and c.i < participle.i), None)
            if subject is not None and _set_off(subject, participle, verb):
                passive = any(c.dep_ == "aux:pass" for c in children(verb))
                hang(subject, verb)
                subject.dep_ = "nsubj:pass" if passive else "nsubj"
                hang(participle, subject)
                participle.dep_ = "acl"
                break
