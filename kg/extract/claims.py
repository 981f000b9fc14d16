"""Parsed sentences -> claims: for each sentence, the mentions it makes, the posts it gives (kg.extract.posts)
and the facts its trigger words state (when the sentence has what each needs: kg.extract.trigger_needs), each
with its modality; who a word stands for is read by its base (kg.extract.resolution). What a sentence needs of
the ones before is small and kept here: the people named (link), the latest subject (for « il »), the military
context and the currencies in use."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract import agreement, financing, negotiation, post_acronyms, sentence_places, support
from kg.extract.about_states import AboutState, article_states
from kg.extract.arguments import gather
from kg.extract.audience_lists import AudienceList
from kg.extract.body_senses import shared_bodies
from kg.extract.building_scenes import buildings_received_in
from kg.extract.civil import civil_aircraft, civil_origins, without_publishers
from kg.extract.dates import find_dates
from kg.extract.demonym_senses import shared_demonyms
from kg.extract.doc_words import lowers
from kg.extract.event_places import Event, events_placed, headline_events
from kg.extract.firms import firm_homes, firm_stand_ins, short_firm_names
from kg.extract.former_makers import former_makers
from kg.extract.headline_currencies import headline_families, hint_named_states
from kg.extract.headline_sides import hardware_subject
from kg.extract.lede_dateline import without_desk_place
from kg.extract.lede_places import LEDE_SENTENCES, lede_places, lede_visits
from kg.extract.lexicon import Trigger, reach, triggers, word_list
from kg.extract.link import Linker
from kg.extract.makers import find_makers
from kg.extract.marked_versions import marked_versions
from kg.extract.mentions import Mention, find_mentions
from kg.extract.military_words import military_in, own_clause
from kg.extract.modality import modality
from kg.extract.money import find_amounts
from kg.extract.noun_types import article_weapons
from kg.extract.paired import article_pairs
from kg.extract.participles import trigger_words
from kg.extract.people import Title
from kg.extract.post_states import sole_subject
from kg.extract.programme_worth import programme_worth
from kg.extract.reference_index import ReferenceIndex
from kg.extract.resolution import Resolver
from kg.extract.setting import headline_beneficiary, headline_setting, visited_cities, visited_states
from kg.extract.share_outs import share_out_claims
from kg.extract.ship_namesakes import without_ship_names
from kg.extract.sky_policing import sky_policing
from kg.extract.sum_sentences import refined_sum, whole_sum
from kg.extract.supply_sides import replaced
from kg.extract.surname_people import people_named_by_surname
from kg.extract.syntax import SUBJECTS, Sentence, is_pronoun_subject, predicate_of
from kg.extract.tense import is_future
from kg.extract.trigger_needs import unmet
from kg.extract.trip_told import Trip, trip_told
from kg.extract.untold import StoryOfficials, stated_later
from kg.extract.variants import named_variants
from kg.extract.weapon_anaphors import recalls_systems, refers_to_weapons
from kg.extract.whereabouts import places_told, whereabouts
from kg.gazetteer import Role
from kg.read import Article
from kg.records import Attribution, Claim, Entity, SentenceClaims

Builder = Callable[..., Claim | tuple[Claim, ...] | None]
BUILDERS: dict[str, Builder] = {"negotiation": negotiation.build, "agreement": agreement.build,
                                "support": support.build, "financing": financing.build}


class ClaimReader(Resolver):
    """Reads one article sentence by sentence; `sentences(docs)` yields what each says, `mentions` collects the
    entities the article names."""

    def __init__(self, article: Article, ref: ReferenceIndex) -> None:
        self.article = article
        self.ref = ref
        self.gaz = ref.gaz
        self.linker = Linker(ref.gaz)
        self.mentions: dict[str, Entity] = {}
        self.last_subject: Entity | None = None
        self.lead: Entity | None = None
        self.headline_side: Entity | None = None
        self.last_role: Role | None = None  # the post named last, for « son homologue »
        self.told_posts: dict[str, Role] = {}  # each person's post as the article told it in full
        self.given_posts: dict[str, Role] = {}  # each person's first post, in full or by its head
        self.held_offices: set[tuple[str, str]] = set()  # each post given someone in a state, as (office, state)
        self.titles_here: list[Title] = []  # the titles of the sentence being read
        self.last_company: Entity | None = None  # the company named last, for « son PDG »
        self.company_named: tuple[int, Mention] | None = None  # the company mention named last, and its sentence
        self.resolving: set[int] = set()  # the tokens being resolved now: a pronoun read through itself is no one
        self.named: list[AboutState] = []  # the states the article names, most named first
        self.about: list[AboutState] = []  # those it is about: named twice or more
        self.host: Entity | None = None  # the state its headline visits (« visite ... à Djibouti »)
        self.host_city: Entity | None = None  # the city its headline visits
        self.setting: Entity | None = None  # the state its headline is set in (« Mali : l'armée reçoit ... »)
        self.beneficiary: Entity | None = None  # the state its headline says things are for (« au profit de X »)
        self.military_until = -1
        self.military_before = -1  # the last sentence a military context set before this one reaches
        self.sport_until = -1  # the last sentence a sports context reaches
        self.currency_families: dict[str, str] = {}
        self.hinted: tuple[int, set[str]] = (-1, set())  # the states the currencies were last hinted from
        self.officials = StoryOfficials()  # the states the article gave each post so far
        self.pairs: list[tuple[Entity, Entity]] = []
        self.where: tuple[int, list[Entity]] = (-9, [])  # the latest cities a sentence placed someone in
        self.trip: tuple[int, Trip | None] = (-9, None)  # the latest trip a sentence told (kg.extract.trip_told)
        self.events: list[Event] = []  # the events placed in a city so far (kg.extract.event_places)
        self.weapon_nouns = frozenset(ref.gaz.weapon_nouns)
        self.airliners: frozenset[str] = frozenset()  # aircraft nouns of an article on airliners: not military
        self.audiences = AudienceList()  # the list of those a host met, read line by line
        self.lede: list[tuple[Entity, Entity]] = []  # the cities (and states) its lede puts the story in
        self.moods: dict[tuple[int, int], Attribution] = {}  # each trigger word's modality, by sentence and token

    # ------------------------------------------------------------------ reading
    def sentences(self, docs: Iterable[Doc]) -> Iterator[SentenceClaims]:
        self.post_acronyms = post_acronyms.defined(docs := list(docs), self.ref.roles, self.ref.words_of)
        read = without_ship_names(docs, people_named_by_surname(docs, [
            without_desk_place(doc, without_publishers(doc, civil_origins(doc, find_mentions(
                doc, self.gaz, self.ref.phrase, self.ref.targets, self.ref.titles), self.gaz)))
            for doc in docs], self.ref.titles), self.ref.titles)
        found = shared_bodies(self.gaz, docs, shared_demonyms(self.gaz, docs, former_makers(self.gaz, docs, find_makers(
            docs, marked_versions(self.gaz, docs, named_variants(self.gaz, docs, article_weapons(
                self.gaz, docs, short_firm_names(docs, read)))),
            self.ref.maker_firsts, self.ref.unmade))))
        self.airliners = civil_aircraft(docs)
        self.hardware = self.weapon_nouns | word_list("weapon-heads.tsv") | word_list("weapon-anaphors.tsv")
        self.named = article_states(found, docs, self.hardware)
        self.about = [state for state in self.named if state.count >= 2]
        self.pairs = article_pairs(found, docs)
        index = 0
        told: list[SentenceClaims] = []
        for number, (paragraph, doc) in enumerate(zip(self.article.paragraphs, docs, strict=True)):
            mentions = self.linker.link(post_acronyms.without(found[number], doc, self.post_acronyms), doc)
            for span in doc.sents:
                inside = [m for m in mentions if span.start <= m.start < span.end]
                sentence = Sentence(span, self.article.id, paragraph.start, inside, index=index,
                                    written=paragraph.text)
                self._locate_money_and_dates(sentence)
                if any(sentence.in_money(sentence.doc[m.start]) for m in inside):
                    # « 4 milliards de dollars américains », « 12 milliards $ US »: a currency names no state
                    sentence = Sentence(span, self.article.id, paragraph.start,
                                        [m for m in inside if not sentence.in_money(sentence.doc[m.start])],
                                        sentence.money, sentence.dates, index, written=paragraph.text)
                told.append(self._read_sentence(sentence, number))
                index += 1
        yield from stated_later(told, self.officials, self.gaz.state_offices)

    def _locate_money_and_dates(self, sentence: Sentence) -> None:
        span, states = sentence.span, {m.state.key for m in sentence.mentions if m.state is not None}
        hinted = (len(self.mentions), states - self.mentions.keys())
        if hinted != self.hinted:  # the same states as the sentence before (the article's keys only grow): a no-op
            self.hinted, named = hinted, {*self.mentions, *hinted[1]}
            hint_named_states(self.currency_families, named, self.article.published)
        for money in find_amounts(sentence.text, self.currency_families if sentence.index else headline_families(
                self.currency_families, [about.state.key for about in self.named], self.article.published)):
            tokens = span.char_span(money.start, money.end, alignment_mode="expand")
            if tokens is not None:
                sentence.money.append((tokens.start, tokens.end, money))
        for date in find_dates(sentence.text, self.article.published):
            tokens = span.char_span(date.start, date.end, alignment_mode="expand")
            if tokens is not None:
                sentence.dates.append((tokens.start, tokens.end, date))

    def _read_sentence(self, sentence: Sentence, paragraph: int) -> SentenceClaims:
        self._record_mentions(sentence)
        if paragraph == 0:
            self._read_headline(sentence)
        posts = tuple(self._posts(sentence))
        self.last_company = next((m.entity for m in reversed(sentence.mentions) if m.how == gz.COMPANY),
                                 self.last_company)
        sentence = self._with_firms(sentence)
        self.military_before = self.military_until
        if self._is_military(sentence):
            self.military_until = sentence.index + reach("military")
        # by word too: « en finale » the lemmatiser reads as « final »
        if not word_list("sport.tsv").isdisjoint(
                [*sentence.lemma, *lowers(sentence.doc)[sentence.span.start:sentence.span.end]]):
            self.sport_until = sentence.index + reach("sport")
        claims: list[Claim] = []
        for token, lemma, pos in trigger_words(sentence, self.ref.titles):  # participles misread as nouns too
            for entry in triggers().get((lemma, pos), []):
                claims += self._claims(sentence, token, entry)
        claims += filter(None, [refined_sum(sentence)])  # « Pour être plus précis, 4 milliards »
        claims += filter(None, [whole_sum(sentence, claims)])  # « Le tout pour 4 milliards »
        claims += programme_worth(sentence, claims, sentence.index <= self.military_until, self.resolve)  # « évalué à »
        claims += sky_policing(self, sentence)  # « Y assure la police du ciel de X »
        claims += self.audiences.read(self, sentence, self.last_subject)
        self._update_subject(sentence)
        self.officials.read(sentence, self.titles_here, posts)
        where = whereabouts(sentence)
        if places := places_told(self, sentence, where) + buildings_received_in(self, sentence):
            self.where = (sentence.index, places)
        if sentence.index < LEDE_SENTENCES:
            self.lede += [(m.entity, state) for m in lede_places(sentence, self.ref.titles)
                          if (state := self.host_state(m.entity)) is not None]
            self.lede += [(m.entity, m.entity) for m in lede_visits(sentence)]  # a state visited is its own
        found_at, found_by = sentence_places.stays(self, sentence, where)
        self.events += events_placed(sentence) + headline_events(sentence)
        if (trip := trip_told(self, sentence)) is not None:
            self.trip = (sentence.index, trip)
        makers = self._makers_named(sentence)
        shares, shares_said, share_strangers = share_out_claims(sentence, self.resolve)
        return SentenceClaims(
            sentence.index, paragraph, sentence.evidence(), tuple(claims), posts,
            weapons=tuple(m.entity for m in sentence.mentions if m.how == gz.WEAPON and not replaced(sentence, m)),
            weapon_anaphor=refers_to_weapons(sentence), recalls_systems=recalls_systems(sentence),
            names_goods=_it_is(sentence),
            issues=tuple(m.entity for m in sentence.mentions if m.how == gz.ISSUE),
            actor_states=frozenset(m.state.key for m in sentence.mentions if m.state is not None),
            maker_states=frozenset(home.key for f in makers
                                   if not self.multinational(f) and (home := self.home_state(f))),
            makers=frozenset(f.key for f in makers),
            weapon_homes=tuple((m.entity.key, home.key) for m in sentence.mentions if m.how == gz.WEAPON
                               and (home := self.home_state(m.entity)) is not None),
            firm_homes=firm_homes(sentence, self.home_state, self.multinational),
            named_states=tuple({m.state.key: m.state for m in sentence.mentions if m.state is not None
                                and m.how in {gz.NAME, gz.DEMONYM} and m.state.cls == "State"}.values()),
            placed_states=sentence_places.placed_states(self, sentence),
            places_told=sentence_places.places_told(self, sentence),
            found_at=found_at, found_by=found_by,
            military=sentence.index <= self.military_until,
            shares=shares, shares_said=shares_said, share_strangers=share_strangers)

    def _read_headline(self, sentence: Sentence) -> None:
        """The first paragraph's state and city visited, setting and beneficiary, each from its first sentence that
        tells one."""
        if self.host is None:
            self.host = next(iter(visited_states(sentence)), None)
            self.host_city = next(iter(visited_cities(sentence)), None)
        if self.setting is None:
            self.setting = headline_setting(sentence, self.host_state)
        if self.beneficiary is None:
            self.beneficiary = headline_beneficiary(sentence)

    def _claims(self, sentence: Sentence, token: Token, entry: Trigger) -> tuple[Claim, ...]:
        """What one trigger word says: mostly one fact, one per host for a tour of several states."""
        built = self._claim(sentence, token, entry)
        return () if built is None else built if isinstance(built, tuple) else (built,)

    def _claim(self, sentence: Sentence, token: Token, entry: Trigger) -> Claim | tuple[Claim, ...] | None:
        if unmet(sentence, token, entry, self.titled, self.military_until, self.sport_until) or (
                entry.needs == "military" and entry.detail == "support" and token.pos_ == "NOUN"
                and sentence.index > self.military_before
                and not self._is_military(sentence, own_clause(token))):
            return None  # « le soutien de X à Y continuera et les exercices militaires aussi »: not military help
        if (entry.needs == "amount" and all(money.conversion for _, _, money in sentence.money)) or \
                (entry.needs == "priced" and not sentence.money):
            return None  # no sum for it in the sentence (its arguments, read, would hold none)
        args = gather(sentence, token, entry, self.resolve)
        if entry.needs == "amount" and not args.amounts:
            return None
        if entry.needs == "priced" and not any(t.head == token for start, end, _ in sentence.money
                                               for t in sentence.doc[start:end]):
            return None  # « un marché de 2 milliards »; « le marché européen pèse 60 milliards » is a market
        key = (sentence.index, token.i)  # read once for all the word's fact kinds: no builder changes what it reads
        if key not in self.moods:
            self.moods[key] = modality(sentence, token, self.resolve)
        said = self.moods[key]
        claim = BUILDERS[entry.fact](self, sentence, token, entry, args, said)
        if claim is None or not args.dates:
            return claim
        # every kind of fact takes the date its predicate governs; a bare weekday is read forward in the future
        when = args.dates[0]
        first = when.ahead if when.ahead is not None and is_future(predicate_of(token)) else when.first
        return tuple(replace(c, fact=replace(c.fact, start=first, end=when.last))
                     for c in (claim if isinstance(claim, tuple) else (claim,)))

    def _with_firms(self, sentence: Sentence) -> Sentence:
        """The sentence with « le constructeur », « l'industriel » read as the company named last, close by (this
        sentence or the few before); that company is the one named last from now on."""
        known = self.company_named
        before = known[1] if known is not None and sentence.index - known[0] <= reach("recipient") else None
        stand_ins = firm_stand_ins(sentence, before, self.home_state)
        named = [m for m in [*sentence.mentions, *stand_ins] if m.how == gz.COMPANY]
        if named:
            self.company_named = (sentence.index, max(named, key=lambda m: m.start))
        if not stand_ins:
            return sentence
        return Sentence(sentence.span, sentence.article, sentence.offset,
                        sorted([*sentence.mentions, *stand_ins], key=lambda m: m.start), sentence.money,
                        sentence.dates, sentence.index, written=sentence.written)

    def _is_military(self, sentence: Sentence, within: set[int] | None = None) -> bool:
        """A weapon or a military word in what the sentence tells (`within`: in those tokens only)."""
        return military_in(sentence, within, self.titles_here, self.weapon_nouns, self.airliners)

    def _makers_named(self, sentence: Sentence) -> list[Entity]:
        """The makers a sentence names: by their own name, or as the first word of a system's (« des avions <maker>
        W », « l'hélicoptère <maker> W »)."""
        found = [m.entity for m in sentence.mentions if m.how == gz.COMPANY]
        for mention in sentence.mentions:
            first = sentence.doc[mention.start].text.lower()
            if mention.how == gz.WEAPON and mention.end - mention.start > 1:
                found += [f for f in self.makers(mention.entity) if f.label.split()[0].lower() == first
                          or self.ref.maker_firsts.get(first) in {f.iri, f.key}]
        return found

    def _record_mentions(self, sentence: Sentence) -> None:
        for mention in sentence.mentions:
            if mention.how == "ner-org":
                continue  # unknown organisations enter the graph only through the facts they take part in
            if mention.state is not None:
                self.mentions.setdefault(mention.state.key, mention.state)
            if mention.how not in {gz.NAME, gz.DEMONYM}:
                self.mentions.setdefault(mention.entity.key, mention.entity)

    def _update_subject(self, sentence: Sentence) -> None:
        for token in sentence.tokens:
            if token.dep_ in SUBJECTS and not is_pronoun_subject(token):
                found = self.resolve(sentence, token)
                if found:
                    self.last_subject = found[0]
                    if self.lead is None and self.as_state(found[0]).cls == "State":
                        self.lead = self.as_state(found[0])
                        # « Les Pays-Bas vont livrer des F-16 à l'Ukraine »: the side the headline tells it from
                        self.headline_side = self.lead if sentence.index == 0 and len(found) == 1 and \
                            sole_subject(sentence, token) and not hardware_subject(token, self.hardware) else None
                    return
        root = sentence.span.root
        if root.pos_ in {"NOUN", "PROPN"} and not any(t.dep_ in SUBJECTS for t in sentence.tokens) and \
                any(c.pos_ in {"AUX", "VERB"} and c.i > root.i for c in root.children):
            # « Le ministre turc était à Bagdad »: the parser makes the subject the root and hangs the verb on it
            self.last_subject = next(iter(self.resolve(sentence, root)), self.last_subject)


def _it_is(sentence: Sentence) -> bool:
    """« Il s'agit de W »: the sentence names what was just told."""
    return any(t.lemma_.lower() == "agir" and any(c.dep_ == "expl:subj" and c.lower_ == "il" for c in t.children)
               and any(c.lower_ in {"s'", "se"} for c in t.children) for t in sentence.tokens)
