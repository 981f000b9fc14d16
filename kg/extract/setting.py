"""The state a story is set in, as its headline says it before a colon (« Mali : l'armée reçoit des drones »,
« Tétouan : cérémonie de réception ... »): a minister the article names without a demonym is that state's, unless
the sentence has them visit it or meet a counterpart of it (kg.extract.claims, ClaimReader._post_org); and
the states a sentence has someone visit or stay in, and the host a visit's other side serves."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.doc_words import morph_values
from kg.extract.lexicon import role_cases, triggers, word_list
from kg.extract.syntax import DE_CASES, SUBJECTS, Sentence, case_of, mention_root
from kg.extract.tense import tagged_future
from kg.records import Entity

_PLACES = {gz.NAME, gz.CAPITAL, gz.CITY}
_REACH = 5  # tokens of a place's name before the colon
_WISHES = {"espérer", "souhaiter", "vouloir", "aimer", "désireux", "impatient"}  # « impatient d'être en Inde »


def headline_setting(sentence: Sentence, host: Callable[[Entity], Entity | None] | None = None) -> Entity | None:
    """The one state (or city of a state, whose host says) a headline names alone before its colon; « Tunisie -
    Koweït : » names two and sets nothing, « Capgemini : » names no place."""
    doc, start = sentence.doc, sentence.span.start
    colon = next((t.i for t in doc[start:min(start + _REACH + 1, sentence.span.end)] if t.text == ":"), None)
    if colon is None or colon == start:
        return None
    at = start
    state: Entity | None = None
    while at < colon:
        mention = sentence.mention_at(doc[at])
        place = None if mention is None or mention.how not in _PLACES else \
            mention.state or (host(mention.entity) if mention.how == gz.CITY and host is not None else None)
        if mention is None or place is None or state is not None:
            return None
        state, at = place, mention.end
    return state


def headline_beneficiary(sentence: Sentence) -> Entity | None:
    """« Remise de matériel au profit des forces armées X : ... », « Des drones pour X »: the one state a headline
    names as whom something is for (its name, demonym or a body of it under « au profit de », or « pour » on the
    noun a headline with no verb is)."""
    found = {m.state.key: m.state for m in sentence.mentions if m.state is not None and m.state.cls == "State"
             and m.how in {gz.NAME, gz.DEMONYM, gz.BODY} and (_for_benefit(root := mention_root(sentence, m))
                                                             or _for_the_goods(root))}
    return next(iter(found.values())) if len(found) == 1 else None


def _for_the_goods(token: Token) -> bool:
    """« Des ailes pour X », « Des blindés pour l'armée X »: « pour » on the noun a verbless headline is."""
    while token.head != token and token.dep_ in _QUALIFYING and not case_of(token):
        token = token.head  # « pour l'armée X »: the noun the demonym qualifies
    return case_of(token) == _FOR and token.head.dep_ == "ROOT" and token.head.pos_ == "NOUN"


def _for_benefit(token: Token) -> bool:
    """A name under « au profit de », through the nouns it qualifies only (not a giver's « offert par X »)."""
    while token.head != token and token.dep_ in _QUALIFYING and token.lemma_.lower() != "profit":
        token = token.head
    return token.lemma_.lower() == "profit" and case_of(token) in {"au", "à"}


_QUALIFYING = {"nmod", "amod", "flat:name", "compound"}
_FOR = "pour"


_STAYING = {"être", "rendre", "trouver", "arriver", "séjourner", "visiter",
            "stationner", "baser", "déployer", "cantonner", "positionner"}  # a force stationed abroad is a guest there


@cache
def _visiting() -> frozenset[str]:
    """Lemmas of a visit (the visit triggers) or a stay."""
    visits = {lemma for (lemma, _pos), entries in triggers().items() for e in entries if e.detail == "visit"}
    return frozenset(visits | _STAYING)


def visited_states(sentence: Sentence) -> list[Entity]:
    """The states a sentence has someone visit or stay in: « en visite en Inde », « lors de sa visite à Doha »,
    « était en Suède »."""
    found: list[Entity] = []
    for state, _root in _visited(sentence):
        if state not in found:
            found.append(state)
    return found


def visited_now(sentence: Sentence) -> list[Entity]:
    """The states a sentence has someone visit or stay in, less a visit still to come (« son homologue, qui se rendra
    en Grèce en juin »): no place of talks held now."""
    found: list[Entity] = []
    for state, root in _visited(sentence):
        verb = root.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        if state not in found and not (verb.pos_ in {"VERB", "AUX"} and tagged_future(verb)):
            found.append(state)
    return found


