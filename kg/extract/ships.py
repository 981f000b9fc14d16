"""Named ships handed over to another state: weapon systems.

A ship's own name (« la frégate Normandie », « le TCG Zorvak ») is no system where a ship only sails, visits or
sinks; where it is what a supply moves, it is the system supplied, the individual vessel: the name after a ship
noun (with its lowercase adjectives) or after a vessel prefix (vessel-prefixes.tsv) is a weapon system of the type
of its noun when the ship is what a word of ship-handovers.tsv moves in its sentence: its object or passive
subject (« X a vendu la corvette Y », « le TCG Y a été exporté »), its « de » complement (« la vente du TCG Y »),
or a participle on it (« la corvette Y, livrée à Z »); building and launching count only for someone (« construite
pour Z »), since a navy builds and launches its own ships too."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.extract.doc_words import lemma_of, lower_of, lowers, texts, tokens
from kg.extract.lexicon import ship_handovers, word_list
from kg.extract.mentions import Mention, replaced, weapon_key
from kg.extract.syntax import case_of
from kg.extract.yard_names import yard_named
from kg.records import Entity

# the nouns of a ship, after which a capitalised name is the ship's own
SHIP_NOUNS = frozenset({"navire", "frégate", "corvette", "bâtiment", "sous-marin", "porte-avions", "porte-aéronefs",
                        "porte-hélicoptères", "destroyer", "croiseur", "embarcation", "submersible", "patrouilleur",
                        "aviso", "chasseur de mines", "dragueur", "ravitailleur", "pétrolier-ravitailleur", "bateau",
                        "vedette"})
_MOVED = {"obj", "nsubj:pass", "nmod", "appos", "conj", "flat:name", "flat", "amod", "nummod", "dep"}
_QUOTES = {'"', "«", "»", "\u201c", "\u201d"}
_TITLES = {"Le", "La", "Les", "L'", "L\u2019"}


def _lemma(token: Token) -> str:
    return lemma_of(token) or lower_of(token)


def _is_ship_noun(token: Token) -> bool:
    lower = lower_of(token)
    return _lemma(token) in SHIP_NOUNS or lower in SHIP_NOUNS or lower.rstrip("sx") in SHIP_NOUNS


@cache
def materiel_nouns() -> frozenset[str]:
    """Nouns of matériel: military words, weapon heads and ship nouns (one set, built once)."""
    return word_list("military.tsv") | word_list("weapon-heads.tsv") | SHIP_NOUNS


def names_materiel(token: Token) -> bool:
    """« des corvettes », « les blindés », « un navire »: a noun of matériel by its lemma, its form or its form's
    singular."""
    words = materiel_nouns()
    return any(w in words for w in (token.lemma_.lower(), token.lower_, token.lower_.rstrip("sx")))


def _name_end(doc: Doc, start: int) -> int:
    """The end of a ship's name: capitalised words, a lone « de »/« du » inside."""
    end = start
    while end < len(doc) and end - start < 5:
        token = doc[end]
        inner = token.lower_ in {"de", "du", "d'"} and end > start and end + 1 < len(doc) \
            and doc[end + 1].text[:1].isupper()  # « Charles de Gaulle »
        if not inner and not (token.is_alpha and token.text[:1].isupper()):
            break
        end += 1
    return end


