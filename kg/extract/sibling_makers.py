"""The maker of a model told through its siblings: codes of one range (« ZT-100 » and « ZT-750 », « FPB 72 » and
« FPB 110 Mk II ») are models of one maker, so a system the article names with no maker takes the one maker the
article gives to the other codes of its letters; none when they are given different makers."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.mentions import Mention
from kg.extract.sibling_codes import code_letters


def sibling_makers(found: list[list[Mention]], makeable: Callable[[Mention], bool],
                   makers: dict[str, list[str]]) -> dict[str, list[str]]:
    """The makers a system with none takes from the sibling codes of the article (keyed by system)."""
    ranges: dict[str, dict[str, tuple[str, ...]]] = {}  # letters -> system -> its makers
    for mention in (m for mentions in found for m in mentions if makeable(m)):
        if (letters := code_letters(mention.entity.label)) is not None:
            ranges.setdefault(letters, {})[mention.entity.key] = tuple(makers.get(mention.entity.key, ()))
    shared: dict[str, list[str]] = {}
    for systems in ranges.values():
        given = {made for made in systems.values() if made}
        if len(given) != 1:
            continue  # no sibling's maker, or siblings of different makers
        [made] = given
        shared.update({key: list(made) for key, own in systems.items() if not own})
    return shared
