"""What the statistical NER adds to the reference data's mentions, read against titles and the sentence: people it
cuts or misreads (titles, honorifics, ranks taken into a name), firms (« X & Y », « Prénom Defense »), towns and
sites the data lacks, and what it wrongly calls an organisation (a post, a style of address, a state's body). A
person's name it read is cleaned by kg.extract.cleaned_names."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.extract.cleaned_names import HONORIFICS, clean_person
from kg.extract.doc_words import ents, texts, tokens
from kg.extract.firm_trades import after_firm_trade
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import firm_nouns, word_list
from kg.extract.name_senses import not_the_place
from kg.extract.person_spans import (
    NAME_PARTICLES,
    name_after_complement,
    name_after_rank,
    name_after_title,
    past_style,
    surname_after_title,
    title_after,
)
from kg.extract.ranked_names import ranked_surname
from kg.extract.town_runs import town_runs


def _firm_apposition(ent: Span) -> bool:
    """« la compagnie aérienne nationale, Royal Air Pays », « ..., Prénom Airlines »: a name that ends on a firm's
    name end, or set off after a firm noun and its adjectives, is a firm's, no one's."""
    doc, at = ent.doc, ent.start - 2
    while at > 0 and doc[at].pos_ == "ADJ" and doc[at].text.islower():
        at -= 1
    return ent[-1].lower_ in word_list("firm-name-ends.tsv") or (at >= 0 and doc[at].lemma_.lower() in firm_nouns())


def titled_appositions(doc: Doc, candidates: list[tuple[int, int, str, str | None]],
                        titles: frozenset[str]) -> set[tuple[int, int]]:
    """« Le président de la société X, Prénom Nomarque, », « les ambassadeurs d'A et de B, Prénom Nom et
    Prénom Nom »: capitalised words alone between a comma and a comma, a full stop, « et » or a bracket (« X (à la
    retraite) »), a few words after a title, which the NER calls a place but the data does not know as one (or
    which end on a weapon's or a company's name), are a person."""
    found: set[tuple[int, int]] = set()
    known = {i for c in candidates if not c[2].startswith("ner-") for i in range(c[0], c[1])}
    for ent in ents(doc):
        start, end = ent.start, ent.end
        if ent.label_ != "PER" and title_after(doc, ent, titles) and not any(i in known for i in range(start, end)) \
                and (person := clean_person(ent)) is not None:
            candidates.append((person.start, person.end, "ner-person", None))  # « avec Prénom Nom, son homologue »
            found.add((person.start, person.end))
            continue
        # the apposition may run on to a complement with no comma to close it (« ..., Prénom Nom au sujet de »)
        if ent.label_ == "PER" or end - start < 2 or start < 2 or doc[start - 1].text != "," or \
                end >= len(doc) or (doc[end].lower_ not in {",", ".", "et", "("} and not (
                    doc[end].pos_ == "ADP" and doc[end].text.islower())) or start in known or _firm_apposition(ent):
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
        person = clean_person(ent, HONORIFICS | word_list("honorifics.tsv")) if unknown else ent
        if person is not None and (unknown or all(t.is_alpha and t.text[:1].isupper() for t in ent)):
            candidates.append((person.start, person.end, "ner-person", None))
            found.add((person.start, person.end))
    return found


def ampersand_names(doc: Doc) -> list[Span]:
    """« China National Aero-Technology Import & Export Corp », which the NER cuts in pieces: a run of capitalised
    words joined by « & » is the name of one firm, up to the last of the words that end a firm's name after the « & »
    (« Defence & Aerospace »): a system's name may follow it."""
    names: list[Span] = []
    if "&" not in texts(doc):
        return names  # most paragraphs: neither their text joined nor a Token object made for each word
    for amp in (t for t in doc if t.text == "&" and 0 < t.i < len(doc) - 1):
        start, end = amp.i, amp.i + 1
        # « la société d'État X & Y »: a capitalised word after « de » belongs to the words describing the firm
        while start > 1 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start \
                and doc[start - 2].lower_ not in DE_CASES:
            start -= 1
        ends = word_list("firm-name-ends.tsv")
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and \
                not (doc[end - 1].lower_ in ends and doc[end].lower_ not in ends):
            end += 1  # « X Defence & Aerospace Zorvak »: the firm's name ends with its last name-end word
        if start < amp.i and end > amp.i + 1 and end - start <= 9:
            names.append(doc[start:end])
    return names


def _addressed(ent: Span) -> bool:
    """« SEM. X », « S.E. Y »: a style of address the NER takes for an organisation."""
    return ent[0].lower_.replace(".", "") in word_list("address-abbreviations.tsv")


@cache
def _school_ends() -> frozenset[str]:
    """The last words of a school's, a command's or a body's name (one set, made once)."""
    return word_list("institution-name-ends.tsv") | word_list("body-name-words.tsv")


