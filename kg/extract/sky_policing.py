"""Air policing as support: « Y assure la police du ciel de X », « Y protège l'espace aérien X », « X s'appuie sur Y
et Z pour sa police aérienne », « X compte sur Y pour protéger son espace aérien »: Y supports X (no system). The
services are sky-protection.tsv, the verbs reliance-verbs.tsv and service-verbs.tsv; a state that polices its own
sky (« X assure sa police aérienne ») is supported by no one."""

from __future__ import annotations

from functools import cache

from spacy.parts_of_speech import DET
from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.doc_words import lemma_of
from kg.extract.lexicon import word_list
from kg.extract.modality import modality
from kg.extract.syntax import SUBJECTS, Sentence, mention_root
from kg.records import Claim, Entity, Fact

_OWN = {"son", "sa", "ses", "leur", "leurs", "propre"}  # « sa police aérienne », « son propre espace aérien »
_ON = {"sur", "de", "d'", "du", "des"}  # « s'appuie sur Y », « dépend de Y »
_FOR = "pour"
_NAMED = {gz.NAME, gz.CAPITAL, gz.DEMONYM}


def sky_policing(ctx: Context, sentence: Sentence) -> tuple[Claim, ...]:
    """The supports a sentence tells as the policing of a state's sky by another."""
    claims: list[Claim] = []
    for head in _services(sentence):
        claims += _relied_on(ctx, sentence, head) or _served(ctx, sentence, head)
    return tuple(claims)


def _services(sentence: Sentence) -> list[Token]:
    """The first word of each protection service the sentence names (its articles left out), service by service
    in the list's order: one pass over the words, each phrase tried where its first word is."""
    tokens = [t for t in sentence.tokens if t.pos != DET]  # the part of speech by its id: `pos_` decodes a string
    lemmas = [lemma_of(t) for t in tokens]
    firsts = _phrases_by_first()
    found = [(order, k) for k, lemma in enumerate(lemmas) if lemma in firsts
             for order, words in firsts[lemma] if lemmas[k:k + len(words)] == words]
    return [tokens[k] for _, k in sorted(found)]


@cache
def _phrases_by_first() -> dict[str, list[tuple[int, list[str]]]]:
    """Each service's words (and its place in the list) by its first word, made once."""
    found: dict[str, list[tuple[int, list[str]]]] = {}
    for order, phrase in enumerate(word_list("sky-protection.tsv")):
        words = phrase.split()
        found.setdefault(words[0], []).append((order, words))
    return found


def _own(head: Token) -> bool:
    return any(c.dep_ in {"det", "amod"} and c.lower_ in _OWN for c in head.children)


def _claim(ctx: Context, sentence: Sentence, verb: Token, suppliers: list[Entity],
           recipients: list[Entity]) -> list[Claim]:
    suppliers = [s for s in states(ctx, suppliers) if s.cls == "State"]
    recipients = [r for r in states(ctx, recipients) if r.cls == "State" and all(r.key != s.key for s in suppliers)]
    if not suppliers or not recipients:
        return []
    fact = Fact("support", (sentence.evidence(),), modality(sentence, verb, ctx.resolve),
                attrs=(("support_kind", "support"),))
    return [Claim(fact.with_roles("supporter", suppliers).with_roles("recipient", recipients))]


def _relied_on(ctx: Context, sentence: Sentence, head: Token) -> list[Claim]:
    """« X s'appuie sur Y et Z pour (assurer) sa police aérienne »: the states named between the verb of relying
    (with its « sur ») and « pour » provide the service to the verb's subject."""
    relies = [t for t in sentence.tokens if t.i < head.i and t.lemma_.lower() in word_list("reliance-verbs.tsv")]
    if not relies:
        return []
    verb = relies[-1]
    marks = [t for t in sentence.tokens if verb.i < t.i < head.i and t.lower_ == _FOR]
    after = [t for t in sentence.tokens if verb.i < t.i <= verb.i + 2 and t.pos_ != "ADV"]
    if not marks or not after or after[0].lower_ not in _ON:
        return []
    given = [ctx.actor(m) for m in sentence.mentions if m.how in _NAMED and m.state is not None
             and verb.i < m.start < marks[0].i]
    taken = [e for c in verb.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    return _claim(ctx, sentence, verb, given, taken)


def _served(ctx: Context, sentence: Sentence, head: Token) -> list[Claim]:
    """« Y assure la police du ciel de X », « Y protège l'espace aérien X »: the subject of a verb of service whose
    object is the service (or a noun the service completes, « des missions de police aérienne ») provides it to the
    state its complement names."""
    service = head
    while service.dep_ == "nmod" and service.head.pos_ == "NOUN":
        service = service.head
    verb = service.head
    if service.dep_ != "obj" or verb.lemma_.lower() not in word_list("service-verbs.tsv") or _own(head):
        return []
    given = [e for c in verb.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    taken = [ctx.actor(m) for m in sentence.mentions if m.how in _NAMED and m.state is not None
             and m.start > head.i and service.is_ancestor(mention_root(sentence, m))]
    return _claim(ctx, sentence, verb, given, taken)
