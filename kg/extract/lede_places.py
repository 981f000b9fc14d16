"""The cities a dispatch's headline and lede put its story in, for talks told with no venue anywhere in it, as a
dateline does (kg.extract.story.held_at): « Le président italien est, depuis lundi, à Lisbonne pour une visite
d'Etat », « une déclaration adoptée à Lisbonne à l'issue de leur entretien », « accueilli à l'aéroport de
Lisbonne ». Read on the words before the city (« à », « au »), as the parser may break such a sentence; not a
place of a title (« l'ambassadeur à Paris »), of a
return or a birth (« rentré à Rome », « né à Rome »: ontology/lexicon/lede-away-verbs.tsv), of another time (« il
s'était rendu à Rome »), to come (« il se rendra à Rome ») or only planned (kg.extract.not_yet_places)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.dates import WEEKDAYS
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.not_yet_places import not_yet
from kg.extract.scene_stays import of_another_time
from kg.extract.setting import visited_states
from kg.extract.syntax import Sentence, case_of, clause_verb, mention_root
from kg.extract.talk_nouns import meeting_nouns
from kg.extract.tense import tagged_future

LEDE_SENTENCES = 3  # the headline, then the lede's first sentences: where a dispatch tells where its story is


def _at(sentence: Sentence, mention: Mention) -> Token | None:
    """The word that puts the city where the story is: the city after « à » (« au »), or a building or a site it
    names after « à » (« à l'aéroport international de V », « au palais présidentiel de V »:
    ontology/lexicon/venue-nouns.tsv); None if neither."""
    root = mention_root(sentence, mention)
    if mention.start and sentence.doc[mention.start - 1].lower_ in {"à", "au"}:
        return root
    site = root
    for _step in range(3):  # « à l'aéroport international Modibo Keita V »: the name's words, then the building
        if site.dep_ not in {"nmod", "flat:name", "appos"} or site.head == site:
            return None
        site = site.head
        if site.pos_ == "NOUN" and site.lemma_.lower() in word_list("venue-nouns.tsv"):
            return site if case_of(site) in {"à", "au"} else None
    return None


@cache
def _stay_words() -> frozenset[str]:
    return frozenset(word_list("lede-stay-words.tsv") | word_list("talk-verbs.tsv") | word_list("welcome-verbs.tsv")
                     | meeting_nouns())


def _stays(head: Token) -> bool:
    """The word a city hangs on tells a stay or a meeting there: « il est à V », « il s'est déplacé à V », « en
    visite à V », « accueilli à V », « lors d'une discussion à V »."""
    return head.lemma_.lower() in _stay_words() or head.lemma_.lower() == "être" or any(
        c.lemma_.lower() == "être" and c.dep_ == "cop" for c in head.children)


def _broken(sentence: Sentence, at: Token, head: Token) -> bool:
    """The parser could not hang the city on a word of its sentence: on a punctuation mark, on a name, on a day
    told before it (« X, depuis lundi à V »), fixed to a preposition or coordinated with a noun of another phrase
    (« ... est, depuis hier, à V »)."""
    dated = any(begin <= head.i < end for begin, end, _date in sentence.dates) or head.lower_ in WEEKDAYS
    return head.pos_ in {"PUNCT", "PROPN"} or dated or at.dep_ == "fixed" or (at.dep_ == "conj" and head.pos_ == "NOUN")


def lede_places(sentence: Sentence, titles: frozenset[str]) -> list[Mention]:
    """The cities the sentence puts its story in: told after « à » (« au ») or naming a building there, in the
    story's time, hung on anything but a title (`titles`) or a word of going away (the parser may hang it anywhere in
    a broken sentence)."""
    found = []
    for mention in sentence.mentions:
        if mention.how not in {gz.CITY, gz.CAPITAL} or (at := _at(sentence, mention)) is None or \
                not_yet(sentence, mention):
            continue
        head = at.head
        if not (_stays(head) or _broken(sentence, at, head)) or head.lemma_.lower() in titles:
            continue  # « l'ambassadeur à Paris », « a déclaré à Paris », « un accord conclu à Paris »
        verb = clause_verb(head)
        if verb.lemma_.lower() in word_list("lede-away-verbs.tsv") | word_list("upcoming.tsv") or \
                of_another_time(verb) or tagged_future(verb):
            continue
        found.append(mention)
    return found


def lede_visits(sentence: Sentence) -> list[Mention]:
    """The states the sentence has someone visit in the story's time (« X a entamé samedi en Jordanie une tournée »,
    « X est en visite au Chili »): where the talks its headline tells with that state are held, as a dateline's
    city; not a visit to come, of another time, or only an invitation's."""
    visited = {state.key for state in visited_states(sentence)}
    found = []
    for mention in sentence.mentions:
        if mention.how != gz.NAME or mention.state is None or mention.state.key not in visited or \
                mention.entity.cls != "State" or not_yet(sentence, mention):
            continue
        verb = clause_verb(mention_root(sentence, mention).head)
        if verb.lemma_.lower() in word_list("lede-away-verbs.tsv") | word_list("upcoming.tsv") or \
                of_another_time(verb) or tagged_future(verb):
            continue
        found.append(mention)
    return found
