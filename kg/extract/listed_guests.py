"""A list of officials a host receives (« a reçu à X : le ministre A de la Défense, Y ; l'ambassadeur de B, Z »):
each item opened by a title meets the state it names first (kg.extract.hosting reads the guests of a verb of
meeting)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.doc_words import morph_values
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence

_ITEM_ENDS = frozenset({":", ";", ",", "et"})


def listed_guests(ctx: Context, sentence: Sentence, trigger: Token) -> list[Mention]:
    """« a reçu à X : le ministre A de la Défense, Y ; l'ambassadeur de B, Z ; et le ministre C, W », « a reçu le
    ministre A, l'ambassadeur de B et le ministre C »: a list of two officials or more after a verb of meeting, each
    item opened by a title, meets the state each item names first (up to the next clause); demonyms coordinated on
    one title (« les ministres indien et algérien ») are an item each."""
    found: list[Mention] = []
    # an item opens after a separator (the first one anywhere after the verb: « a reçu mardi à X le ministre »);
    # its title; whether it named its state yet
    first, opened, title, named = True, False, False, False
    for token in sentence.doc[trigger.i + 1:sentence.span.end]:
        if token.lower_ in {"qui", "où", "que", "dont", "."} or (
                token.pos_ in {"VERB", "AUX"} and "Fin" in morph_values(token, "VerbForm")):
            break
        if token.lower_ in _ITEM_ENDS:
            # « les ministres indien et algérien »: a demonym coordinated with the one before shares its title
            shared = found and found[-1].end == token.i and found[-1].how == gz.DEMONYM and \
                (after := sentence.mention_at(sentence.doc[token.i + 1])) is not None and \
                after.how == gz.DEMONYM and after.start == token.i + 1
            first, opened, title, named = False, not shared, bool(shared), False
            continue
        if first and not title:
            title = ctx.titled(token) or ctx.titled_plural(token)
        elif opened and token.pos_ != "DET":  # « et les ministres indien et algérien »: a plural title too
            opened, title = False, ctx.titled(token) or ctx.titled_plural(token)
        mention = sentence.mention_at(token)
        if title and not named and mention is not None and mention.start == token.i and \
                mention.how in {gz.NAME, gz.DEMONYM} and mention.state is not None:
            found.append(mention)
            named = True
    return found if len(found) >= 2 else []
