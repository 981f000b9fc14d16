"""Where a sentence places someone or some talks (« le ministre est à Lima », « il s'est rendu en Bretagne », « ...,
a affirmé à Lima le ministre français »): talks told right after it, with no venue of their own, are held there
(kg.extract.venues.placed_before, Context.recent_places)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract import doc_words
from kg.extract.context import Context
from kg.extract.country_visited import country_visited
from kg.extract.lexicon import role_cases, word_list, words_of_class
from kg.extract.mentions import Mention
from kg.extract.not_yet_places import not_yet
from kg.extract.setting import visited_states
from kg.extract.syntax import SUBJECTS, Sentence, case_of, mention_root
from kg.extract.talk_nouns import talk_nouns
from kg.records import Entity

_WHERE_VERBS = {"être", "assister", "participer", "séjourner", "trouver"}


@cache
def _placing_words() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns of events and talks, and the words that place someone or something where a city is."""
    events = word_list("event-nouns.tsv") | talk_nouns()
    # « a signé l'accord à Lima »: whoever signs there is there
    return events, frozenset(word_list("talk-verbs.tsv") | word_list("signing-verbs.tsv") | _WHERE_VERBS | events)


def _is_where(token: Token) -> bool:
    """« le ministre est à Lima », « il était jeudi à Lima »: a place (or a word before it) the parser makes the
    predicate of « être », with a subject."""
    children = list(token.children)
    return any(c.lemma_.lower() == "être" and c.dep_ in {"cop", "aux:pass"} for c in children) and \
        any(c.dep_ in SUBJECTS for c in children)


def whereabouts(sentence: Sentence) -> list[Mention]:
    """Cities a sentence places someone or some talks in: « le ministre est à Lima », « il s'est rendu à Lima »,
    « il a signé l'accord à Lima », « il a assisté au Lima Air Show », « cette visite a été marquée par une
    cérémonie à Lima », and the states it has someone visit. Talks told right after, with no venue of their own,
    between sides one of which the place lies in, are held there."""
    events, goes = _placing_words()
    about_talks = any(t.dep_ in SUBJECTS and t.lemma_.lower() in events for t in sentence.tokens)
    if _aside(sentence):
        return []
    found = []
    for mention in sentence.mentions:
        if mention.how not in {gz.CITY, gz.CAPITAL} or not_yet(sentence, mention):  # « l'invitant à X »
            continue
        root = mention_root(sentence, mention)
        # « a signé à Lima un accord », or hung on the word right under the verb (« a conclu un accord à Lima »)
        placed = case_of(root) in role_cases("place") and (about_talks or root.head.lemma_.lower() in goes
                                                           or root.head.head.lemma_.lower() in goes
                                                           or any(_is_where(t) for t in {root, root.head}))
        if placed or _names_event(sentence, mention, root, events):  # « le Lima Air Show »
            found.append(mention)
    # « le ministre est en visite en Ouganda », « il est arrivé en Bolivie »: a state visited, after its cities
    visited = {state.key for state in visited_states(sentence) + country_visited(sentence)}
    return found + regions_gone(sentence) + [m for m in sentence.mentions if m.how == gz.NAME and m.state is not None
                    and m.state.key in visited and m.entity.cls == "State" and not not_yet(sentence, m)]


def _names_event(sentence: Sentence, mention: Mention, root: Token, events: frozenset[str]) -> bool:
    """« le Lima Air Show »: an event noun in the city's own phrase, after it with no verb or punctuation between
    (a broken parse may make the city the root of its whole sentence: « Paris et Rabat ont ..., a annoncé le
    ministre » names no event)."""
    doc = sentence.doc
    return any(t.lower_ in events and not any(w.pos_ in {"VERB", "AUX", "PUNCT"} for w in doc[mention.end:t.i])
               for t in root.subtree if t.i >= mention.end)


STAY_NOUNS = {"visite", "déplacement", "tournée", "séjour"}


def _aside(sentence: Sentence) -> bool:
    """« Le ministre chilien était d'ailleurs à Madrid la semaine passée »: a place told by the way, of another
    time than the story's, sets no scene for the talks told next."""
    return any(w == "ailleurs" and t.i > 0 and t.nbor(-1).lower_ in {"d'", "d\u2019"}
               for t, w in zip(sentence.tokens, sentence.said, strict=True))


def regions_gone(sentence: Sentence) -> list[Mention]:
    """« il s'est rendu en Bretagne », « une visite dans le Kent »: a region the reference data lacks (a place the
    NER reads after « en » or « dans ») that a journey or a visit goes to, minted as a place as unknown towns are."""
    taken = {i for m in sentence.mentions for i in range(m.start, m.end)}
    goes = word_list("talk-verbs.tsv") | STAY_NOUNS
    return [Mention(ent.start, ent.end, Entity("place:" + ent.text, ent.text, "City"), gz.CITY)
            for ent in doc_words.span_ents(sentence.span) if ent.label_ == "LOC" and ent[0].text[:1].isupper()
            and not taken & set(range(ent.start, ent.end)) and case_of(ent.root) in {"en", "dans"}
            and ent.root.head.lemma_.lower() in goes]


def places_told(ctx: Context, sentence: Sentence, where: list[Mention]) -> list[Entity]:
    """The cities a sentence places someone in (`whereabouts`), then those abroad a speaker of known state is
    placed in by the verb he says something with (« ..., a affirmé à Lima le ministre français »): talks told in
    the next sentences are held there (`Context.recent_places`)."""
    return [m.entity for m in where] + said_abroad(ctx, sentence, known_speaker=True)


def said_abroad(ctx: Context, sentence: Sentence, trigger: Token | None = None,
                known_speaker: bool = False) -> list[Entity]:
    """The cities outside the speaker's state (if known) that a reporting verb places him in, outside the words of
    `trigger`."""
    found = []
    for mention in sentence.mentions:
        verb = (root := mention_root(sentence, mention)).head
        if mention.how not in {gz.CITY, gz.CAPITAL} or case_of(root) not in role_cases("place") or \
                verb.pos_ != "VERB" or verb.lemma_.lower() not in words_of_class("report") or \
                (trigger is not None and trigger in verb.subtree):
            continue
        speakers = {m.state.key for m in _speakers(sentence, verb) if m.state is not None and m != mention}
        host = ctx.host_state(mention.entity)
        if (speakers or not known_speaker) and host is not None and host.key not in speakers:
            found.append(mention.entity)
    return found


def _speakers(sentence: Sentence, verb: Token) -> list[Mention]:
    """The mentions in the subjects of a reporting verb, or, when its subject is put after it (« ..., a affirmé à
    Lima le ministre X », which the parse makes an object or hangs on the city), those after it."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subjects:
        return [m for m in sentence.mentions if any(mention_root(sentence, m) in c.subtree for c in subjects)]
    return [m for m in sentence.mentions if m.start > verb.i]
