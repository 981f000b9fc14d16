"""Places where no one is yet: a place only an invitation sends someone to (« l'invitant à se rendre en X », « une
invitation à visiter Y ») and the place of a meeting only planned (« une rencontre prévue à X », « la prochaine
réunion à Y »). They set no scene for the talks told around them (kg.extract.whereabouts); filtered
together, as one left alone leaks into later talks."""

from __future__ import annotations

from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence, mention_root

_REACH = 4  # words of the parse above a place up to the invitation that governs its visit


def not_yet(sentence: Sentence, mention: Mention) -> bool:
    """`mention` is a place an invitation names or the place of a meeting or trip told as planned."""
    root = mention_root(sentence, mention)
    invites = word_list("invitation-words.tsv")
    if any(t.lemma_.lower() in invites for t in list(root.ancestors)[:_REACH]):
        return True
    head = root.head
    planned = head.lemma_.lower() in word_list("planned-participles.tsv") and "Part" in head.morph.get("VerbForm", [])
    upcoming = head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lemma_.lower() in word_list("upcoming.tsv")
                                          for c in head.children)
    return planned or upcoming
