"""Where a sentence finds someone staying, for the article's scene (kg.extract.scenes): « le ministre est à Lima »,
« il se trouve à Lima », « elle s'est rendue à Lima », « il est en visite au Pérou »; not a place told of another
time (« il était à Lima en mars », « il s'était rendu à Lima ») nor a place of what was done there (« un accord
signé à Lima »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, clause_verb, mention_root

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
    if mention.how == gz.NAME:  # a state visited (kg.extract.venues.whereabouts)
        return not of_another_time(clause_verb(verb))
    return verb.pos_ == "VERB" and verb.lemma_.lower() in word_list("talk-verbs.tsv") and not of_another_time(verb)
