"""Talks with an official, by an exchange or a call: « a eu un échange avec son homologue », « X a téléphoné au
président Y », « X a eu son homologue au téléphone »; and who counts as one who speaks for a side (a person, one
titled by a post, a counterpart, officials of a state or of a firm)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import firm_nouns, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, governing_case, mention_root
from kg.records import Entity


def official(ctx: Context, sentence: Sentence, mention: Mention) -> bool:
    """A person, or one named by a post's title or as a counterpart (« le président russe », « son homologue »),
    or officials of a state its adjective names (« des responsables turcs », « les responsables de l'industrie
    de défense turque »)."""
    root = mention_root(sentence, mention)
    head = root.head if root.dep_ in {"amod", "nmod"} else root
    if head.lemma_.lower() in _MISSIONS and head.dep_ == "nmod" and case_of(head) in {"de", "d'"}:
        head = head.head  # « l'attaché de défense de l'ambassade de X »: an official of the state's mission
    return mention.how == gz.PERSON or ctx.titled(head) or head.lemma_.lower() in word_list("counterpart-nouns.tsv") \
        or (mention.how == gz.DEMONYM and root.dep_ == "amod" and _officials_above(head))


_MISSIONS = frozenset({"ambassade", "consulat", "mission", "représentation"})  # where a state's officials serve


def _officials_above(token: Token) -> bool:
    """Officials a noun names, or whose complement it is, a few links up (« des responsables [de l'industrie [de
    défense]] »)."""
    for _ in range(3):
        if token.lemma_.lower() in word_list("official-nouns.tsv"):
            return True
        if token.dep_ != "nmod":
            return False
        token = token.head
    return False


def firm_officials(sentence: Sentence, mention: Mention) -> bool:
    """« une délégation de X », « les dirigeants de Y », « les responsables des sociétés X et Y »: officials of a
    company or an organisation, who speak for it."""
    if mention.how not in {gz.COMPANY, gz.ORGANISATION}:
        return False
    root = mention_root(sentence, mention)
    while root.dep_ == "conj":  # « des sociétés X et Y »
        root = root.head
    head = root.head if root.dep_ in {"nmod", "appos", "flat:name"} else root
    if head.lemma_.lower() in firm_nouns() or head.lower_ in firm_nouns():  # « du groupe X »
        head = head.head if head.dep_ == "nmod" else head
    return head != root and head.lemma_.lower() in word_list("official-nouns.tsv")


def exchanged(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« a eu un long échange avec son homologue », « des échanges avec le président X », « un échange de vues »,
    « une séance de travail avec », « ... avec les dirigeants de X » (a firm's), « le président X et son homologue Y
    ont eu une séance de travail »: an exchange with an official, or one officials of two states have together, is
    talks; « des échanges commerciaux avec la
    Chine », « un échange de tirs avec des soldats », « un échange de prisonniers » are none."""
    if any(c.dep_ == "nmod" and case_of(c) in {"de", "d'"} and c.lemma_.lower() not in {"vue", "travail"}
           for c in trigger.children):
        return False
    officials = [m for m in args.agents if official(ctx, sentence, m)]
    met = any(governing_case(sentence, m, trigger) == "avec" and (
        official(ctx, sentence, m) or firm_officials(sentence, m)) for m in args.partners)
    return met or (trigger.dep_ == "obj" and len(officials) == len(args.agents) and sum(
        s.cls == "State" for s in states(ctx, [ctx.actor(m) for m in officials])) >= 2)


def phoned(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity] | None:
    """« X a eu son homologue Y au téléphone »: whoever has an official on the phone talks with them (a call is
    held nowhere); « X a répondu au téléphone » is none."""
    verb = next((t for t in [trigger.head, trigger.head.head] if t.lemma_.lower() == "avoir" and t.pos_ == "VERB"),
                None)
    if verb is None or case_of(trigger) not in {"au", "par"}:
        return None
    had = [c for c in verb.children if c.dep_ == "obj"]
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    held = {t.i for h in had for t in h.subtree}
    callee = [m for m in sentence.mentions if mention_root(sentence, m).i in held and m.how in ACTOR_KINDS
              and official(ctx, sentence, m)]
    if not callee or not subjects:
        return None
    return [e for s in subjects for e in ctx.resolve(sentence, s)] + [ctx.actor(m) for m in callee]


def rang(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity] | None:
    """« X a téléphoné à son homologue Y », « X a appelé le président Y »: whoever calls an official (a person, one
    titled by a post, a counterpart) talks with them; « appeler à la retenue », « appeler les électeurs », « appeler
    le président X à cesser le feu » are none."""
    counterpart = word_list("counterpart-nouns.tsv")
    if trigger.lemma_.lower() == "appeler":  # « X a appelé Y », « X a été appelé par Y »
        if any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_.startswith("obl") and case_of(c) in {"à", "au", "aux"})
               for c in trigger.children) or any(t.pos_ == "VERB" and case_of(t) == "à" for t in trigger.subtree):
            return None  # « a appelé le président X à cesser le feu », « ... au dialogue »: an exhortation
        called = [c for c in trigger.children if c.dep_ in {"obj", "obl:agent"}]
    else:
        called = [c for c in trigger.children if c.dep_ in {"iobj", "obl:arg", "obl", "nmod"}
                  and case_of(c) in {"à", "au", "aux"}]
    addressed = [e for c in called if ctx.titled(c) or c.lemma_.lower() in counterpart or (
        (m := sentence.mention_at(c)) is not None and m.how == gz.PERSON) for e in ctx.resolve(sentence, c)]
    callers = [ctx.actor(m) for m in args.agents if m not in args.partners] or args.implicit
    return callers + addressed if callers and addressed else None


_ENVOYS = frozenset({"ambassadeur", "ambassadrice", "attaché", "chargé"})
_POSTED_IN = frozenset({"à", "au", "aux", "en"})


def posted_host(sentence: Sentence, met: list[Mention]) -> list[Entity]:
    """« X a reçu l'ambassadeur de A au B »: an envoy of A posted in B is met by B's side, when the sentence gives
    the host no state of its own."""
    for mention in met:
        root = mention_root(sentence, mention)
        envoy = root.head
        if root.dep_ != "nmod" or case_of(root) not in DE_CASES or \
                envoy.lemma_.lower() not in _ENVOYS:
            continue
        for other in sentence.mentions:
            posted = mention_root(sentence, other)
            if other.how == gz.NAME and posted.head == envoy and case_of(posted) in _POSTED_IN and \
                    other.entity.key != mention.entity.key:
                return [other.entity]
    return []


def official_with(ctx: Context, sentence: Sentence, trigger: Token) -> list[Mention]:
    """« s'est entretenu avec l'ambassadeur de A », « avec l'attaché de défense de l'ambassade de A »: the state of
    an official met « avec », by the title's complement in « de » (through the mission it serves in)."""
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if mention.how not in {gz.NAME, gz.BODY} or root.dep_ != "nmod" or case_of(root) not in DE_CASES:
            continue
        title = root.head
        if title.lemma_.lower() in _MISSIONS and title.dep_ == "nmod" and case_of(title) in DE_CASES:
            title = title.head
        if title.head == trigger and case_of(title) == "avec" and (
                ctx.titled(title) or title.lemma_.lower() in _ENVOYS):
            found.append(mention)
    return found
