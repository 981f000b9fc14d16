"""A post told alone, its holder named as the leader of their state's delegation in the next sentence: « Les
autorités ont reçu le vice-ministre chilien de l'Intérieur. La délégation chilienne, conduite par A, a été reçue
... »: A holds that post. Only when the sentence before told one title of that state and named no one in it, and
the delegation is that state's by its own words. So does the name that opens the next sentence as its subject
when that title was the subject of its own (« Le ministre chilien de la Défense est arrivé à Lima. A a été reçu
... »)."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.delegation_states import side_state
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.syntax import SUBJECTS, Sentence, mention_root

# the participles by which a delegation names its leader (« conduite par », « dirigée par », « menée par »); the
# parser reads « conduite » as the noun at times
_CIVILITIES = {"m.", "mme", "mme.", "monsieur", "madame"}  # before a name that opens a sentence
_LEADING = {"conduire", "diriger", "mener", "emmener", "présider", "conduite"}


def lone_title(titles: list[Title], held: set[int]) -> Title | None:
    """The one title of a sentence that names a state, when no one holds it there and no other title names that
    state."""
    stated = [t for t in titles if t.org is not None and t.org.state is not None]
    if len(stated) != 1 or stated[0].start in held or stated[0].inner or stated[0].of_person is not None:
        return None
    return stated[0]


def delegation_leader(sentence: Sentence, title: Title) -> Mention | None:
    """The person who leads the delegation of the state of `title`, named as the agent of a participle of that
    delegation (« la délégation chilienne, conduite par A »)."""
    state = title.org.state if title.org is not None else None
    nouns = word_list("side-nouns.tsv")
    for mention in sentence.mentions:
        token = sentence.doc[mention.start]
        led = token.head
        if mention.how != gz.PERSON or token.dep_ != "obl:agent" or led.lemma_.lower() not in _LEADING or \
                led.dep_ != "acl" or led.head.lemma_.lower() not in nouns:
            continue
        side = side_state(sentence, led.head)
        if state is not None and side is not None and side.key == state.key:
            return mention
    return None


def told_as_subject(sentence: Sentence, titles: list[Title], held: set[int]) -> Title | None:
    """The one title of a sentence, held by no one there, a definite subject of its clause that names its state
    (« Le ministre chilien des Affaires étrangères est arrivé »)."""
    doc = sentence.doc
    if len(titles) != 1 or titles[0].start in held or titles[0].inner or titles[0].of_person is not None:
        return None
    title = titles[0]
    if title.start <= sentence.span.start or doc[title.start - 1].lower_ not in {"le", "la", "l'"} or \
            doc[title.start].dep_ not in SUBJECTS:
        return None
    return title if title.org is not None and title.org.state is not None else None


def opening_subject(sentence: Sentence) -> Mention | None:
    """The person whose name opens the sentence as its subject (« A a été reçu ce lundi »), past a civility
    (« M. A a entamé »)."""
    first = min(sentence.mentions, key=lambda mention: mention.start, default=None)
    opens = sentence.span.start + (sentence.doc[sentence.span.start].lower_ in _CIVILITIES)
    if first is None or first.how != gz.PERSON or first.start != opens:
        return None
    root = mention_root(sentence, first)
    if opens > sentence.span.start and root.head.i == sentence.span.start:  # the parser hangs the name on « M. »
        root = root.head
    return first if root.dep_ in SUBJECTS else None
