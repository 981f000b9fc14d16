"""Where talks are held as a place hung on them: a headquarters or palace named by its holder (« au siège de
l'OTAN », « au palais X »), and the city of a relative clause of taking place on the talks (« la réunion, qui s'est
tenue à Lima »)."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.dates import WEEKDAYS
from kg.extract.lexicon import role_cases, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, DEFINITE, SUBJECTS, Sentence, case_of, mention_root
from kg.extract.talk_nouns import meeting_nouns
from kg.records import Entity

_RELATIVE = get_string_id("acl:relcl")  # a label compared by its id: `dep_` decodes a string at each read
SITE = "place:"  # the key of a site with no city of its own


def hung_on(sentence: Sentence, word: Token) -> list[Token]:
    """The words hung on `word`, and those the parser hangs on a day told right after it (« a reçu, hier mardi au
    siège de ... », « qui s'est tenue jeudi au siège de ... »)."""
    dated = {i for begin, end, _date in sentence.dates for i in range(begin, end)}
    days = [c for c in word.children if c.dep_ in {"advmod", "obl:mod"} and (
        c.i in dated or c.pos_ == "ADV" or c.lower_ in WEEKDAYS)]
    # « a reçu jeudi, au palais X, la ministre Y »: a site told before the one met, which the parser hangs on her
    ahead = [c for k in word.children if k.dep_ in {"obj", "obl:mod"} and k.i > word.i and not case_of(k)
             for c in k.children if word.i < c.i < k.i and c.dep_ in {"obl:mod", "nmod"}]
    # « a reçu mardi le ministre X au palais présidentiel », « reçu par le président au palais Y »: a site told right
    # after the one met, which the parser hangs on them (sites keeps only a site noun in a place's case)
    after = [c for k in word.children if k.dep_ in {"obj", "obl:agent"} and k.i > word.i
             for c in k.children if c.dep_ == "nmod" and c.i > k.i and c.lemma_.lower() in word_list("site-nouns.tsv")]
    return [*word.children, *(c for d in days for c in d.children), *ahead, *after]


def sites(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« a reçu au siège de l'Organisation le premier ministre X », « a été reçu à l'état-major de l'armée de l'air
    Y », « la rencontre au siège de l'OTAN »: a headquarters hung on the talks' word, named by its holder (a body, an
    organisation, a state or a capitalised noun) with no city inside, is where they are held: a minted place; it
    ends at a comma (« au siège de l'état-major de l'armée, M. X »: the one met, which the parser hangs on it).
    Talks that are the subject of taking place (« les discussions se sont tenues au palais X ») are held at the
    site hung on that verb."""
    found = []
    words = hung_on(sentence, trigger)
    if trigger.dep_ in SUBJECTS and trigger.head != trigger and taking_place(trigger.head):
        words += hung_on(sentence, trigger.head)
    for site in words:
        if site.dep_ not in {"obl", "obl:arg", "obl:mod", "nmod"} or case_of(site) not in role_cases("place") or \
                site.lemma_.lower() not in word_list("site-nouns.tsv"):
            continue
        words = [t for t in site.subtree if t.i >= site.i]
        words = words[:next((k for k, t in enumerate(words) if t.text == ","), len(words))]  # « ..., M. X »
        # « au quartier général des Forces armées son homologue »: a phrase of its own opens with no preposition
        words = words[:next((k for k, t in enumerate(words) if k and t.pos_ == "DET"
                             and words[k - 1].pos_ != "ADP"), len(words))]
        held = [m for m in sentence.mentions if words[0].i <= m.start and m.end - 1 <= words[-1].i]
        seat = len(words) == 2 and words[1].lower_ in word_list("seat-qualifiers.tsv")  # « au palais royal »
        seat = seat or (words == [site] and site.text[:1].isupper())  # « à la Présidence »: a seat by its name
        if any(m.how in {gz.CITY, gz.CAPITAL} for m in held) or not (seat or
                any(m.how in ACTOR_KINDS for m in held) or any(t.text[:1].isupper() for t in words[1:])):
            continue
        end = words[-1].i + 1
        while end > site.i + 1 and sentence.doc[end - 1].is_punct:
            end -= 1
        text = sentence.doc[site.i:end].text
        found.append(Mention(site.i, end, Entity(SITE + text, text, "City"), gz.CITY))
    return found


def minted_site(place: Mention) -> bool:
    """A site `sites` names by its holder alone (« au ministère de la Défense »): it tells no city."""
    return place.entity.key.startswith(SITE)


def held_in(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« la réunion des ministres, qui s'est tenue à Lima », « le sommet entre A et B, qui a eu lieu à Quito »: the
    place of a relative clause of taking place on the talks (or the last word of their phrase, where the parser
    hangs it) is where they are held; the parse stops at the clause."""
    held = [t for t in trigger.subtree if t.dep == _RELATIVE and taking_place(t)
            and any(s.dep_ in SUBJECTS and s.pos_ == "PRON" for s in t.children)]
    sites = word_list("site-nouns.tsv")
    # « qui s'est tenue au siège de l'OTAN à Bruxelles »: the city of the site it is held at
    held += [c for t in held for c in hung_on(sentence, t) if c.lemma_.lower() in sites
             and case_of(c) in role_cases("place")]
    return [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL} and (root := mention_root(sentence, m))
            .head in held and case_of(root) in role_cases("place")]


def held_unsaid(sentence: Sentence, trigger: Token) -> list[Mention]:
    """The place of talks the parse does not hang on them: a verb of taking place left with no subject
    (held_unparsed), an occasion held in a city they are told during (held_during)."""
    return held_unparsed(sentence, trigger) or held_during(sentence, trigger)


def held_unparsed(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« Au siège du commandement, la réunion des chefs d'état-major ... s'est tenue à Lima »: where the parser breaks
    the sentence and leaves the verb of taking place with no subject, the talks' noun is its subject when it is the
    last noun of talks before it and no other verb with a subject stands between them: its city is their place."""
    if trigger.pos_ != "NOUN" or trigger.dep_ in SUBJECTS:
        return []
    verb = next((t for t in sentence.tokens if t.i > trigger.i and t.pos_ in {"VERB", "AUX"} and taking_place(t)
                 and not any(c.dep_ in SUBJECTS for c in t.children)), None)
    between = [t for t in sentence.tokens if verb is not None and trigger.i < t.i < verb.i]
    if verb is None or any((t.lemma_.lower() in meeting_nouns() and t.pos_ == "NOUN") or (
            t.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECTS for c in t.children)) for t in between):
        return []
    return [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL} and (root := mention_root(sentence, m))
            .head == verb and case_of(root) in role_cases("place") and root.dep_.startswith("obl")]


_PLANNED = {"prévoir", "programmer"}  # « une réunion prévue à Lima »: not yet held


def held_during(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« signé ..., pendant une cérémonie organisée au siège du ministère à Lima », « lors d'un dîner tenu à Lima »:
    talks told during (after, at the end of) an occasion the sentence has held at a city, by a participle of holding
    on the occasion's noun (ontology/lexicon/held-verbs.tsv, talk-frames.tsv), are held there."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    frames = word_list("talk-frames.tsv")
    occasions = [t for t in sentence.tokens if t.pos_ == "NOUN" and t != trigger and (
        (t.head in {trigger, verb} and any(case_of(t).startswith(f) for f in frames))
        or (t.head.lower_ == "lors" and t.head.head in {trigger, verb}))]
    held = [c for t in occasions for c in t.children if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm", [])
            and c.lemma_.lower() in word_list("held-verbs.tsv") - _PLANNED]
    # « organisée au siège du ministère à Lima »: the city of the site it is held at, hung on the site's holder too
    held += [c for t in held for c in t.children if c.lemma_.lower() in word_list("site-nouns.tsv")
             and case_of(c) in role_cases("place")]
    held += [c for t in held if t.pos_ == "NOUN" for c in t.children if c.dep_ == "nmod" and c.pos_ != "PROPN"]
    return [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL} and (root := mention_root(sentence, m))
            .head in held and case_of(root) in role_cases("place")]


def taking_place(verb: Token) -> bool:
    """« s'est tenue », « s'est déroulée », « a eu lieu »."""
    lemma = verb.lemma_.lower()
    # « ont eu lieu jeudi »: the parser may hang « lieu » on the day after it
    return lemma in {"tenir", "dérouler"} or (lemma == "avoir" and (any(c.lower_ == "lieu" for c in verb.children) or (
        verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "lieu")))


def held_at(sentence: Sentence, place: Mention) -> bool:
    """« Ces discussions se sont tenues au Pérou »: the place hangs on a verb of taking place whose subject names
    the talks: where they are held, even a state that is one of their sides."""
    root = mention_root(sentence, place)
    verb = root.head
    return case_of(root) in role_cases("place") and root.dep_.startswith("obl") and taking_place(verb) and any(
        c.dep_ in SUBJECTS and c.lemma_.lower() in meeting_nouns() for c in verb.children)


def held_before(trigger: Token) -> bool:
    """« X a déclaré que les discussions se sont tenues au palais Y »: talks named by a definite noun (or a
    demonstrative) as the subject of a verb of taking place are those told before; the one who tells where they
    were held is no side of them for it."""
    return trigger.pos_ == "NOUN" and trigger.dep_ in SUBJECTS and taking_place(trigger.head) and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children)
