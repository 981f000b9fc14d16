"""The events an article places in a city (« le sommet de l'UA s'est ouvert à X », « lors du forum tenu à X »),
remembered for the whole article: talks told many sentences later « en marge du sommet », « lors du forum », « le
deuxième jour du sommet », with no place of their own, are held in that event's city (kg.extract.venues)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import role_cases, word_list
from kg.extract.syntax import Sentence, case_of, mention_root, predicate_of
from kg.records import Entity

# the words an event hangs on when it frames talks: « en marge du sommet », « le deuxième jour du forum »
_FRAME_HEADS = {"marge", "occasion", "cadre", "lors", "jour", "journée", "séance", "coulisse"}
# an event of another time than the one told: « lors du prochain sommet », « au dernier forum »
_OTHER_TIME = {"prochain", "dernier", "précédent", "futur", "passé", "autre", "ancien", "suivant"}

Event = tuple[str, frozenset[str], Entity]  # the event's noun, the names it is given (« G20 »), its city


def _names(event: Token) -> frozenset[str]:
    """The names a complement gives the event: « le sommet du G20 » {"g20"}, « le forum de l'ASEAN »."""
    return frozenset(t.lower_ for c in event.children if c.dep_ == "nmod" for t in c.subtree
                     if t.text[:1].isupper() or t.text[:1].isdigit())


def _event_of(sentence: Sentence, city: Token) -> Token | None:
    """The event a city places: the event's own complement (« le sommet de X », « le forum tenu à X », « la
    conférence qui se tient à X »), or the verb it places of an event subject (« le sommet s'est ouvert à X ») or
    framed by one (« A a tenu des discussions à X en marge du forum »)."""
    events = word_list("article-events.tsv")
    head = city.head
    if head.lemma_.lower() in events:
        return head
    if head.dep_ in {"acl", "acl:relcl"} and case_of(city) in role_cases("place"):
        named = head.head  # « le sommet du G20, tenu à X »: the parser may hang the participle on the event's name
        while named.lemma_.lower() not in events and named.dep_ == "nmod" and named.head != named:
            named = named.head
        return named if named.lemma_.lower() in events else None
    if head.pos_ not in {"VERB", "AUX"} or case_of(city) not in role_cases("place"):
        return None
    # « participe au sommet du Mercosur, tenu à X »: a participle of holding the parser hangs on the verb
    verbs = {head, head.head} if head.dep_ == "advcl" and head.lemma_.lower() in word_list("held-verbs.tsv") \
        else {head}
    for token in sentence.tokens:
        if token.lemma_.lower() not in events:
            continue
        if token.head in verbs or (token.head.lemma_.lower() in _FRAME_HEADS and token.head.head in verbs):
            return token
    return None


def events_placed(sentence: Sentence) -> list[Event]:
    """The events the sentence places in a city, with the names they are given."""
    found = []
    for mention in sentence.mentions:
        if mention.how not in {gz.CITY, gz.CAPITAL}:
            continue
        event = _event_of(sentence, mention_root(sentence, mention))
        if event is not None and _this_one(event, counted=True):
            found.append((event.lemma_.lower(), _names(event), mention.entity))
    return found


_AT = {"à", "au", "aux"}
_ANY_EVENT = "*"  # a headline's event given by its name only (« au G20 »): framed talks name the event's noun


def _event_before(place: Token) -> Token | None:
    """The word a headline's place is told after: its head (« au sommet de l'UA en X »), or a phrase of the same
    kind on the same verb that ends right before it (« rencontre B au G20 en X »)."""
    if place.dep_ == "nmod":
        return place.head
    if not place.dep_.startswith("obl"):
        return None
    return next((t for t in place.head.children if t.dep_ == place.dep_ and t.i < place.i and
                 t.right_edge.i + 1 >= place.i - 1 and t != place), None)


def headline_events(sentence: Sentence) -> list[Event]:
    """« A rencontre B au G20 en Afrique du Sud », « ... au sommet de l'OTAN en Lituanie »: the event a headline
    has talks at (an event's noun or an event's name after « au »), and the place (a state too) told right after
    it; not a place of something else (« après le sommet », « le crash en X »)."""
    if sentence.index != 0:
        return []
    found = []
    for mention in sentence.mentions:
        if mention.how not in {gz.CITY, gz.CAPITAL} and not (mention.how == gz.NAME and mention.entity.cls == "State"):
            continue
        place = mention_root(sentence, mention)
        if case_of(place) not in role_cases("place"):
            continue
        event = _event_before(place)
        if event is None or case_of(event) not in _AT or not _this_one(event):
            continue
        if event.lemma_.lower() in word_list("article-events.tsv"):
            # « au sommet de l'UA en Éthiopie »: the place is no name of the event
            found.append((event.lemma_.lower(), _names(event) - {t.lower_ for t in place.subtree}, mention.entity))
        elif event.text[:1].isupper() or any(c.isdigit() for c in event.text):  # « au G20 »: the event's name
            found.append((_ANY_EVENT, frozenset({event.lower_}), mention.entity))
    return found


def _this_one(event: Token, counted: bool = False) -> bool:
    """An event of the story's time (not « le prochain sommet »), named definitely unless `counted` (« pour un
    sommet tenu à X » places the story's event; « lors d'un sommet » frames talks at another)."""
    return not any((c.dep_ == "det" and c.lower_ in {"un", "une", "des"} and not counted) or
                   (c.dep_ == "amod" and c.lemma_.lower() in _OTHER_TIME) for c in event.children)


def framing_event(sentence: Sentence, trigger: Token) -> Token | None:
    """The event the talks' clause is framed by (« en marge du sommet », « lors du forum », « le deuxième jour du
    sommet »), named definitely and of the story's time."""
    predicate = predicate_of(trigger)
    events = word_list("article-events.tsv")
    for token in sentence.tokens:
        if token.lemma_.lower() not in events or not _this_one(token):
            continue
        head = token.head
        # the clause of the talks, or the one their noun hangs in (« a entamé ses entretiens par une rencontre »)
        clause = {predicate, *trigger.ancestors}
        if (head.lemma_.lower() in _FRAME_HEADS and clause & {head.head, *head.ancestors}) or \
                (head in clause and any((case_of(token) or "").startswith(f) for f in word_list("talk-frames.tsv"))):
            return token
    return None


def remembered_place(remembered: list[Event], event: Token) -> Entity | None:
    """The city the article placed this event in before: the latest of its noun, of the same names if it has
    some (« en marge du sommet du G7 » is not the summit of the UA told before)."""
    names = _names(event)
    for lemma, given, city in reversed(remembered):
        if lemma == event.lemma_.lower() and (not names or not given or names == given):
            return city
        if lemma == _ANY_EVENT and given <= names:  # « au G20 » in the headline, « lors du sommet du G20 »
            return city
    return None