def visited_cities(sentence: Sentence) -> list[Entity]:
    """The cities a sentence has someone visit or stay in (« lors de la visite de X à Lima »)."""
    found: list[Entity] = []
    for _state, root in _visited(sentence):
        mention = sentence.mention_at(root)
        if mention is not None and mention.how in {gz.CITY, gz.CAPITAL} and mention.entity not in found:
            found.append(mention.entity)
    return found


def met_in(sentence: Sentence) -> Entity | None:
    """« une série de réunions à Ville »: the state of the city where the sentence holds a meeting (a noun of
    meeting-nouns.tsv), where its visitors then stay."""
    for mention in sentence.mentions:
        if mention.state is not None and mention.how in {gz.CAPITAL, gz.CITY}:
            root = mention_root(sentence, mention)
            if case_of(root) in role_cases("host") and root.head.lemma_.lower() in word_list("meeting-nouns.tsv"):
                return mention.state
    return None


def toured_states(sentence: Sentence) -> list[Entity]:
    """The states a sentence names as what someone visits (« après avoir visité le Pakistan et le Kazakhstan »,
    « visitera l'Inde »): the direct objects of « visiter », and those coordinated with them; a stop of a tour,
    not the one host a counterpart met there serves."""
    found: list[Entity] = []
    for mention in sentence.mentions:
        if mention.state is None or mention.how not in _PLACES:
            continue
        root = mention_root(sentence, mention)
        while root.dep_ == "conj" and root.head.pos_ in {"PROPN", "NOUN"}:
            root = root.head
        # « visité le Pakistan et le Kazakhstan »: the parser may hang the second state on the verb itself
        if root.dep_ in {"obj", "conj"} and root.head.lemma_.lower() == "visiter" and mention.state not in found:
            found.append(mention.state)
    return found


def _visited(sentence: Sentence) -> list[tuple[Entity, Token]]:
    """Each place a sentence has someone visit or stay in: its state and the root of its name (read once per
    sentence: the posts, the venues and the builders each ask for it)."""
    if sentence.visits is None:
        sentence.visits = _read_visits(sentence)
    return sentence.visits


def _read_visits(sentence: Sentence) -> list[tuple[Entity, Token]]:
    found: list[tuple[Entity, Token]] = []
    for mention in sentence.mentions:
        if mention.state is None or mention.how not in {gz.NAME, gz.CAPITAL, gz.CITY}:
            continue
        root = mention_root(sentence, mention)
        case = case_of(root)  # « un honneur d'être en Inde »: the parser gives « en » the « de » of the infinitive
        told = case.replace("'", "' ").split()
        case = told[-1] if len(told) > 1 and told[0] in DE_CASES and _infinitive_stay(root) else case
        if case not in role_cases("host"):
            continue
        # « en visite en Inde », « la visite des ministres français à Djibouti », « était en Suède »
        near = [root.head, *list(root.head.ancestors)[:2]]
        # « le président X en visite à Ankara » in a title: the parser hangs the city on the person, not the visit;
        # « la visite de X à Lima »: on another noun, right after the visitor's name
        before = sentence.doc[root.left_edge.i - 1] if root.left_edge.i > sentence.span.start else None
        near += [] if before is None else [before, *list(before.ancestors)[:2]] if before.pos_ == "PROPN" else [before]
        # « a entamé samedi en Jordanie une tournée », « effectue au Chili une visite »: the visit is the verb's object
        # « la visite s'est poursuivie au Gabon »: the visit is the subject of the verb the place hangs on
        near += [c for c in root.head.children if c.pos_ == "NOUN" and (c.dep_ in {"obj", "nsubj"} or (
            c.dep_ == "obl:mod" and not case_of(c)))] if \
            root.head.pos_ == "VERB" and not tagged_future(root.head) else []
        if any((t.lemma_.lower() in _visiting() and not _stay_in_view(t)) or _visit_stand_in(t) for t in near) or \
                any(c.dep_ == "cop" for c in root.children):
            found.append((mention.state, root))
    return found


def _stay_in_view(word: Token) -> bool:
    """« la possibilité de déployer des missiles en A », « le projet de stationner des troupes en A »: a verb of stay
    as the infinitive completing a noun tells a stay weighed or planned, not one under way."""
    return word.pos_ == "VERB" and word.dep_ == "acl" and "Inf" in morph_values(word, "VerbForm")


