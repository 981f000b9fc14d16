"""Mentions: spans of a parsed paragraph that name a state, place, body, organisation, weapon or person."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg import gazetteer as gz
from kg.extract import doc_words
from kg.extract.demonym_holders import names_after_demonyms
from kg.extract.firm_names import firms_named_after_states
from kg.extract.firm_trades import after_firm_trade
from kg.extract.lexicon import firm_nouns, word_list
from kg.extract.name_pairs import shared_surnames
from kg.extract.name_senses import (
    a_language,
    acronym_not_in_capitals,
    an_idiom,
    compound_of_states,
    inside_compound,
    narrowed,
    not_the_place,
    noun_first,
    of_a_feature,
    of_a_product,
    of_a_region,
    written_lowercase,
)
from kg.extract.namesakes import city_first_names, namesake_spans
from kg.extract.ner_reading import ampersand_names, ner_candidates, titled_appositions
from kg.extract.other_names import (
    described_as_medium,
    force_name,
    heading_line,
    named_honour,
    named_place,
    named_ship,
    quoted_name,
    version_name,
)
from kg.extract.person_spans import (
    before_state,
    past_place,
    past_rank,
    past_title,
    spelled_acronym,
    with_first_name,
    with_second_surname,
)
from kg.extract.ranked_names import names_after_ranks, surnames_after_ranks
from kg.extract.thing_names import listed_things, naming_scheme, thing_name
from kg.gazetteer import Gazetteer, combining_forms
from kg.records import Entity
from kg.text import fold

CLASS_OF_KIND = {
    gz.NAME: "State", gz.CAPITAL: "City", gz.CITY: "City", gz.DEMONYM: "State", gz.BODY: "GovernmentBody",
    gz.ORGANISATION: "Organisation", gz.COMPANY: "Company", gz.WEAPON: "WeaponSystem", gz.PERSON: "Person",
    gz.ISSUE: "IssueAtStake",
}
_PRIORITY = {gz.ISSUE: 4, gz.PERSON: 4, gz.WEAPON: 4, gz.COMPANY: 4, gz.ORGANISATION: 4, gz.BODY: 4,
             gz.NAME: 3, gz.CAPITAL: 3, gz.CITY: 3, gz.DEMONYM: 2, "ner-person": 1, "ner-org": 0, "ner-place": -1}


@dataclass(frozen=True)
class Mention:
    """A span of a doc that names an entity. `state` is the state it stands for, when it stands for one."""

    start: int
    end: int
    entity: Entity
    how: str
    state: Entity | None = None

    def span(self, doc: Doc) -> Span:
        return doc_words.span(doc, self.start, self.end)


def replaced(mentions: list[Mention], new: Iterable[Mention]) -> list[Mention]:
    """The mentions with `new` in place of those they overlap, in text order (the mentions themselves if none)."""
    new = list(new)
    if not new:
        return mentions
    kept = [m for m in mentions if not any(m.start < n.end and n.start < m.end for n in new)]
    return sorted(kept + new, key=lambda m: m.start)


def firm_mention(doc: Doc, start: int, end: int) -> Mention:
    """The words from `start` to `end` as a firm the reference data does not know (its name in single spaces)."""
    text = doc[start:end].text
    return Mention(start, end, Entity("org:" + " ".join(text.split()), text, "Company"), gz.COMPANY)


def reference_entity(gaz: Gazetteer, iri: str, how: str) -> Entity:
    cls = CLASS_OF_KIND.get(how, "Thing")
    if how == gz.DEMONYM:
        cls = "State"
    return Entity(iri, gaz.label.get(iri, iri), cls, iri)


def state_entity(gaz: Gazetteer, iri: str | None) -> Entity | None:
    return None if iri is None else Entity(iri, gaz.label.get(iri, iri), "State", iri)


def _unhyphened(label: str, text: str) -> bool:
    """A state's name with capitalised hyphened words (« États-Unis ») written with spaces (« Etats Unis »)."""
    parts = label.split("-")
    return len(parts) > 1 and all(p[:1].isupper() for p in parts) and " " in text and "-" not in text and \
        len(text.split()) == len(parts)