@cache
def _honorifics(ranked: bool) -> frozenset[str]:
    """The words before a name a person span drops: the words of address, and the ranks after an article."""
    return HONORIFICS | (word_list("military-ranks.tsv") if ranked else frozenset())


def _honoured(ent: Span) -> bool:
    """A name opened by an honorific or a style of address (« Son Altesse »): tested before the costlier cleaning,
    as most such names have none."""
    return bool({ent[0].lower_, ent[0].lower_.rstrip(".")} & HONORIFICS or past_style([t.lower_ for t in ent], 0))


def ner_candidates(doc: Doc, titles: frozenset[str]) -> list[tuple[int, int, str, None]]:
    """What the statistical NER adds: people, unknown organisations and towns the reference data lacks."""
    found: list[tuple[int, int, str, None]] = []
    for ent in ampersand_names(doc):
        found.append((ent.start, ent.end, "ner-org", None))
    towns = town_runs(doc)  # « la cité balnéaire de X del Y »: a town, whatever the NER calls it
    found += [(start, end, "ner-place", None) for start, end in towns]
    in_town = {i for start, end in towns for i in range(start, end)}
    for ent in ents(doc):
        if in_town and ent.label_ != "PER" and any(i in in_town for i in range(ent.start, ent.end)):
            continue
        # « la National Defense Academy », « l'Eastern Command »: a school's or a command's name, no one's; so is
        # « la filiale X Naval », « les Forces Royales Air », « (Air Independent Propulsion) »: a force's, a yard's,
        # a technique's
        school = ent[-1].lower_ in _school_ends()
        if ent.label_ == "PER" and school:
            continue
        if (ent.label_ == "PER" and (ent[-1].lower_ in word_list("firm-name-ends.tsv") or
                                     ent[0].lower_ in word_list("firm-name-starts.tsv") or _legal_form_after(ent))) \
                or _firm_named_as_other(ent) or after_firm_trade(doc, ent.start):
            # « Prénom Defense », « Astilleros X »: a firm's name, no one's; « X Aviation Industry »: no place's
            found.append((ent.start, ent.end, "ner-org", None))
        elif ent.label_ == "PER":
            # « Président de la République de X » is a title, not a person: only a name after it counts
            # « le Vice-amiral Prénom Nom », « ..., Amiral Prénom Nom »: a capitalised rank the NER took into the
            # name (not « l'aérodrome Colonel Prénom Nom », a place named after someone)
            ranked = ent.start == 0 or doc[ent.start - 1].lower_ in {"le", "la", "du", "au", ",", "("}
            titled = ent[0].lower_ in titles and (ranked or ent[0].lower_ not in word_list("military-ranks.tsv") or
                                                  not doc[ent.start - 1].text.islower())  # « le Comte Amiral X »
            person = (name_after_title(ent, titles) or name_after_rank(ent) or ranked_surname(ent, titles) or
                      surname_after_title(ent)) if titled \
                else \
                clean_person(ent, _honorifics(ranked))
            if person is not None:
                found.append((person.start, person.end, "ner-person", None))
        elif ent.label_ in {"MISC", "ORG"} and not school and (named := name_after_title(ent, titles)) is not None:
            found.append((named.start, named.end, "ner-person", None))
        elif (named := surname_after_title(ent)) is not None:
            found.append((named.start, named.end, "ner-person", None))  # « le Ministre Nom »
        elif ent.label_ in {"MISC", "LOC"} and _honoured(ent) and (person := clean_person(ent)) is not None:
            found.append((person.start, person.end, "ner-person", None))  # « Son Altesse le Cheikh X », « SEM X »
        elif ent.label_ in {"LOC", "MISC", "ORG"} and (styled := _styled_inside(ent)) is not None:
            found.append((styled.start, styled.end, "ner-person", None))  # « au Palais X Son Altesse Prénom Nom »
        elif ent.label_ == "ORG" and _styled(ent) and (person := clean_person(ent)) is not None:
            found.append((person.start, person.end, "ner-person", None))  # « son Excellence Prénom Nom »
        elif ent.label_ in {"LOC", "MISC", "ORG"} and (named := name_after_complement(ent, titles)) is not None:
            found.append((named.start, named.end, "ner-person", None))  # « chargé de la Défense Nom Prénom »
        elif ent.label_ in {"ORG", "MISC"} and _named_by_town(ent):
            found.append((ent.start, ent.start + 1, "ner-place", None))  # « le Zorvik Air Show »: held in Zorvik
        elif ent.label_ == "ORG" and ent.text[:1].isupper() and len(ent) <= 6 and \
                any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in ent) and not _addressed(ent) \
                and not _body_of_state(ent) and not (  # « X, Directeur Ventes, a dit »: a post, no firm
                    ent[0].lower_ in titles and ent.start > 0 and doc[ent.start - 1].text == ",") \
                and not _titled_demonym(ent, titles):
            found.append((ent.start, ent.end, "ner-org", None))
        elif ent.label_ == "LOC" and _unknown_town(ent):
            found.append((ent.start, ent.end, "ner-place", None))
    taken = {i for start, end, _how, _ in found for i in range(start, end)}
    found += [(t.i, t.i + 1, "ner-org", None) for t in tokens(doc) if t.i not in taken and _complement_acronym(t)]
    return found