def _infinitive_stay(root: Token) -> bool:
    """« c'était un honneur d'être en Inde »: the place is the predicate of an infinitive « être » (its cop), after a
    « de », under no future, conditional or wish (« il serait heureux d'être en Inde », « espère être en Inde »)."""
    above = list(root.ancestors)[:3]
    words = above + [c for t in above for c in t.children if c.dep_.startswith(("aux", "cop"))]
    return any(c.dep_ == "cop" and c.lemma_ == "être" and "VerbForm=Inf" in c.morph for c in root.children) and \
        not any("Tense=Fut" in t.morph or "Mood=Cnd" in t.morph or t.lemma_.lower() in _WISHES for t in words)


def _visit_stand_in(token: Token) -> bool:
    """« Cette visite répond à celle du général X en Inde »: « celle » after a noun of visiting in its sentence
    stands for another visit."""
    return token.pos_ == "PRON" and token.lower_ in {"celle", "celui"} and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _visiting() - _STAYING for t in token.sent if t.i < token.i)


def placeless_visitor(sentence: Sentence, head: Token) -> bool:
    """« pendant une visite du président X », « la venue du ministre X »: the title at `head` is the « de »
    complement of a noun of visiting and the sentence names no place visited, so the holder is a guest of the state
    the story is about, not one of its officials."""
    return head.dep_ == "nmod" and case_of(head) in {"de", "du", "des", "d'"} and head.head.pos_ == "NOUN" and \
        head.head.lemma_.lower() in _visiting() - _STAYING and not _visited(sentence)


def guest_places(sentence: Sentence, head: Token, story: Any) -> set[str]:
    """« X a été reçu à Rome », « lors d'une visite du président X » (placeless_visitor): where X is a guest, the host,
    setting and state most told of the `story` (its host, setting and about); « le général X reçu à Rome par Y », as a
    title words it (received_there): the state of the place."""
    if not placeless_visitor(sentence, head):
        return received_there(sentence, head)
    return {p.key for p in (story.host, story.setting) if p is not None} | {a.state.key for a in story.about[:1]}


def received_there(sentence: Sentence, head: Token) -> set[str]:
    """« Le général X reçu à Koweït par le ministre »: the states of the places a participle of receiving hung on the
    title at `head` puts its holder in; the guest is not of them, whoever receives him."""
    found = set()
    for mention in sentence.mentions:
        if mention.state is None or mention.how not in {gz.NAME, gz.CAPITAL, gz.CITY}:
            continue
        root = mention_root(sentence, mention)
        verb = _lifted(root, lambda t: t.pos_ == "VERB")
        if _guest_of(verb, head) and verb.lemma_.lower() in HOSTING_VERBS and case_of(root) in role_cases("host"):
            found.add(mention.state.key)
    return found


def _guest_of(verb: Token, head: Token) -> bool:
    """Whether the title at `head` is whom a verb of receiving receives: the noun its participle hangs on (« le général
    X reçu à Lima »), or its subject in the passive or as a bare participle (« le général X a été reçu à Lima »)."""
    if verb.dep_ == "acl" and verb.head == head:
        return True
    if head.head != verb or head.dep_ not in SUBJECTS:
        return False
    helpers = [c for c in verb.children if c.dep_.startswith("aux")]
    return any(c.dep_ == "aux:pass" for c in helpers) or (not helpers and "Part" in verb.morph.get("VerbForm", []))


_ALONG = {"accompagner", "entourer", "délégation", "suite", "escorter"}  # the visitor's own party
# whom a visitor meets: « à l'invitation du ministre X », « a rencontré le ministre X », « son hôte, le ministre X »
_MEETING = {"invitation", "inviter", "recevoir", "accueillir", "rencontrer", "hôte", "entretien", "rencontre"}