def _cased_like(label: str, text: str, state: bool) -> bool:
    """A proper-name form ("Rafale", "Mistral") only matches capitalised text ("rafale de vent" is not a jet); a
    title after its article (« Le Monde ») only with the title capitalised (« Le monde a changé » is no paper); a
    state's byname of several words may begin with a lowercase common noun if a later word is a proper name (« le
    pays du Cèdre », « le pays de l'Oncle Sam »); a state's hyphened name written with a space keeps its capitals
    (« les Etats Unis », not « les États unis dans l'alliance »)."""
    words = text.replace("'", "' ").split()
    if state and _unhyphened(label, text):
        return all(w[:1].isupper() for w in words)
    if len(words) > 1 and words[0] in {"Le", "La", "Les", "L'"} and re.match(r"(?:Le|La|Les) |L'", label):
        return words[1][:1].isupper()
    if state and len(words) > 1 and any(w[:1].isupper() for w in words[1:]):
        return True
    return not label[:1].isupper() or text[:1].isupper() or text[:1].isdigit()


_PLACE_LIKE = {gz.NAME, gz.CAPITAL, gz.CITY, gz.DEMONYM}


def _rank(candidate: tuple[int, int, str, str | None], candidates: list[tuple[int, int, str, str | None]],
          namesakes: set[tuple[int, int]]) -> int:
    """Reference data beats the statistical NER (« 26 Rafale Marine » is no organisation), except a person's
    name that holds a place name (« Maurice Martin », « Jean Paris ») or ends in a weapon's (« Jean Mistral »),
    or a known person's surname only."""
    start, end, how, _ = candidate
    if not how.startswith("ner-"):
        return 1
    if (start, end) in namesakes:
        return 2
    if how == "ner-person":
        inside = [c for c in candidates if not c[2].startswith("ner-") and c[0] < end and start < c[1]]
        if inside and all(start <= c[0] and c[1] <= end and c[1] - c[0] < end - start and (
                c[2] in _PLACE_LIKE or (c[2] == gz.WEAPON and (c[1] == end or _first_name(c, end)))) for c in inside):
            return 2  # « Jean Paris », « le général Paul Mistral »: a first name before a weapon's name
    return 0


def _first_name(candidate: tuple[int, int, str, str | None], end: int) -> bool:
    """« Paul Nom », the NER's person of two words: a weapon's one-word name is the first name."""
    return candidate[1] - candidate[0] == 1 and candidate[1] == end - 1


@lru_cache(maxsize=1 << 14)
def weapon_key(name: str) -> str:
    """The key of a weapon system the reference data lacks, one per article however its name is spaced or
    hyphenated (« K-9 », « K9 »); kept per name: an article's words are tried against its minted systems."""
    return "weapon:" + re.sub(r"[^0-9a-z]+", "", fold(name))


def weapon_heads(gaz: Gazetteer) -> frozenset[str]:
    """The one-word weapon nouns: the reference's generic nouns and weapon-heads.tsv."""
    return gaz.one_word_weapon_nouns | word_list("weapon-heads.tsv")


def _named_heads(gaz: Gazetteer) -> frozenset[str]:
    """Nouns a name right after names a thing, not a person: weapons and ships, places and facilities, groups."""
    return weapon_heads(gaz) | word_list("named-places.tsv") | word_list("group-nouns.tsv")


def _people_read(doc: Doc, candidates: list[tuple[int, int, str, str | None]], nouns: frozenset[str],
                 titles: frozenset[str]) -> list[tuple[int, int, str, None]]:
    """The NER's candidates, person spans corrected by the places, states and titles around them."""
    places = {c[0]: c[1] for c in candidates if c[2] in {gz.NAME, gz.CAPITAL}}
    states = {c[0]: c[1] for c in candidates if c[2] == gz.NAME}
    known = {i for c in candidates for i in range(c[0], c[1])}
    facilities = word_list("named-places.tsv")
    ner = ner_candidates(doc, titles)
    people = [(c[0], c[1]) for c in ner if c[2] == "ner-person"]
    things = {(s, e) for s, e in people if named_ship(doc, s, e, nouns, titles) or named_place(
        doc, s, e, facilities) or quoted_name(doc, s, e, titles) or named_honour(doc, s, e) or heading_line(
        doc, s, e) or described_as_medium(doc, s, e) or spelled_acronym(doc, s, e) or version_name(
        doc, s, e) or thing_name(doc, s, e, titles) or force_name(doc, s, e)}
    things |= listed_things(doc, people, things, titles)
    things |= {(s, e) for s, e in people if _places_only(doc, s, e, places)}
    read = [with_second_surname(with_first_name(before_state(past_place(past_rank(c, doc), places, doc), states,
                                                             doc, titles), known, doc, titles), doc)
            for c in ner if c[2] != "ner-person" or (c[0], c[1]) not in things]
    return read + [(name.start, name.end, "ner-person", None) for name in names_after_ranks(doc, known, titles)] + \
        names_after_demonyms(doc, candidates, titles) + surnames_after_ranks(doc, candidates, titles)


