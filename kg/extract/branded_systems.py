"""Systems named by their maker's brand: a firm whose name the press gives its product line (kg:namesProducts in the
reference data) named right after a weapon noun is that line, a system of its own made by the firm (« trois
avions Zorvak », « des camions Zorvak », « des fusils d'assaut Zorvak »); the article may name it again alone
(« les Zorvak »). A brand before a model's code (« des avions Zorvak 208 ») names the model, which weapons.py reads;
any other firm after a noun (« des hélicoptères Y ») stays the firm."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.code_heads import code_noun_before
from kg.extract.maker_models import maker_and_model
from kg.extract.mentions import Mention, weapon_key
from kg.extract.weapon_nouns import noun_before, weapon_type
from kg.records import Entity


def branded_systems(gaz: gz.Gazetteer, doc: Doc, mentions: list[Mention], heads: frozenset[str],
                    minted: dict[str, Entity]) -> list[Mention]:
    """The product lines a paragraph names by their brand after a weapon noun, as weapon systems (added to
    `minted`, each made by its brand)."""
    found = []
    for mention in mentions:
        if mention.how != gz.COMPANY or mention.entity.iri not in gaz.brands or \
                maker_and_model(doc, mention, heads):
            continue
        noun = noun_before(doc, mention.start, heads) or code_noun_before(doc, mention.start)
        if noun is None:
            continue
        name = doc[mention.start:mention.end].text
        kind = weapon_type(gaz, noun, mention.start)
        entity = minted.setdefault(weapon_key(name), Entity(weapon_key(name), name, "WeaponSystem", kind=kind,
                                                            makers=(mention.entity.iri,)))
        found.append(Mention(mention.start, mention.end, entity, gz.WEAPON))
    return found


_PLURAL_DETERMINERS = {"les", "des", "ces", "aux", "leurs", "ses", "nos", "vos"}


def line_again(doc: Doc, mention: Mention, minted: dict[str, Entity]) -> bool:
    """« les Zorvak », « trois Zorvak »: a brand named as its product line before, again after a plural determiner
    or a number, is that line; the firm named alone (« Zorvak a livré ») stays the firm."""
    if mention.how != gz.COMPANY or mention.start == 0 or \
            weapon_key(doc[mention.start:mention.end].text) not in minted:
        return False
    before = doc[mention.start - 1]
    return before.lower_ in _PLURAL_DETERMINERS or before.like_num
