"""Whose post a title names: the state or body each post serves, from the nearest evidence to the farthest (the
title's own complement, the person's usual post, a list or delegation the title is in, the sentence's speaker, visit
or setting, the state the article is about: kg.extract.about_states). The base of kg.extract.posts.PostReader."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.about_states import default_state
from kg.extract.body_parents import body_parent, body_words
from kg.extract.companions import companion_leader, companion_state
from kg.extract.counterparts import counterpart_states
from kg.extract.delegation_states import fronted_side, side_of, side_state
from kg.extract.deputy_posts import Served, deputy_org
from kg.extract.force_states import force_name, force_state
from kg.extract.group_names import group_name
from kg.extract.headline_stays import not_served
from kg.extract.institution_names import institution_name
from kg.extract.lexicon import role_cases, word_list
from kg.extract.mentions import Mention, state_entity
from kg.extract.message_senders import message_carrier
from kg.extract.met_sides import met_together, people_sides, unmet_sides
from kg.extract.people import Title
from kg.extract.post_states import (
    country_again,
    firm_headed,
    firm_named,
    group_named,
    parliament_state,
    reporting_verb,
    represented_state,
    servant_state,
    serves_a_state,
    spoken_for,
    whose_body,
)
from kg.extract.quotations import quoted
from kg.extract.rank_sides import abbreviated_side
from kg.extract.represented_lists import represented_by
from kg.extract.rubric_states import CLEARLY_MORE, set_abroad
from kg.extract.setting import guest_places, received_in, receiving_city, toured_states, visit_host, visited_states
from kg.extract.side_clues import listed_among, police_state, travel_side
from kg.extract.syntax import SUBJECTS, Sentence, case_of, mention_root
from kg.extract.taken_seats import seats_held
from kg.extract.title_states import TitleStates
from kg.gazetteer import Role
from kg.read import Article
from kg.records import Entity
from kg.text import fold

_POSSESSIVE = {"son", "sa", "leur"}  # « son ministre d'État »


def _title_head(sentence: Sentence, title: Title) -> Token:
    """The word a title's clause hangs on: « ministre » in « le Premier ministre », not its adjective before it."""
    head = sentence.doc[title.start]
    while head.dep_ in {"amod", "compound"} and title.start <= head.head.i < title.end and head.head.i != head.i:
        head = head.head
    return head