def _places_only(doc: Doc, start: int, end: int, places: dict[int, int]) -> bool:
    """« le sommet Afrique- France »: words that are all states, capitals or parts of the world (world-regions.tsv),
    one of them at least a state or a capital the data knows, name no one."""
    named = {i for place, place_end in places.items() for i in range(place, place_end)}
    regions = word_list("world-regions.tsv")
    return any(i in named for i in range(start, end)) and \
        all(i in named or doc[i].is_punct or doc[i].lower_.strip("-") in regions for i in range(start, end))


def _no_demonym(doc: Doc, start: int, end: int, demonyms: dict[int, str | None]) -> bool:
    """« Indian Army » is English to the parser (X): a force's name, whatever its tags; but « des drones turcs »,
    « les présidents ghanéen et togolais » the tagger reads as verbs (« le ministre vanuatais »: as an auxiliary, a
    form like an imperfect's) after a noun or the demonym listed with."""
    head = doc[end - 1]
    misread = head.pos_ in {"VERB", "AUX"} and start > 0 and (doc[start - 1].pos_ == "NOUN" or (
        doc[start - 1].lower_ in {"et", ","} and start - 2 in demonyms))
    return head.pos_ not in {"ADJ", "NOUN", "PROPN"} and not misread and not _nationality_noun(doc, start, end) and \
        end - start == 1


def _nationality_noun(doc: Doc, start: int, end: int) -> bool:
    """« de l'allemand Nom Nom »: a demonym after an article and before a capitalised name is a noun telling the
    name's nationality (a firm's, a person's), whatever the tagger calls it (a pronoun, once « de » is before)."""
    return start > 0 and doc[start - 1].lower_.replace("\u2019", "'") in {"l'", "le", "la", "les"} and \
        end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha


def find_mentions(doc: Doc, gaz: Gazetteer, phrase: PhraseMatcher, targets: list[tuple[str, str]],
                  titles: frozenset[str]) -> list[Mention]:
    """Non-overlapping mentions of reference entities, people (NER) and unknown organisations (NER); `titles`
    are the words of post titles (a name right after one is a person's)."""
    candidates: list[tuple[int, int, str, str | None]] = []  # start, end, how, iri
    forms_first: dict[str, str] = {}
    matches = [(start, end, *targets[int(doc.vocab.strings[match_id])]) for match_id, start, end in phrase(doc)]
    demonyms = {start: gaz.state_of.get(iri) for start, _, iri, how in matches if how == gz.DEMONYM}
    gz_caps = gaz.capitalised_forms
    weapon_nouns = weapon_heads(gaz)
    combining, products = combining_forms(), weapon_nouns | word_list("firm-nouns.tsv")
    names = {(start, end) for start, end, _, how in matches if how == gz.NAME}
    firm_ends = {end for _, end, _, how in matches if how == gz.COMPANY}
    for start, end, iri, how in matches:
        if inside_compound(doc, start, end, names if how == gz.NAME else set()):
            continue  # « le stade Santiago-Bernabéu » names no capital
        if how in {gz.ORGANISATION, gz.BODY} and narrowed(doc, end, demonyms, gaz.state_of.get(iri), matches):
            continue  # « le Conseil de sécurité nationale », « le Conseil de sécurité iranien »: a state's own body
        if how in {gz.NAME, gz.DEMONYM} and naming_scheme(doc, start):
            continue  # « selon la classification US »: the scheme a system is named in
        if how == gz.NAME and start in firm_ends:
            continue  # « Nom Systems Canada »: a firm's branch in that state, named after it
        if (how in {gz.NAME, gz.CAPITAL, gz.CITY} and not_the_place(doc, start, end, how != gz.NAME, gz_caps)) or \
                (how == gz.NAME and demonyms.get(end, iri) not in {iri, None}):  # « la Macédoine grecque »: a region
            continue
        if how == gz.DEMONYM:
            compound = compound_of_states(doc, start, combining)
            if of_a_product(doc, *compound, products) if compound else (
                    _no_demonym(doc, start, end, demonyms) or a_language(doc, start, end) or an_idiom(doc, start, end)
                    or of_a_feature(doc, start)
                    or of_a_region(doc, start, gaz.label.get(gaz.state_of.get(iri) or "", ""))):
                continue
        elif how == gz.BODY:  # « le département d'État », « le ministère » are written lowercase too
            if acronym_not_in_capitals(doc_words.span_text(doc, start, end), gz_caps):
                continue
        else:
            text = doc_words.span_text(doc, start, end)  # read only here: most matches are left before
            first = forms_first.get(iri)
            if first is None:
                first = forms_first[iri] = gaz.label.get(iri, "X")
            if not _cased_like(first, text, how == gz.NAME) and not (how == gz.WEAPON and (
                    noun_first(text, products) or written_lowercase(doc, start, text, weapon_nouns))):
                continue
        candidates.append((past_title(doc, start, end, titles) if how == gz.PERSON else start, end, how, iri))
    candidates += _people_read(doc, candidates, _named_heads(gaz), titles)
    namesakes = namesake_spans(doc, gaz, candidates) | city_first_names(doc, candidates) | \
        titled_appositions(doc, candidates, titles) | {(n.start, n.end) for n in ampersand_names(doc)} | \
        firms_named_after_states(doc, candidates)
    # sorted(), not list.sort(): the key reads the whole list, which sort() empties while it runs
    ranked = sorted(candidates, key=lambda c: (-_rank(c, candidates, namesakes), -(c[1] - c[0]), -_PRIORITY[c[2]],
                                               c[0]))
    return shared_surnames(doc, _as_mentions(doc, gaz, ranked))


