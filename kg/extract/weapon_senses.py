"""Codes and models that look like weapon systems' names and are none:

- a version's code: a short code right after « version » or « standard » (« dans leur version F4 », « au standard
  F3R ») names a version of the system told before it in the sentence, not the reference system that shares the
  code;
- a slashed designator's tail: the tokenizer cuts « F/Z-50 » at its slash; the part after the slash names no
  system of its own; the whole does, written without the slash (« FZ-50 »), when the reference data knows it;
- an airliner's model: in an article that speaks of airliners (a civil qualifier on an aircraft noun,
  kg/extract/civil.py), a designator the reference data lacks, after an aircraft noun or with no noun
  (« 255 appareils de la famille Z321 », « 37 Z320 supplémentaires »), in a sentence with no military word, is
  an airliner's model (« six hélicoptères Zorvak à la marine » are still a navy's); and in an article
  with no military word at all (military.tsv and the weapon nouns, less the aircraft nouns airliners share) that
  names an airline (an aircraft noun of civil-aviation.tsv that is no weapon noun: « compagnie », « transporteur »),
  no designator the reference data lacks names a system (a state's order of « hélicoptères Zorvak 4 » still
  does);
- a civilian vehicle an army also fields (a pick-up truck, typed kgr:wtype-civilian-vehicle in the reference data):
  a weapon system only in an article that says something military (another reference system, a military word or
  an armed force's noun, armed-recipients.tsv); a page about cars that names it names no weapon."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.civil import civil_aircraft
from kg.extract.doc_words import sentence_at
from kg.extract.lexicon import civil_aviation, word_list
from kg.extract.mentions import Mention, reference_entity, weapon_heads
from kg.extract.weapon_nouns import lemma, noun_before
from kg.gazetteer import Gazetteer
from kg.namespaces import KGR
from kg.text import fold

CIVILIAN_VEHICLE = str(KGR["wtype-civilian-vehicle"])
_VERSION_WORDS = {"version", "standard"}
_SHORT_CODE = 3  # « F4 », « F3R »: a version's code is short; « Z-16V » is a system's variant


def _version_code(doc: Doc, mention: Mention, earlier: list[Mention]) -> bool:
    """« des Zorvak, dans leur version F4 »: a short code right after « version », a system told before it."""
    text = mention.span(doc).text
    return mention.start > 0 and doc[mention.start - 1].lower_ in _VERSION_WORDS and len(text) <= _SHORT_CODE and \
        any(m.end <= mention.start and m.start >= sentence_at(doc, mention.start).start for m in earlier)


def _slashed_head(doc: Doc, start: int) -> int | None:
    """Where a designator cut at its slash begins: « F » of « F/Z-50 », both glued to the slash."""
    if start < 2 or doc[start - 1].text != "/" or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return None
    head = doc[start - 2].text
    return start - 2 if head.isalnum() and head.isupper() and len(head) <= 2 else None


def _reference_codes(gaz: Gazetteer, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A paragraph's mentions less the version codes and slashed tails read as reference systems (a slashed
    designator the reference data knows whole taking the tail's place)."""
    out: list[Mention] = []
    for mention in mentions:
        if mention.how != gz.WEAPON:
            out.append(mention)
            continue
        if _version_code(doc, mention, [m for m in out if m.how == gz.WEAPON]):
            continue
        head = _slashed_head(doc, mention.start)
        if head is None:
            out.append(mention)
            continue
        whole = dict(gaz.weapon_designators).get(fold(doc[head:mention.end].text.replace("/", "")))  # rare: made here
        if whole is not None:
            out.append(Mention(head, mention.end, reference_entity(gaz, whole, gz.WEAPON), gz.WEAPON))
    return out


def _military_words(gaz: Gazetteer, aircraft: frozenset[str]) -> frozenset[str]:
    """The words that say something military: military.tsv, the weapon nouns and the words that make an aircraft
    military, less the aircraft nouns airliners share."""
    return (word_list("military.tsv") | frozenset(gaz.weapon_nouns) | civil_aviation("armed")) - aircraft


def _civilian_vehicle(gaz: Gazetteer, mention: Mention) -> bool:
    """A reference system that is a civilian vehicle an army also fields."""
    return mention.how == gz.WEAPON and gaz.weapon_kind.get(mention.entity.iri or "") == CIVILIAN_VEHICLE


def _military(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]], words: frozenset[str]) -> bool:
    """Whether an article says anything military: a reference system (no civilian vehicle), or a military word."""
    return any(m.how == gz.WEAPON and m.entity.iri and not _civilian_vehicle(gaz, m)
               for mentions in found for m in mentions) or any(
        lemma(t) in words or t.lower_ in words for doc in docs for t in doc)


def _airliner_model(doc: Doc, mention: Mention, heads: frozenset[str], aircraft: frozenset[str],
                    words: frozenset[str]) -> bool:
    """A designator the reference data lacks after an aircraft noun, or after none, in a sentence with no military
    word."""
    noun = noun_before(doc, mention.start, heads)
    return (noun is None or lemma(noun) in aircraft or noun.lower_.rstrip("sx") in aircraft) and not any(
        lemma(t) in words or t.lower_ in words for t in sentence_at(doc, mention.start))


def without_civil_codes(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions less the version codes and slashed tails read as reference systems."""
    return [_reference_codes(gaz, doc, mentions) for doc, mentions in zip(docs, found, strict=True)]


def without_airliners(gaz: Gazetteer, docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions less the systems the reference data lacks that are airliners' models, or that an
    article with nothing military names, and the civilian vehicles of an article that says nothing military."""
    aircraft = civil_aviation("aircraft")
    words = _military_words(gaz, aircraft)
    airliners = bool(civil_aircraft(docs))
    heads = weapon_heads(gaz)
    said = _military(gaz, docs, found, words)
    forces = word_list("armed-recipients.tsv")  # « remis à la gendarmerie »: an armed force fields them
    if not said and not any(lemma(t) in forces for doc in docs for t in doc):  # a page about cars: no weapons
        found = [[m for m in mentions if not _civilian_vehicle(gaz, m)] for mentions in found]
    military = said or not any(
        lemma(t) in aircraft - heads for doc in docs for t in doc)  # no airline named: a state's aircraft
    if military and not airliners:
        return found
    return [[m for m in mentions if not (
        m.how == gz.WEAPON and m.entity.iri is None and m.entity.cls == "WeaponSystem" and (
            not military or _airliner_model(doc, m, heads, aircraft, words)))]
        for doc, mentions in zip(docs, found, strict=True)]
