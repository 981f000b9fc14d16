"""Who makes a weapon system the reference data lacks, as the article says it: « X, fabriqué par Y », « le X conçu
par Y », « le X du constructeur Y », « le X de Y », « Y, qui produit le X », « Y produit le X », « le X (Y) », and
« les missiles seront fabriqués par Y » after one system of that noun, « commandé au chantier Y », « commandé au
sud-coréen Y », « le chantier naval Y va livrer ». Y is a company of the reference data, or one
it lacks: a name the NER reads as an organisation, or capitalised words after a trade noun (« la société Zorvak
Aero »), minted as a company of the article. The builder an order names is builder_orders.py's; a maker the
system's own words tell (« son drone X », « Bell 407 ») is own_makers.py's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.extract.builder_orders import QUALIFYING, minted, ordered_from
from kg.extract.contracted_works import contracted_makers
from kg.extract.doc_words import lowers, tokens
from kg.extract.fronted_makers import fronted_systems
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list
from kg.extract.maker_works import work_makers
from kg.extract.making_links import coordinated_firms, joined_firms, maker_link, of_parts, taken_up, under_way
from kg.extract.mentions import Mention, firm_mention, replaced
from kg.extract.own_makers import named_after, own_systems
from kg.extract.ships import names_materiel
from kg.extract.sibling_makers import sibling_makers
from kg.extract.syntax import THESE
from kg.extract.weapon_nouns import MAKING_STEMS
from kg.extract.yard_builders import sole_yard, yard_builds
from kg.rdf import entity_iri
from kg.records import Entity

Makeable = Callable[[Mention], bool]  # a system whose makers the article may give: the reference data names none

_MAKING = {"fabriquer", "produire", "concevoir", "développer", "construire", "assembler", "réaliser"}
# words between a system and its maker: « le X du groupe sud-coréen Y », « le X de la société Y »
_MAKER_NOUNS = {"constructeur", "industriel", "groupe", "société", "firme", "fabricant", "avionneur", "motoriste",
                "chantier", "entreprise", "concepteur", "l'", "la", "le", "les", "du", "de", "d'", "des"}


_TRADES = {"constructeur", "industriel", "groupe", "société", "firme", "fabricant", "avionneur", "motoriste",
           "chantier", "entreprise", "concepteur"}


def _unknown_firms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Companies the reference data lacks: the NER's organisations, capitalised words after a trade noun and its
    lowercase adjectives (« le constructeur brésilien Zorvak Aero »), and a proper name no mention covers that is
    the subject of a verb of making."""
    taken = {i for m in mentions if m.how != "ner-org" for i in range(m.start, m.end)}
    # a name the NER took for a person's is the firm's after a trade noun (« le chantier naval Zorvak »)
    people = {i for m in mentions if m.how == gz.PERSON and m.entity.iri is None for i in range(m.start, m.end)}
    found = [firm_mention(doc, m.start, m.end) for m in mentions if m.how == "ner-org"]
    by_ner = {(f.start, f.end) for f in found}
    for token in tokens(doc):
        if token.dep_ == "nsubj" and token.pos_ == "PROPN" and token.head.lemma_.lower() in _MAKING and \
                token.i not in taken:  # « Zorvak Aero a développé le drone X », a name the NER left unread
            end = token.i + 1
            while end < len(doc) and end - token.i < 4 and end not in taken and doc[end].is_alpha and \
                    doc[end].text[:1].isupper():
                end += 1
            if end not in taken and not any(f.start < end and token.i < f.end for f in found):  # not « Selçuk
                found.append(firm_mention(doc, token.i, end))  # Bayraktar », a name cut by a known one
        if token.lower_ not in _TRADES and not (token.lower_.endswith("s") and token.lower_[:-1] in _TRADES):
            continue  # « le chantier naval X », « les chantiers navals X »
        start = token.i + 1
        while start < len(doc) and start - token.i < 3 and doc[start].text.islower() and doc[start].pos_ in QUALIFYING:
            start += 1
        end = start
        while end < len(doc) and end - start < 4 and (end not in taken or end in people) and doc[end].is_alpha \
                and doc[end].text[:1].isupper():
            end += 1
        cut = [f for f in found if f.start < end and start < f.end]
        # « le chantier X Marine »: the NER may cut one name in two organisations at a word that also names a body
        if end > start and all(start <= f.start and f.end <= end and (f.start, f.end) in by_ner for f in cut):
            found = [f for f in found if f not in cut] + [firm_mention(doc, start, end)]
    return found