def _as_mentions(doc: Doc, gaz: Gazetteer, ranked: list[tuple[int, int, str, str | None]]) -> list[Mention]:
    """The candidates, best first, that overlap none taken before them, as mentions in text order."""
    taken = [False] * len(doc)
    mentions: list[Mention] = []
    for start, end, how, target in ranked:
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        text = doc_words.span_text(doc, start, end)
        introduced = _firm_introduced(doc, start)
        if how == "ner-person" and not introduced:
            entity = Entity("person:" + re.sub(r"\s+", " ", text), text, "Person")
            mentions.append(Mention(start, end, entity, gz.PERSON))
        elif how in {"ner-org", "ner-person"}:  # « X Systems », « la société X »: a firm's name
            firm = introduced or doc[end - 1].lower_ in word_list("firm-name-ends.tsv")
            entity = Entity("org:" + re.sub(r"\s+", " ", text), text, "Company" if firm else "Organisation")
            mentions.append(Mention(start, end, entity, "ner-org"))
        elif how == "ner-place":  # a town the reference data lacks: a minted city, a place and never an actor
            mentions.append(Mention(start, end, Entity("place:" + re.sub(r"\s+", " ", text), text, "City"), gz.CITY))
        else:
            assert target is not None
            state = state_entity(gaz, gaz.state_of.get(target))
            entity = reference_entity(gaz, target, how)
            mentions.append(Mention(start, end, (state or entity) if how == gz.DEMONYM else entity, how, state))
    return sorted(mentions, key=lambda m: m.start)


def _firm_introduced(doc: Doc, start: int) -> bool:
    """« la société X », « au groupe X »: a name right after a noun that introduces a firm is a firm's (not after
    a qualifier: « le groupe armé X »; with a demonym between, « le constructeur russe X », it tells the side)."""
    at = start - 1
    return (at >= 1 and doc[at].lower_ in firm_nouns() and (
        doc[at - 1].lower_ in {"au", "du"} or any(c.dep_ == "det" for c in doc[at].children))) or \
        after_firm_trade(doc, start)  # « le groupe d'armement X »


_FUNCTION_WORDS = {"de", "du", "des", "d'", "la", "le", "l'", "les", "et", "à", "au", "aux", "en", "pour"}


def title_words(gaz: Gazetteer) -> frozenset[str]:
    """Every word of every post's title heads and complements (« ministre », « président », « Défense »,
    « Finances »...), less the function words."""
    words = {w.lower() for role in gaz.roles for text in (*role.heads, *role.complements)
             for w in text.replace("'", "' ").split()}
    return frozenset(words - _FUNCTION_WORDS)
