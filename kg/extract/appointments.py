"""Posts an appointment gives (the `object` and `subject` frames of post-frames.tsv): « X a été nommé ministre de la
Défense du Kenya », « le roi a nommé le général X chef d'état-major », « X, désigné au poste de ministre », « X est
devenu Premier ministre », « X a été nommé à la tête de l'armée de l'air marocaine ». The title is read as any title
is (kg.extract.people); the state it names none for is the appointer's (« le président kényan a nommé X ministre »,
« Tokyo a nommé »)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.people import CIVILITIES, Title
from kg.extract.post_verbs import GOVERNOR, post_frame
from kg.extract.syntax import SUBJECTS, Sentence
from kg.extract.title_complements import DETERMINERS
from kg.gazetteer import Role

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
        parser's tense is unreliable on future forms, so a form that runs on from its infinitive counts too)."""
        verb = self.verb
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "aller":
            return True
        return any("Fut" in t.morph.get("Tense", []) or (
            t.lower_.startswith(t.lemma_.lower().removesuffix("e")) and t.lower_.endswith(_FUTURE_ENDINGS))
            for t in (verb, *(c for c in verb.children if c.dep_.startswith("aux"))))


def appointments(sentence: Sentence, titles: list[Title], chief: Role) -> list[Appointment]:
    """The posts the sentence's appointment verbs give; `chief` is the post « à la tête de » a body names."""
    found: list[Appointment] = []
    doc, ranks = sentence.doc, word_list("military-ranks.tsv") | word_list("honorifics.tsv")
    for verb in sentence.tokens:
        frame = post_frame(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if frame is None or frame[0] == GOVERNOR:
            continue
        passive = frame[0] == "subject" or _passive(verb)
        named: Mention | None = None  # the person an active verb appoints, between it and the title
        at = verb.i + 1
        while at < min(verb.i + _REACH, sentence.span.end):
            mention = sentence.mention_at(doc[at])
            if mention is not None and mention.how == gz.PERSON and named is None and not passive:
                named, at = mention, mention.end
            elif doc[at].lower_ in _BETWEEN | ranks or doc[at].pos_ == "ADV":
                at += 1
            else:
                break
        title = next((t for t in titles if t.start == at), None) or _head_of(sentence, at, chief)
        holder = _appointed(sentence, verb) if passive else named
        if title is None or holder is None:
            continue
        found.append(Appointment(title, holder, verb, None if passive else _appointer(sentence, verb)))
    return found


def _passive(verb: Token) -> bool:
    """« a été nommé », « X, nommé ministre en 2022, »: the verb's subject, or the noun it qualifies, is appointed."""
    return any(c.dep_ == "aux:pass" for c in verb.children) or (
        "Part" in verb.morph.get("VerbForm", []) and not any(c.dep_.startswith("aux") for c in verb.children) and
        verb.dep_ in {"acl", "advcl", "conj", "appos", "amod"})


def _appointed(sentence: Sentence, verb: Token) -> Mention | Token | None:
    """The person a passive or a participle appoints: the verb's subject (a name, or a pronoun to resolve), else the
    name the participle qualifies (« X, nommé ... »)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and verb.dep_ in {"acl", "acl:relcl", "advcl", "appos", "amod"}:
        subject = verb.head
    elif subject is not None and subject.lower_ in {"qui", "qu'"} and verb.dep_ == "acl:relcl":
        subject = verb.head  # « X, qui a été nommé ministre »
    if subject is None:
        return None
    for token in subject.subtree:
        if token.i >= verb.i:
            break
        mention = sentence.mention_at(token)
        if mention is not None and mention.how == gz.PERSON:
            return mention
    return subject if subject.pos_ == "PRON" and subject.lower_ in {"il", "elle"} else None


def _appointer(sentence: Sentence, verb: Token) -> Mention | None:
    """The state of whoever appoints: the state, capital, demonym or body its subject names (« Tokyo a nommé »,
    « le président kényan a nommé »)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    states = {m.state.key: m for t in subject.subtree if t.i < verb.i
              if (m := sentence.mention_at(t)) is not None and m.state is not None and m.how in _STATE_KINDS}
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