def _firms_read(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the unknown companies in place of the NER's organisations they cover."""
    return replaced(mentions, _unknown_firms(doc, mentions))


def _maker_iri(company: Mention) -> str:
    return company.entity.iri if company.entity.iri is not None else str(entity_iri(company.entity))


def _company_after(mentions: list[Mention], start: int, limit: int = 5) -> Mention | None:
    return next((m for m in mentions if m.how == gz.COMPANY and start <= m.start < start + limit), None)


def _of_maker(doc: Doc, weapon: Mention, mentions: list[Mention]) -> Mention | None:
    """« le X du constructeur Y », « le X de Y », « le X du sud-coréen Y », « des hélicoptères X Falcon de la
    société Y » (past the model's name after its designator), « le X (Y) »."""
    i = weapon.end
    if i < len(doc) and doc[i].text == "(":  # « trois avions X (Y) »: the maker in brackets
        company = _company_after(mentions, i + 1, 1)
        return company if company is not None and company.end < len(doc) and doc[company.end].text == ")" else None
    while i < len(doc) and i - weapon.end < 2 and doc[i].is_alpha and doc[i].text[:1].isupper() \
            and not any(m.start == i for m in mentions):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in {"de", "du", "d'"}:
        return None
    demonyms = {j for m in mentions if m.how == gz.DEMONYM for j in range(m.start, m.end)}
    traded = False
    while i < len(doc) and i - weapon.end < 5 and (doc[i].lower_ in _MAKER_NOUNS or i in demonyms):
        traded = traded or doc[i].lower_ in _TRADES
        i += 1
    company = _company_after(mentions, i, 1)
    return company if company is not None and (traded or company.entity.iri is not None) else None  # « de Y »


_MAKER_TITLES = {"fabricant", "constructeur", "concepteur", "producteur", "motoriste", "avionneur"}


def _free(mentions: list[Mention], start: int, end: int) -> bool:
    """No name of the reference data (a state, a person, a place) nor any mention but the NER's in these words."""
    return not any(m.start < end and start < m.end and m.how not in {"ner-org", "ner-person"} for m in mentions)


def _apposed(doc: Doc, weapon: Mention, mentions: list[Mention]) -> Mention | None:
    """« Y, le fabricant du X », « le fabricant du drone X, Y »: the company a maker's title names beside it."""
    i = weapon.start - 1
    while i > 0 and doc[i].text.islower() and doc[i].lower_ not in DE_CASES and \
            weapon.start - i < 4:  # the system's noun and its complements
        i -= 1
    if i < 1 or doc[i].lower_ not in DE_CASES or doc[i - 1].lower_ not in _MAKER_TITLES:
        return None
    title = i - 1
    article = title - 1 if title > 0 and doc[title - 1].lower_ in {"le", "la", "l'"} else title
    if article > 1 and doc[article - 1].text == ",":
        before = next((m for m in mentions if m.how == gz.COMPANY and m.end == article - 1), None)
        start = article - 1
        while before is None and start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and \
                article - start < 4:
            start -= 1
        lone = start < article - 1 and not (start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper())
        if before is not None or (lone and _free(mentions, start, article - 1)):
            return before or firm_mention(doc, start, article - 1)
    if weapon.end < len(doc) and doc[weapon.end].text == ",":
        after = _company_after(mentions, weapon.end + 1, 1)
        end = weapon.end + 1
        while after is None and end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and \
                end - weapon.end < 4:
            end += 1
        lone = end > weapon.end + 1 and end < len(doc) and doc[end].text == ","
        firm = firm_mention(doc, weapon.end + 1, end) if lone and _free(mentions, weapon.end + 1, end) else None
        return after or firm
    return None


def _relative(doc: Doc, company: Mention, verb: Token) -> bool:
    """« Y, qui produit », « Y qui fabrique »: whatever the parser makes of the relative clause."""
    words = [t.lower_ for t in doc[company.end:verb.i]]
    return words in (["qui"], [",", "qui"])


def _governing_subject(token: Token, verb: Token) -> bool:
    """The subject of the verb a making verb completes (« Y va produire », « Y compte fabriquer », « Y a ouvert une
    usine pour construire »): the one who is to make."""
    completes = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "pour" for c in verb.children))
    return completes and ((token.dep_ == "nsubj" and token.head == verb.head) or
                          _titled_subject(token, verb.head))  # « le groupe Y va produire »


def _titled_subject(token: Token, verb: Token) -> bool:
    """A word of the name of a maker after the noun that is the verb's subject (« le constructeur Y produit »)."""
    head = token.head
    return token.dep_ in {"appos", "flat:name", "nmod"} and head.dep_ == "nsubj" and head.head == verb \
        and head.lemma_.lower() in _MAKER_NOUNS


