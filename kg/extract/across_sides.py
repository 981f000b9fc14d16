"""The state of a post across from the sides a sentence names: « le ministre des Affaires étrangères X a été reçu
par l'émir du Pays A », « le Premier ministre Y a rencontré le président du Pays B et son homologue du Pays C ».
When the other holders' posts name their states, a verb of meeting sets the holder apart from them (not « le
président du Pays A, X, et le ministre Y »: one side), and the article names one state besides theirs, however
rarely (often only once, in « les relations entre A et D »), a reader gives the post whose title names none that
state."""

from __future__ import annotations

from collections.abc import Sequence

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.people import Title
from kg.extract.post_states import AboutState
from kg.extract.syntax import Sentence
from kg.records import Entity


def across_state(about: list[AboutState], named: list[AboutState], taken: set[str]) -> Entity | None:
    """The one state the article is about (`about`, named twice or more), else the one it names at all (`named`),
    that the sentence does not give to others (`taken`: the states of the other posts it names, the places it has
    someone visit); none when two or more are left."""
    for states in (about, named):
        left = [one.state for one in states if one.state.key not in taken]
        if left:
            return left[0] if len(left) == 1 else None
    return None


def set_apart(sentence: Sentence, holder: Entity, titles: Sequence[Title]) -> bool:
    """Whether a verb of meeting (meeting-verbs.tsv: « reçu par », « a rencontré ») stands between the holder's name
    and each other title of the sentence that names a state, and there is one such title; not a list of one side's
    posts (« le président du Pays, Y, et le ministre X », « accompagné du ministre du Pays »)."""
    own = next((m.start for m in sentence.mentions if m.how == gz.PERSON and m.entity.key == holder.key), None)
    if own is None:
        return False
    meets = [t.i for t in sentence.tokens if t.lemma_.lower() in word_list("meeting-verbs.tsv")
             and t.pos_ in {"VERB", "ADJ"}]  # the parser may read a participle as an adjective (« reçu par »)
    others = [title.start for title in titles if sentence.span.start <= title.start < sentence.span.end and
              any(m is not None and m.state is not None for m in (title.org, *title.orgs))]
    return bool(others) and all(any(min(own, other) < verb < max(own, other) for verb in meets) for other in others)
