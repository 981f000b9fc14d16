"""Variants of a known weapon system named as such: « des hélicoptères Mi-35 » (listed under the Mi-24), « des
Su-30MKI » (under the Su-30), « des T-50IQ » (a designator that extends the T-50's) are the variant the article
speaks of, under the name it writes, of the type and makers of the system it derives from (its groups' builders too:
« J-10CE » of Chengdu as of AVIC). A spelling of the system's own designator (« Sukhoi-30 », « K-9 » of the K9
Thunder) is that system; so is a name of a system whose label has no designator (« PAC-3 » of the Patriot, « Rafale
F4 »): no model number to compare it with. A name of the system followed by a version's code (« Zorvak ZX », « K-9
Zorvak-T »: a word with a digit or two capitals) is that version when the article also names the system otherwise
(« des Zorvak ZX ... et non des Zorvak »): told apart, they are two systems."""

from __future__ import annotations

import re

from rdflib import URIRef
from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.doc_words import texts
from kg.extract.mentions import Mention, reference_entity, weapon_key
from kg.gazetteer import Gazetteer
from kg.namespaces import KG
from kg.records import Entity
from kg.text import fold

_NUMBER = re.compile(r"[0-9]+")
_MODEL_NUMBER = re.compile(r"[0-9]{2,4}[A-Za-z]{0,3}")  # « 206H », « 350 »: a model number written apart


def _model(name: str) -> tuple[tuple[str, ...], str] | None:
    """The numbers of a name's designator (its first word with a digit) and the letters after the last one:
    (("30",), "mki") of « Su-30MKI », (("24",), "") of « Mi-24 Hind »; None without a designator."""
    word = next((w for w in name.split() if any(c.isdigit() for c in w)), None)
    if word is None:
        return None
    folded = re.sub(r"[^0-9a-z]", "", fold(word))
    numbers = _NUMBER.findall(folded)
    return tuple(numbers), folded[folded.rfind(numbers[-1]) + len(numbers[-1]):]


def _variant(gaz: Gazetteer, mention: Mention, written: str) -> Entity | None:
    """The variant a reference system's mention names, or None when it names the system itself."""
    iri = mention.entity.iri
    if iri is None:
        return None
    own, named = _model(gaz.label.get(iri, "")), _model(written)
    if own is None or named is None or own == named:
        return None
    kind = gaz.graph.value(URIRef(iri), KG.weaponType)
    return Entity(weapon_key(written), written, "WeaponSystem", kind=str(kind) if kind is not None else None,
                  makers=gaz.makers.get(iri, ()) + gaz.builders.get(iri, ()))