def _made_by(span: Span, mentions: list[Mention], earlier: list[Mention], makeable: Makeable = minted,
             previous: tuple[Mention, ...] = (), told: Makeable = minted) -> list[tuple[Mention, Mention]]:
    """(system, maker) pairs a sentence gives by a verb of making; `previous`: the systems of the sentence before;
    `told`: the systems whose maker a participle right after them may name (« X, fabriqué par Y »)."""
    found: list[tuple[Mention, Mention]] = []
    inside = [m for m in mentions if span.start <= m.start < span.end]
    if not any(m.how == gz.COMPANY or makeable(m) for m in inside):
        return found  # each reading below needs a company or a minted system of the sentence
    for token in span:
        stem = token.lower_.startswith(MAKING_STEMS) or under_way(token)  # « ces engins sont en construction »
        if token.lemma_.lower() not in _MAKING and not stem:
            continue
        link = maker_link(span.doc, token, span.end)  # « produit par Y », « construit chez Y », whatever its tag
        by = link is not None
        if not by and token.lemma_.lower() not in _MAKING and token.pos_ != "VERB":
            continue
        if link is not None and ("VerbForm=Part" in str(token.morph) or token.pos_ == "NOUN" or token.i == span.start):
            company = _company_after(inside, link + 1)
            firms = coordinated_firms(span.doc, company, inside) if company is not None else []
            systems = [m for m in inside if m.how == gz.WEAPON and m.end <= token.i]  # the nearest is the one made:
            before = systems[-1:] if systems and told(systems[-1]) else []  # not « X et des Z, produits par Y »
            if company is not None and before:  # « X, fabriqué par Y »
                found.extend((before[-1], firm) for firm in firms)
            elif company is not None and (ahead := fronted_systems(span, token, company, inside, makeable, previous)):
                found.extend((system, firm) for system in ahead for firm in firms)  # « Conçu par Y, le X »
            elif company is not None and len({m.entity.key for m in earlier}) == 1 and (any(
                    c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN" and not of_parts(c)
                    for c in token.children) or
                    _taken_back(token, inside, earlier[-1], makeable)):
                found.extend((earlier[-1], firm) for firm in firms)  # « les missiles seront fabriqués par Y »
            elif company is not None and not any(makeable(m) for m in inside):  # « ces appareils ... chez Y »
                found.extend((system, firm) for system in taken_up(token, list(previous)) for firm in firms)
            continue
        subjects = [m for m in inside if (m.how == gz.COMPANY and m.end <= token.i and any(
            (span.doc[i].dep_ == "nsubj" and span.doc[i].head == token) or  # « Y, qui produit le X »
            _governing_subject(span.doc[i], token) or  # « Y va produire le X », « Y lance une usine pour produire »
            _titled_subject(span.doc[i], token) or  # « le constructeur Y produit le X »
            (token.dep_ == "acl:relcl" and token.head.i == i and any(c.lower_ == "qui" for c in token.children))
            for i in range(m.start, m.end))) or _relative(span.doc, m, token)]
        systems = [m for m in inside if makeable(m) and m.start > token.i and token.is_ancestor(span.doc[m.start])]
        tensed = "VerbForm=Part" not in str(token.morph) or any(c.dep_ == "aux:tense" for c in token.children)
        if subjects and systems and tensed:  # « Y, qui produit le X », « Y a développé le X »
            relative = any(c.lower_ == "qui" for c in token.children) or _relative(span.doc, subjects[0], token)
            firms = [subjects[0]] if relative else joined_firms(span.doc, subjects[0], inside)  # « Y et Z ont »
            found.extend((s, firm) for s in systems for firm in firms)
    return found


def _taken_back(participle: Token, inside: list[Mention], before: Mention, makeable: Makeable = minted) -> bool:
    """« la livraison des appareils fabriqués par Y »: a participle of making on a definite noun that takes up a
    system (« les engins », « ces appareils ») with no other system named in the sentence."""
    noun = participle.head
    definite = any(c.dep_ in {"det", "case"} and (c.lower_ in THESE or "Definite=Def" in str(c.morph))
                   for c in noun.children)
    return participle.dep_ == "acl" and noun.pos_ == "NOUN" and definite and \
        noun.lemma_.lower() in word_list("weapon-anaphors.tsv") and \
        all(m.entity.key == before.entity.key for m in inside if makeable(m))


