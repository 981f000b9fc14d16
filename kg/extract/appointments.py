"""Posts an appointment gives (the `object` and `subject` frames of post-frames.tsv): « X a été nommé ministre de la
Défense du Kenya », « le roi a nommé le général X chef d'état-major », « X, désigné au poste de ministre », « X est
devenu Premier ministre », « X a été nommé à la tête de l'armée de l'air marocaine », the copula « X sera le chef de
la Marine »; and the posts a capacity phrase gives (« en tant que », « en sa qualité de »). The title is read as any
title is (kg.extract.people); the state it names none for is the appointer's (« le président kényan a nommé X
ministre », « Tokyo a nommé »)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.symbols import NOUN
from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.doc_words import lemma_of, morph_values
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.own_words import CIVILITIES
from kg.extract.people import Title
from kg.extract.post_verbs import GOVERNOR, post_frame
from kg.extract.syntax import SUBJECTS, Sentence
from kg.extract.title_complements import DETERMINERS
from kg.gazetteer import Role
from kg.records import Entity

_REACH = 10  # tokens from the verb to the title (« a nommé mardi le général de division X au poste de chef »)
# words between the verb (and its object) and the title: « au poste de », « comme », « en tant que »
_BETWEEN = DETERMINERS | CIVILITIES | {"au", "à", "poste", "postes", "de", "d'", "du", "comme", "en", "tant", "que",
                                       "qu'", "aux", "fonctions", "fonction", "nouveau", "nouvelle", "nouvel"}
_FUTURE_ENDINGS = ("ra", "rai", "ras", "rons", "rez", "ront")
_STATE_KINDS = {gz.NAME, gz.CAPITAL, gz.DEMONYM, gz.BODY}
_BODY_KINDS = {gz.BODY, gz.ORGANISATION, gz.COMPANY, "ner-org", gz.NAME, gz.DEMONYM}


@dataclass(frozen=True)
class Appointment:
    """A post a verb gives: the title, the person appointed (a mention, or the subject pronoun's token), the verb,
    and the state of whoever appoints (when the subject names one)."""

    title: Title
    holder: Mention | Token
    verb: Token
    appointer: Mention | None

    @property
    def upcoming(self) -> bool:
        """« X sera nommé », « le roi nommera X », « va nommer »: an appointment to come is no post held yet (the
        parser's tense is unreliable on future forms, so a form that runs on from its infinitive counts too); a
        copula in the future tells a decision made (« X sera le chef de la Marine », the verb is the title's noun)."""
        verb = self.verb
        if verb.pos_ == "NOUN":
            return False
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "aller":
            return True
        return any("Fut" in morph_values(t, "Tense") or (
            t.lower_.startswith(t.lemma_.lower().removesuffix("e")) and t.lower_.endswith(_FUTURE_ENDINGS))
            for t in (verb, *(c for c in verb.children if c.dep_.startswith("aux"))))


def appointments(sentence: Sentence, titles: list[Title], chief: Role,
                 as_state: Callable[[Entity], Entity] | None = None) -> list[Appointment]:
    """The posts the sentence's appointment verbs give; `chief` is the post « à la tête de » a body names;
    `as_state` the state a person acts for, when known (« le président X a nommé Y »: Y serves X's state)."""
    found: list[Appointment] = []
    doc, military = sentence.doc, word_list("military-ranks.tsv")
    ranks = military | word_list("honorifics.tsv")
    for verb in sentence.tokens:
        frame = post_frame(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if frame is None or frame[0] == GOVERNOR:
            continue
        passive = frame[0] == "subject" or _passive(verb)
        named: Mention | None = None  # the person an active verb appoints, between it and the title
        at = verb.i + 1
        # « nommé prince héritier »: a title of several words that opens with a noble title, not a rank (« a nommé
        # le général de division X »); nor a post whose head a rank shares (« comme commandant de la marine »)
        starts = {t.start for t in titles if t.end > t.start + 1 and (
            doc[t.start].lower_ not in military or not _rank(t.role, military))}
        while at < min(verb.i + _REACH, sentence.span.end):
            mention = sentence.mention_at(doc[at])
            if mention is not None and mention.how == gz.PERSON and named is None and not passive:
                named, at = mention, mention.end
            elif (doc[at].lower_ in _BETWEEN | ranks and at not in starts) or doc[at].pos_ == "ADV":
                at += 1
            else:
                break
        title = next((t for t in titles if t.start == at), None) or _head_of(sentence, at, chief)
        verb = verb.head if verb.dep_ == "cop" else verb  # « X sera le chef de la Marine »: the noun holds the clause
        holder = _appointed(sentence, verb) if passive else named
        if title is None or holder is None:
            continue
        found.append(Appointment(title, holder, verb, None if passive else _appointer(sentence, verb, as_state)))
    return found + _capacities(sentence, titles) + _nominal(sentence, titles, chief)


def _rank(role: Role, military: frozenset[str]) -> bool:
    """A military rank (« général de division », « commandant »), not a post a rank's word heads (« commandant de
    l'armée de terre »: the army chief's)."""
    label = role.label.lower()
    return label in military or all(word in military for word in label.split())


def _nominal(sentence: Sentence, titles: list[Title], chief: Role) -> list[Appointment]:
    """« Y a félicité X pour sa nomination au poste de ministre de Z », « la désignation de X comme chef
    d'état-major »: a noun of appointment (appointment-nouns.tsv) gives the title after it to the name in its
    complement, else to its possessor (the person the clause's verb governs as its object, else as its subject)."""
    found: list[Appointment] = []
    doc, nouns = sentence.doc, word_list("appointment-nouns.tsv")
    for noun in sentence.tokens:
        if noun.pos != NOUN or lemma_of(noun) not in nouns:  # read as ids: a Token decodes `pos_` at each read
            continue
        holder: Mention | None = None
        at = noun.i + 1
        if at + 1 < sentence.span.end and doc[at].lower_ in {"de", "d'"} and \
                (named := sentence.mention_at(doc[at + 1])) is not None and named.how == gz.PERSON:
            holder, at = named, named.end
        elif any(c.dep_ == "det" and "Yes" in morph_values(c, "Poss") for c in noun.children):
            holder = _possessor(sentence, noun)
        while at < sentence.span.end and doc[at].lower_ in _BETWEEN:
            at += 1
        title = next((t for t in titles if t.start == at), None) or _head_of(sentence, at, chief)
        if title is not None and holder is not None:
            found.append(Appointment(title, holder, noun, None))
    return found


def _possessor(sentence: Sentence, noun: Token) -> Mention | None:
    """Whose « sa nomination » is: the person the clause's verb governs as its object, else its subject."""
    verb = next((t for t in noun.ancestors if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    for deps in ({"obj", "iobj"}, SUBJECTS):
        for child in (c for c in verb.children if c.dep_ in deps):
            person = next((m for t in child.subtree if (m := sentence.mention_at(t)) is not None
                           and m.how == gz.PERSON), None)
            if person is not None:
                return person
    return None


def _capacities(sentence: Sentence, titles: list[Title]) -> list[Appointment]:
    """« X a pris sa retraite en tant que commandant de l'Est », « Y, en sa qualité de président du comité, a
    ouvert »: the title after « en tant que » or « en (sa) qualité de » is a post of whoever the clause is about."""
    found: list[Appointment] = []
    lower, start = sentence.lower, sentence.span.start
    for title in titles:
        before = lower[max(0, title.start - start - 4):title.start - start]
        marker = next((len(before) - len(m) for m in _CAPACITY_MARKERS if tuple(before[-len(m):]) == m), None)
        if marker is None:
            continue
        told = _capacity_holder(sentence, sentence.doc[title.start], title.start - len(before) + marker)
        if told is not None:
            found.append(Appointment(title, told[0], told[1], None))
    return found


_CAPACITY_MARKERS = (("en", "tant", "que"), ("en", "tant", "qu'"), ("en", "qualité", "de"), ("en", "qualité", "d'"),
                     ("en", "sa", "qualité", "de"), ("en", "sa", "qualité", "d'"), ("en", "leur", "qualité", "de"))


def _capacity_holder(sentence: Sentence, noun: Token, marker: int) -> tuple[Mention | Token, Token] | None:
    """The person a capacity phrase (starting at token `marker`) is about, and the word its modality hangs on: the
    name the phrase qualifies (« le ministre X, en tant que ... »), else the subject of the first verb above it (a
    relative « qui » standing for the name just before it)."""
    for above in noun.ancestors:
        if above.pos_ != "VERB":
            mention = next((m for t in above.subtree if t.i < marker and (m := sentence.mention_at(t)) is not None
                            and m.how == gz.PERSON), None)
            if mention is not None:
                return mention, above
            continue
        subject = next((c for c in above.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.lower_ in {"qui", "qu'"}:
            named = [m for m in sentence.mentions if m.end <= subject.i and m.how == gz.PERSON]
            return (named[-1], above) if named and named[-1].end >= subject.i - 1 else None
        appointed = _appointed(sentence, above)
        return None if appointed is None else (appointed, above)
    return None


def _passive(verb: Token) -> bool:
    """« a été nommé », « X, nommé ministre en 2022, »: the verb's subject, or the noun it qualifies, is appointed."""
    return any(c.dep_ == "aux:pass" for c in verb.children) or (
        "Part" in morph_values(verb, "VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children) and
        verb.dep_ in {"acl", "advcl", "conj", "appos", "amod"})


def _appointed(sentence: Sentence, verb: Token) -> Mention | Token | None:
    """The person a passive or a participle appoints: the verb's subject (a name, or a pronoun to resolve), else the
    name the participle qualifies (« X, nommé ... »)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]  # « le brigadier-major X »: the parser may split
    subject = subjects[0] if subjects else None  # a compound rank into two subjects
    if subject is None and verb.dep_ in {"acl", "acl:relcl", "advcl", "appos", "amod"}:
        subjects = [subject := verb.head]
    elif subject is not None and subject.lower_ in {"qui", "qu'"} and verb.dep_ == "acl:relcl":
        subjects = [subject := verb.head]  # « X, qui a été nommé ministre »
    if subject is None:
        return None
    # « A et B, [...], et le général C a été nommé »: the parser may give the verb two subjects; the nearest is its own
    for token in (t for s in sorted(subjects, key=lambda s: -s.i) for t in s.subtree if t.i < verb.i):
        mention = sentence.mention_at(token)
        if mention is not None and mention.how == gz.PERSON:
            return mention
    return subject if subject.pos_ == "PRON" and subject.lower_ in {"il", "elle"} else None


def _appointer(sentence: Sentence, verb: Token, as_state: Callable[[Entity], Entity] | None) -> Mention | None:
    """The state of whoever appoints: the state, capital, demonym or body its subject names (« Tokyo a nommé »,
    « le président kényan a nommé »), else the state its one person acts for (« M. X a désigné », `as_state`)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    named = [m for t in subject.subtree if t.i < verb.i and (m := sentence.mention_at(t)) is not None]
    states = {m.state.key: m for m in named if m.state is not None and m.how in _STATE_KINDS}
    people = list({m.start: m for m in named if m.how == gz.PERSON}.values())
    if not states and len(people) == 1 and as_state is not None and \
            (state := as_state(people[0].entity)).cls == "State":
        return replace(people[0], entity=state, how=gz.NAME, state=state)
    return next(iter(states.values())) if len(states) == 1 else None


def _head_of(sentence: Sentence, at: int, chief: Role) -> Title | None:
    """« nommé à la tête de l'armée de l'air marocaine », « à la tête de l'agence Y »: the head of the body named
    after « à la tête de » (the first state, body or organisation named before the clause ends)."""
    doc, end = sentence.doc, sentence.span.end
    if not (sentence.span.start + 2 <= at < end - 2 and doc[at].lower_ == "tête" and doc[at - 2].lower_ == "à" and
            doc[at + 1].lower_ in {"de", "du", "des", "d'"}):
        return None
    for token in doc[at + 2:min(at + 9, end)]:
        if token.is_punct or token.pos_ in {"VERB", "AUX"}:
            return None
        mention = sentence.mention_at(token)
        if mention is not None and mention.how in _BODY_KINDS:
            return Title(at, at + 1, chief, mention, None)
    return None
