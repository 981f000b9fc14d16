"""A company named again. By its trade: « le constructeur », « l'industriel », « le chantier naval », « le groupe
suédois » standing alone, after a company was named, is that company (« Naval Group a présenté son offre. Le
constructeur a signé un contrat ... »). A noun with a name after it (« le groupe Thales ») is that name; one with a
complement or a qualifier of another kind (« le groupe armé », « le groupe de travail », « la société civile ») is no
firm. By the first words of its name: « le groupe Zorvak Aero a livré ... les blindés fabriqués par Zorvak »: the
NER reads the short name as an organisation of its own; it is the company named before. And the state each firm a
sentence names is based in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import DE_CASES, DEFINITE, Sentence, case_of
from kg.records import Entity

_ARTICLED = {"au", "du"}  # a preposition with the definite article in it (« au constructeur »)


def _trade_qualified(sentence: Sentence, noun: Token, home: Entity | None) -> bool:
    """Every qualifier of the noun says a trade (« naval », « aéronautique ») or the company's own state."""
    for child in noun.children:
        if _seat_named(sentence, child):
            continue  # « le constructeur de Marignane »: the town the company is based in
        if child.dep_ in {"nmod", "appos", "flat:name", "nummod", "compound"} and case_of(child) in DE_CASES | {""}:
            return False  # « le groupe de travail », « le groupe des Sept »
        if child.dep_ != "amod":
            continue
        named = sentence.mention_at(child)
        if named is not None and named.how == gz.DEMONYM:
            if home is None or named.state is None or named.state.key != home.key:
                return False
        elif child.lemma_.lower() not in word_list("firm-qualifiers.tsv"):
            return False
    return True


def _seat_named(sentence: Sentence, child: Token) -> bool:
    """« le constructeur de Toulouse », « le chantier de Saint-Nazaire »: a bare town name after « de », no actor."""
    named = sentence.mention_at(child)
    return child.dep_ == "nmod" and child.pos_ == "PROPN" and case_of(child) in {"de", "d'", "d\u2019"} and \
        not any(c.dep_ == "det" for c in child.children) and (named is None or named.how == gz.CITY)


def firm_stand_ins(sentence: Sentence, before: Mention | None, home: Callable[[Entity], Entity | None]) \
        -> list[Mention]:
    """Mentions of the company named last (earlier in the sentence, else `before`) for the definite trade nouns of
    the sentence that name no other."""
    found = []
    nouns = word_list("firm-nouns.tsv")
    for token, lemma in zip(sentence.tokens, sentence.lemma, strict=True):
        if lemma not in nouns or token.pos_ != "NOUN" or sentence.mention_at(token) is not None:
            continue  # the trade noun first: most tokens are none, and need no company looked up
        company = next((m for m in reversed(sentence.mentions) if m.how == gz.COMPANY and m.end <= token.i), before)
        if company is None:
            continue
        if not any((c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "case" and c.lower_ in _ARTICLED)
                   for c in token.children):
            continue  # « au constructeur », « du chantier »: the article is in the preposition
        after = sentence.doc[token.i + 1] if token.i + 1 < sentence.span.end else None
        if after is not None and (named := sentence.mention_at(after)) is not None and named.how != gz.DEMONYM:
            continue  # « le groupe Thales »
        if not _trade_qualified(sentence, token, home(company.entity)):
            continue
        end = token.i + 1
        while end < sentence.span.end and sentence.doc[end].head == token and sentence.doc[end].dep_ == "amod" \
                and sentence.mention_at(sentence.doc[end]) is None:
            end += 1  # « le chantier naval »
        found.append(replace(company, start=token.i, end=end))
    return found


def firm_homes(sentence: Sentence, home: Callable[[Entity], Entity | None],
               multinational: Callable[[Entity], bool]) -> tuple[tuple[Entity, Entity], ...]:
    """The firms a sentence names with the state they are based in: the reference data's (not a multinational
    group's, whose systems may come from any of its states), else the demonym of the trade noun just before the
    name (« le chantier français X », « la société turque Y »)."""
    found = []
    for mention in sentence.mentions:
        if mention.how not in {gz.COMPANY, gz.ORGANISATION, "ner-org"}:
            continue
        national = mention.how == gz.COMPANY and not multinational(mention.entity)
        state = home(mention.entity) if national else _named_with_demonym(sentence, mention)
        if state is not None:
            found.append((mention.entity, state))
    return tuple(found)


def _named_with_demonym(sentence: Sentence, mention: Mention) -> Entity | None:
    """« le chantier (naval) français X »: the state of the demonym between a trade noun and the firm's name."""
    state, at = None, mention.start - 1
    while at >= sentence.span.start and sentence.doc[at].pos_ == "ADJ":
        named = sentence.mention_at(sentence.doc[at])
        state = named.state if named is not None and named.how == gz.DEMONYM else state
        at -= 1
    trade = word_list("firm-nouns.tsv") | _FIRM_WORDS
    return state if at >= sentence.span.start and sentence.doc[at].lemma_.lower() in trade else None


_FIRM_WORDS = {"société", "entreprise", "compagnie"}  # words for any firm, no trade said

_MIN_LENGTH = 3  # « Al », « BAE »: too short a first word to stand for a firm alone


def _short_forms(doc: Doc, company: Mention) -> list[str]:
    """The first words of a company's name as the article spells it, shorter than the whole."""
    words = doc[company.start:company.end].text.split()
    if len(words[0]) < _MIN_LENGTH or not words[0][:1].isupper():
        return []
    return [" ".join(words[:size]) for size in range(1, len(words))]


def short_firm_names(docs: list[Doc], found: list[list[Mention]]) -> list[list[Mention]]:
    """Each paragraph's mentions, a name the NER reads as an organisation that is the first words of a company of
    the reference data named before in the article read as that company."""
    named: dict[str, Mention] = {}
    out: list[list[Mention]] = []
    for doc, mentions in zip(docs, found, strict=True):
        kept = []
        for mention in mentions:
            short = named.get(doc[mention.start:mention.end].text) if mention.how == "ner-org" else None
            kept.append(mention if short is None else
                        replace(mention, entity=short.entity, how=gz.COMPANY, state=short.state))
            if mention.how == gz.COMPANY and mention.entity.iri is not None:
                for form in _short_forms(doc, mention):
                    named.setdefault(form, mention)
        out.append(kept)
    return out
