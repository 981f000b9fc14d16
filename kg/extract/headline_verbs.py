"""Present tenses of trigger verbs the tagger misreads in headlines and short sentences. « L'armée X réceptionne
des drones turcs » comes out of fr_core_news_md as a noun « réceptionne » with a subject, as a participle describing
« armée » that heads a sentence with no verb, or as a verb whose object is read as « de » + noun (« des drones ») with
the demonym hung on the verb; « La Hongrie commande des munitions à X » as an adjective describing « Hongrie » with the
rest of the headline hung on that noun; so the receiver or what it receives is lost. Each is read back as the verb,
its subject, its object and the object's qualifier."""

from __future__ import annotations

from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import MorphAnalysis, Token

from kg import gazetteer as gz
from kg.extract.doc_words import hang, sentence_at, tokens
from kg.extract.syntax import Sentence

_PRESENT = "Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin"
_PARTITIVES = {"des", "du"}
_VERBAL = frozenset({VERB, AUX})


def headline_verb(sentence: Sentence, token: Token, verbs: frozenset[str]) -> None:
    """Read a misread present tense of one of the trigger verbs back as a verb with its subject and object; give a
    trigger verb's object back the qualifier hung on the verb."""
    pos = token.pos_
    if pos == "ADJ":
        if (verb := _present_adjective(token, verbs)) is not None:
            _adjective_as_verb(sentence, token, verb)
        return
    if pos == "NOUN" and (verb := _present_noun(token, verbs)) is not None:
        token.pos_, token.lemma_ = "VERB", verb
        token.morph = MorphAnalysis(token.vocab, _PRESENT)
        _take_object(sentence, token)
    elif pos != "VERB":  # neither of the two readings below: both are of a verb
        return
    elif _headline_verb(token, verbs):
        _as_main_verb(sentence, token)
    elif token.lemma_.lower() in verbs:
        _take_object(sentence, token)


def _present_noun(token: Token, verbs: frozenset[str]) -> str | None:
    """« L'armée X réceptionne des drones »: a headline's present tense the tagger read as a noun heading the
    sentence; a noun never has a subject of its own, so one with a subject is the verb."""
    word = token.lower_
    if token.dep_ != "ROOT" or not any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) or \
            any(c.dep_ in {"cop", "det"} for c in token.children):
        return None
    stem = word[:-3] if word.endswith("ent") else word[:-1] if word.endswith("e") else None
    return next((v for v in (f"{stem}er",) if v in verbs), None) if stem else None


def _present_adjective(token: Token, verbs: frozenset[str]) -> str | None:
    """« La Hongrie commande des munitions à X »: a headline's present tense read as an adjective, in a sentence with
    no verb: one describing the noun before it that heads the sentence and holds what follows, or one heading the
    sentence with a subject before it and no copula; a trigger verb's stem in « -e », « -ent »."""
    noun = token.head
    if any(c.dep_ in {"det", "cop"} for c in token.children):
        return None
    sentence = sentence_at(token.doc, token.i)  # its parts of speech compared by their ids: `pos_` decodes a string
    if any(t.pos in _VERBAL for t in tokens(token.doc)[sentence.start:sentence.end]):
        return None
    described = token.dep_ == "amod" and noun.dep_ == "ROOT" and noun.pos_ in {"NOUN", "PROPN"} and \
        noun.i < token.i and any(c.i > token.i and c.pos_ in {"NOUN", "PROPN"} for c in noun.children)
    predicate = token.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
    if not described and not predicate:
        return None
    word = token.lower_
    stem = word[:-3] if word.endswith("ent") else word[:-1] if word.endswith("e") else None
    return f"{stem}er" if stem and f"{stem}er" in verbs else None


def _adjective_as_verb(sentence: Sentence, token: Token, verb: str) -> None:
    """The noun the adjective described is the verb's subject; what the noun held after the verb is the verb's:
    a bare noun or one behind a partitive right after the verb its object, a noun behind a preposition a
    complement."""
    token.pos_, token.lemma_ = "VERB", verb
    token.morph = MorphAnalysis(token.vocab, _PRESENT)
    held = [c for c in token.children if c.i > token.i]
    if token.dep_ == "amod":
        subject = token.head
        held = [c for c in subject.children if c.i > token.i]
        hang(token, token)
        token.dep_ = "ROOT"
        hang(subject, token)
        subject.dep_ = "nsubj"
    bare = True
    for c in held:
        hang(c, token)
        cases = [k for k in c.children if k.dep_ == "case"]
        if c.pos_ not in {"NOUN", "PROPN"}:
            continue
        if bare and (not cases or (cases[0].lower_ in _PARTITIVES and cases[0].i == token.i + 1)):
            c.dep_, bare = "obj", False
            for k in cases:
                k.dep_ = "det"
        elif cases:
            c.dep_ = "obl:arg" if cases[0].lower_ in {"à", "au", "aux"} else "obl:mod"
    _take_object(sentence, token)


def _headline_verb(token: Token, verbs: frozenset[str]) -> bool:
    """« L'armée X réceptionne des drones »: a present tense read as a participle describing the noun that heads the
    sentence: the sentence has no verb of its own, and a participle never ends in « -e » or « -ent »."""
    noun = token.head
    return token.pos_ == "VERB" and token.dep_ == "acl" and noun.dep_ == "ROOT" and noun.i < token.i and \
        noun.pos_ in {"NOUN", "PROPN"} and token.lower_.endswith(("e", "ent")) and \
        token.lemma_.lower() in verbs and not any(c.dep_.startswith("aux") for c in token.children)


def _as_main_verb(sentence: Sentence, verb: Token) -> None:
    subject = verb.head
    hang(verb, verb)
    verb.dep_ = "ROOT"
    hang(subject, verb)
    subject.dep_ = "nsubj"
    verb.morph = MorphAnalysis(verb.vocab, _PRESENT)
    _take_object(sentence, verb)


def _take_object(sentence: Sentence, verb: Token) -> None:
    """What the verb moves read as « de » + noun right after it (« réceptionne des drones »), when it has no object,
    is its object; a demonym hung on the verb right after its object (« a reçu des drones turcs ») qualifies it."""
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i]
    partitive = [c for c in verb.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and any(
        d.dep_ == "case" and d.lower_ in _PARTITIVES and d.i == verb.i + 1 for d in c.children)]
    if not objects and partitive:
        objects = partitive[:1]
        objects[0].dep_ = "obj"
        for c in objects[0].children:
            if c.dep_ == "case" and c.lower_ in _PARTITIVES:
                c.dep_ = "det"
    if not objects:
        return
    thing = objects[0]
    for c in list(verb.children):
        if c.dep_ in {"amod", "xcomp"} and c.pos_ == "ADJ" and c.i == thing.right_edge.i + 1 and \
                (m := sentence.mention_at(c)) is not None and m.how == gz.DEMONYM:
            hang(c, thing)
            c.dep_ = "amod"