def _ship_names(doc: Doc, taken: set[int]) -> list[tuple[int, int, Token | None]]:
    """Spans naming one ship: (start, end, the ship noun before it, if any)."""
    prefixes, namings = word_list("vessel-prefixes.tsv"), word_list("naming-words.tsv")
    found: list[tuple[int, int, Token | None]] = []
    words, lowers_, size = texts(doc), lowers(doc), len(doc)  # every token of every paragraph is asked: read once
    for start, token in enumerate(tokens(doc)):
        word, lower = words[start], lowers_[start]
        ship = (lemma_of(token) or lower) in SHIP_NOUNS or lower in SHIP_NOUNS or lower.rstrip("sx") in SHIP_NOUNS
        if not ship and word not in prefixes and not word[:1].isupper():
            continue  # no ship noun, no prefix, and no capital a yard's ship name begins with
        if word in prefixes and start + 1 < size and words[start + 1][:1].isupper():
            end = _name_end(doc, start + 1)
            noun = next((doc[i] for i in range(start - 1, max(-1, start - 6), -1) if _is_ship_noun(doc[i])), None)
        elif ship and (named := _named_by_copula(token)) is not None:  # « Le X est le deuxième navire ... »
            start, end, noun = *named, token
        elif ship and (quoted := _quoted_name(doc, token)) is not None:  # « le patrouilleur "X" », « "X", un navire »
            start, end, noun = *quoted, token
        elif ship:
            start = _past_complements(doc, token.i + 1)
            if start < len(doc) and doc[start].lower_ in namings:  # « un patrouilleur baptisé X »
                start += 1
            if start >= len(doc) or not doc[start].text[:1].isupper() or doc[start].text in prefixes:
                continue
            end, noun = _name_end(doc, start), token
            if end < len(doc) and doc[end].text[:1].isdigit():
                continue  # « deux frégates Type 054A »: a name and its number are a class's designator, no ship
        elif (by_yard := yard_named(doc, token, _name_end)) is not None:  # « le X livré par le chantier Y »
            start, end, noun = *by_yard, None
        else:
            continue
        if end > start and not any(i in taken for i in range(start, end)) and not doc[start:end].text.isupper():
            found.append((start, end, noun))
    return found


def _past_complements(doc: Doc, start: int) -> int:
    """Past a ship noun's lowercase adjectives and « de » complements (« le bâtiment de débarquement de chars
    britannique X »): where its name may begin."""
    first = start
    while start < len(doc) and start - first < 6:
        if doc[start].pos_ == "ADJ" and doc[start].text.islower():
            start += 1
        elif doc[start].lower_ in {"de", "d'"} and start + 1 < len(doc) and doc[start + 1].text.islower() and \
                doc[start + 1].pos_ == "NOUN":
            start += 2
        else:
            return start
    return start


def _quoted_end(doc: Doc, start: int) -> int | None:
    """The end of a capitalised name in quotes that opens at `start` (after the quote), or None."""
    end = _name_end(doc, start)
    return end if start < end < len(doc) and doc[end].text in _QUOTES else None