def visit_host(sentence: Sentence, head: Token) -> Entity | None:
    """The state a sentence has someone visit, when the title at `head` is whom the visitor meets (« à
    l'invitation du ministre de la Défense X », « reçu par le chef de l'État X », « s'est entretenu avec le
    ministre X », and the titles listed after such a one): the host's; not the visitor (its subject, « la visite
    du ministre X », « le président X, en visite à ... ») nor the visitor's party (« accompagné du ministre X »)."""
    places = _visited(sentence)
    while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head  # « a rencontré le président X puis le ministre Y »: one more of those met
    if len({state.key for state, _root in places}) != 1 or head.dep_ in SUBJECTS or \
            head.head.lemma_.lower() in _visiting() | _ALONG or \
            any(root.i in {t.i for t in head.subtree} or _own_apposition(sentence, head, root)
                for _state, root in places):
        return None
    met = head.dep_ == "obl:agent" or any(c.lower_ == "avec" and c.dep_ == "case" for c in head.children) or \
        head.head.lemma_.lower() in _MEETING or _meeting_clause(head)
    return places[0][0] if met else None


_COMPLEMENTS = {"conj", "appos", "nmod", "obl", "obl:arg", "obl:mod"}


def _meeting_clause(head: Token) -> bool:
    """« X, en visite au Laos, a reçu à sa résidence à Vientiane, la capitale, le Premier ministre Y »: a title the
    parser hangs on a complement before it (as a conjunct or an apposition) is still the object of the verb of
    meeting whose clause holds it."""
    word = head
    for _ in range(3):
        if word.dep_ not in _COMPLEMENTS or word.head.i == word.i or word.head.pos_ not in {"NOUN", "PROPN", "VERB"}:
            return False
        word = word.head
        if word.pos_ == "VERB":
            return word.lemma_.lower() in _MEETING
    return False


def _own_apposition(sentence: Sentence, head: Token, place: Token) -> bool:
    """« le président X, en visite au Sénégal, et ... »: the place comes after the title with no verb between,
    in the holder's own apposition (whatever the parser hangs it on)."""
    return head.i < place.i and not any(t.pos_ in {"VERB", "AUX"} for t in sentence.doc[head.i + 1:place.i])


HOSTING_VERBS = frozenset({"recevoir", "accueillir"})


def received_unhosted(verb: Token) -> bool:
    """« X a été reçu à Rome »: a verb of receiving in the passive with no one said to receive (no « par »)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in HOSTING_VERBS and \
        any(c.dep_ == "aux:pass" for c in verb.children) and not any(c.dep_ == "obl:agent" for c in verb.children)


def _lifted(root: Token, reached: Callable[[Token], bool]) -> Token:
    """The word a city's phrase hangs on, past up to three complements before it (« reçu avec les honneurs à Rome »,
    « reçu au palais de X à Rome »: the parser may hang the city on them), stopping where `reached` holds."""
    above = root.head
    for _ in range(3):
        if reached(above) or above.dep_ not in {"nmod", "obl:mod", "obl"} or above.head == above:
            break
        above = above.head
    return above


def received_in(sentence: Sentence) -> list[Entity]:
    """« X a été reçu avec les honneurs à Rome »: the state of the city where a guest is received in the passive,
    no host said; the guest is a visitor there, not of that state."""
    found: list[Entity] = []
    for mention in sentence.mentions:
        if mention.state is None or mention.how not in {gz.CAPITAL, gz.CITY}:
            continue
        root = mention_root(sentence, mention)
        verb = _lifted(root, lambda t: t.pos_ == "VERB")
        if case_of(root) in role_cases("host") and received_unhosted(verb) and mention.state not in found:
            found.append(mention.state)
    return found


def receiving_city(sentence: Sentence, head: Token) -> Entity | None:
    """« le ministre de la Défense X a reçu à Dakar le général Y »: the one who receives a guest in a city, the
    subject of an active verb of receiving, is that city's host: the state of the city (not one they visit)."""
    if head.dep_ == "appos":
        head = head.head  # « X, ministre de la Défense, a reçu »
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSTING_VERBS or \
            any(c.dep_ in {"aux:pass", "obl:agent"} for c in verb.children):
        return None
    found = received_in_cities(sentence, verb)
    visiting = {state.key for state in visited_states(sentence) + toured_states(sentence)}
    return found[0] if len(found) == 1 and found[0].key not in visiting else None


def received_in_cities(sentence: Sentence, verb: Token) -> list[Entity]:
    """The states of the cities a sentence places `verb` in (« à Rome », « au palais de X à Rome »)."""
    found: list[Entity] = []
    for mention in sentence.mentions:
        if mention.state is None or mention.how not in {gz.CAPITAL, gz.CITY}:
            continue
        root = mention_root(sentence, mention)
        if _lifted(root, lambda t: t.i == verb.i).i == verb.i and case_of(root) in role_cases("host") and \
                mention.state not in found:
            found.append(mention.state)
    return found