def _firm_named_as_other(ent: Span) -> bool:
    """« X Aviation Industry », « X Maintenance Company » the NER reads as a place or a thing: a name of several
    capitalised words (« combat management systems » spells out a technique), none « of » or « de » (« Ministry of
    Defence » is a body), that ends in a firm's last word."""
    return ent.label_ in {"LOC", "MISC"} and len(ent) >= 2 and ent[-1].lower_ in word_list("firm-name-ends.tsv") \
        and not any(t.lower_ in {"of", "de", "du", "des", "d'"} for t in ent) \
        and all(t.text[:1].isupper() or t.lower_ in {"and", "&", "et", "-"} for t in ent)


def _legal_form_after(ent: Span) -> bool:
    """« Nom Nom (Persero) »: a firm's legal form in brackets right after a name makes it a firm's."""
    after = [t.lower_ for t in ent.doc[ent.end:ent.end + 3]]
    return len(after) == 3 and after[0] == "(" and after[2] == ")" and after[1] in word_list("firm-name-ends.tsv")


def _styled(ent: Span) -> bool:
    """« son Excellence Prénom Nom », which the NER calls ORG: a style of address after « son » or « sa » (in the
    entity or just before it) makes the capitalised words after it a person's name, not a body's."""
    words = [t.lower_ for t in ent.doc[max(ent.start - 1, 0):ent.end]]
    at = next((i for i, w in enumerate(words[:2]) if w in {"son", "sa"}), None)
    return at is not None and past_style(words, at) > at + 1 and past_style(words, at) < len(words)


def _styled_inside(ent: Span) -> Span | None:
    """« reçu au Palais X Son Altesse Cheikh Prénom Nom », which the NER reads as one place: a style of address
    after « Son » or « Sa » inside the entity opens a person's name, the capitalised words after it."""
    words = [t.lower_ for t in ent]
    at = next((i for i in range(1, len(words) - 1) if words[i] in {"son", "sa"} and ent[i].text[:1].isupper() and
               past_style(words, i) > i + 1), None)
    if at is None:
        return None
    start = past_style(words, at)
    name = ent[start:]
    return name if len(name) >= 2 and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES or t.text == "-"
                                          for t in name) else None


_OF_THE = {"l'", "du", "des"}


def _complement_acronym(token: Token) -> bool:
    """« directeur général de l'ABCDE », « chef du XYZA »: a word in capitals after « de l' » or « du » that
    complements a noun names a body, whether or not the NER saw it (a surname in capitals is written as a name
    before the NER reads it: kg.nlp.plain)."""
    doc = token.doc
    # « Directeur Général de l'ABCDE », which the NER may read as a name: a title, the acronym no name's start
    if not (token.is_upper and token.is_alpha and len(token) >= 4) or token.i < 2 or \
            (token.ent_type_ == "PER" and token.ent_iob_ == "B"):
        return False
    before = doc[token.i - 1]
    noun = doc[token.i - 3] if before.lower_ == "l'" and doc[token.i - 2].lower_ == "de" else \
        doc[token.i - 2] if before.lower_ in _OF_THE else None
    return noun is not None and noun.pos_ in {"NOUN", "ADJ"} and noun.is_alpha and not noun.is_upper


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


def _titled_demonym(ent: Span, titles: frozenset[str]) -> bool:
    """« le Ministre Togolais », « le Président Sénégalais »: a capitalised title and its state's demonym are a post,
    no organisation."""
    return len(ent) > 1 and ent[0].lower_ in titles and all(t.lower_ in gz.french_demonyms() for t in ent[1:])


def _body_of_state(ent: Span) -> bool:
    """« le Commandement Sud des États-Unis », « l'État-major Général du Niger »: a state's own command or body,
    named with its state just after, stands for that state; it is no organisation of its own."""
    doc = ent.doc
    after = doc[ent.end:ent.end + 2]
    return ent[0].lemma_.lower() in word_list("state-bodies.tsv") and len(after) == 2 and \
        after[0].lower_ in DE_CASES and after[1].text[:1].isupper()


def _named_by_town(ent: Span) -> bool:
    """« le Zorvik Air Show », « le Zorvik Defence Forum »: an event named in English by its town's one word
    before the kind of event (a word of event-nouns.tsv, last)."""
    return 3 <= len(ent) <= 4 and ent[0].is_alpha and ent[0].text[:1].isupper() and not ent[0].is_upper and \
        ent[-1].lower_ in word_list("event-nouns.tsv") and all(t.text[:1].isupper() for t in ent)