def _quoted_name(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """The quoted name of a ship its noun precedes (« le patrouilleur "X" ») or follows in apposition
    (« "X", un navire ... »)."""
    after = noun.i + 1
    if after + 1 < len(doc) and doc[after].text in _QUOTES and (end := _quoted_end(doc, after + 1)) is not None:
        return after + 1, end
    at = noun.i - 1
    while at >= 0 and doc[at].pos_ == "ADJ":
        at -= 1
    if at < 3 or doc[at].pos_ != "DET" or doc[at - 1].text != "," or doc[at - 2].text not in _QUOTES:
        return None
    start = next((i + 1 for i in range(at - 3, max(-1, at - 9), -1) if doc[i].text in _QUOTES), None)
    return (start, at - 2) if start is not None and _quoted_end(doc, start) == at - 2 else None


def _named_by_copula(noun: Token) -> tuple[int, int] | None:
    """The name a ship noun is said of (« Le X est une corvette ... »): the span of its capitalised subject."""
    if not _is_ship_noun(noun) or not any(c.dep_ == "cop" for c in noun.children):
        return None
    subject = next((c for c in noun.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if subject is None:
        return None
    span = [t for t in subject.subtree if t.text[:1].isupper() and t.pos_ == "PROPN"]
    start, end = span[0].i, span[-1].i + 1
    return (start, end) if end - start == len(span) and end <= noun.i else None


def _for_someone(token: Token, case: frozenset[str] = frozenset({"pour"})) -> bool:
    """A « pour » complement (or one of `case`) of the word or of its own complements (« construit par le chantier
    X pour Y »)."""
    ahead = list(token.children)
    while ahead:
        child = ahead.pop()
        if child.pos_ in {"VERB", "AUX"} or child.dep_ not in {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod"}:
            continue
        if any(g.lower_ in case and g.dep_ == "case" for g in child.children) or case_of(child) in case:
            return True
        ahead.extend(child.children)
    return False


_FROM = frozenset({"à", "au", "aux", "auprès"})


def _hands_over(token: Token) -> bool:
    needs = ship_handovers().get(_lemma(token))
    if needs == "from":  # « commandée au chantier X »: ordered from someone; « commander la frégate » is to lead it
        return _for_someone(token, _FROM)
    return needs is not None and (needs == "-" or _for_someone(token))


def _handed(span: Span, noun: Token | None) -> bool:
    """Whether the ship the span names (after `noun`) is what a handover word of its sentence moves."""
    tokens = [*span, *([noun] if noun is not None else [])]
    # and what the noun's complements carry: « le navire de cette classe construit pour Y »
    tokens += [c for c in (noun.children if noun is not None else ()) if c.dep_ == "nmod" and c.pos_ == "NOUN"]
    if (noun is not None and _after_recipient(noun)) or _whose_handover(span):
        return True
    for token in tokens:
        for child in token.children:  # « la corvette X, livrée à Z », « la frégate X, qui a été vendue »
            if child.dep_ in {"acl", "acl:relcl"} and _hands_over(child) and (
                    child.dep_ == "acl" or any(c.dep_ in {"nsubj:pass", "aux:pass", "obj"} and
                                               c.pos_ == "PRON" for c in child.children)):
                return True
        at, steps = token, 0
        while at.head is not at and steps < 4:
            if at.dep_ not in _MOVED:
                break
            at, steps = at.head, steps + 1
            if _hands_over(at):
                return True
    return False


def _whose_handover(span: Span) -> bool:
    """« le TCG X, dont l'acquisition a été faite »: a relative « dont » right after the name, on a handover noun."""
    doc, at = span.doc, span.end + (1 if span.end < len(span.doc) and span.doc[span.end].text == "," else 0)
    if at + 1 >= len(doc) or lower_of(doc[at]) != "dont":
        return False
    at += 1 + (doc[at + 1].pos_ == "DET")
    return at < len(doc) and doc[at].pos_ == "NOUN" and _hands_over(doc[at])


def _after_recipient(noun: Token) -> bool:
    """« a livré à la marine de Y le sous-marin X »: the ship told after the recipient, which the parser sets in
    apposition to it, is what the handover verb moves."""
    recipient = noun.head
    return noun.dep_ == "appos" and recipient.i < noun.i and recipient.dep_ in {"obl:arg", "obl", "obl:mod"} \
        and any(c.dep_ == "case" and c.lower_ in {"à", "au", "aux"} for c in recipient.children) \
        and _hands_over(recipient.head)


def _kind(gaz: gz.Gazetteer, noun: Token | None) -> str | None:
    lemma = _lemma(noun) if noun is not None else "navire"
    lemma = lemma if lemma in gaz.weapon_nouns else noun.lower_.rstrip("sx") if noun is not None else lemma
    return None if lemma in gaz.shared_weapon_nouns else gaz.weapon_nouns.get(lemma)


def _yields(mention: Mention) -> bool:
    """A mention a ship's name takes over: any but a known company's, organisation's, state's or system's."""
    return mention.entity.iri is None or mention.entity.cls in {"Person", "Place", "City"}


def handed_ships(gaz: gz.Gazetteer, doc: Doc, mentions: list[Mention], minted: dict[str, Entity]) -> list[Mention]:
    """A paragraph's mentions with the named ships it hands over added as weapon systems (`minted` keeps one
    entity per name over the article)."""
    taken = {i for m in mentions if not _yields(m) for i in range(m.start, m.end)}
    new = []
    for start, end, noun in _ship_names(doc, taken):
        if doc[start].text in _TITLES and end - start > 1 and noun is None:
            start += 1
        span = doc[start:end]
        if not _handed(span, noun) and yard_named(doc, doc[start], _name_end) is None:  # a yard's participle hands over
            continue
        name, key = span.text, weapon_key(span.text)
        entity = minted.setdefault(key, Entity(key, name, "WeaponSystem", kind=_kind(gaz, noun)))
        new.append(Mention(start, end, entity, gz.WEAPON))
    return replaced(mentions, new)
