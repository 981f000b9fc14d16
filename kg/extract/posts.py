"""Posts, the stage of the sentence reader that reads who holds which post: titles and their holders
(kg.extract.people, kg.extract.holders), counterparts, stand-ins and appointments; the posts told before are read by
its base kg.extract.posts_told_before, the state or body each post serves by kg.extract.post_orgs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.appointments import appointments
from kg.extract.body_titles import ministry_titles, official_titles
from kg.extract.colleagues import colleagues, share_marked_sides
from kg.extract.counterparts import counterparts, faced_sides, facing_role, share_counterparts_state
from kg.extract.delegation_states import side_state
from kg.extract.deputy_posts import Served
from kg.extract.diaspora_posts import with_diaspora
from kg.extract.firm_posts import firm_titles
from kg.extract.gapped_titles import gapped_titles
from kg.extract.gender import alias_form, written_form
from kg.extract.headed_ministries import headed_ministries
from kg.extract.holders import apposition_end, holders_of
from kg.extract.invited_visits import made_visit
from kg.extract.led_delegations import delegation_leader, lone_title, opening_subject, told_as_subject
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.modality import modality
from kg.extract.paired_titles import paired_holders, title_first_names
from kg.extract.people import Title, find_titles
from kg.extract.post_acronyms import acronym_titles
from kg.extract.post_states import ranks_of_posts
from kg.extract.post_verbs import verb_posts
from kg.extract.postings import posting_state
from kg.extract.posts_told_before import PostsToldBefore
from kg.extract.pronoun_titles import pronoun_titles
from kg.extract.region_posts import with_region
from kg.extract.respective_posts import coordinated_titles, respective_holders
from kg.extract.setting import met_in
from kg.extract.shared_posts import SharedPost, by_demonym, left_over, served_states, shared_post
from kg.extract.speaking_for import speaking_for
from kg.extract.syntax import Sentence
from kg.extract.title_holders import holders_here, successors
from kg.extract.told_pairs import (
    Paired,
    both_of,
    countries_pair,
    named_pair,
    of_both_countries,
    opening_pair,
    pair_sides,
    people_pair,
    sides_in_order,
    unnamed_pair,
)
from kg.gazetteer import Role
from kg.kinds import Modality
from kg.namespaces import KGR
from kg.records import Attribution, Entity, Fact

_CHIEF = str(KGR["role-chief"])  # made once: the namespace builds the IRI at each read (each sentence asked for it)
_RANK_POSTS: dict[int, tuple[dict[str, Role], frozenset[str]]] = {}  # by the index's roles (kept: an id stays theirs)


def _rank_posts(roles: dict[str, Role]) -> frozenset[str]:
    """The posts a military rank names alone, made once per reference index (each sentence asked for them)."""
    if (known := _RANK_POSTS.get(id(roles))) is None or known[0] is not roles:
        ranks = word_list("military-ranks.tsv")
        known = _RANK_POSTS[id(roles)] = (roles, frozenset(
            role.iri for role in roles.values()
            if role.heads and not role.complements and all(h.lower() in ranks for h in role.heads)))
    return known[1]


class PostReader(PostsToldBefore):
    """The posts of each sentence; mixed into the sentence reader (kg.extract.claims.ClaimReader), whose state
    across sentences it reads and updates."""

    mentions: dict[str, Entity]
    last_role: Role | None
    held_offices: set[tuple[str, str]]  # the posts given someone in a state (kg.reference_posts.office, state)
    visiting: Entity | None = None  # the state the sentence has someone visit (« X est arrivé en Arménie »)
    visited_last: Entity | None = None  # the same, of the last sentence that had someone visit a state
    unnamed: tuple[Title, Title] | None = None  # the sentence before told two posts and no names (told_pairs)
    pair: tuple[Mention, Mention] | None = None  # the two states the sentence before named together (told_pairs)
    pair_told: tuple[Mention, Mention] | None = None  # the two states the article named together last
    people: Paired | None = None  # the two people the sentence before named together (told_pairs)
    shared: SharedPost | None = None  # the post a plural title gave several states and no names (shared_posts)
    lone_before: Title | None = None  # the one title of a state the sentence before told with no name
    lone_subject: Title | None = None  # the one title the sentence before told with no name, as its subject
    post_acronyms: dict[str, Role] = {}  # noqa: RUF012  the acronyms the article gives posts (kg.extract.post_acronyms)

    def resolve(self, sentence: Sentence, token: Token) -> list[Entity]:
        raise NotImplementedError

    def _posts(self, sentence: Sentence) -> Iterator[Fact]:
        told = list(self._titled_posts(sentence))
        self.sentence_before = sentence.span.start  # for the next sentence's deputies (kg.extract.deputy_posts)
        for fact, was in zip(ranks_of_posts(told, self._ranks(), self._served_state), told, strict=True):
            if fact is not was and (holder := fact.first("holder")) is not None and \
                    (state := fact.first("org")) is not None:
                self.linker.person_state[holder.key] = state  # the holder acts for the state their rank serves
            yield fact

    def _ranks(self) -> frozenset[str]:
        """The posts a military rank names alone (« général », « amiral »), read once per reference index."""
        return _rank_posts(self.ref.roles_by_iri)

    def _titled_posts(self, sentence: Sentence) -> Iterator[Fact]:
        self.delegation = next((state for t, lemma in zip(sentence.tokens, sentence.lemma, strict=True) if lemma ==
                                "délégation" and (state := side_state(sentence, t)) is not None), self.delegation)
        titles, self.faced = self._read_titles(sentence), self.faced | faced_sides(sentence)
        self.visit_before, self.visiting = self.visiting, made_visit(sentence)
        titles = share_counterparts_state(sentence, titles + counterparts(
            sentence, titles, self._facing_post(sentence) or self.last_role or self._known_post_before(sentence),
            self.visit_before or self.host or self.visited_last, self.ref.roles_by_iri))
        titles = share_marked_sides(sentence, sorted(titles + colleagues(
            sentence, titles, self.ref.roles, self.ref.words_of), key=lambda title: title.start))
        self.visited_last = self.visiting or met_in(sentence) or self.visited_last
        titles += self._stand_ins(sentence)
        self.titles_here = titles
        previous: tuple[Title, list[tuple[Mention, Mention | None]]] | None = None
        pair = (here := named_pair(sentence)) or self.pair
        self.pair, self.pair_told = here, here or self.pair_told
        held, respective, titled = set[int](), _listed_holders(sentence, titles), title_first_names(sentence, titles)
        slots: tuple[Mention, ...] = ()  # the names the NER missed that the titles gave (« du général X, »)
        pending: list[tuple[Title, Entity, Mention | None]] = []
        for title in titles:
            holders = respective.get(title.start) or \
                holders_here(sentence, title, pair, previous, slots, titled)  # « A et B, respectivement T1 et T2 »
            told = self._told(sentence, title)
            slots, previous = slots + tuple(h for h, _ in holders if h not in sentence.mentions), \
                (title, holders) if holders or not title.inner else previous  # not « auprès du [ministre] et chef »
            if holders:
                held.add(title.start)
            if holders or told is None:
                self.lone = None if holders or title.inner else (title.role, title.org)  # not « du [président] »
            for holder, named in holders:
                if holder not in sentence.mentions:  # a name only the title showed: linked and recorded now
                    linked = self.linker.link([holder], sentence.doc)
                    if not linked:
                        continue  # a lone unknown surname the article never named in full holds no post
                    holder = linked[0]
                    self.mentions.setdefault(holder.entity.key, holder.entity)
                if told is not None and holder.entity.iri is None:  # not a known person's own post
                    pending.append((replace(title, role=told[0]), holder.entity, named or told[1]))
                else:
                    pending.append((title, holder.entity, named))
            if not holders and (found := self._held_before(sentence, title)):
                self.lone = None  # a known person's post (iri) is the usual one; the other, the title's state's
                pending.append((title, found, None if found.iri is not None else title.org))
            if not holders and self.people is not None and both_of(sentence, title):  # « les deux ministres »
                pending += [(title, named.entity, side) for named, side in pair_sides(
                    self.people, self.host or self.visited_last) if named.entity.key not in self.told_posts]
            pending += [] if holders or not of_both_countries(sentence, title) else self._both_countries(title)
        if self.unnamed is not None and not pending and (pair := opening_pair(sentence)) is not None:
            pending = [(title, named.entity, title.org) for title, named in zip(self.unnamed, pair, strict=True)]
        pending += self._led_by(sentence, titles, held, pending) + successors(sentence, titles, pending)
        self.unnamed = unnamed_pair(titles, held) or countries_pair(sentence, titles, held, self.pair_told)
        pending = _chained_states(sentence, pending + self._shared_holders(sentence, {p.key for _, p, _ in pending}))
        self._note_unheld(sentence, titles, held | {title.start for title, _, _ in pending})
        self._note_sides(sentence, pending)
        self.shared, self.people = shared_post(titles, held) or self.shared, people_pair(sentence)
        yield from _shared_complements(sentence, pending, [self._post(sentence, *held) for held in pending])
        yield from self._governing_posts(sentence)
        yield from self._appointed(sentence, titles, held)
        self.last_role = facing_role(sentence, titles) or self.last_role

    def _governing_posts(self, sentence: Sentence) -> Iterator[Fact]:
        """Posts told by governing a body rather than by a title: a verb (« l'AIEA, dirigée par X ») or the head of a
        ministry (« X à la tête du ministère de C »: kg.extract.headed_ministries)."""
        for title, holder, org in verb_posts(sentence, self.ref.roles_by_iri):
            yield self._post(sentence, title, holder.entity, org)
        for title, holder in headed_ministries(sentence, self.ref.roles, self.ref.words_of):
            yield self._post(sentence, title, holder.entity, title.org)

    def _held_before(self, sentence: Sentence, title: Title) -> Entity | None:
        """The holder of a title told with no name beside it, whom the article or the reference data gave before."""
        return self._known_holder(title) or self._untitled_before(sentence, title) or \
            self._acronym_holder(sentence, title)

    def _acronym_holder(self, sentence: Sentence, title: Title) -> Entity | None:
        """« le DGOE a reçu ... » alone: the one person the article gave the post its acronym names."""
        if title.end - title.start != 1 or sentence.doc[title.start].text not in self.post_acronyms:
            return None
        return self._sole_holder(title.role)

    def acronym_holder(self, sentence: Sentence, token: Token) -> Entity | None:
        """A post's acronym used alone (« le DGOE », not its definition in brackets): the one person the article
        gave that post (kg.extract.post_acronyms)."""
        role = self.post_acronyms.get(token.text)
        if role is None or (token.i > 0 and sentence.doc[token.i - 1].text == "("):
            return None
        return self._sole_holder(role)

    def _sole_holder(self, post: Role) -> Entity | None:
        """The one person the article gave a post to, in full or by its head, if only one."""
        held = {key for posts in (self.told_posts, self.given_posts) for key, role in posts.items()
                if role.iri == post.iri and key in self.mentions}
        return self.mentions[held.pop()] if len(held) == 1 else None

    def _both_countries(self, title: Title) -> list[tuple[Title, Entity, Mention | None]]:
        """« A et B peuvent se féliciter. Les ministres de la Défense des deux pays étaient réunis »."""
        return [] if self.people is None else [(title, named.entity, side) for named, side in sides_in_order(
            self.people, self.pair_told) if named.entity.key not in self.told_posts]

    def _read_titles(self, sentence: Sentence) -> list[Title]:
        """The titles of a sentence in text order, each as the article told it (_as_told)."""
        titles = firm_titles(sentence, find_titles(sentence, self.ref.roles, self.ref.words_of))
        return [self._as_told(sentence, with_diaspora(sentence, with_region(sentence, title))) for title in sorted(
            titles + gapped_titles(sentence, titles) + ministry_titles(sentence, self.ref.roles, self.ref.words_of)
            + pronoun_titles(sentence, titles, self.ref.roles, self.ref.words_of)
            + official_titles(sentence) + coordinated_titles(sentence, titles, self.ref.roles, self.ref.words_of)
            + acronym_titles(sentence, self.post_acronyms),
            key=lambda title: title.start)]

    def _led_by(self, sentence: Sentence, titles: list[Title], held: set[int],
                pending: list[tuple[Title, Entity, Mention | None]]) -> list[tuple[Title, Entity, Mention | None]]:
        """The leader of a delegation who holds the one post of its state the sentence before told with no name, or
        the name opening this sentence as its subject when that title was the subject of its own
        (kg.extract.led_delegations); not someone this sentence or the article gave a post already."""
        before, taken, subject = self.lone_before, {person.key for _, person, _ in pending}, self.lone_subject
        held_here = held | {title.start for title, _, _ in pending}
        self.lone_before = lone_title(titles, held_here)
        self.lone_subject = told_as_subject(sentence, titles, held_here)
        found = [(before, leader) for leader in [delegation_leader(sentence, before)] if leader is not None] \
            if before is not None else []
        if not found and subject is not None and (opening := opening_subject(sentence)) is not None:
            found = [(subject, opening)]
        return [(title, leader.entity, title.org) for title, leader in found
                if leader.entity.key not in taken | set(self.told_posts) and
                not self.beside_before(title, leader.entity)]  # « X a reçu l'ambassadeur indien »: not X

    def _shared_holders(self, sentence: Sentence, taken: set[str]) -> list[tuple[Title, Entity, Mention | None]]:
        """The people a plural title told before gives its post by their demonym or as the one left
        (kg.extract.shared_posts)."""
        if self.shared is None:
            return []
        role, found = self.shared.role, by_demonym(sentence, self.shared, taken)
        if not found:
            untitled = {key for key, e in self.mentions.items() if e.cls == "Person" and key not in self.given_posts}
            one = left_over(sentence, self.shared, served_states(self.shared, self.given_posts,
                                                                 self.linker.person_state), untitled, taken)
            found = [one] if one is not None else []
        return [(Title(person.start, person.start, role, state, None), person.entity, state)
                for person, state in found]

    def _as_told(self, sentence: Sentence, title: Title) -> Title:
        """« le ministre X » after « le ministre de la Défense, X »: a title by its head alone names the post the
        article told its holder in full (which a counterpart then mirrors)."""
        if title.role.complements or title.end - title.start != 1:
            return title
        head = sentence.lower[title.start - sentence.span.start]
        told = [self.told_posts.get(holder.entity.key) for holder, _ in holders_of(sentence, title)]
        return replace(title, role=told[0]) if len(told) == 1 and told[0] is not None and \
            head in {h.lower() for h in told[0].heads} else title

    def _appointed(self, sentence: Sentence, titles: list[Title], held: set[int]) -> Iterator[Fact]:
        """Posts an appointment gives (« X a été nommé ministre de la Défense »), to titles no name next to them
        holds; one to come (« sera nommé ») is only possible, one under a modal or a negation as the verb is."""
        for told in appointments(sentence, titles, self.ref.roles_by_iri[_CHIEF], self.linker.as_state):
            person = told.holder.entity if isinstance(told.holder, Mention) else next(
                (e for e in self._antecedent(sentence, told.holder) if e.cls == "Person"), None)
            if person is not None and told.title.start not in held:
                fact = self._post(sentence, told.title, person, told.title.org or told.appointer)
                yield replace(fact, said=Attribution(Modality.POSSIBLE) if told.upcoming else modality(
                    sentence, told.verb, self.resolve))

    def _expert(self, role: Role) -> bool:
        """A researcher's or an analyst's post, or one read in its own words from their title."""
        heads = {head for iri in gz.EXPERTS if (known := self.ref.roles_by_iri.get(iri)) for head in known.heads}
        return role.iri in gz.EXPERTS or role.label.split()[0].lower() in heads

    def _post(self, sentence: Sentence, title: Title, person: Entity, named: Mention | None) -> Fact:
        org = self._post_org(sentence, title, person, named)
        if org is not None and org.cls != "Company" and title.role.iri in gz.COMPANY_POSTS and \
                sentence.doc[title.start].lower_ in {name.lower() for name in title.role.by_names}:
            title = replace(title, role=self._head_of(person, org))  # « le patron de l'Otan »: no firm's CEO
        fact = Fact("post", (sentence.evidence(),), attrs=(("post", title.role.iri),)).with_roles("holder", [person])
        if title.role.complements:
            self.told_posts.setdefault(person.key, title.role)
        self.given_posts.setdefault(person.key, title.role)
        if title.role.iri not in self.gaz.label:  # a post read in its own words (people.OWN_WORDS)
            fact = fact.with_attr("post_label", title.role.label)
        elif (form := written_form(words := _past_demonyms(sentence, title), title.role.label) or alias_form(
                words, title.role, self.ref.roles)):
            fact = fact.with_attr("post_form", form)  # « la présidente de la Commission » as the article writes it
        if org is None or (org.cls == "State" and self._expert(title.role)):
            return fact  # « X, chercheur à l'Institut français des ... »: an expert holds no post of a state
        if (posted := posting_state(sentence, title)) is not None and posted.key != org.key:
            self.envoys_posted += ((org.key, posted),)  # « l'ambassadeur de A en B »: B hosts the story
        self.served_last = Served(title.role.label, org, sentence.span.start)
        self.mentions.setdefault(org.key, org)
        self.linker.holds_post(person, org, named is not None)
        if org.cls == "State":
            self.held_offices.add((gz.office(title.role.iri), org.key))
        return fact.with_roles("org", [org])

    def _head_of(self, person: Entity, body: Entity) -> Role:
        """The post of the head of a body that is no firm, which a by-name (« le patron de l'Otan ») names: the
        one the reference data knows its holder in there (« secrétaire général »), else its « chef »."""
        usual = self.gaz.usual_role.get(person.iri or "")
        if usual is not None and self.gaz.usual_post_in.get(person.iri or "") == body.iri and \
                usual in self.ref.roles_by_iri:
            return self.ref.roles_by_iri[usual]
        return self.ref.roles_by_iri[_CHIEF]


def _past_demonyms(sentence: Sentence, title: Title) -> list[Token]:
    """The title's words without the demonyms inside it (« le ministre [français] des Armées »): the state is the
    post's org, and the words left name the post as the article does."""
    inside = {i for m in sentence.mentions if m.how == gz.DEMONYM and title.start < m.start and m.end <= title.end
              for i in range(m.start, m.end)}
    return [t for t in sentence.doc[title.start:title.end] if t.i not in inside]


def _listed_holders(sentence: Sentence, titles: list[Title]) -> dict[int, list[tuple[Mention, Mention | None]]]:
    """The holders a list hands each title: in order (« A et B, respectivement T1 et T2 », « A, le T1, B, le T2 »)
    or each with the state they speak for (« les ministres, A pour le Pays et B pour l'Autre »)."""
    ordered = paired_holders(sentence, titles) | respective_holders(sentence, titles)
    return speaking_for(sentence, titles) | {start: [holder] for start, holder in ordered.items()}


def _shared_complements(sentence: Sentence, pending: list[tuple[Title, Entity, Mention | None]],
                        facts: list[Fact]) -> list[Fact]:
    """« le vice-président et porte-parole de l'Union, X »: a title joined by « et » to the next one of the same
    holder, with no complement of its own, shares that title's state or body."""
    out = list(facts)
    for i, ((title, person, _), (then, holder, _)) in enumerate(pairwise(pending)):
        org = facts[i + 1].first("org")
        if person.key == holder.key and then.start == title.end + 1 and sentence.doc[title.end].lower_ == "et" \
                and org is not None and facts[i].first("org") is None:
            out[i] = facts[i].with_roles("org", [org])
    return out


def _chained_states(sentence: Sentence, pending: list[tuple[Title, Entity, Mention | None]]) \
        -> list[tuple[Title, Entity, Mention | None]]:
    """« X, ambassadeur extraordinaire et plénipotentiaire, haut représentant de Pays près ... »: a diplomat's
    title that names no state serves the state of the title chained right after it, for the same holder."""
    out = list(pending)
    for i, ((title, person, named), (then, holder, state)) in enumerate(pairwise(pending)):
        if named is None and title.org is None and title.role.iri in gz.DIPLOMATS and holder.key == person.key \
                and state is not None and state.state is not None and state.state.cls == "State" and \
                sentence.doc[then.start - 1].text == "," and apposition_end(sentence, title) == then.start - 1:
            out[i] = (title, person, state)
    return out
