"""Who holds a title: the name right after it (« le président X », « le ministre, X, », « la porte-parole du
département d'État, X »), after appositions (« le ministre, chargé des cultes, M. X »), or right before it (« X,
conseiller du président »)."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list
from kg.extract.list_openers import past_list_opener
from kg.extract.mentions import Mention
from kg.extract.name_slots import (
    bracketed_states,
    chained_titles,
    counterpart_rank_name,
    name_slot,
    past_apposition,
    past_first_names,
    past_honorifics,
    people_list,
)
from kg.extract.own_words import OWN_WORDS
from kg.extract.people import Title
from kg.extract.plural_names import listed_names
from kg.extract.pronoun_titles import headless_title
from kg.extract.syntax import Sentence
from kg.extract.title_complements import DETERMINERS
from kg.extract.unmarked_titles import complement_to_verb, unmarked_apposition, unmarked_holder
from kg.extract.unread_complements import unread_complement

_APPOSITIONS = 2  # phrases between a title and its holder's name (« porte-parole, au nom du gouvernement, M. X »)


def apposition_end(sentence: Sentence, title: Title) -> int:
    """Where a title and the words that run on after it (« ambassadeur extraordinaire et plénipotentiaire »)
    end: at the comma, colon or name that follows them, else right after the title."""
    return unread_complement(sentence, title)[0]


def holders_of(sentence: Sentence, title: Title, slots: tuple[Mention, ...] = (),
               titled: frozenset[int] = frozenset()) -> list[tuple[Mention, Mention | None]]:
    """The people a title belongs to, each with the state or body a complement names when the title itself named
    none: right after it (« le président X », « le ministre, X, », « les ministres arménien et azerbaïdjanais, X et
    Y », « le chef de l'État, le colonel X ») or right before it (« X, conseiller du président »); `slots` are the
    names the NER missed that the titles before it gave (« du général X, chef d'état-major »); `titled`, the names
    that hold the title before them (« le vice-président, X, le ministre, Y »: the minister is Y)."""
    doc = sentence.doc
    if _names_a_place(sentence, title):
        return []
    if (counterpart := counterpart_rank_name(sentence, title.start, title.end)) is not None:
        return [(counterpart, title.org)]  # « son homologue, le général X »: a surname the NER missed
    named_before = _named_before(sentence, title, slots)
    lead = doc[max(_past_tenure(sentence, title.start - 1, _ranked(title)), sentence.span.start)].text
    if named_before is not None and lead in {",", "(", "[", ":"} and named_before.start not in titled and \
            (lead != "," or not _starts_a_list(sentence, title)):
        # « X (ambassadeur sud-coréen) », « X, directeur de cabinet, Y, ambassadeur, »: a title without article
        # right after a name and its comma or bracket is that name's apposition, whoever follows it
        return [(named_before, _own_first(title, unread_complement(sentence, title)[1]))]
    after, extra = unread_complement(sentence, title)
    crossed = after < sentence.span.end and (doc[after].text == "," or (doc[after].text == ")" and doc[
        title.start - 1].text == "("))  # « son homologue (ministre des Armées) X »: the post in brackets
    if crossed:
        after += 1
    if crossed and title.inner:  # « directeur de cabinet du chef de l'État, X »: X holds the outer title only
        return []
    if crossed:
        after = past_list_opener(sentence, after)  # « ses homologues de A et de B, à savoir respectivement, X et Y »
    if after == title.end and _of_led_body(sentence, title):  # the name is the leader's: only one before holds it
        return [] if named_before is None else [(named_before, title.org)]
    after = past_first_names(sentence, past_honorifics(sentence, after))
    people = _one_if_singular(sentence, title, people_list(sentence, after))
    if not people and after > title.end and doc[after - 1].text == ",":
        # « le ministre de la Défense, chargé des relations avec le Parlement, M. X »: the name after the
        # appositions that go on describing the post
        at: int | None = after
        for _ in range(_APPOSITIONS):
            at = past_apposition(sentence, at) if at is not None else None
            if at is None:
                break
            if (found := people_list(sentence, past_honorifics(sentence, at))):
                people = found[:1]
                break
    if not people and after == title.end and (chained := chained_titles(sentence, after)) is not None:
        return chained  # « le Ministre de la Marine et Haut-commandant de la Marine du Pérou, Amiral X »
    if not people and (after == title.end or doc[after - 1].text == ","):
        # « le ministre, Prénom Nom, », « la première dame du Pays Prénom Nom, du ministre ... »: a name the NER missed
        people = [slot] if (slot := name_slot(sentence, after, after == title.end)) is not None else []
    if people and crossed and _start_a_clause(sentence, title, people):
        people = []  # « devant les députés, X a déclaré »: the names start a clause, they are no apposition
    if people and crossed and _kin_of(sentence, title):
        return []  # « le gendre du président turc, X »: X is the son-in-law (not « gendre du président X »)
    if (unmarked := unmarked_holder(sentence, title, people, crossed)) is not None:
        return [(unmarked, _own_first(title, complement_to_verb(sentence, title)))]
    if people:
        extra = extra or _state_after(sentence, people[-1])
        orgs = list(title.orgs) if len(title.orgs) == len(people) > 1 else \
            bracketed_states(sentence, people, title.org) or [_own_first(title, extra)] * len(people)
        return list(zip(people, orgs, strict=True))
    return [(named_before, title.org)] if named_before is not None else []


def _one_if_singular(sentence: Sentence, title: Title, people: list[Mention]) -> list[Mention]:
    """The names listed after a title that hold it: only the first after a title in the singular (« limogé par le
    président X, Y a déclaré », « le ministre X et Y »: Y is no minister) or in another's complement (« le
    conseiller du président X, Y, »: Y is the outer title's holder); all after a plural one (« les ministres X
    et Y »)."""
    if len(people) > 1 and (title.inner or (not _plural(sentence, title) and len(title.orgs) < 2)):
        return people[:1]
    if _plural(sentence, title) and len(listed := listed_names(sentence, title.end)) > len(people):
        return listed  # « les présidents X et Y », the NER missing one of them or reading it as a place
    return people


def apposed_holder(sentence: Sentence, title: Title) -> tuple[Mention, Mention | None] | None:
    """« X, la présidente de Pays, »: the person named right before a title and its comma, with the state or body
    the title serves; None when no name comes right before it."""
    named_before = _named_before(sentence, title)
    return None if named_before is None else (named_before, _own_first(title, unread_complement(sentence, title)[1]))


def _of_led_body(sentence: Sentence, title: Title) -> bool:
    """« le représentant du gouvernement X », « un conseiller de l'administration X »: a title in its own words
    ending in a government named by its leader (led-body-nouns.tsv); the name after it is the leader's."""
    return title.role.iri.startswith(str(OWN_WORDS)) and title.end > title.start + 1 and \
        sentence.doc[title.end - 1].lower_ in word_list("led-body-nouns.tsv")


def _names_a_place(sentence: Sentence, title: Title) -> bool:
    """« l'aérodrome militaire Colonel X », « la caserne Général X »: a capitalised rank right after a noun or its
    adjective starts the name of a place named after someone, who holds no post there."""
    doc = sentence.doc
    before = doc[title.start - 1]  # lowercase: not « le Comte Amiral X », a rank after a capitalised honorific
    return title.start > sentence.span.start and doc[title.start].text[:1].isupper() and \
        doc[title.start].lower_ in word_list("military-ranks.tsv") and before.pos_ in {"NOUN", "ADJ"} and \
        before.text.islower()


def _state_after(sentence: Sentence, person: Mention) -> Mention | None:
    """« le roi Prénom II de Pays »: the state named right after the name of a title's holder."""
    doc = sentence.doc
    if person.end + 1 >= sentence.span.end or doc[person.end].lower_ not in {"de", "d'", "du"}:
        return None
    state = sentence.mention_at(doc[person.end + 1])
    return state if state is not None and state.how == gz.NAME and state.start == person.end + 1 else None


def _kin_of(sentence: Sentence, title: Title) -> bool:
    """« le fils du président », « les épouses des ambassadeurs »: a title in the complement of a family tie."""
    doc, at = sentence.doc, title.start - 1
    while at > sentence.span.start and doc[at].lower_ in DETERMINERS:
        at -= 1
    kin, noun = word_list("kinship-nouns.tsv"), doc[at - 1].lower_
    return at > sentence.span.start and doc[at].lower_ in {"de", "du", "d'"} and \
        (noun in kin or noun.removesuffix("s") in kin or noun.removesuffix("x") in kin)  # « les filles du ... »


def _own_first(title: Title, complement: Mention | None) -> Mention | None:
    """The state or body a title names, else its complement's; a state shared from a list (title.listed) only
    when its own complement names none (« et le chef de l'état-major des armées françaises, X »)."""
    return (complement or title.org) if title.listed else (title.org or complement)


def _start_a_clause(sentence: Sentence, title: Title, people: list[Mention]) -> bool:
    """« devant les députés, X a déclaré »: names after a plural title (or one in an adjunct) and its comma, right
    before a verb, are its subject; not « Les présidents de A et de B, X et Y seront absents », one name for each
    state of the title that opens the sentence."""
    doc = sentence.doc
    return (_plural(sentence, title) or _in_adjunct(sentence, title)) and people[-1].end < sentence.span.end and \
        doc[people[-1].end].pos_ in {"VERB", "AUX"} and \
        not (len(title.orgs) == len(people) > 1 and title.start <= sentence.span.start + 1)


def _plural(sentence: Sentence, title: Title) -> bool:
    """« les ministres »: a title whose noun is written in the plural, not as the data names the post."""
    said, role = sentence.doc[title.start].lower_, title.role
    return said.endswith(("s", "x")) and said not in {w.split()[0].lower() for w in role.heads + role.labels}


def _in_adjunct(sentence: Sentence, title: Title) -> bool:
    """« Avant ses entretiens avec son homologue, X a déclaré »: a title after a preposition (not « de », whose
    title may be another's complement) and its determiner is in an adjunct, whose comma a clause's subject follows."""
    doc, at = sentence.doc, title.start - 1
    if at <= sentence.span.start or doc[at].pos_ != "DET":
        return False
    return doc[at - 1].pos_ == "ADP" and doc[at - 1].lower_ not in DE_CASES


def _named_before(sentence: Sentence, title: Title, slots: tuple[Mention, ...] = ()) -> Mention | None:
    """The person named right before a title and its comma or bracket (« X, le chef de ... », « X (PDG de Y) »,
    « X [le Premier ministre, ndlr] »),
    or before its article alone (« X le ministre de la Défense était en visite »)."""
    doc, before = sentence.doc, title.start - 1
    if before >= sentence.span.start and doc[before].lower_ in {"les", "leurs"}:
        return None  # « X, les représentants des ministères ont signé »: a plural title is no one's apposition
    before = _past_tenure(sentence, before, DETERMINERS | _ranked(title))
    if sentence.span.start <= before == title.start - 2 and doc[before + 1].lower_ in {"le", "la", "l'"} and (
            mention := sentence.mention_at(doc[before])) is not None and mention.how == gz.PERSON and \
            mention.end == before + 1:
        return mention
    if (mention := unmarked_apposition(sentence, title)) is not None:
        return mention
    if before > sentence.span.start and (doc[before].text in {",", "(", "["} or _listed_post(sentence, title)) and \
            not _opens_clause(sentence, title):
        mention = sentence.mention_at(doc[before - 1]) or next((m for m in slots if m.end == before), None)
        if mention is not None and mention.how == gz.PERSON and mention.end == before:
            return mention
    return None


def _listed_post(sentence: Sentence, title: Title) -> bool:
    """« le colonel X : chef d'état-major de l'armée de terre ; »: in a list of appointments, a title right after
    a colon (no article) is the post of the name before the colon."""
    doc = sentence.doc
    return doc[title.start - 1].text == ":" and doc[title.start].is_title


# « X, alors ministre », « X, à l'époque ministre », « X, nouvel attaché »; « X, ancien ministre »: former-marks.tsv
_TENURE = {"actuel", "actuelle", "alors", "désormais", "nouveau", "nouvel", "nouvelle"}
# « X, le second ministre des Affaires étrangères de Pays »: a rank among peers, read past before a title that names
# whose post it is (not « X, deuxième vice-présidente », a seat in a body the sentence may name nowhere near)
_PEER_RANKS = {"second", "seconde", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième"}
_TENURE_PHRASES = (("à", "l'", "époque"), ("à", "cette", "époque"))


def _ranked(title: Title) -> frozenset[str]:
    """The ranks among peers read past before a title: only before one that names its state or body."""
    return frozenset(_PEER_RANKS) if title.org is not None else frozenset()


def _past_tenure(sentence: Sentence, at: int, also: frozenset[str] | set[str] = frozenset()) -> int:
    """Back from `at` past the words that date a post (« ancien », « alors », « à l'époque ») and the words of
    `also` (the title's article): where the apposition starts."""
    doc, start = sentence.doc, sentence.span.start
    while at >= start:
        if doc[at].lower_ in _TENURE or doc[at].lower_ in word_list("former-marks.tsv") or doc[at].lower_ in also:
            at -= 1
        elif (phrase := next((p for p in _TENURE_PHRASES if at - len(p) + 1 >= start and tuple(
                t.lower_ for t in doc[at - len(p) + 1:at + 1]) == p), None)) is not None:
            at -= len(phrase)
        else:
            break
    return at


def _opens_clause(sentence: Sentence, title: Title) -> bool:
    """« Accompagné de son ministre, X, le président turc a été reçu »: a title its verb follows is the subject of
    the clause, not an apposition of the name before the comma."""
    doc, end = sentence.doc, unread_complement(sentence, title)[0]
    if end + 1 < sentence.span.end and doc[end].lower_ in {"s'", "se", "ne", "n'"}:
        end += 1  # « X, le ministre de Pays s'est félicité »: past the clitic before the verb
    return doc[title.start - 1].lower_ in {"le", "la", "l'"} and end < sentence.span.end and \
        doc[end].pos_ in {"VERB", "AUX"} and \
        not _name_opens(sentence, title)  # « X, PDG de Y a déclaré »: an apposition whose comma was left out


def _name_opens(sentence: Sentence, title: Title) -> bool:
    """« X, le ministre de Pays est arrivé », X opening the sentence or the clause after « que »: X's apposition."""
    doc, comma = sentence.doc, title.start - 2
    name = sentence.mention_at(doc[comma - 1]) if comma > sentence.span.start and doc[comma].text == "," else None
    return name is not None and name.how == gz.PERSON and name.end == comma and (
        name.start == sentence.span.start or doc[name.start - 1].lower_ in {"que", "qu'"})


def _starts_a_list(sentence: Sentence, title: Title) -> bool:
    """« X, Y et Z, ministres » no; a name right after the title (« X, ministre Y ») is the title's own, and so is
    the one after a headless title's comma (kg.extract.pronoun_titles.headless_title)."""
    doc = sentence.doc
    if (own := headless_title(sentence, title)) is not None:
        return own
    return title.end < sentence.span.end and ((
        (m := sentence.mention_at(doc[title.end])) is not None and m.how == gz.PERSON) or
        name_slot(sentence, title.end, True) is not None)  # « X, le Premier ministre Prénom al-Nom » the NER missed
