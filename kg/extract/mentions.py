"""Mentions: spans of a parsed paragraph that name a state, place, body, organisation, weapon or person."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg import gazetteer as gz
from kg.extract.firm_names import firms_named_after_states
from kg.extract.lexicon import word_list
from kg.extract.name_senses import (
    a_language,
    compound_of_states,
    inside_compound,
    narrowed,
    not_the_place,
    noun_first,
    of_a_feature,
    of_a_product,
    of_a_region,
)
from kg.extract.namesakes import city_first_names, namesake_spans
from kg.extract.person_spans import (
    NAME_PARTICLES,
    before_state,
    described_as_medium,
    heading_line,
    name_after_complement,
    name_after_rank,
    name_after_title,
    named_honour,
    named_place,
    named_ship,
    names_after_ranks,
    past_place,
    past_rank,
    past_style,
    past_title,
    quoted_name,
    spelled_acronym,
    title_after,
    with_first_name,
    with_second_surname,
)
from kg.gazetteer import Gazetteer, combining_forms
from kg.records import Entity
from kg.text import fold

CLASS_OF_KIND = {
    gz.NAME: "State", gz.CAPITAL: "City", gz.CITY: "City", gz.DEMONYM: "State", gz.BODY: "GovernmentBody",
    gz.ORGANISATION: "Organisation", gz.COMPANY: "Company", gz.WEAPON: "WeaponSystem", gz.PERSON: "Person",
    gz.ISSUE: "IssueAtStake",
}
_HONORIFICS = {"m.", "mme", "mmes", "mm.", "mlle", "m", "mr", "mrs", "dr", "me", "maître", "mgr", "sir", "lord"}
_PARTICLES = {"de", "du", "des", "d'", "von", "van", "der", "den", "al", "el", "ben", "bin", "ibn", "la", "le", "da",
              "di", "dos", "do", "das", "del", "della", "y", "e", "al-", "el-", "ould", "abou", "abu"}
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
        return doc[self.start:self.end]


def reference_entity(gaz: Gazetteer, iri: str, how: str) -> Entity:
    cls = CLASS_OF_KIND.get(how, "Thing")
    if how == gz.DEMONYM:
        cls = "State"
    return Entity(iri, gaz.label.get(iri, iri), cls, iri)


def state_entity(gaz: Gazetteer, iri: str | None) -> Entity | None:
    return None if iri is None else Entity(iri, gaz.label.get(iri, iri), "State", iri)


def _cased_like(label: str, text: str, state: bool) -> bool:
    """A proper-name form ("Rafale", "Mistral") only matches capitalised text ("rafale de vent" is not a jet); a
    title after its article (« Le Monde ») only with the title capitalised (« Le monde a changé » is no paper); a
    state's byname of several words may begin with a lowercase common noun if a later word is a proper name (« le
    pays du Cèdre », « le pays de l'Oncle Sam »)."""
    words = text.replace("'", "' ").split()
    if len(words) > 1 and words[0] in {"Le", "La", "Les", "L'"} and re.match(r"(?:Le|La|Les) |L'", label):
        return words[1][:1].isupper()
    if state and len(words) > 1 and any(w[:1].isupper() for w in words[1:]):
        return True
    return not label[:1].isupper() or text[:1].isupper() or text[:1].isdigit()


