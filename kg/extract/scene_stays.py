"""Where a sentence finds someone staying, for the article's scene (kg.extract.scenes): « le ministre est à Lima »,
« il se trouve à Lima », « elle s'est rendue à Lima », « il est en visite au Pérou »; not a place told of another
time (« il était à Lima en mars », « il s'était rendu à Lima ») nor a place of what was done there (« un accord
signé à Lima »)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import table, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, clause_verb, mention_root
from kg.extract.tense import tagged_future

_PAST = ({"Imp"}, {"Pqp"})  # the imperfect and the pluperfect tell a stay of another time than the story's


def of_another_time(verb: Token) -> bool:
    """The verb or its auxiliary is in the imperfect or the pluperfect: a stay of another time than the story's."""
    return any(set(t.morph.get("Tense", [])) in _PAST for t in (verb, *(c for c in verb.children if c.dep_.startswith(
        ("aux", "cop")))))


def stays_at(sentence: Sentence, mention: Mention) -> bool:
    """The place is where someone is, goes or stays, told in the story's time."""
    root = mention_root(sentence, mention)
    if any(c.lemma_.lower() == "être" and c.dep_ == "cop" for c in root.children):
        return not of_another_time(root)  # « le ministre est à Lima »
    verb = root.head
    if mention.how == gz.NAME:  # a state visited (kg.extract.whereabouts)
        return not of_another_time(clause_verb(verb))
    if verb.pos_ == "VERB" and verb.lemma_.lower() in word_list("talk-verbs.tsv"):
        return not of_another_time(verb)
    return (meeting := meets_at(verb)) is not None and not of_another_time(meeting) and not _to_come(meeting)


@cache
def _meeting_stays() -> dict[str, str]:
    return dict(table("meeting-stays.tsv"))  # type: ignore[arg-type]


@cache
def meeting_nouns() -> frozenset[str]:
    """Nouns of talks or a meeting (« des discussions », « une réunion »), ceremonies included (unlike
    kg.extract.talk_nouns.meeting_nouns)."""
    talk = {lemma for (lemma, pos), entries in triggers().items()
            if pos == "NOUN" and any(e.fact == "negotiation" for e in entries)}
    return frozenset(talk | word_list("meeting-nouns.tsv"))


def meets_at(word: Token) -> Token | None:
    """The verb of a meeting its subject holds where a place hanging on `word` says: « il s'est entretenu à Vienne
    avec ... », « elle a rencontré son homologue à Vienne », « il a tenu des discussions (bilatérales) à Vienne »
    (ontology/lexicon/meeting-stays.tsv)."""
    stays = _meeting_stays()
    if word.pos_ == "NOUN" and word.lemma_.lower() in meeting_nouns() and word.dep_ == "obj":
        word = word.head  # « a tenu des discussions à Vienne »
        return word if stays.get(word.lemma_.lower()) == "talks" else None
    if word.pos_ != "VERB" or (how := stays.get(word.lemma_.lower())) is None:
        return None
    return word if how == "-" or any(c.dep_ == "obj" and c.lemma_.lower() in meeting_nouns()
                                     for c in word.children) else None


def _to_come(verb: Token) -> bool:
    """« il rencontrera son homologue à Vienne », « elle doit s'entretenir à Vienne »: a meeting still to come. Unlike
    a stay told in a lede (kg.extract.lede_places), a meeting under another verb (xcomp) is never yet held here."""
    return verb.dep_ == "xcomp" or tagged_future(verb)
