"""Places a sentence names beside talks that are not where they are held: the place of an issue or a state of
affairs the talks are about (« la guerre en Ukraine »), of a source (« selon une source à X »), of another clause
(past a semicolon), of what the talks cause, and of an aside in brackets."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, mention_root


def of_issue(sentence: Sentence, place: Mention) -> bool:
    """« les pourparlers de cessez-le-feu à Gaza », « ont évoqué la guerre en Ukraine »: a place right after an
    issue of the talks or a state of affairs they are about is where that lies, however the parser hangs it, not
    where the talks are held; after a noun of help with « à » (« le soutien à l'Ukraine »), who gets it."""
    root = mention_root(sentence, place)
    if root.dep_ == "conj" and (first := sentence.mention_at(root.head)) is not None and first is not place and \
            first.how in {gz.NAME, gz.CITY, gz.CAPITAL}:  # « la situation en X et en Y »: where X lies
        return of_issue(sentence, first)
    edge = root.left_edge
    start = _past_epithets(sentence, _past_parties(sentence, edge.i))
    if start <= sentence.span.start:
        return False
    before = sentence.mention_at(sentence.doc[start - 1])
    noun = sentence.doc[start - 1].lemma_.lower()
    return (before is not None and before.how == gz.ISSUE) or noun in word_list("situation-nouns.tsv") or \
        (noun in word_list("aid-nouns.tsv") and edge.lower_ in {"à", "au", "aux"})


def sides_by_capitals(sentence: Sentence, place: Mention) -> bool:
    """« les négociations de A-ville et B-ville », « le dialogue entre A-ville et B-ville »: cities of two states
    coordinated as the complement of the talks' word name the sides by their capitals, not where talks are held."""
    root = mention_root(sentence, place)
    first = root.head if root.dep_ == "conj" else root
    paired = [first, *(c for c in first.children if c.dep_ == "conj")]
    cities = [m for t in paired if (m := sentence.mention_at(t)) is not None and m.how in {gz.CITY, gz.CAPITAL}]
    return len(paired) >= 2 and len(cities) == len(paired) and first.dep_ == "nmod" and \
        any(c.dep_ == "case" and c.lower_ in {"de", "d'", "du", "entre"} for c in first.children) and \
        len({m.state.key for m in cities if m.state is not None}) >= 2


def _past_epithets(sentence: Sentence, start: int) -> int:
    """Back past the adjectives that qualify the noun before a place (« la situation sécuritaire en X », « la crise
    politique et humanitaire au Y »): the place follows the noun they qualify, not them."""
    doc, at = sentence.doc, start
    while at > sentence.span.start:
        token = doc[at - 1]
        epithet = token.pos_ == "ADJ" and token.dep_ in {"amod", "conj"}
        joined = token.lower_ == "et" and at - 2 >= sentence.span.start and doc[at - 2].pos_ == "ADJ"
        if not (epithet or joined):
            break
        at -= 1
    return at


def _past_parties(sentence: Sentence, start: int) -> int:
    """Back past the parties of a state of affairs before a place (« le conflit en cours entre A et B à X »): to
    the noun they complete; any other word stops."""
    doc, at = sentence.doc, start
    while at > sentence.span.start:
        token, mention = doc[at - 1], sentence.mention_at(doc[at - 1])
        if mention is not None and mention.how in ACTOR_KINDS:
            at = mention.start
        elif token.lower_ in {"entre", "et", "de", "d'", "du", "des", "le", "la", "les", "l'"} or \
                (token.lower_ == "cours" and at - 2 >= sentence.span.start and doc[at - 2].lower_ == "en"):
            at -= 2 if token.lower_ == "cours" else 1
        else:
            break
    return at if at < start and any(doc[i].lower_ == "entre" for i in range(at, start)) else start


def of_source(sentence: Sentence, place: Mention) -> bool:
    """« selon une source diplomatique à X », « d'après des sources à Y »: a place inside the phrase that
    names a source is where the source is, not where the talks are held."""
    root = mention_root(sentence, place)
    return any(any(c.dep_ == "case" and c.lower_ in {"selon", "d'après"} for c in t.children)
               for t in [root, *root.ancestors][:4])


def in_clause(sentence: Sentence, trigger: Token, args: Arguments) -> Arguments:
    """The arguments of talks in their own clause: « Israël envoie une délégation au Qatar ; des pourparlers entre
    A et B »: what lies past a semicolon is another clause's; « la médiation suscite des inquiétudes à X »: the
    place of what talks cause is not where they are held, only that of a verb of their taking place."""
    stops = [t.i for t in sentence.tokens if t.text == ";"]
    low = max((i for i in stops if i < trigger.i), default=sentence.span.start - 1)
    high = min((i for i in stops if i > trigger.i), default=sentence.span.end)
    predicate = trigger.head
    caused = trigger.pos_ == "NOUN" and trigger.dep_ in SUBJECTS and \
        predicate.lemma_.lower() not in word_list("held-verbs.tsv")

    def kept(mentions: list[Mention], place: bool = False) -> list[Mention]:
        return [m for m in mentions if low < m.start < high and not (place and caused and _caused_at(
            mention_root(sentence, m), trigger, predicate)) and not (place and _aside_of(sentence, m, trigger))]

    return args.but(agents=kept(args.agents), partners=kept(args.partners), places=kept(args.places, True))


def _aside_of(sentence: Sentence, place: Mention, trigger: Token) -> bool:
    """« a rencontré à X les dirigeants du chantier, implanté au Y (chantiers de Z à W) »: a place inside brackets
    that do not hold the talks' word is the aside's, not where the talks are held."""
    tokens = sentence.doc[sentence.span.start:sentence.span.end]
    opened = [t.i for t in tokens if t.text == "(" and t.i < place.start]
    closed = [t.i for t in tokens if t.text == ")" and t.i >= place.end]
    if not opened or not closed or any(t.text == ")" and opened[-1] < t.i < place.start for t in tokens):
        return False
    return not opened[-1] < trigger.i < closed[0]


def _caused_at(place: Token, trigger: Token, predicate: Token) -> bool:
    """A place hung on the verb of which talks are the subject, or on its object (« a suscité des réactions à X »),
    not inside the talks' own words."""
    return place not in trigger.subtree and (place.head == predicate or (
        place.head.head == predicate and place.head.dep_ == "obj"))
