"""Where the sentence of the talks puts someone before it tells them: « Après avoir signé l'accord à X, le ministre a
été reçu par ... », « Au cours d'une visite, lundi à X, le président a évoqué avec son homologue ... », « En visite
le 3 mai à X, la ministre a rencontré ... ». Talks with no venue of their own are held in the city the same sentence
places someone in before them (as kg.extract.whereabouts reads it) when it lies in the state of one of their
sides; not a place told of another time (« qui s'était rendu à X en mars ») nor one a relative clause tells."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.scene_stays import of_another_time
from kg.extract.syntax import Sentence, clause_verb, mention_root
from kg.records import Entity

_STAYS = frozenset({"visite", "déplacement", "tournée", "séjour", "présent", "présente"})


@cache
def _goes() -> frozenset[str]:
    """Words that place someone where a city is: going, staying, signing (not « né à X », « originaire de X »)."""
    return frozenset(word_list("talk-verbs.tsv") | word_list("signing-verbs.tsv") | _STAYS)


def placed_first(ctx: Context, sentence: Sentence, trigger: Token, where: list[Mention],
                 keys: set[str]) -> list[Entity]:
    """The first city of `where` (the sentence's whereabouts) told before the talks' word, in a side's state (`keys`),
    outside a relative clause and of the story's time."""
    for mention in where:
        if mention.how not in {gz.CITY, gz.CAPITAL} or mention.end > trigger.i:
            continue
        root = mention_root(sentence, mention)
        verb = clause_verb(root)
        goes = _goes()
        # on the verb, or on the noun right under it (« a signé l'accord à X », not « l'accord signé et prévu à X »)
        under = root.head.head.lemma_.lower() if root.head.pos_ == "NOUN" else ""
        if not {root.head.lemma_.lower(), root.head.lower_, under} & goes and not any(
                c.lemma_.lower() == "être" and c.dep_ == "cop" for c in root.children):
            continue
        if root.is_ancestor(trigger) or any(t.dep_ == "acl:relcl" for t in (root, *root.ancestors)) or \
                of_another_time(verb):
            continue
        if (host := ctx.host_state(mention.entity)) is not None and host.key in keys:
            return [mention.entity]
    return []
