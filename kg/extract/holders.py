"""Who holds a title: the name right after it (« le président X », « le ministre, X, », « la porte-parole du
département d'État, X »), after appositions (« le ministre, chargé des cultes, M. X »), or right before it (« X,
conseiller du président »)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.complement_ends import new_phrase, places_joined, quoted_name_end, state_in_brackets
from kg.extract.dates import TIME_UNITS
from kg.extract.doc_words import morph_values
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import name_titles, word_list
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
from kg.extract.people import CIVILITIES, OWN_WORDS, Title, ordinal_clause
from kg.extract.plural_names import listed_names
from kg.extract.pronoun_titles import headless_title
from kg.extract.syntax import Sentence
from kg.extract.title_complements import DETERMINERS, agent_after
from kg.extract.unmarked_titles import complement_to_verb, unmarked_apposition, unmarked_holder

_REACH = 12  # tokens of a title's unread complement (« porte-parole adjointe du département d'État, X »)
_CHAIN_REACH = 24  # the same when complements are chained by commas (« ministre de X, de Y et de Z du Pays, A »)
_CHAINED = {"de", "du", "des", "d'", "et"}
_NEW_PHRASE = {"le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "un", "une"}
_REFERENCE_KINDS = {gz.NAME, gz.BODY, gz.ORGANISATION, gz.COMPANY, "ner-org"}
_APPOSITIONS = 2  # phrases between a title and its holder's name (« porte-parole, au nom du gouvernement, M. X »)


def _unread_complement(sentence: Sentence, title: Title) -> tuple[int, Mention | None]:
    """Where the name after a title starts when an unrecognised complement runs on to a comma or to the name,
    and the state or body that complement names (the last one named; else its demonym)."""
    doc, end = sentence.doc, sentence.span.end
    look, reach, stop, posted, listing = title.end, title.end + _REACH, None, None, False
    acronyms: set[int] = set()
    if name_slot(sentence, title.end, True) is not None:
        return title.end, None  # « la première dame du Pays Prénom Nom, du ministre ... »: the name the NER missed
    while look < min(reach, end):
        token = doc[look]
        if token.text == ",":
            if doc[look + 1:look + 2].text.lower() in _CHAINED and (doc[look + 1].lower_ != "et" or doc[
                    look + 2:look + 3].text.lower() in _CHAINED):  # a chain of complements goes on, not « , et Y, »
                reach, look = title.end + _CHAIN_REACH, look + 1
                continue
            if _enumerated(sentence, look):  # « pour la planification, l'organisation et les ressources, X »
                reach, look, listing = title.end + _CHAIN_REACH, look + 1, True
                continue
            stop = look if look > title.end else None
            break
        mention = sentence.mention_at(token)
        if (mention is not None and mention.how == gz.PERSON) or (token.text == "." and look + 1 == end) or \
                token.text == ":" or _also(doc, look):
            stop = look if look > title.end else None  # the name; « X, chercheur pour Y. », « X, chef chez Y : »
            break
        if mention is not None and mention.end > look + 1:  # « chez Embraer Defense & Security »: past the name
            look = mention.end
            continue
        if token.text == "(" and (close := _acronym_end(doc, look, end)) is not None:
            acronyms.update(range(look, close))  # « ... (AIM), X »: its acronym
            look = close
            continue
        if (close := state_in_brackets(sentence, look) if token.text == "(" else quoted_name_end(doc, look, end)) \
                is not None:  # « de l'Institut X (Pays), Y », « directeur du chantier "Nom" de la marine du Pays, X »
            reach, look = reach + close - look, close  # an aside: no reach
            continue
        if token.text == "." and look + 1 < end and doc[look + 1].text[:1].islower():
            look += 1  # « chargé d'affaires a.i. de l'ambassade »: an abbreviation's full stop
            continue
        if posted is None and _posted(doc, look):
            posted = look  # « l'ambassadeur de Pays accrédité à Ville, X »: where the holder serves, not whom
        if (token.pos_ in {"VERB", "AUX"} and not _describes(doc, look, title) and posted != look) or \
                (token.is_punct and token.text not in {"-", "'", ","}) or \
                (token.lower_ == "et" and doc[look + 1:look + 2].text.lower() in _NEW_PHRASE | CIVILITIES and
                 not listing and not places_joined(sentence, look)) or new_phrase(sentence, look, posted):
            break  # « a transmis au chef de l'État les salutations du président X »: X is no head of state
        listing = listing and token.lower_ != "et"  # the enumeration ends at its « et »
        look += 1
    if stop is None:
        return title.end, None
    named = [m for t in doc[title.end:posted or stop] if (m := sentence.mention_at(t)) is not None]
    found = [m for m in named if m.how in _REFERENCE_KINDS and m.start not in acronyms]
    # « de l'ambassade de Pays au Tchad »: the state after « au » is where the post is held, not whom it serves
    found = [m for m in found if doc[m.start - 1].lower_ not in _POSTED_IN] or found
    demonyms = [m for m in named if m.how == gz.DEMONYM]
    # « des Forces armées angolaises (FAA) »: the acronym restates a body its demonym's state stands for; alone
    # (« de l'Agence des achats militaires (AAM) ») it names the body
    spelt = [m for m in named if m.how in _REFERENCE_KINDS and m.start in acronyms]
    return stop, (found[-1] if found else demonyms[0] if demonyms else spelt[-1] if spelt else None)


def _also(doc: Doc, at: int) -> bool:
    """« X, chef d'état-major de Y ainsi que l'inspecteur Z, »: « ainsi que » adds the next person to a list, it
    ends the words of the title before it."""
    return doc[at].lower_ == "ainsi" and doc[at + 1:at + 2].text.lower() == "que"


def apposition_end(sentence: Sentence, title: Title) -> int:
    """Where a title and the words that run on after it (« ambassadeur extraordinaire et plénipotentiaire »)
    end: at the comma, colon or name that follows them, else right after the title."""
    return _unread_complement(sentence, title)[0]


_ARTICLES = {"le", "la", "l'", "les"}


def _enumerated(sentence: Sentence, comma: int) -> bool:
    """« pour la planification, l'organisation et les ressources de défense »: a comma inside an enumeration of
    the complement's nouns, each with its article, which « et » and an article close before the next comma (not
    « , le ministre X »: a title starts a new phrase)."""
    doc, end = sentence.doc, sentence.span.end
    if comma + 2 >= end or doc[comma + 1].lower_ not in _ARTICLES or not doc[comma + 2].text.islower() or \
            doc[comma + 2].pos_ != "NOUN" or doc[comma + 2].lower_ in name_titles():
        return False
    for look in range(comma + 3, min(comma + 8, end - 1)):
        token = doc[look]
        if token.text == "," or token.pos_ in {"VERB", "AUX"} or sentence.mention_at(token) is not None:
            return False
        if token.lower_ == "et":
            return doc[look + 1].lower_ in _ARTICLES and doc[look + 2:look + 3].text.islower()
    return False


def _acronym_end(doc: Doc, opening: int, end: int) -> int | None:
    """After « (AIM) », a body's acronym in brackets opening at `opening`; None for other brackets."""
    inside = doc[opening + 1:min(opening + 4, end)]
    close = next((t.i for t in inside if t.text == ")"), None)
    return close + 1 if close is not None and close > opening + 1 and all(
        (t.text[:1].isupper() and not t.text.istitle()) or t.text == "-" for t in doc[opening + 1:close]) else None


