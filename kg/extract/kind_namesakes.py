"""A reference system's name after a noun of another kind of platform: « 20 véhicules blindés Zorvak » names no
air-defence system nicknamed « Zorvak », « les corvettes Kestrel » no helicopter called « Kestrel ». The noun's
platform family (land, sea, air: platform-families.tsv) must be one of the families of the nouns of the reference
system's type or of a word of its own labels (« char antiaérien Zorvak »); else the name is a system of its own, of
the noun's type. A reference system with no type, or whose type has no noun, keeps its name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.lexicon import platform_families
from kg.extract.mentions import Mention, weapon_heads, weapon_key
from kg.extract.weapon_nouns import lemma, noun_before, weapon_type
from kg.gazetteer import Gazetteer
from kg.records import Entity


def _family(noun: Token) -> str | None:
    families = platform_families()
    return next((families[w] for w in (lemma(noun), noun.lower_, noun.lower_.rstrip("sx")) if w in families), None)


def _label_families(gaz: Gazetteer, system: str) -> set[str | None]:
    """The platform families of the words of a reference system's own labels."""
    families = platform_families()
    return {families.get(w.lower().rstrip("sx")) or families.get(w.lower()) for f in gaz.forms
            if f.entity == system and f.how == gz.WEAPON for w in f.text.split()}


def kind_namesakes(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a reference system's named after a noun of another platform family taken as a
    system of its own."""
    heads = weapon_heads(gaz)
    minted: dict[str, Entity] = {}
    read = [[_own_system(gaz, doc, m, heads, minted) for m in mentions] for doc, mentions in zip(docs, found,
                                                                                               strict=True)]
    return [[_named_again(gaz, doc, m, heads, minted) for m in mentions] for doc, mentions in zip(docs, read,
                                                                                                strict=True)]


def _named_again(gaz: Gazetteer, doc: Doc, mention: Mention, heads: frozenset[str],
                 minted: dict[str, Entity]) -> Mention:
    """A reference system's name with no noun before it (« Le Zorvak est ... ») that the article gave, after a
    noun of another platform, to a system of its own: that system, one name keeping one sense in an article."""
    if mention.how == gz.WEAPON and mention.entity.iri and \
            (own := minted.get(weapon_key(mention.span(doc).text))) is not None and \
            noun_before(doc, mention.start, heads) is None:
        return Mention(mention.start, mention.end, own, gz.WEAPON)
    return mention


def _own_system(gaz: Gazetteer, doc: Doc, mention: Mention, heads: frozenset[str],
                minted: dict[str, Entity]) -> Mention:
    """A reference system's mention after a noun of another platform family as a system of its own; any other
    mention as it is."""
    families = platform_families()
    if mention.how == gz.WEAPON and mention.entity.iri:
        type_nouns = gaz.type_heads.get(gaz.weapon_kind.get(mention.entity.iri, ""), frozenset())
        noun = noun_before(doc, mention.start, heads) if type_nouns else None
        family = _family(noun) if noun is not None else None
        if noun is not None and family is not None and family not in {families.get(n) for n in type_nouns} and \
                family not in _label_families(gaz, mention.entity.iri):
            name = mention.span(doc).text
            entity = minted.setdefault(weapon_key(name), Entity(weapon_key(name), name, "WeaponSystem",
                                                                kind=weapon_type(gaz, noun, mention.start)))
            return Mention(mention.start, mention.end, entity, gz.WEAPON)
    return mention
