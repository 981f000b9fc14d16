"""Who stays where an infinitive « être » places no subject: « le ministre de B a dit que c'était un honneur d'être
en A », « X s'est dit heureux d'être à V »: the one who says it, the subject of the nearest clause above with a
subject of its own (not the « ce » of « c'était »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.syntax import SUBJECTS

_EMPTY = {"ce", "c'", "cela", "ça", "il"}  # « c'était un honneur », « il est important »: a subject that is no one
_CLIMB = 3  # clauses above the stay


def speaker_of_stay(clause: Token) -> list[Token]:
    """The subjects of the clause nearest above an infinitive « être » (« d'être en A ») that has someone for its
    subject; none when the place's « être » is not an infinitive or no such clause is near."""
    if not any(c.dep_ == "cop" and c.lemma_ == "être" and "VerbForm=Inf" in c.morph for c in clause.children):
        return []
    for above in list(clause.ancestors)[:_CLIMB]:
        subjects = [c for c in above.children if c.dep_ in SUBJECTS and c.lower_ not in _EMPTY]
        if subjects:
            return subjects
    return []