def _made_unnamed(span: Span, mentions: list[Mention], makeable: Makeable = minted) -> list[tuple[str, Mention]]:
    """(noun, maker) of matériel a sentence says a company made without naming its system (« des patrouilleurs
    réalisés par le constructeur Y »): the system a demonstrative of that noun names later is Y's."""
    found: list[tuple[str, Mention]] = []
    if "par" not in lowers(span.doc)[span.start + 1:span.end]:
        return found  # no maker told (« réalisés par »): most sentences
    inside = [m for m in mentions if span.start <= m.start < span.end]
    for token in span:
        after = token.i + 1
        if token.dep_ != "acl" or "VerbForm=Part" not in str(token.morph) or after >= span.end or \
                span.doc[after].lower_ != "par" or not token.lower_.startswith(MAKING_STEMS):
            continue
        company = _company_after(inside, after + 1)
        nouns = [t for t in (token.head, *token.head.children)  # « des navires patrouilleurs »
                 if (t == token.head or t.dep_ == "amod") and names_materiel(t)]
        if company is not None and nouns and not any(makeable(m) and token.head.i < m.start < token.i for m in inside):
            found.extend((t.lemma_.lower(), company) for t in nouns)
    return found


def _taken_up(doc: Doc, weapon: Mention) -> str | None:
    """« ces patrouilleurs de type X »: the noun a demonstrative takes up, which the system's name follows."""
    i = weapon.start - 1
    while i > 0 and weapon.start - i < 5 and doc[i].lower_ in {"de", "du", "d'", "type", "classe", "la", "le"}:
        i -= 1
    noun = doc[i]
    det = doc[i - 1] if i > 0 else None
    return noun.lemma_.lower() if det is not None and det.lower_ in THESE and noun.pos_ == "NOUN" \
        else None


def find_makers(docs: list[Doc], found: list[list[Mention]], firsts: dict[str, str] | None = None,
                unmade: frozenset[str] = frozenset()) -> list[list[Mention]]:
    """Each paragraph's mentions, a minted system given the makers the article names for it (anywhere); so is a
    system of the reference data that names none of its makers (`unmade`). A system whose makers the reference data
    names takes only a maker the article tells in so many words, beside them (« X, fabriqué par Y », a yard that
    hands the ship over, a contract for making it): the article's builder or the firm it sold under."""

    def makeable(mention: Mention) -> bool:
        return minted(mention) or (mention.how == gz.WEAPON and mention.entity.iri in unmade)

    def told(mention: Mention) -> bool:
        return mention.how == gz.WEAPON

    makers: dict[str, list[str]] = {}
    earlier: list[Mention] = []
    named: dict[int, list[Mention]] = {}  # paragraph -> the unknown companies named as makers
    unnamed: dict[str, Mention] = {}  # noun -> the one company said to make matériel of it, its system unnamed
    read = [_firms_read(doc, mentions) for doc, mentions in zip(docs, found, strict=True)]
    previous: tuple[Mention, ...] = ()  # the systems of the sentence before
    for at, (doc, mentions) in enumerate(zip(docs, read, strict=True)):
        for span in doc.sents:
            pairs = _made_by(span, mentions, earlier, makeable, previous, told) + \
                ordered_from(span, mentions, earlier, makeable) + own_systems(span, mentions, makeable) + \
                work_makers(span, mentions, makeable)
            pairs += yard_builds(span, mentions, told) + contracted_makers(span, mentions, told)
            for noun, firm_said in _made_unnamed(span, mentions, makeable):
                unnamed.setdefault(noun, firm_said)
            for weapon in (m for m in mentions if makeable(m) and span.start <= m.start < span.end):
                company = _of_maker(doc, weapon, mentions) or _apposed(doc, weapon, mentions) or \
                    unnamed.get(_taken_up(doc, weapon) or "")
                if company is not None:
                    pairs.append((weapon, company))
                elif (firm := named_after(doc, weapon, firsts or {})) is not None:
                    makers.setdefault(weapon.entity.key, [firm])
                earlier.append(weapon)
            previous = tuple(m for m in mentions if makeable(m) and span.start <= m.start < span.end)
            for weapon, company in pairs:
                if company.entity.iri is None:
                    named.setdefault(at, []).append(company)
                makers.setdefault(weapon.entity.key, [])
                if _maker_iri(company) not in makers[weapon.entity.key]:
                    makers[weapon.entity.key].append(_maker_iri(company))
    for at, weapon, company in sole_yard(docs, read, makeable, set(makers)):  # the one ship of the one yard named
        named.setdefault(at, []).extend([company] if company.entity.iri is None else [])
        makers[weapon.entity.key] = [_maker_iri(company)]
    makers.update(sibling_makers(read, makeable, makers))
    if not makers:
        return found
    if named:  # the unknown companies named as makers enter the paragraph's mentions
        found = [replaced(original, named.get(at, [])) for at, original in enumerate(found)]
    return [[_with_makers(m, makers, told) for m in mentions] for mentions in found]


def _with_makers(mention: Mention, makers: dict[str, list[str]], makeable: Makeable) -> Mention:
    known = makers.get(mention.entity.key)
    if not makeable(mention) or not known:
        return mention
    entity: Entity = replace(mention.entity, makers=tuple(known))
    return replace(mention, entity=entity)
