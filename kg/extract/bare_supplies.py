"""The systems of a supply told in general words (« une vente d'armes à Y », « le transfert de ses armements de X
à Y »): the systems named in a sentence that tells it, else in the sentence right after it, where that sentence
names no state but the supply's sides nor a firm of another state (« L'accord inclut des missiles W »), and that no
supply to another recipient carries (a supply to the same recipient, by a maker or told as planned, tells of the same
goods). A system told before the supply is another story's (« Les W sont des chars lourds. X a aidé Y »). One
supplier's supplies told in one sentence are one list (« X a conclu des contrats pour son W auprès de A, B et C »):
their recipients are no other actors to each other, nor is a system another supply to one of them carries taken."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.story import Told
from kg.records import Entity, Fact, SentenceClaims


def _sides(fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
    return fact.keys("supporter"), fact.keys("recipient")


def _near(told: Told, index_of: dict[int, int], count: int) -> list[int]:
    """The sentences that tell the supply, then the one after each (a system told before it is another story's:
    « Les W sont des chars lourds. X a aidé Y »)."""
    said = sorted({index_of[e.start] for e in told.fact.evidence if e.start in index_of})
    return said + [i + 1 for i in said if i + 1 < count and i + 1 not in said]


def _free_systems(sentence: SentenceClaims, sides: frozenset[str], taken: set[str]) -> list[Entity]:
    if sentence.actor_states - sides or any(home.key not in sides for _firm, home in sentence.firm_homes):
        return []  # « W, que Z proposait aussi », « W, fabriqués par une firme de Z »: another actor's systems
    return [w for w in sentence.weapons if w.key not in taken]


def _listed_with(fact: Fact, supplies: Sequence[Fact]) -> frozenset[str]:
    """The recipients of the same supplier's other supplies told in the sentence of this one."""
    starts = {e.start for e in fact.evidence}
    return frozenset(r for f in supplies if _sides(f)[0] == _sides(fact)[0] and starts & {e.start for e in f.evidence}
                     for r in _sides(f)[1])


def systems_of_bare_supplies(told: Sequence[Told], sentences: Sequence[SentenceClaims]) -> None:
    """Give each supply with both sides and no system the free systems told with it or right beside it."""
    # a supply to a firm or body of the recipient state (« à la société X ») is that purchase told another way
    supplies = [t.fact for t in told if t.fact.kind == "support" and all(_sides(t.fact))
                and all(r.cls not in ("Company", "Organisation") for r in t.fact.get("recipient"))]
    index_of = {s.evidence.start: n for n, s in enumerate(sentences)}
    for bare in [t for t in told if t.fact.kind == "support" and all(_sides(t.fact)) and not t.fact.get("weapon")]:
        fact = bare.fact
        givers, takers = _sides(fact)
        listed = takers | _listed_with(fact, supplies)
        taken = {w.key for f in supplies if not _sides(f)[1] <= listed for w in f.get("weapon")}
        sides = givers | listed
        for n in _near(bare, index_of, len(sentences)):
            if found := _free_systems(sentences[n], sides, taken):
                bare.fact = fact.with_roles("weapon", found).with_evidence((sentences[n].evidence,))
                break