class PostOrgs(TitleStates):
    """The state or body of each post the sentence reader (kg.extract.claims.ClaimReader) reads, from its state (what
    the article knows, as TitleStates declares it, and the following)."""

    article: Article
    mentions: dict[str, Entity]  # the entities the article named so far
    last_company: Entity | None
    setting: Entity | None
    headline_side: Entity | None
    delegation: Entity | None = None  # the state of the delegation named last (« la délégation israélienne »)
    visit_before: Entity | None = None  # the state the sentence before had someone visit
    untold_side: Entity | None = None  # the state the article gave the last post named without one
    sides_named: frozenset[tuple[str, str]] = frozenset()  # (holder, state) the sentence's titles name next to them
    named_sides: tuple[tuple[str, Entity], ...] = ()  # (holder, state) the posts their complements name serve
    held_offices: set[tuple[str, str]]  # the posts given someone in a state (kg.reference_posts.office, state)
    bodies_served: frozenset[str] = frozenset()  # the holders the sentence gives a post in an organisation of states
    envoys_posted: tuple[tuple[str, Entity], ...] = ()  # (side served, state posted in) of each envoy told so far
    served_last: Served | None = None  # the last post told with its state or body (kg.extract.deputy_posts)
    sentence_before: int | None = None  # where the sentence before starts
    told_posts: dict[str, Role]  # each person's post as the article told it in full

    def as_state(self, entity: Entity) -> Entity:
        raise NotImplementedError

    def _antecedent(self, sentence: Sentence, pronoun: Token) -> list[Entity]:
        raise NotImplementedError

    def filed_from(self, lede: bool = False) -> Entity | None:
        raise NotImplementedError

    def _served_state(self, org: Entity) -> Entity | None:
        """The state a post's organisation is or stands for (a state's body)."""
        return org if org.cls == "State" else state_entity(self.gaz, self.gaz.state_of.get(org.key))

    def _note_sides(self, sentence: Sentence, pending: list[tuple[Title, Entity, Mention | None]]) -> None:
        """The states the titles' complements name next to their holders (sides_named), the states the posts
        they name serve (named_sides: a holder's other posts in the sentence serve that state too), and the holders
        of a post in an international organisation (bodies_served)."""
        self.sides_named = frozenset((person.key, named.state.key) for _, person, named in pending
                                     if named is not None and named.state is not None)
        served = [(title, person.key, body) for title, person, named in pending if named is not None and
                  (body := self._post_org(sentence, title, person, named)) is not None]
        self.named_sides = tuple((holder, side) for _, holder, body in served
                                 if (side := self._served_state(body)) is not None)
        # an organisation of states the data knows (not a state's force it does not: « des Forces Armées Nationales »),
        # not as a state's post in a forum of states (« les ministres de la Défense de l'Organisation »)
        self.bodies_served = frozenset(holder for title, holder, body in served
                                       if self.gaz.kind.get(body.key) == gz.ORGANISATION and
                                       title.role.iri not in self.gaz.state_offices and
                                       self._served_state(body) is None)

    def _possessor_org(self, sentence: Sentence, title: Title, person: Entity) -> Entity | None:
        """« a précisé son ministre d'État »: the post is in the state the sentence is about; « il a été remplacé par sa
        vice-présidente »: in the state of the person it stands for; « X, son PDG »: in the company named last."""
        if title.role.iri in gz.COMPANY_POSTS:
            return next((m.entity for m in reversed(sentence.mentions) if m.how == gz.COMPANY and
                         m.end <= title.start and not quoted(sentence.doc, m.start)), self.last_company)
        found = self._antecedent(sentence, sentence.doc[title.start])
        if found and found[0].cls == "Person" and found[0].key != person.key:
            found = [self.as_state(found[0])]
        return found[0] if found and found[0].cls in {"State", "Organisation", "GovernmentBody"} else None

    def _own_country(self, sentence: Sentence, title: Title, person: Entity) -> Entity | None:
        """« les salutations du président de son pays », « le chef de leur pays »: « pays » after a possessive in the
        title's complement is the state of the possessor (the subject before it, or the state of that person); « X est
        porteur d'un message du président Y »: the state of the carrier (_carrier_side)."""
        if (carried := self._carrier_side(sentence, _title_head(sentence, title), person)) is not None:
            return carried
        doc, end = sentence.doc, min(title.end + 3, sentence.span.end)
        at = next((k for k in range(title.start + 1, end - 1) if doc[k].lower_ in _POSSESSIVE and
                   doc[k - 1].lower_ in {"de", "d'"} and doc[k + 1].lower_ == "pays"), None)
        if at is None or (at + 2 < sentence.span.end and doc[at + 2].pos_ == "ADJ"):
            return None  # not « de son pays natal », « de leur pays voisin »
        found = self._antecedent(sentence, doc[at])
        if found and found[0].cls == "Person" and found[0].key != person.key:
            found = [self.as_state(found[0])]
        return found[0] if found and found[0].cls == "State" else None

    def _body_by_name(self, sentence: Sentence, title: Title) -> Entity | None:
        """A body a title's complement names by a proper name alone: an armed force, the state the article names it with
        elsewhere (kg.extract.force_states); an armed group the data does not know (kg.extract.group_names); a body the
        article names with its organisation elsewhere (« le Comité X de l'Organisation »: kg.extract.body_parents)."""
        if (named_force := force_name(sentence, title)) and \
                (force := force_state(self.article.text, named_force, self.gaz)):
            return state_entity(self.gaz, force)
        if (group := group_name(sentence, title)) is not None:
            return group
        body = body_words(sentence, title)
        return body_parent(self.article.text, body, self.gaz) if body is not None else None

    def _group_before(self, sentence: Sentence, noun: Token) -> Entity | None:
        """The organisation a group's noun names again: the last named before it in its sentence, else the article."""
        here = next((m.entity for m in reversed(sentence.mentions) if m.how == gz.ORGANISATION and m.end <= noun.i),
                    None)
        return here or next((e for e in reversed(self.mentions.values()) if e.cls == "Organisation"), None)

    def _post_org(self, sentence: Sentence, title: Title, person: Entity, named: Mention | None) -> Entity | None:
        """The state or body the post of `person` under `title` serves; `named` is its complement, if read."""
        if (own := institution_name(sentence, title) or self._named_org(sentence, title, person, named)) is not None:
            return own  # « directeur du Centre X à l'Institut chinois »: the centre's, else the complement's
        if (kingdom := self._the_kingdom(sentence, title)) is not None:
            return kingdom  # « l'ambassadrice du Royaume aux États-Unis »: the article's own kingdom
        if title.of_person is not None:
            return org if (org := self.as_state(title.of_person.entity)).cls != "Person" else None
        if (whose := whose_body(sentence, title)) is not None:
            return self.linker.post_org(whose)  # « un accord avec Saab, dont le directeur général, X »
        if (firm := firm_named(sentence, title)) is not None:
            return next((m.entity for m in reversed(sentence.mentions) if m.how == gz.COMPANY and
                         m.end <= firm.i), self.last_company)  # « le directeur du groupe, X »: the firm named last
        if (own := self._body_by_name(sentence, title)) is not None:
            return own  # « chef d'état-major des Forces Armées Nationales », « porte-parole des Brigades Y »
        if (group := group_named(sentence, title)) is not None and (found := self._group_before(sentence, group)):
            return found  # « le porte-parole du mouvement, X »: the group named last
        if (servant := servant_state(sentence, _title_head(sentence, title)) or country_again(sentence, title) or
                self._own_country(sentence, title, person) or abbreviated_side(sentence, self.gaz, person) or
                listed_among(sentence, title) or police_state(sentence, title, self.article.text, self.gaz)):
            return servant  # « l'officier canadien X, commandant », « le président du pays », « la police du Pays »
        usual = self.linker.usual_org(person)
        if person.iri is not None and (usual is None or self.gaz.kind.get(usual.key) == gz.NAME or
                                       self.gaz.usual_role.get(person.iri) == title.role.iri):
            return usual  # not « le Premier ministre X » of the body X heads today: a state's post he held before
        if title.role.iri not in gz.COMPANY_POSTS and (earlier := self.linker.person_state.get(person.key)):
            return earlier  # « le ministre togolais X » then « le ministre de la Défense X »: the state told before
        for served in (title, self._served_title(sentence, title)):
            words = fold(sentence.doc[served.start:served.end].text) if served is not None else ""
            if (ministry := self._ministry_state(words)) is not None:
                return ministry  # « le ministre des Armées » of the one state whose ministry has that name
        head = _title_head(sentence, title)  # « l'Espagne est représentée par le ministre X, le Portugal par Y »
        if (side := self._side_with(sentence, title, head)) is not None:
            return side  # « la délégation comprendra le coordinateur X », « le président chilien, accompagné de X »
        if any(d.lower_ in _POSSESSIVE for d in head.children) or \
                (title.start > 0 and sentence.doc[title.start - 1].lower_ in _POSSESSIVE):
            return self._possessor_org(sentence, title, person)
        # « le ministre de la Défense X »: the state the article is about, unless the sentence has them visit it (« X,
        # en visite en Inde ») or, as its subject, meet a counterpart of it (« X a reçu son homologue koweïtien »)
        if title.role.iri in gz.MONARCHS:
            return self._crown(sentence, title.role)
        if title.role.iri in gz.DIPLOMATS:
            return self._mission_state(sentence, person)
        if title.role.iri in gz.LAWMAKERS and (seat := parliament_state(sentence)) is not None:
            return seat  # « a déclaré au parlement chilien la députée X »
        if not self._state_office(sentence, title) and title.role.iri not in gz.HEADS_OF_STATE and \
                not serves_a_state(sentence, title, person):  # « le colonel X, porte-parole »: a state's too
            return firm_headed(sentence, title, self.mentions.values()) if title.role.iri in gz.COMPANY_POSTS else None
        if (host := represented_state(sentence, person, {t.start for t in self.titles_here}) or
                visit_host(sentence, head) or self._receiving(sentence, head)) is not None:
            return host  # whom X stands in for (« en représentation du ministre »), the host (« en visite au Laos »)
        others = counterpart_states(sentence) if head.dep_ in SUBJECTS else []  # « X a reçu son homologue »
        visited = {state.key for state in visited_states(sentence) + toured_states(sentence) + others +
                   received_in(sentence)} | guest_places(sentence, head, self) | not_served(sentence, head)
        if title.role.iri in gz.HEADS_OF_STATE and self.host is not None and self.host.key not in visited:
            return self.host  # « le président de la République, X » in a report of a visit: the host's
        if (spoken := spoken_for(sentence, head)) is not None and spoken.key not in visited:
            self.untold_side = spoken
            return spoken  # « L'Allemagne refuse ..., a rappelé le porte-parole du gouvernement »: whose side
        return self._story_side(sentence, person, visited | seats_held(self, sentence, title), reporting_verb(head))

    def _receiving(self, sentence: Sentence, head: Token) -> Entity | None:
        """« X a reçu à Dakar le général Y »: the host; also the side of posts told after with no state."""
        self.untold_side = (hosting := receiving_city(sentence, head)) or self.untold_side
        return hosting

    def _side_with(self, sentence: Sentence, title: Title, head: Token) -> Entity | None:
        """The side a title's holder is with: who they stand for, go or travel with, their delegation or deputy post."""
        return represented_by(sentence, title) or self._companion_side(sentence, head) or \
            travel_side(sentence, head, self.titles_here, self._antecedent, self.as_state) or \
            side_of(sentence, head, self.delegation) or fronted_side(sentence, head) or \
            deputy_org(title.role.label, sentence.span.start, self.sentence_before, self.served_last)

    def _companion_side(self, sentence: Sentence, head: Token) -> Entity | None:
        """The state of the one the holder goes with (« accompagné de X »): told in the sentence, else before."""
        led = companion_leader(head)
        if led is None:
            return None
        return companion_state(sentence, led, self.titles_here) or self._leader_told(sentence, led)

    def _leader_told(self, sentence: Sentence, led: Token) -> Entity | None:
        """« Le Premier ministre était accompagné du ministre X », « Y est arrivé, accompagné de X »: the state given
        before to the one X goes with (`led`), named or a bare title naming again the post of one person told before."""
        named = sentence.mention_at(led)
        if named is not None and named.how == gz.PERSON:
            return self.linker.person_state.get(named.entity.key)
        title = next((t for t in self.titles_here if t.start <= led.i < t.end), None)
        if title is None or title.org is not None or title.of_person is not None:
            return None
        states = {state.key: state for key, role in self.told_posts.items() if role.iri == title.role.iri and
                  (state := self.linker.person_state.get(key)) is not None}
        if not states and self.host is not None:  # « X, en visite en France » then « Le Premier ministre était
            return default_state(sentence, self.about, {self.host.key}, self.headline_side)  # accompagné de »
        return next(iter(states.values())) if len(states) == 1 else None

    def _story_side(self, sentence: Sentence, person: Entity, visited: set[str], verb: Token | None) -> Entity | None:
        """The state of a post the sentence gives no state, from the story around it: the state the holder's other post
        in the sentence names, the host a visiting side meets, the state the story is set in or clearly about, the
        dispatch's home, else the side the last such post was given (`verb`: the holder's reporting verb, if any)."""
        own = {state.key: state for holder, state in self.named_sides if holder == person.key}
        if len(own) == 1:  # « le général X, chef d'état-major de l'armée de Pays »: the state their other post names
            return next(iter(own.values()))
        if person.key in self.bodies_served:  # « le général X, commandant de la mission Y au Pays »: the mission's
            return None
        sides = self._other_sides(sentence, person)
        if self.visit_before is not None and sides and self.visit_before.key not in visited | sides:
            return self.visit_before  # « X est en visite en Égypte. La délégation grecque a rencontré le président Y »
        if self.setting is not None and self.setting.key not in visited and not set_abroad(self.about, self.setting):
            return self.setting  # « Mali : l'armée reçoit des drones turcs »: the state the story is set in
        taken = visited | sides
        state = self._envoy_host(default_state(sentence, self.about, taken, self.headline_side, verb), taken)
        if state is not None and state.key not in self.mentions and state.key != self.about[0].state.key and all(
                m.state is None or m.state.key != state.key for m in sentence.mentions) and \
                not self._other_of_pair(sentence, state, sides):
            state = None  # a state the article names only later, unless mostly about it, serves no one told before
        home = self.filed_from(lede=True) if state is None else None
        # « ALGER (Agence) - Le ministre ... a reçu son homologue tunisien », « JAKARTA - Le ministre de la
        # Défense »: a dispatch names its own state's ministers without a demonym
        state = state if home is None or home.key in taken else home
        if state is None and self.untold_side is not None and self.untold_side.key not in taken:
            return self.untold_side  # « le ministre de la Défense, A », then « le chef d'état-major, B »: one side
        self.untold_side = state or self.untold_side
        return state or self._one_side(sentence, visited, sides, verb)  # the last resort: no other clue at all

    def _one_side(self, sentence: Sentence, visited: set[str], sides: set[str], verb: Token | None) -> Entity | None:
        """« en présence des représentants du gouvernement, dont X, président du comité ..., et le président kirghize
        Y »: when every other post of a sentence where no one meets anyone serves the one state the article is
        clearly about, they are the holder's side: that state (not when they serve two states: which one's?)."""
        if len(sides) != 1 or counterpart_states(sentence) or \
                any(t.lemma_.lower() in word_list("meeting-verbs.tsv") for t in sentence.tokens):
            return None
        state = default_state(sentence, self.about, visited, self.headline_side, verb)
        return state if state is not None and state.key in sides and state.key == self.about[0].state.key else None

    def _other_of_pair(self, sentence: Sentence, state: Entity, sides: set[str]) -> bool:
        """« le ministre vietnamien de la Défense, reçu par le ministre de la Défense X »: in an article about two
        states, a post met by another of the first state's serves the second, even one the article names only
        later (with no verb of meeting, « le ministre, A, et le commandant, B, étaient présents » are one side)."""
        return len(self.about) >= 2 and self.about[1].state.key == state.key and \
            self.about[0].state.key in sides and \
            (len(self.about) == 2 or self.about[1].count >= CLEARLY_MORE * self.about[2].count) and \
            any(t.lemma_.lower() in word_list("meeting-verbs.tsv") for t in sentence.tokens)

    def _envoy_host(self, state: Entity | None, taken: set[str]) -> Entity | None:
        """« X, chargé d'affaires de A en B, a remis ... », then « le ministre de la Défense Y »: in a story set
        where an envoy of A is posted, a post given no state, or only the envoy's side, is the host's (B), when the
        article names B no less than A and the sentence gives B to no other side."""
        counts = {about.state.key: about.count for about in self.about}
        for side, posted in reversed(self.envoys_posted):
            if posted.key not in taken and counts.get(posted.key, 0) >= max(counts.get(side, 0), 1) and \
                    (state is None or state.key == side):
                return posted
        return state

    def _served_title(self, sentence: Sentence, title: Title) -> Title | None:
        """« secrétaire d'État auprès du ministre des Armées », « ministre délégué auprès du Premier ministre »: the
        title of the member of government a junior post is attached to, whose state is the post's."""
        doc = sentence.doc
        if title.end + 1 >= sentence.span.end or doc[title.end].lower_ != "auprès":
            return None
        return next((other for other in self.titles_here if title.end + 1 <= other.start <= title.end + 3), None)

    def _carrier_side(self, sentence: Sentence, head: Token, person: Entity) -> Entity | None:
        """The state of the one who carries the message the title at `head` sends (kg.extract.message_senders): the
        state their title names, the state their post was given, or the state a pronoun stands for."""
        carrier = message_carrier(sentence, head)
        if carrier is None:
            return None
        for other in self.titles_here:
            if other.start <= carrier.i < other.end and other.org is not None and other.org.state is not None:
                return other.org.state
        carried = [m.entity for m in sentence.mentions if m.start <= carrier.i < m.end or (
            m.start == carrier.i + 1 and carrier.lower_ in word_list("honorifics.tsv"))] or \
            (self._antecedent(sentence, carrier) if carrier.pos_ == "PRON" else [])
        sides = [side for found in carried[:1] if found.key != person.key and (side := self.linker.person_state.get(
            found.key) if found.cls == "Person" else self._served_state(found)) is not None]
        return sides[0] if sides else None

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
        """The states of the other posts (« X et Y, ministre de la Défense du Pays »), sides and delegations the
        sentence names (« X a accueilli la délégation japonaise »), but not those met with the holder (met_sides)."""
        return {state.key for title in self.titles_here for m in (title.org, *title.orgs)
                if m is not None and (state := m.state) is not None and
                not met_together(sentence, person, sentence.doc[title.start])} | \
            {state.key for t in sentence.tokens if t.lemma_.lower() in word_list("side-nouns.tsv") and
             (state := side_state(sentence, t)) is not None} | \
            people_sides(sentence, person, self.linker.usual_org) | \
            unmet_sides(sentence, person, self.sides_named)  # « ... de Pays Y »: Y's side