def _slashed(gaz: Gazetteer, doc: Doc, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """« Mi-8/17 »: the model number after a known system's designator and a slash, the system of the same letters
    and that number where the reference data has it (« Mi-17 »)."""
    at = mention.end
    if at + 1 >= len(doc) or doc[at].text != "/" or doc[at].whitespace_ or not doc[at + 1].text[:1].isdigit() or \
            any(m.start <= at + 1 < m.end for m in mentions):
        return None
    written = mention.span(doc).text
    letters = re.split(r"[0-9]", written)[0]  # « Mi- » of « Mi-8 »
    systems = gaz.systems_named.get(fold(letters + doc[at + 1].text), ())
    return Mention(at + 1, at + 2, reference_entity(gaz, systems[0], gz.WEAPON), gz.WEAPON) if systems else None


def _with_model(gaz: Gazetteer, doc: Doc, mention: Mention, mentions: list[Mention]) -> Mention:
    """« des Zorvak 310B »: a known system named by a family name without a number (a name of the system before
    its model number) and a model number written right after it names a model: the mention takes the number, so
    that a number the system's labels do not bear makes it another system, never that one by its family name."""
    at = mention.end
    if mention.entity.iri is None or at >= len(doc) or not doc[at - 1].whitespace_ or \
            any(c.isdigit() for c in mention.span(doc).text) or _model(gaz.label.get(mention.entity.iri, "")) is None:
        return mention
    word = doc[at].text
    if _MODEL_NUMBER.fullmatch(word) is None or any(m.start <= at < m.end for m in mentions) or \
            (word.isdigit() and (1900 <= int(word) <= 2100 or (at + 1 < len(doc) and doc[at + 1].pos_ == "NOUN"))):
        return mention  # « le Zorvak 2025 », « Zorvak 12 exemplaires »: a year or a count, no model
    return Mention(mention.start, at + 1, mention.entity, mention.how, mention.state)


def _family_models(gaz: Gazetteer, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """« quatre Zorvak 310B »: the first word of one known system's label, before its model number, and a model
    number right after it, with no weapon noun before them, name that system or a model of its family."""
    found = []
    for at, text in enumerate(texts(doc)[:-1]):  # a capitalised word first: no Token object made for the others
        systems = gaz.systems_named.get(fold(text), ()) if text[:1].isupper() else ()
        label = gaz.label.get(systems[0], "") if len(systems) == 1 else ""
        if not label or fold(label.split()[0]) != fold(text) or \
                any(m.start <= at + 1 and at < m.end and not _loose(m) for m in mentions):
            continue
        mention = _with_model(gaz, doc, Mention(at, at + 1, reference_entity(gaz, systems[0], gz.WEAPON),
                                                gz.WEAPON), [m for m in mentions if not _loose(m)])
        found.extend([mention] if mention.end > at + 1 else [])
    return found


def _loose(mention: Mention) -> bool:
    """A mention a system's name takes over: an unknown organisation or a lone unknown name the NER read."""
    return mention.how == "ner-org" or (mention.how == gz.PERSON and mention.entity.iri is None
                                        and " " not in mention.entity.label.strip())


def _coded_version(gaz: Gazetteer, iri: str, written: str) -> bool:
    """`written` is a name of the system `iri` followed by a version's code that its own label lacks: « Zorvak ZX »
    of the Zorvak, « K-9 Zorvak-T » of the K9 Thunder, not « K-9 Thunder » nor a nickname (« Zorvak Hind »)."""
    words = written.split()
    own = {fold(w) for w in gaz.label.get(iri, "").split()}
    for cut in range(len(words) - 1, 0, -1):
        if iri not in gaz.systems_named.get(fold(" ".join(words[:cut])), ()):
            continue
        rest = words[cut:]
        return any(any(c.isdigit() for c in w) or sum(c.isupper() for c in w) >= 2 for w in rest) and \
            not all(fold(w) in own for w in rest)
    return False


def _with_code(doc: Doc, mention: Mention, mentions: list[Mention]) -> Mention:
    """« des Zorvak ZX », « le K-9 Zorvak-T »: a known system's name and the capitalised word right after it that no
    other name covers, as one name (whether that word is a version's code is _coded_version's to say)."""
    at = mention.end
    if mention.entity.iri is None or at >= len(doc) or not doc[at - 1].whitespace_ or \
            not doc[at].text[:1].isupper() or any(m.start <= at < m.end for m in mentions):
        return mention
    end = at + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text[:1].isalnum() or doc[end].text[:1] == "-"):
        end += 1
    word = doc[at:end].text
    if not all(c.isalnum() or c == "-" for c in word) or any(m.start < end and at < m.end for m in mentions):
        return mention
    return Mention(mention.start, end, mention.entity, mention.how, mention.state)


def _told_apart(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> set[tuple[str, str]]:
    """(system, folded name) of each name of a known system followed by a version's code (_coded_version), when
    the article also names that system by another name: the version told apart from the system."""
    names: dict[str, set[str]] = {}
    for doc, mentions in zip(docs, found, strict=True):
        for mention in mentions:
            if mention.how == gz.WEAPON and mention.entity.iri is not None:
                names.setdefault(mention.entity.iri, set()).add(_with_code(doc, mention, mentions).span(doc).text)
    apart: set[tuple[str, str]] = set()
    for iri, written in names.items():
        versions = {fold(w) for w in written if _coded_version(gaz, iri, w)}
        if versions and len({fold(w) for w in written} - versions) + len(versions) > 1:
            apart.update((iri, version) for version in versions)
    return apart


def _version(gaz: Gazetteer, mention: Mention, written: str) -> Entity:
    """The version a known system's name with a version's code names, of that system's type and makers."""
    iri = mention.entity.iri or ""
    kind = gaz.graph.value(URIRef(iri), KG.weaponType)
    return Entity(weapon_key(written), written, "WeaponSystem", kind=str(kind) if kind is not None else None,
                  makers=gaz.makers.get(iri, ()) + gaz.builders.get(iri, ()))


def named_variants(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a known system's mention that names one of its variants made that variant, and
    the second model of a slashed designator added."""
    out = []
    apart = _told_apart(gaz, docs, found)
    for doc, mentions in zip(docs, found, strict=True):
        kept = []
        models = _family_models(gaz, doc, mentions)
        taken = {i for m in models for i in range(m.start, m.end)}
        for mention in sorted([m for m in mentions if not (_loose(m) and m.start in taken)] + models,
                              key=lambda m: m.start):
            mention = _with_model(gaz, doc, mention, mentions) if mention.how == gz.WEAPON else mention
            variant = _variant(gaz, mention, mention.span(doc).text) if mention.how == gz.WEAPON else None
            coded = _with_code(doc, mention, mentions) if mention.how == gz.WEAPON else mention
            if variant is None and (mention.entity.iri, fold(coded.span(doc).text)) in apart:
                mention, variant = coded, _version(gaz, mention, coded.span(doc).text)
            kept.append(mention if variant is None else Mention(mention.start, mention.end, variant, mention.how,
                                                                mention.state))
            second = _slashed(gaz, doc, mention, mentions) if mention.how == gz.WEAPON else None
            kept.extend([second] if second is not None else [])
        out.append(kept)
    return out
