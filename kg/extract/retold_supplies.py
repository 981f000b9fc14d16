"""The supply a system named on its own completes (kg.extract.transfer_story.attach_stray_weapons): a later telling of
the same supply that leaves one of its sides unsaid (« X a reçu des blindés de Y. Le président a remis à l'armée
les blindés ... La vidéo montre 30 blindés W ») does not hide the supply it retells, whose sides it names no
other of; and a sentence that names both sides of a supply again, and no other state, still tells of it past the
reach of a system named on its own (« les matériels X arriveront à Y »)."""

from __future__ import annotations

from kg.extract.lexicon import reach
from kg.extract.story import Story, Told


def _sides(told: Told) -> tuple[frozenset[str], frozenset[str]]:
    return told.fact.keys("supporter"), told.fact.keys("recipient")


def retold_supply(story: Story, latest: Told | None, states_named: frozenset[str]) -> Told | None:
    """The supply with both sides said that the latest support (`latest`), told with a side unsaid, retells: the
    one told last before it, whose sides hold every side the latest names, where this sentence (naming
    `states_named`) still tells of it (still_told); else the latest itself."""
    if latest is None or all(_sides(latest)):
        return latest
    named = _sides(latest)[0] | _sides(latest)[1]
    for told in reversed(story.told):
        if told is latest or told.fact.kind != "support":
            continue
        supporters, recipients = _sides(told)
        if supporters and recipients:
            retold = named <= supporters | recipients and still_told(story, states_named, told)
            return told if retold else latest
    return latest


def still_told(story: Story, states_named: frozenset[str], known: Told) -> bool:
    """Whether a system named on its own in this sentence may still complete the supply `known`: named within the
    reach of a system, or further on in a sentence that names both its sides again and no other state (« les
    matériels X arriveront à Y »)."""
    since = story.since(known)
    if since <= reach("weapon"):
        return True
    supporters, recipients = _sides(known)
    return since <= reach("sides") and bool(states_named & supporters) and bool(states_named & recipients) \
        and states_named <= supporters | recipients