def _clean_person(span: Span, honorifics: frozenset[str] = frozenset(_HONORIFICS)) -> Span | None:
    doc, end = span.doc, span.end
    start = span.start + past_style([t.lower_ for t in span], 0)  # « Son Altesse Royale le Prince X »
    while start < end and (doc[start].lower_ in honorifics or doc[start].is_punct
                           or not doc[start].text[:1].isupper()):
        start += 1
    # « a remis à Prénom le Nom Nom, la plus haute distinction »: an article that no « de » leads ends the name,
    # the object of the verb comes after it (« Jean de la Fontaine » keeps his)
    end = next((t.i for t in doc[start + 1:end] if t.text in {"le", "la", "les"} and doc[t.i - 1].lower_ not in {
        "de", "d'"}), end)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _PARTICLES):
        end -= 1
    # a long Arabic name counts its words, not its particles and hyphens (« Hamad ben Khalifa Al-Thani »)
    if start >= end or sum(1 for t in doc[start:end] if t.text != "-" and t.lower_ not in _PARTICLES) > 5:
        return None
    tokens = doc[start:end]
    if end - start > 1 and doc[end - 2].lower_ in {"le", "la"} and \
            doc[end - 1].lower_ in word_list("military-ranks.tsv"):
        return None  # « Monsieur le Général », « ... Maliennes le Général »: a rank, the name comes after it
    if not all(t.text[:1].isupper() or t.lower_ in _PARTICLES or t.text == "-" or
               (t.i > 0 and doc[t.i - 1].text == "-") for t in tokens):
        return None
    # a model number is no name (« A-4AR Fightinghawk »); a capitalised word inside a sentence is no verb, whatever
    # the tagger says of a first name it does not know (« le ministre Muhammad Asif »)
    if any(t.like_num or any(c.isdigit() for c in t.text) or
           (t.pos_ in {"VERB", "AUX"} and (t.is_sent_start or (doc[t.i - 1].is_punct and doc[t.i - 1].text != "-")))
           for t in tokens):  # « Kim Min-su »: a syllable after a hyphen is no verb either
        return None
    return tokens


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
                c[2] in _PLACE_LIKE or (c[2] == gz.WEAPON and c[1] == end)) for c in inside):
            return 2  # « Jean Paris », « le général Paul Mistral »: a first name before a weapon's name
    return 0


def _titled_appositions(doc: Doc, candidates: list[tuple[int, int, str, str | None]],
                        titles: frozenset[str]) -> set[tuple[int, int]]:
    """« Le président de la société X, Prénom Nomarque, », « les ambassadeurs d'A et de B, Prénom Nom et
    Prénom Nom »: capitalised words alone between a comma and a comma, a full stop, « et » or a bracket (« X (à la
    retraite) »), a few words after a title, which the NER calls a place but the data does not know as one (or
    which end on a weapon's or a company's name), are a person."""
    found: set[tuple[int, int]] = set()
    known = {i for c in candidates if not c[2].startswith("ner-") for i in range(c[0], c[1])}
    for ent in doc.ents:
        start, end = ent.start, ent.end
        if ent.label_ != "PER" and title_after(doc, ent, titles) and not any(i in known for i in range(start, end)) \
                and (person := _clean_person(ent)) is not None:
            candidates.append((person.start, person.end, "ner-person", None))  # « avec Prénom Nom, son homologue »
            found.add((person.start, person.end))
            continue
        if ent.label_ == "PER" or end - start < 2 or start < 2 or doc[start - 1].text != "," or \
                end >= len(doc) or doc[end].lower_ not in {",", ".", "et", "("} or start in known:
            continue
        # a title or a body in capitals (« Chef Suprême », « Inspecteur des Armées ») is no one's name
        unknown = not any(i in known for i in range(start, end)) and not any(
            t.lower_ in titles or (t.is_alpha and t.text.islower() and t.lower_ not in NAME_PARTICLES) for t in ent)
        if not (end - 1 in known and end - start <= 3) and not unknown:
            continue
        if not any(t.lower_ in titles or (t.lower_[-1:] in {"s", "x"} and t.lower_[:-1] in titles)
                   for t in doc[max(0, start - 8):start - 1]):  # « les ambassadeurs de A et de B, X et Y »
            continue
        # « Dato' Seri Haji Prénom bin Nom »: the honorifics before a name the NER took for a place are not part of it
        person = _clean_person(ent, frozenset(_HONORIFICS) | word_list("honorifics.tsv")) if unknown else ent
        if person is not None and (unknown or all(t.is_alpha and t.text[:1].isupper() for t in ent)):
            candidates.append((person.start, person.end, "ner-person", None))
            found.add((person.start, person.end))
    return found


