"""Audiences listed line by line: « X a tenu des audiences à Y. Parmi les personnalités reçues figuraient : » then
« - l'ambassadeur de A, ... », « - le directeur de la société B, ... »: each line of the list is talks of the host's
state with the state or the firm the line names, held in the city the host was placed in before. A heading line
with no verb (« Délégations reçues ») leaves the list open; a line that is a clause of its own closes it."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.doc_words import doc_text, morph_values
from kg.extract.lexicon import word_list
from kg.extract.syntax import Sentence
from kg.records import Attribution, Claim, Entity, Fact, venue

_DASHES = ("-", "\u2013", "\u2014", "\u2022", "*")


@dataclass
class AudienceList:
    """The list of those a host met that is open, as (host state, cities it was held in), or none."""

    host: Entity | None = None
    cities: list[Entity] = field(default_factory=list)

    def read(self, ctx: Context, sentence: Sentence, subject: Entity | None) -> list[Claim]:
        """The talks a line of an open list tells; opens or closes the list as the sentence says (the host: the
        subject told last, or the state the story is set in)."""
        if sentence.span.start != 0:  # a sentence within a line: the line's first one spoke for it
            return []
        if doc_text(sentence.doc).lstrip().startswith(_DASHES):
            return [] if self.host is None else self._talks(ctx, sentence, self.host)
        if self.host is not None and not any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph_values(t, "VerbForm")
                                             for t in sentence.tokens):
            return []  # a heading within the list (« Délégations reçues »)
        self.host, self.cities = None, []
        if _opens(sentence):
            host = next(iter(states(ctx, [subject] if subject is not None else [])), None)
            host = host if host is not None and host.cls == "State" else ctx.story_state()
            self.host = host if host is not None and host.cls == "State" else None
            self.cities = [p for p in ctx.recent_places(sentence) if p.cls == "City"][:1]
        return []

    def _talks(self, ctx: Context, sentence: Sentence, host: Entity) -> list[Claim]:
        others = [e for m in sentence.mentions if m.how in {gz.NAME, gz.DEMONYM, gz.COMPANY}
                  and (e := ctx.as_state(ctx.actor(m)) if m.how != gz.COMPANY else ctx.actor(m)).key != host.key
                  and e.cls in {"State", "Company"}]
        if not others:
            return []
        said = Attribution()
        evidence = (sentence.evidence(),)
        venues = tuple(venue(city, evidence, said) for city in self.cities)
        fact = Fact("negotiation", evidence, said, parts=venues)
        return [Claim(fact.with_roles("participant", [host, others[0]]), one_of=True)]


def _opens(sentence: Sentence) -> bool:
    """« Parmi les personnalités rencontrées figuraient : », « Les délégations reçues : »: a sentence that ends on a
    colon and names meeting by a verb or a participle (« les audiences ont porté sur : » lists topics)."""
    words = [t for t in sentence.tokens if not t.is_space]
    return bool(words) and words[-1].text == ":" and any(
        t.lemma_.lower() in word_list("meeting-verbs.tsv") and t.pos_ in {"VERB", "ADJ"} for t in words)
