"""Where the words after a title end before its holder's name: a complement the data does not know runs on to a
comma, a colon or the name (« la porte-parole adjointe du département d'État, X »), past chained complements,
enumerations, acronyms, asides and where the post is held (« accrédité à Ville »); and the state or body it names."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.extract.complement_ends import new_phrase, places_joined, quoted_name_end, state_in_brackets
from kg.extract.dates import TIME_UNITS
from kg.extract.doc_words import morph_values
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import name_titles
from kg.extract.mentions import Mention
from kg.extract.name_slots import name_slot, past_honorifics
from kg.extract.own_words import CIVILITIES
from kg.extract.people import Title, ordinal_clause
from kg.extract.syntax import Sentence
from kg.extract.title_complements import agent_after

_REACH = 12  # tokens of a title's unread complement (« porte-parole adjointe du département d'État, X »)
_CHAIN_REACH = 24  # the same when complements are chained by commas (« ministre de X, de Y et de Z du Pays, A »)
_CHAINED = {"de", "du", "des", "d'", "et"}
_NEW_PHRASE = {"le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "un", "une"}
_REFERENCE_KINDS = {gz.NAME, gz.BODY, gz.ORGANISATION, gz.COMPANY, "ner-org"}


def unread_complement(sentence: Sentence, title: Title) -> tuple[int, Mention | None]:
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
                    look + 2:look + 3].text.lower() in _CHAINED) and \
                    not _next_listed_person(sentence, look + 1):  # a chain of complements goes on, not « , et Y, »
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


def _next_listed_person(sentence: Sentence, at: int) -> bool:
    """« composée de X, le ministre de la Défense, de Y, le directeur ... »: after the comma, « de » (or « et de »)
    and a rank or honorific open the next person of a list, not one more complement of the title before."""
    doc, end = sentence.doc, sentence.span.end
    while at < end and doc[at].lower_ in _CHAINED:
        at += 1
    at = past_honorifics(sentence, at)
    mention = sentence.mention_at(doc[at]) if at < end else None
    return mention is not None and mention.how == gz.PERSON and mention.start == at


def _also(doc: Doc, at: int) -> bool:
    """« X, chef d'état-major de Y ainsi que l'inspecteur Z, »: « ainsi que » adds the next person to a list, it
    ends the words of the title before it."""
    return doc[at].lower_ == "ainsi" and doc[at + 1:at + 2].text.lower() == "que"


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