def _ampersand_names(doc: Doc) -> list[Span]:
    """« China National Aero-Technology Import & Export Corp », which the NER cuts in pieces: a run of capitalised
    words joined by « & » is the name of one firm."""
    names: list[Span] = []
    if doc.vocab.strings["&"] not in doc.to_array(ORTH):
        return names  # most paragraphs: neither their text joined nor a Token object made for each word
    for amp in (t for t in doc if t.text == "&" and 0 < t.i < len(doc) - 1):
        start, end = amp.i, amp.i + 1
        # « la société d'État X & Y »: a capitalised word after « de » belongs to the words describing the firm
        while start > 1 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start \
                and doc[start - 2].lower_ not in {"de", "d'", "du", "des"}:
            start -= 1
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if start < amp.i and end > amp.i + 1 and end - start <= 9:
            names.append(doc[start:end])
    return names


def _addressed(ent: Span) -> bool:
    """« SEM. X », « S.E. Y »: a style of address the NER takes for an organisation."""
    return ent[0].lower_.replace(".", "") in word_list("address-abbreviations.tsv")


def _ner_candidates(doc: Doc, titles: frozenset[str]) -> list[tuple[int, int, str, None]]:
    """What the statistical NER adds: people, unknown organisations and towns the reference data lacks."""
    found: list[tuple[int, int, str, None]] = []
    for ent in _ampersand_names(doc):
        found.append((ent.start, ent.end, "ner-org", None))
    for ent in doc.ents:
        if ent.label_ == "PER" and ent[-1].lower_ in word_list("firm-name-ends.tsv"):
            found.append((ent.start, ent.end, "ner-org", None))  # « Prénom Defense »: a firm's name, no one's
        elif ent.label_ == "PER":
            # « Président de la République de X » is a title, not a person: only a name after it counts
            # « le Vice-amiral Prénom Nom », « ..., Amiral Prénom Nom »: a capitalised rank the NER took into the
            # name (not « l'aérodrome Colonel Prénom Nom », a place named after someone)
            ranked = ent.start == 0 or doc[ent.start - 1].lower_ in {"le", "la", "du", "au", ",", "("}
            person = (name_after_title(ent, titles) or name_after_rank(ent)) if ent[0].lower_ in titles else \
                _clean_person(ent, frozenset(_HONORIFICS) | (word_list("military-ranks.tsv") if ranked else set()))
            if person is not None:
                found.append((person.start, person.end, "ner-person", None))
        elif ent.label_ in {"MISC", "ORG"} and (named := name_after_title(ent, titles)) is not None:
            found.append((named.start, named.end, "ner-person", None))
        elif ent.label_ in {"MISC", "LOC"} and (person := _clean_person(ent)) is not None and (
                ent[0].lower_ in _HONORIFICS or past_style([t.lower_ for t in ent], 0)):
            found.append((person.start, person.end, "ner-person", None))  # « Son Altesse le Cheikh X », « Dr X »
        elif ent.label_ in {"LOC", "MISC"} and (named := name_after_complement(ent, titles)) is not None:
            found.append((named.start, named.end, "ner-person", None))  # « chargé de la Défense Nom Prénom »
        elif ent.label_ in {"ORG", "MISC"} and _named_by_town(ent):
            found.append((ent.start, ent.start + 1, "ner-place", None))  # « le Zorvik Air Show »: held in Zorvik
        elif ent.label_ == "ORG" and ent.text[:1].isupper() and len(ent) <= 6 and \
                any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in ent) and not _addressed(ent) \
                and not _body_of_state(ent) and not (  # « X, Directeur Ventes, a dit »: a post, no firm
                    ent[0].lower_ in titles and ent.start > 0 and doc[ent.start - 1].text == ","):
            found.append((ent.start, ent.end, "ner-org", None))
        elif ent.label_ == "LOC" and _unknown_town(ent):
            found.append((ent.start, ent.end, "ner-place", None))
    return found


def weapon_key(name: str) -> str:
    """The key of a weapon system the reference data lacks, one per article however its name is spaced or
    hyphenated (« K-9 », « K9 »)."""
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
    read = [with_second_surname(with_first_name(before_state(past_place(past_rank(c, doc), places, doc), states,
                                                             doc, titles), known, doc, titles), doc)
            for c in _ner_candidates(doc, titles)
            if c[2] != "ner-person" or not (named_ship(doc, c[0], c[1], nouns, titles) or named_place(
                doc, c[0], c[1], facilities) or quoted_name(doc, c[0], c[1], titles) or named_honour(
                doc, c[0], c[1]) or heading_line(doc, c[0], c[1]) or described_as_medium(doc, c[0], c[1])
                or spelled_acronym(doc, c[0], c[1]))]
    return read + [(name.start, name.end, "ner-person", None) for name in names_after_ranks(doc, known, titles)]