_IN_CHARGE = {"chargé", "chargée", "chargés", "chargées"}


def _describes(doc: Doc, at: int, title: Title) -> bool:
    """A verb in the words that describe a post (« chargé de », « premier ministre de X à se rendre ... »)."""
    return _in_charge(doc, at) or ordinal_clause(doc, at, title)


def _in_charge(doc: Doc, at: int) -> bool:
    """« ministre délégué chargé de la Défense », « vice-ministre chargée des acquisitions »: the participle that
    narrows a post to its brief is part of the title, not a verb that ends it."""
    return doc[at].lower_ in _IN_CHARGE and doc[at + 1:at + 2].text.lower() in DE_CASES


_POSTED_IN = {"à", "au", "aux", "en"}
_POSTING_LINKS = {"à", "au", "aux", "en", "auprès", "dans", "depuis", "par", "pour"}
_TIME_NOUNS = TIME_UNITS | {"veille", "lendemain"}  # lemmas: « nommé la semaine dernière », « nommé la veille »


def _posted(doc: Doc, at: int) -> bool:
    """« accrédité à », « nommé en 2021 », « basé au Niger », « nommé la semaine dernière »: a past participle that
    tells where or since when a post is held, right after the title's words (not « a accrédité », « s'est rendu »)."""
    token = doc[at]
    if token.lower_ == "en" and doc[at + 1:at + 2].text.lower() == "poste":
        return True  # « en poste à Ville »
    if not (token.pos_ in {"VERB", "ADJ"} and "Part" in morph_values(token, "VerbForm") and token.text.islower()
            and doc[at - 1].pos_ not in {"AUX", "PRON"}) or at + 2 >= len(doc) or agent_after(doc, at):
        return False  # « le ministre X reçu par le président Y »: Y is the participle's agent, not the holder
    after, then = doc[at + 1], doc[at + 2]  # « nommé hier », « nommé le 3 mars », « nommé la semaine dernière »
    return after.lower_ in _POSTING_LINKS or after.pos_ in {"ADV", "NUM"} or \
        (after.lower_ in {"le", "la", "l'"} and (then.like_num or then.lemma_.lower() in _TIME_NOUNS))


def holders_of(sentence: Sentence, title: Title, slots: tuple[Mention, ...] = ()) \
        -> list[tuple[Mention, Mention | None]]:
    """The people a title belongs to, each with the state or body a complement names when the title itself
    named none: right after it (« le président X », « le ministre, X, », « la porte-parole adjointe du
    département d'État, X », « les ministres arménien et azerbaïdjanais, X et Y », « le chef de l'État,
    le colonel X ») or right before it (« X, conseiller du président »); `slots` are the names the NER missed
    that the titles before it gave (« du général X, chef d'état-major »)."""
    doc = sentence.doc
    if _names_a_place(sentence, title):
        return []
    if (counterpart := counterpart_rank_name(sentence, title.start, title.end)) is not None:
        return [(counterpart, title.org)]  # « son homologue, le général X »: a surname the NER missed
    named_before = _named_before(sentence, title, slots)
    lead = doc[max(_past_tenure(sentence, title.start - 1), sentence.span.start)].text
    if named_before is not None and lead in {",", "(", "[", ":"} and \
            (lead != "," or not _starts_a_list(sentence, title)):
        # « X (ambassadeur sud-coréen) », « X, directeur de cabinet, Y, ambassadeur, »: a title without article
        # right after a name and its comma or bracket is that name's apposition, whoever follows it
        return [(named_before, _own_first(title, _unread_complement(sentence, title)[1]))]
    after, extra = _unread_complement(sentence, title)
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
    return None if named_before is None else (named_before, _own_first(title, _unread_complement(sentence, title)[1]))


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
    before = _past_tenure(sentence, before, DETERMINERS)
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
_TENURE_PHRASES = (("à", "l'", "époque"), ("à", "cette", "époque"))


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
    doc, end = sentence.doc, _unread_complement(sentence, title)[0]
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
