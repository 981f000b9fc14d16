"""A system's maker told by the system's own words: a company's clause that calls it its own (« Y va équiper les
navires de son nouveau système sol-air X », own_systems), or its name, whose first word begins one maker's name only
(« Bell 407 », maker_first_words, named_after); for kg.extract.makers."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg import gazetteer as gz
from kg.extract.builder_orders import minted
from kg.extract.mentions import Mention
from kg.extract.syntax import POSSESSIVES


def own_systems(span: Span, mentions: list[Mention], makeable: Callable[[Mention], bool] = minted
                ) -> list[tuple[Mention, Mention]]:
    """(system, maker) pairs of a system a company's clause calls its own (« Y va équiper les navires de son
    nouveau système sol-air X », « Y, qui présente son drone X »): the possessive names the subject its maker."""
    found = []
    inside = [m for m in mentions if span.start <= m.start < span.end]
    for weapon in (m for m in inside if makeable(m)):
        at = weapon.start - 1
        while at > span.start and weapon.start - at < 9 and span.doc[at].text == span.doc[at].lower_ and \
                not any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in span.doc[at].children):
            at -= 1
        noun = span.doc[at]
        if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in noun.children):
            continue
        subject = next((c for a in noun.ancestors if a.pos_ in {"VERB", "AUX"} for c in a.children
                        if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "qui":  # the name right before it, whatever the parser says
            before = next((m for m in inside if m.how == gz.COMPANY and (m.end == subject.i or (
                m.end == subject.i - 1 and span.doc[m.end].text == ","))), None)
            subject = span.doc[before.start] if before is not None else \
                subject.head.head if subject.head.dep_ == "acl:relcl" else None
        maker = next((m for m in inside if subject is not None and m.how == gz.COMPANY
                      and m.start <= subject.i < m.end), None)
        if maker is not None:
            found.append((weapon, maker))
    return found


def maker_first_words(gaz: gz.Gazetteer) -> dict[str, str]:
    """The first word of a company's names (« Bell » of « Bell Helicopter »), folded, when no other company's
    begins with it -> the company: a system named after its maker (« Bell 407 ») is its maker's."""
    found: dict[str, set[str]] = {}
    for form in gaz.forms:
        first = form.text.split()[0] if form.how == gz.COMPANY and form.text.split() else ""
        if len(first) >= 3 and first[:1].isupper() and first.isalpha():
            found.setdefault(first.lower(), set()).add(form.entity)
    return {word: next(iter(firms)) for word, firms in found.items() if len(firms) == 1}


def named_after(doc: Doc, weapon: Mention, firsts: dict[str, str]) -> str | None:
    """« des hélicoptères <maker> 407 »: a system of more than one word whose first word begins the name of one
    maker only (« Bell » of « Bell Helicopter ») is that maker's."""
    return firsts.get(doc[weapon.start].text.lower()) if weapon.end - weapon.start > 1 else None