def _no_demonym(doc: Doc, start: int, end: int, demonyms: dict[int, str | None]) -> bool:
    """« Indian Army » is English to the parser (X): a force's name, whatever its tags; but « des drones turcs »,
    « les présidents ghanéen et togolais » the tagger reads as verbs after a noun or the demonym listed with."""
    head = doc[end - 1]
    misread = head.pos_ == "VERB" and start > 0 and (doc[start - 1].pos_ == "NOUN" or (
        doc[start - 1].lower_ in {"et", ","} and start - 2 in demonyms))
    return head.pos_ not in {"ADJ", "NOUN", "PROPN"} and not misread and end - start == 1


def find_mentions(doc: Doc, gaz: Gazetteer, phrase: PhraseMatcher, targets: list[tuple[str, str]],
                  titles: frozenset[str]) -> list[Mention]:
    """Non-overlapping mentions of reference entities, people (NER) and unknown organisations (NER); `titles`
    are the words of post titles (a name right after one is a person's)."""
    candidates: list[tuple[int, int, str, str | None]] = []  # start, end, how, iri
    forms_first: dict[str, str] = {}
    matches = [(start, end, *targets[int(doc.vocab.strings[match_id])]) for match_id, start, end in phrase(doc)]
    demonyms = {start: gaz.state_of.get(iri) for start, _, iri, how in matches if how == gz.DEMONYM}
    gz_caps = gaz.capitalised_forms
    combining, products = combining_forms(), weapon_heads(gaz) | word_list("firm-nouns.tsv")
    for start, end, iri, how in matches:
        text = doc[start:end].text
        if inside_compound(doc, start, end):
            continue  # « le stade Santiago-Bernabéu » names no capital
        if how in {gz.ORGANISATION, gz.BODY} and narrowed(doc, end, demonyms, gaz.state_of.get(iri), matches):
            continue  # « le Conseil de sécurité nationale », « le Conseil de sécurité iranien »: a state's own body
        if (how in {gz.NAME, gz.CAPITAL, gz.CITY} and not_the_place(doc, start, end, how != gz.NAME, gz_caps)) or \
                (how == gz.NAME and demonyms.get(end, iri) not in {iri, None}):  # « la Macédoine grecque »: a region
            continue
        if how == gz.DEMONYM:
            compound = compound_of_states(doc, start, combining)
            if of_a_product(doc, *compound, products) if compound else (
                    _no_demonym(doc, start, end, demonyms) or a_language(doc, start, end) or of_a_feature(doc, start)
                    or of_a_region(doc, start, gaz.label.get(gaz.state_of.get(iri) or "", ""))):
                continue
        elif how != gz.BODY:  # « le département d'État », « le ministère » are written lowercase too
            first = forms_first.get(iri)
            if first is None:
                first = forms_first[iri] = gaz.label.get(iri, "X")
            if not _cased_like(first, text, how == gz.NAME) and not (how == gz.WEAPON and noun_first(text, products)):
                continue
        candidates.append((past_title(doc, start, end, titles) if how == gz.PERSON else start, end, how, iri))
    candidates += _people_read(doc, candidates, _named_heads(gaz), titles)
    namesakes = namesake_spans(doc, gaz, candidates) | city_first_names(doc, candidates) | \
        _titled_appositions(doc, candidates, titles) | {(n.start, n.end) for n in _ampersand_names(doc)} | \
        firms_named_after_states(doc, candidates)
    # sorted(), not list.sort(): the key reads the whole list, which sort() empties while it runs
    ranked = sorted(candidates, key=lambda c: (-_rank(c, candidates, namesakes), -(c[1] - c[0]), -_PRIORITY[c[2]],
                                               c[0]))
    return _as_mentions(doc, gaz, ranked)


