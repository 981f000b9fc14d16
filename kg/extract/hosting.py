"""Meetings a host gives: who is received (« a reçu le président X », « la réception du roi X par ... »), welcomed
(« Y a accueilli son homologue russe ») or hosted (« Oman accueille les pourparlers »), and what a host of something
else is (« accueillir l'Expo »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, Sentence, case_of, mention_root
from kg.extract.venues import talk_nouns
from kg.records import Entity


def received(sentence: Sentence, args: Arguments) -> list[Mention]:
    """« en recevant à Lima le Premier ministre X »: the parser hangs the one received on the city before him, as
    its apposition, and reads him as a recipient; he is the one met."""
    places = {mention_root(sentence, p).i for p in args.places}
    found = []
    for mention in args.recipients:
        token = mention_root(sentence, mention)
        while mention.how == gz.PERSON and token.dep_ in {"appos", "flat:name"} and token.head.i not in places:
            token = token.head
        if mention.how == gz.PERSON and token.dep_ == "appos" and token.head.i in places:
            found.append(mention)
    return found


def hosts_talks(sentence: Sentence, trigger: Token) -> bool:
    """« Oman accueille les pourparlers », « Vienne est pressentie pour les accueillir », « Doha accueille la
    réunion », « Lima accueille son homologue »: a host of talks or of a side; « pour accueillir l'Expo 2030 à
    X », « héberger une base à Y »: a host of something else, whose city is no venue."""
    talk = talk_nouns()
    for hosted in (c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"}):
        mention = sentence.mention_at(hosted)
        if hosted.pos_ != "PRON" and (mention is None or mention.how not in ACTOR_KINDS) \
                and not any(t.lemma_.lower() in talk for t in hosted.subtree):
            return False
    return True


def welcomed(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a été accueilli par Y », « Y accueille le Premier ministre X »: the one hosted is a person, named or by a
    post's title or as a counterpart, and the host is named by the subject or agent: both are the sides."""
    hosted = [c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"}]
    by = [c for c in trigger.children if c.dep_ in {"obl:agent", "nsubj"}]
    # « a accueilli son homologue russe »: a counterpart is hosted as much as a titled person
    counterpart = word_list("counterpart-nouns.tsv")
    if not by or not any(ctx.titled(h) or h.lemma_.lower() in counterpart or any(
            (m := sentence.mention_at(t)) is not None and m.how == gz.PERSON for t in h.subtree) for h in hosted):
        return []
    return [e for t in hosted + by for e in ctx.resolve(sentence, t)]


def received_of(ctx: Context, sentence: Sentence, trigger: Token) -> list[Mention]:
    """« la réception du président tunisien par ... », « l'accueil du roi X par ... »: the complement of a noun of
    receiving, a person or one by a post's title and state (« la réception des Rafale » receives no one)."""
    if trigger.pos_ != "NOUN":
        return []
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        # « du roi X », « du président X »: the title the name hangs on (as its apposition, or a bare complement)
        while mention.how == gz.PERSON and (root.dep_ in {"appos", "flat:name"} or (root.dep_ == "nmod"
                                                                                     and not case_of(root))):
            root = root.head
        titled = mention.how in {gz.DEMONYM, gz.NAME} and root.dep_ in {"amod", "nmod"} and ctx.titled(root.head)
        head = root.head if titled else root
        if (titled or mention.how == gz.PERSON) and head.head == trigger and head.dep_ == "nmod" and \
                case_of(head) in {"de", "du", "d'", "des"}:
            found.append(mention)
    return found


_RECEIVED = {"obj", "nsubj", "nsubj:pass", "obl:agent", "obl:arg"}


def someone_received(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« a reçu M. X », « a reçu le président tunisien », « le roi du Maroc a été reçu par le président chilien »:
    the one received (or, in the passive, either side) is a person, named or by a post's title and the state its
    adjective or complement names."""
    passive = any(c.dep_ in {"nsubj:pass", "aux:pass"} for c in trigger.children)  # not « le soutien du président X »
    met = args.partners + (args.agents if passive else [])
    if any(m.how == gz.PERSON for m in met):
        return True
    titled = [m for m in met if m.how in {gz.DEMONYM, gz.NAME} and (root := mention_root(sentence, m)).dep_
              in {"amod", "nmod"} and root.head.pos_ == "NOUN" and ctx.titled(root.head)
              and root.head.head == trigger and (root.head.dep_ in _RECEIVED or trigger.pos_ == "NOUN")]
    return bool(titled) and (not passive or len(titled) + sum(m.how == gz.PERSON for m in met) >= 2)
