"""Posts, the stage of the sentence reader that reads who holds which post: titles and their holders
(kg.extract.people, kg.extract.holders), and the state or body each post serves, from the nearest evidence to
the farthest (the title's own complement, the person's usual post, a list or delegation the title is in, the
sentence's speaker, visit or setting, the state the article is about: kg.extract.post_states)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.appointments import appointments
from kg.extract.counterparts import counterpart_states, counterparts, facing_role, share_counterparts_state
from kg.extract.gender import alias_form, written_form
from kg.extract.holders import holders_of
from kg.extract.lexicon import role_cases, word_list
from kg.extract.link import Linker
from kg.extract.mentions import Mention, state_entity
from kg.extract.modality import modality
from kg.extract.people import Title, find_titles, ministry_titles, official_titles
from kg.extract.post_states import (
    AboutState,
    default_state,
    firm_named,
    ranks_of_posts,
    represented_state,
    serves_a_state,
    side_of,
    side_state,
    spoken_for,
    whose_body,
)
from kg.extract.post_verbs import verb_posts
from kg.extract.setting import met_in, toured_states, visit_host, visited_states
from kg.extract.syntax import SUBJECTS, Sentence, case_of, mention_root
from kg.extract.told_pairs import named_pair, of_the_pair, opening_pair, unnamed_pair
from kg.gazetteer import Gazetteer, Role
from kg.kinds import Modality
from kg.namespaces import KGR
from kg.records import Attribution, Entity, Fact
from kg.text import fold

if TYPE_CHECKING:
    from kg.extract.claims import ReferenceIndex

_POSSESSIVE = {"son", "sa", "leur"}  # « son ministre d'État »
_BRIEF_REACH = 5  # words after a title in its own words where its brief may be named (« à la Défense »)
_STAND_INS = {"responsable", "officiel", "officielle", "fonctionnaire", "dirigeant", "dirigeante", "gradé"}
_DEMONSTRATIVES = {"ce", "cet", "cette"}


class PostReader:
    """The posts of each sentence; mixed into the sentence reader (kg.extract.claims.ClaimReader), whose state
    across sentences it reads and updates."""

    ref: ReferenceIndex
    gaz: Gazetteer
    linker: Linker
    mentions: dict[str, Entity]
    last_role: Role | None
    told_posts: dict[str, Role]
    titles_here: list[Title]
    last_company: Entity | None
    about: list[AboutState]
    named: list[AboutState]
    host: Entity | None
    setting: Entity | None
    headline_side: Entity | None
    delegation: Entity | None = None  # the state of the delegation named last (« la délégation israélienne »)
    visiting: Entity | None = None  # the state the sentence has someone visit (« X est arrivé en Arménie »)
    visit_before: Entity | None = None  # the same, of the sentence before
    visited_last: Entity | None = None  # the same, of the last sentence that had someone visit a state
    lone: tuple[Role, Mention | None] | None = None  # the post told last without a name, for « ce responsable, X »
    unnamed: tuple[Title, Title] | None = None  # the sentence before told two posts and no names (told_pairs)
    pair: tuple[Mention, Mention] | None = None  # the two states the sentence before named together (told_pairs)
    untold_side: Entity | None = None  # the state the article gave the last post named without one

    def as_state(self, entity: Entity) -> Entity:
        raise NotImplementedError

    def _antecedent(self, sentence: Sentence, pronoun: Token) -> list[Entity]:
        raise NotImplementedError

    def filed_from(self) -> Entity | None:
        raise NotImplementedError

    def resolve(self, sentence: Sentence, token: Token) -> list[Entity]:
        raise NotImplementedError

    def _posts(self, sentence: Sentence) -> Iterator[Fact]:
        told = list(self._titled_posts(sentence))
        for fact, was in zip(ranks_of_posts(told, self._ranks(), self._served_state), told, strict=True):
            if fact is not was and (holder := fact.first("holder")) is not None and \
                    (state := fact.first("org")) is not None:
                self.linker.person_state[holder.key] = state  # the holder acts for the state their rank serves
            yield fact

    def _ranks(self) -> frozenset[str]:
        """The posts a military rank names alone (« général », « amiral »)."""
        ranks = word_list("military-ranks.tsv")
        return frozenset(role.iri for role in self.ref.roles_by_iri.values()
                         if role.heads and not role.complements and all(h.lower() in ranks for h in role.heads))

    def _served_state(self, org: Entity) -> Entity | None:
        """The state a post's organisation is or stands for (a state's body)."""
        return org if org.cls == "State" else state_entity(self.gaz, self.gaz.state_of.get(org.key))

    def _titled_posts(self, sentence: Sentence) -> Iterator[Fact]:
        self.delegation = next((state for t in sentence.tokens if t.lemma_.lower() == "délégation" and
                                (state := side_state(sentence, t)) is not None), self.delegation)
        titles = [self._as_told(sentence, title) for title in sorted(
            find_titles(sentence, self.ref.roles, self.ref.words_of) +
            ministry_titles(sentence, self.ref.roles, self.ref.words_of) + official_titles(sentence),
            key=lambda title: title.start)]
        self.visit_before, self.visiting = self.visiting, next(iter(visited_states(sentence)), None)
        titles = share_counterparts_state(sentence, titles + counterparts(
            sentence, titles, self.last_role or self._known_post_before(sentence),
            self.visit_before or self.host or self.visited_last, self.ref.roles_by_iri))
        self.visited_last = self.visiting or met_in(sentence) or self.visited_last
        titles += self._stand_ins(sentence)
        self.titles_here = titles
        previous: tuple[Title, list[tuple[Mention, Mention | None]]] | None = None
        pair = (here := named_pair(sentence)) or self.pair
        self.pair = here
        held: set[int] = set()  # the titles a name next to them holds
        pending: list[tuple[Title, Entity, Mention | None]] = []
        for title in titles:
            holders, told = of_the_pair(sentence, title, holders_of(sentence, title), pair), self._told(sentence, title)
            if not holders and previous is not None:
                holders = _second_title(sentence, title, *previous)
            previous = (title, holders)
            if holders:
                held.add(title.start)
            if holders or told is None:
                self.lone = None if holders or title.inner else (title.role, title.org)  # not « du [président] »
            for holder, named in holders:
                if holder not in sentence.mentions:  # a name only the title showed: linked and recorded now
                    linked = self.linker.link([holder])
                    if not linked:
                        continue  # a lone unknown surname the article never named in full holds no post
                    holder = linked[0]
                    self.mentions.setdefault(holder.entity.key, holder.entity)
                if told is not None and holder.entity.iri is None:  # not a known person's own post
                    pending.append((replace(title, role=told[0]), holder.entity, named or told[1]))
                else:
                    pending.append((title, holder.entity, named))
            if not holders and (known := self._known_holder(title)) is not None:
                self.lone = None
                pending.append((title, known, None))
        if self.unnamed is not None and not pending and (pair := opening_pair(sentence)) is not None:
            pending = [(title, named.entity, title.org) for title, named in zip(self.unnamed, pair, strict=True)]
        self.unnamed = unnamed_pair(titles, held)
        for title, person, named in pending:
            yield self._post(sentence, title, person, named)
        for title, holder, org in verb_posts(sentence, self.ref.roles_by_iri):
            yield self._post(sentence, title, holder.entity, org)
        yield from self._appointed(sentence, titles, held)
        self.last_role = facing_role(sentence, titles) or self.last_role

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
        for told in appointments(sentence, titles, self.ref.roles_by_iri[str(KGR["role-chief"])]):
            person = told.holder.entity if isinstance(told.holder, Mention) else next(
                (e for e in self._antecedent(sentence, told.holder) if e.cls == "Person"), None)
            if person is not None and told.title.start not in held:
                fact = self._post(sentence, told.title, person, told.title.org or told.appointer)
                yield replace(fact, said=Attribution(Modality.POSSIBLE) if told.upcoming else modality(
                    sentence, told.verb, self.resolve))

    def _known_post_before(self, sentence: Sentence) -> Role | None:
        """« X et son homologue russe Y » with no post told before: the usual post of the person the
        reference data knows who is named first before a counterpart noun, which the counterpart mirrors (a post
        the article told wins over it: a known person's usual post may be a later one)."""
        nouns = word_list("counterpart-nouns.tsv")
        first = next((t.i for t in sentence.tokens if t.lower_ in nouns), None)
        known = next((m.entity.iri for m in sentence.mentions if first is not None and m.end <= first and
                      m.how == gz.PERSON and m.entity.iri is not None), None)
        return self.ref.roles_by_iri.get(self.gaz.usual_role.get(known, "")) if known is not None else None

    def _told(self, sentence: Sentence, title: Title) -> tuple[Role, Mention | None] | None:
        """« Le ministre lituanien de la Défense a annoncé ... », then « a déclaré le ministre X »: a bare head
        names again the post told last without a holder, and its state."""
        if self.lone is None or title.org is not None or title.of_person is not None or title.end - title.start != 1:
            return None
        role = self.lone[0]
        return self.lone if role.iri != title.role.iri and role.complements and \
            sentence.doc[title.start].lower_ in {head.lower() for head in role.heads} else None

    def _stand_ins(self, sentence: Sentence) -> list[Title]:
        """« a annoncé un porte-parole du ministère. [...], a précisé ce responsable, X »: a demonstrative stand-in
        for an official (« ce responsable », « cet officiel ») names the post told last without a holder."""
        if self.lone is None:
            return []
        doc, (role, org) = sentence.doc, self.lone
        return [Title(t.i, t.i + 1, role, org, None) for t in sentence.tokens if t.lower_ in _STAND_INS and
                t.i > sentence.span.start + 1 and doc[t.i - 1].lower_ in _DEMONSTRATIVES | {"haut", "haute"} and
                doc[t.i - (1 if doc[t.i - 1].lower_ in _DEMONSTRATIVES else 2)].lower_ in _DEMONSTRATIVES]

    def _known_holder(self, title: Title) -> Entity | None:
        """« le président ukrainien » alone: the person named in the article whom the reference data knows in
        that post of that state."""
        org = title.org.state if title.org is not None else None
        if org is None or title.of_person is not None:
            return None
        for person in reversed(self.linker.people):
            if person.iri is not None and self.gaz.usual_role.get(person.iri) == title.role.iri and \
                    self.gaz.usual_post_in.get(person.iri) == org.iri:
                return person
        return None

    def _post_org(self, sentence: Sentence, title: Title, person: Entity, named: Mention | None) -> Entity | None:
        if named is not None and not (title.listed and person.iri is not None):  # not a known person's in a list
            return self.linker.post_org(named)
        if title.of_person is not None:
            org = self.as_state(title.of_person.entity)
            return org if org.cls != "Person" else None
        if (whose := whose_body(sentence, title)) is not None:
            return self.linker.post_org(whose)  # « un accord avec Saab, dont le directeur général, X »
        if (firm := firm_named(sentence, title)) is not None:
            return next((m.entity for m in reversed(sentence.mentions) if m.how == gz.COMPANY and
                         m.end <= firm.i), self.last_company)  # « le directeur du groupe, X »: the firm named last
        usual = self.linker.usual_org(person)
        if person.iri is not None and (usual is None or self.gaz.kind.get(usual.key) == gz.NAME or
                                       self.gaz.usual_role.get(person.iri) == title.role.iri):
            return usual  # not « le Premier ministre X » of the body X heads today: a state's post he held before
        if title.role.iri not in gz.COMPANY_POSTS and (earlier := self.linker.person_state.get(person.key)):
            return earlier  # « le ministre togolais X » then « le ministre de la Défense X »: the state told before
        for served in (title, self._served_title(sentence, title)):
            words = fold(sentence.doc[served.start:served.end].text) if served is not None else ""
            if (ministry := state_entity(self.gaz, self.gaz.ministry_states.get(words))) is not None:
                return ministry  # « le ministre des Armées » of the one state whose ministry has that name
        head = sentence.doc[title.start]
        if (side := side_of(sentence, head, self.delegation)) is not None:
            return side  # « la délégation comprendra le coordinateur des otages X »: the delegation's state
        if any(d.lower_ in _POSSESSIVE for d in head.children) or \
                (title.start > 0 and sentence.doc[title.start - 1].lower_ in _POSSESSIVE):
            # « a précisé son ministre d'État »: the post is in the state the sentence is about; « X, son PDG »:
            # in the company named last
            if title.role.iri in gz.COMPANY_POSTS:
                return next((m.entity for m in reversed(sentence.mentions) if m.how == gz.COMPANY and
                             m.end <= title.start), self.last_company)
            found = self._antecedent(sentence, head)
            return found[0] if found and found[0].cls in {"State", "Organisation", "GovernmentBody"} else None
        # « le ministre de la Défense X », no state named: a minister or chief of staff without a demonym serves the
        # state the article is about, unless the sentence has them visit it (« X, en visite en Inde ») or, as its
        # subject, meet a counterpart of it (« X a reçu son homologue koweïtien »): then the next state it is about
        if title.role.iri in gz.MONARCHS:
            return self._crown(sentence, title.role)
        if title.role.iri in gz.DIPLOMATS:
            return self._mission_state(sentence, person)
        if not self._state_office(sentence, title) and title.role.iri not in gz.HEADS_OF_STATE and \
                not serves_a_state(sentence, title, person):  # « le colonel X, porte-parole »: a state's too
            return None
        if (host := represented_state(sentence, person, {t.start for t in self.titles_here}) or
                visit_host(sentence, head)) is not None:
            return host  # whom X stands in for (« en représentation du ministre »), the host (« en visite au Laos »)
        others = counterpart_states(sentence) if head.dep_ in SUBJECTS else []  # « X a reçu son homologue »
        visited = {state.key for state in visited_states(sentence) + toured_states(sentence) + others}
        if title.role.iri in gz.HEADS_OF_STATE and self.host is not None and self.host.key not in visited:
            return self.host  # « le président de la République, X » in a report of a visit: the host's
        if (spoken := spoken_for(sentence, head)) is not None and spoken.key not in visited:
            self.untold_side = spoken
            return spoken  # « L'Allemagne refuse ..., a rappelé le porte-parole du gouvernement »: whose side
        return self._story_side(sentence, person, visited)

    def _story_side(self, sentence: Sentence, person: Entity, visited: set[str]) -> Entity | None:
        """The state of a post the sentence gives no state, from the story around it: the host a visiting side
        meets, the state the story is set in or clearly about, the dispatch's home, else the side the last such post
        was given."""
        sides = self._other_sides(sentence, person)
        if self.visit_before is not None and sides and self.visit_before.key not in visited | sides:
            return self.visit_before  # « X est en visite en Égypte. La délégation grecque a rencontré le président Y »
        if self.setting is not None and self.setting.key not in visited:
            return self.setting  # « Mali : l'armée reçoit des drones turcs »: the state the story is set in
        taken = visited | sides
        state = default_state(sentence, self.about, taken, self.headline_side)
        home = self.filed_from() if state is None else None
        # « ALGER (Agence) - Le ministre des Affaires étrangères a reçu son homologue tunisien »: a dispatch names
        # its own state's ministers without a demonym
        state = state if home is None or home.key in taken else home
        if state is None and self.untold_side is not None and self.untold_side.key not in taken:
            return self.untold_side  # « le ministre de la Défense, A », then « le chef d'état-major, B »: one side
        self.untold_side = state or self.untold_side
        return state

    def _served_title(self, sentence: Sentence, title: Title) -> Title | None:
        """« secrétaire d'État auprès du ministre des Armées », « ministre délégué auprès du Premier ministre »: the
        title of the member of government a junior post is attached to, whose state is the post's."""
        doc = sentence.doc
        if title.end + 1 >= sentence.span.end or doc[title.end].lower_ != "auprès":
            return None
        return next((other for other in self.titles_here if title.end + 1 <= other.start <= title.end + 3), None)

    def _crown(self, sentence: Sentence, role: Role) -> Entity | None:
        """The state of a monarch or heir named by a bare title: in the report of a visit, the host's (« reçu par
        le prince héritier »); else the one state the article names whose crown bears that title (« le roi X a
        approuvé l'achat » in a story of Jordan's)."""
        visited_here = {state.key for state in visited_states(sentence)}
        crowns = self.gaz.monarchies.get(role.iri, frozenset())
        if self.host is not None and self.host.key not in visited_here and (not crowns or self.host.iri in crowns):
            return self.host
        reigning = [named.state for named in self.named if named.state.iri in crowns]
        return reigning[0] if len(reigning) == 1 else None

    def _state_office(self, sentence: Sentence, title: Title) -> bool:
        """A post of a state's government: one the data knows as such, or one read in its own words whose head
        only such posts have (« vice-ministre de la défense, en charge des relations extérieures »)."""
        if title.role.iri in self.gaz.state_offices:
            return True
        if title.role.iri in self.gaz.label:
            return False
        head = sentence.lower[title.start - sentence.span.start]
        heads = [role.iri for words, role, is_head in self.ref.roles.get(head, []) if is_head and words == (head,)]
        if heads and all(iri in self.gaz.state_offices for iri in heads):
            return True
        # « la secrétaire adjointe à la Défense »: a title in its own words whose complement is a government's brief
        words = " ".join(fold(t.text) for t in sentence.doc[title.start:min(title.end + _BRIEF_REACH,
                                                                           sentence.span.end)] if not t.is_punct)
        return any(f" {portfolio} " in f" {words} " for portfolio in self.gaz.portfolios)

    def _mission_state(self, sentence: Sentence, person: Entity) -> Entity | None:
        """« la chargée d'affaires X s'est jointe à la commission, à Tunis »: a diplomat the text names without a
        state serves the state the article is about that is not where they are posted (the places the sentence
        names, the host, setting or dateline of the story) nor the side of the other posts named beside theirs."""
        posted = {state.key for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL, gz.NAME} and
                  (state := m.state) is not None and (m.how != gz.NAME or case_of(mention_root(sentence, m)) in
                                                      role_cases("host"))}
        posted |= {place.key for place in (self.host, self.setting, self.filed_from()) if place is not None}
        return default_state(sentence, self.about, posted | self._other_sides(sentence, person), self.headline_side)

    def _other_sides(self, sentence: Sentence, person: Entity) -> set[str]:
        """The states the sentence gives other people's posts (« le ministre d'État X et Y, ministre de la Défense
        du Kazakhstan », « les présidents X et Y », the second known to the reference data): a post named beside
        theirs serves another side; so does a delegation the sentence names, when the holder is none of its own
        (« X a accueilli la délégation japonaise »)."""
        return {state.key for title in self.titles_here for m in (title.org, *title.orgs)
                if m is not None and (state := m.state) is not None} | \
            {state.key for t in sentence.tokens if t.lemma_.lower() in word_list("side-nouns.tsv") and
             (state := side_state(sentence, t)) is not None} | \
            {state.key for m in sentence.mentions if m.entity.cls == "Person" and m.entity.key != person.key
             and (state := self.linker.usual_org(m.entity)) is not None}

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
        if title.role.iri not in self.gaz.label:  # a post read in its own words (people.OWN_WORDS)
            fact = fact.with_attr("post_label", title.role.label)
        elif (form := written_form(list(sentence.doc[title.start:title.end]), title.role.label) or alias_form(
                list(sentence.doc[title.start:title.end]), title.role, self.ref.roles)):
            fact = fact.with_attr("post_form", form)  # « la présidente de la Commission » as the article writes it
        if org is None or (org.cls == "State" and self._expert(title.role)):
            return fact  # « X, chercheur à l'Institut français des ... »: an expert holds no post of a state
        self.mentions.setdefault(org.key, org)
        self.linker.holds_post(person, org)
        return fact.with_roles("org", [org])

    def _head_of(self, person: Entity, body: Entity) -> Role:
        """The post of the head of a body that is no firm, which a by-name (« le patron de l'Otan ») names: the
        one the reference data knows its holder in there (« secrétaire général »), else its « chef »."""
        usual = self.gaz.usual_role.get(person.iri or "")
        if usual is not None and self.gaz.usual_post_in.get(person.iri or "") == body.iri and \
                usual in self.ref.roles_by_iri:
            return self.ref.roles_by_iri[usual]
        return self.ref.roles_by_iri[str(KGR["role-chief"])]


def _second_title(sentence: Sentence, title: Title, before: Title, holders: list[tuple[Mention, Mention | None]]) \
        -> list[tuple[Mention, Mention | None]]:
    """« X, prince héritier et Premier ministre » : a title joined by « et » to the title a name before it holds
    is that person's too."""
    doc = sentence.doc
    return [(holder, None) for holder, _ in holders if holder.end <= before.start] \
        if before.end == title.start - 1 and doc[before.end].lower_ == "et" else []