def _as_mentions(doc: Doc, gaz: Gazetteer, ranked: list[tuple[int, int, str, str | None]]) -> list[Mention]:
    """The candidates, best first, that overlap none taken before them, as mentions in text order."""
    taken = [False] * len(doc)
    mentions: list[Mention] = []
    for start, end, how, target in ranked:
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        text = doc[start:end].text
        if how == "ner-person":
            entity = Entity("person:" + re.sub(r"\s+", " ", text), text, "Person")
            mentions.append(Mention(start, end, entity, gz.PERSON))
        elif how == "ner-org":
            entity = Entity("org:" + re.sub(r"\s+", " ", text), text, "Organisation")
            mentions.append(Mention(start, end, entity, "ner-org"))
        elif how == "ner-place":  # a town the reference data lacks: a minted city, a place and never an actor
            mentions.append(Mention(start, end, Entity("place:" + re.sub(r"\s+", " ", text), text, "City"), gz.CITY))
        else:
            assert target is not None
            state = state_entity(gaz, gaz.state_of.get(target))
            entity = reference_entity(gaz, target, how)
            mentions.append(Mention(start, end, (state or entity) if how == gz.DEMONYM else entity, how, state))
    return sorted(mentions, key=lambda m: m.start)


def _unknown_town(ent: Span) -> bool:
    """« à Limours », « à Charm el-Cheikh », « à Camp David », « près de Limours », « en Bretagne »: a place the NER
    reads after « à » (or after « de » naming an event), capitalised, of a few words, is a town or a site; after
    « en », a region (« la mer Noire » is no town; a name the reference data knows is ranked before it)."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    # « le salon de l'armement de Tozeur », « la foire de Sintra »: the town an event is named by (a proper
    # noun: « un sommet des chefs d'État » names none)
    events = word_list("event-nouns.tsv")
    of_event = before is not None and before.lower_ in {"de", "d'"} and ent.root.dep_ == "nmod" and \
        ent.root.pos_ == "PROPN" and (
        ent.root.head.lemma_.lower() in events or ent.root.head.head.lemma_.lower() in events)
    near = before is not None and before.lower_ == "de" and ent.start >= 2 and doc[ent.start - 2].lower_ == "près"
    # « s'est rendu en Bretagne »: a region of one state (not a continent, « en Afrique », world-regions.tsv)
    region = before is not None and before.lower_ == "en" and ent[0].lower_ not in word_list("world-regions.tsv")
    return before is not None and (before.lower_ == "à" or of_event or near or region) and len(ent) <= 4 and \
        ent[0].text[:1].isupper() and ent[-1].is_alpha and not any(t.like_num for t in ent) and \
        not not_the_place(doc, ent.start, ent.end, True, frozenset())


def _body_of_state(ent: Span) -> bool:
    """« le Commandement Sud des États-Unis », « l'État-major Général du Niger »: a state's own command or body,
    named with its state just after, stands for that state; it is no organisation of its own."""
    doc = ent.doc
    after = doc[ent.end:ent.end + 2]
    return ent[0].lemma_.lower() in word_list("state-bodies.tsv") and len(after) == 2 and \
        after[0].lower_ in {"de", "du", "des", "d'"} and after[1].text[:1].isupper()


def _named_by_town(ent: Span) -> bool:
    """« le Zorvik Air Show », « le Zorvik Defence Forum »: an event named in English by its town's one word
    before the kind of event (a word of event-nouns.tsv, last)."""
    return 3 <= len(ent) <= 4 and ent[0].is_alpha and ent[0].text[:1].isupper() and not ent[0].is_upper and \
        ent[-1].lower_ in word_list("event-nouns.tsv") and all(t.text[:1].isupper() for t in ent)


_FUNCTION_WORDS = {"de", "du", "des", "d'", "la", "le", "l'", "les", "et", "à", "au", "aux", "en", "pour"}


def title_words(gaz: Gazetteer) -> frozenset[str]:
    """Every word of every post's title heads and complements (« ministre », « président », « Défense »,
    « Finances »...), less the function words."""
    words = {w.lower() for role in gaz.roles for text in (*role.heads, *role.complements)
             for w in text.replace("'", "' ").split()}
    return frozenset(words - _FUNCTION_WORDS)
