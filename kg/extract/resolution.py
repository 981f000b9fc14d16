"""Who a sentence's words stand for, the part of the sentence reader the fact builders call back (their
Context, kg.extract.context): a mention's actor, a pronoun's or a speaker noun's antecedent (« il », « le
ministère », « nous » in a quote), a noun phrase's named actors, and an official titled with neither a state nor a
name (kg.extract.untold)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.civil import ORIGIN
from kg.extract.event_places import Event, remembered_place
from kg.extract.inherited import FIRST_PERSON, quoted_speaker, the_country
from kg.extract.lede_dateline import dateline_of
from kg.extract.memberships import describes_a_member
from kg.extract.mentions import Mention
from kg.extract.money import find_amounts
from kg.extract.paired import paired_with
from kg.extract.posts import PostReader
from kg.extract.rubric_states import rubric_state
from kg.extract.syntax import DE_CASES, SUBJECTS, Sentence, is_pronoun_subject, is_speaker_noun, mention_root, path_up
from kg.extract.titled_speakers import titled_speaker
from kg.extract.untold import StoryOfficials, titled_alone, untold_state
from kg.read import Article
from kg.records import Amount, Entity

_NOT_ACTORS = {gz.WEAPON, gz.ISSUE, gz.CITY, ORIGIN}


def _case(token: Token) -> str:
    return " ".join(c.lower_ for c in token.children if c.dep_ == "case")


class Resolver(PostReader):
    """The sentence reader's answers to who a word stands for; its state across sentences is the reader's
    (kg.extract.claims.ClaimReader)."""

    article: Article
    resolving: set[int]
    last_subject: Entity | None
    lead: Entity | None
    mentions: dict[str, Entity]
    beneficiary: Entity | None
    host_city: Entity | None
    military_until: int  # the last sentence a military context reaches
    airliners: frozenset[str]  # aircraft nouns of an article on airliners
    officials: StoryOfficials
    where: tuple[int, list[Entity]]
    trip: tuple[int, tuple[Entity, Entity, Entity] | None]
    events: list[Event]  # the events placed in a city so far (kg.extract.event_places)
    pairs: list[tuple[Entity, Entity]]  # the states the article names together (kg.extract.paired)

    def actor(self, mention: Mention) -> Entity:
        return self.linker.actor(mention)

    def as_state(self, entity: Entity) -> Entity:
        return self.linker.as_state(entity)

    def resolve(self, sentence: Sentence, token: Token) -> list[Entity]:
        mention = sentence.mention_at(token)
        if mention is not None and mention.how not in _NOT_ACTORS:
            return [self.actor(mention)]
        if token.i in self.resolving:
            return []  # « nous » read through a speaker that is « nous » again: no one
        self.resolving.add(token.i)
        found = self._resolve_words(sentence, token)
        self.resolving.discard(token.i)
        return found

    def _resolve_words(self, sentence: Sentence, token: Token) -> list[Entity]:
        if the_country(token):  # « le pays a acheté ... »: a state (_antecedent gives no other), else the story's lead
            return self._antecedent(sentence, token) or ([self.lead] if self.lead is not None else [])
        if is_pronoun_subject(token) or is_speaker_noun(token):
            return self._antecedent(sentence, token)
        if token.pos_ == "PRON" and token.lower_ in FIRST_PERSON:
            return quoted_speaker(sentence, token, self.resolve) or \
                titled_speaker(self.article, list(self.mentions.values()), sentence, token)
        found: list[Mention] = []
        for t in token.subtree:
            candidate = sentence.mention_at(t)
            if candidate is None or candidate in found or t.i != mention_root(sentence, candidate).i \
                    or candidate.how in _NOT_ACTORS or describes_a_member(sentence, candidate):
                continue
            path = path_up(t, token)
            if path is not None and all(not _case(p) or _case(p) in DE_CASES for p in path) \
                    and len(path) <= 3 and not any(p.dep_ == "conj" for p in path):
                found.append(candidate)
        specific = [m for m in found if m.how != gz.DEMONYM]
        # « le président Mabunda », and « X a rencontré Mabunda » the NER left out: a surname named in full before
        # (a surname the parser reads as an adjective or a noun, « Dupont a rencontré »: the same, if capitalised)
        named = [token] if (token.pos_ == "PROPN" or (token.pos_ in {"ADJ", "NOUN"} and token.text[:1].isupper())) \
            and not found else []
        surnamed = [p for c in [*named, *token.children] if (c == token or c.dep_ in {"flat:name", "appos"})
                    and (c.pos_ == "PROPN" or c in named) and (p := self.linker.by_surname(c.text)) is not None]
        held = self.acronym_holder(sentence, token)  # « le DGOE »: its holder
        return [self.actor(m) for m in (specific or found)] or surnamed[:1] or ([held] if held is not None else []) \
            or self._untold_state(sentence, token)

    def _untold_state(self, sentence: Sentence, token: Token) -> list[Entity]:
        """An official titled with neither a state nor a name (kg.extract.untold)."""
        title = titled_alone(self.titles_here, token, self.gaz.state_offices)
        return [] if title is None else untold_state(sentence, token, title, self.filed_from(), self.officials,
                                                     self.setting, self.about, self.headline_side)

    def host_state(self, place: Entity) -> Entity | None:
        return self.linker.host_state(place)

    def home_state(self, entity: Entity) -> Entity | None:
        return self.linker.home_state(entity)

    def makers(self, system: Entity) -> list[Entity]:
        return self.linker.makers(system)

    def multinational(self, entity: Entity) -> bool:
        return self.linker.multinational(entity)

    def seat(self, place: Entity) -> Entity:
        return self.linker.seat(place)

    def building(self, place: Entity) -> Entity | None:
        return self.linker.building(place)

    def capital(self, state: Entity) -> Entity | None:
        return self.linker.capital(state)

    def titled(self, token: Token) -> bool:
        return token.lower_ in self.ref.titles

    def titled_plural(self, token: Token) -> bool:
        word = token.lower_
        return (word.endswith("s") and word[:-1] in self.ref.titles) or \
            (word.endswith("aux") and word[:-3] + "al" in self.ref.titles)

    def lead_actor(self) -> Entity | None:
        return self.lead

    def headline_sums(self) -> tuple[Amount, ...]:
        return tuple(dict.fromkeys(span.amount for span in find_amounts(self.article.title) if not span.conversion))

    def story_state(self) -> Entity | None:
        return self.setting or self.lead

    def first_speaker(self) -> Entity | None:
        people = [e for e in self.mentions.values() if e.cls == "Person"]
        state = self.as_state(people[0]) if people else None
        return state if state is not None and state.cls == "State" else None

    def headline_city(self) -> Entity | None:
        return self.host_city

    def headline_beneficiary(self) -> Entity | None:
        return self.beneficiary

    def story_client(self, sentence: Sentence, winner: Entity) -> Entity | None:
        about = self.story_state()
        home = self.home_state(winner)
        if about is None or home is None or about.key == home.key or sentence.index > self.military_until \
                or self.airliners:  # an article on airliners: their orders are no arms deals
            return None
        return about if {s.state.key for s in self.named} <= {about.key, home.key} else None

    def recent_places(self, sentence: Sentence) -> list[Entity]:
        index, places = self.where
        return places if 0 < sentence.index - index <= 2 else []

    def event_place(self, event: Token) -> Entity | None:
        return remembered_place(self.events, event)

    def recent_trip(self, sentence: Sentence) -> tuple[Entity, Entity, Entity] | None:
        index, trip = self.trip
        return trip if 0 < sentence.index - index <= 2 else None

    def filed_from(self, lede: bool = False) -> Entity | None:
        city = self.linker.city_named(dateline_of(self.article) if lede else self.article.dateline)
        return self.linker.host_state(city) if city is not None else None

    def paired_with(self, state: Entity) -> Entity | None:
        return paired_with(self.pairs, state)

    def antecedent(self, sentence: Sentence, token: Token) -> list[Entity]:
        return self._antecedent(sentence, token)

    def _antecedent(self, sentence: Sentence, pronoun: Token) -> list[Entity]:
        """« il », « elle », « son gouvernement »: the latest subject before it, in this sentence or earlier; « X, qui
        a signé ... »: the relative's noun or name; « les pilotes qui ... »: a noun that names no actor stands for
        none."""
        if pronoun.lower_ == "qui" and pronoun.head.dep_ == "acl:relcl" and pronoun.head.head.pos_ in {"NOUN", "PROPN"}:
            named = _set_off_before(sentence, pronoun)  # « W à X, qui cédera ... » hung on W: X, named right before
            found = self.resolve(sentence, pronoun.head.head)
            return found or ([self.actor(named)] if named is not None and named.state is not None else [])
        if pronoun.lower_ == "qui" and (named := _set_off_before(sentence, pronoun)) is not None:
            return [self.actor(named)]  # « ..., ce que X, qui continue de livrer ..., dément »: the parse lost it
        country = the_country(pronoun)  # « le pays », « ce royaume »: a state, never the newspaper or firm before it
        for token in reversed(sentence.doc[sentence.span.start:pronoun.i]):
            if token.dep_ in SUBJECTS and not is_pronoun_subject(token) and not is_speaker_noun(token):
                found = self.resolve(sentence, token)
                if found and not (country and found[0].cls != "State"):
                    return found[:1]
        if (rubric := rubric_state(sentence, pronoun)) is not None:
            return [self.actor(rubric)]  # « A : le pays acquiert ... »
        last = self.last_subject
        return [last] if last is not None and not (country and last.cls != "State") else []


def _set_off_before(sentence: Sentence, pronoun: Token) -> Mention | None:
    """The state's name (or capital) right before a « qui », or before the comma that sets the relative off."""
    at = pronoun.i - 1
    if at > sentence.span.start and sentence.doc[at].text == ",":
        at -= 1
    named = sentence.mention_at(sentence.doc[at]) if at >= sentence.span.start else None
    return named if named is not None and named.end == at + 1 and named.how in {gz.NAME, gz.CAPITAL} else None
