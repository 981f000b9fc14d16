"""The state an official acts for when the text titles them with neither a state nor a name (« le président a reçu
son homologue tanzanien », « le chef de l'État a reçu ... »): news leaves out the demonym of the side the story is
told from, so such an official serves, from the nearest evidence to the farthest, the state they are met in on a
visit, the state the dispatch is filed from, the one state the article gave that post before, the state the
headline sets the story in, else the state the article is clearly about; never a state the sentence gives to
another side (a counterpart's, a guest's)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.about_states import AboutState, default_state
from kg.extract.counterparts import counterpart_states
from kg.extract.lexicon import word_list
from kg.extract.people import Title
from kg.extract.setting import headline_setting, visit_host, visited_states
from kg.extract.syntax import Sentence
from kg.records import Entity, Fact, SentenceClaims


@dataclass
class StoryOfficials:
    """What the article has said so far of where its officials serve: each post and the states it was given in."""

    offices: dict[str, dict[str, Entity]] = field(default_factory=dict)  # role IRI -> state key -> state
    unheld: list[tuple[int, str, Entity]] = field(default_factory=list)  # (sentence, office, state): titled alone

    def read(self, sentence: Sentence, titles: list[Title], posts: tuple[Fact, ...] = ()) -> None:
        """The posts a sentence gives a state (a counterpart's mirrors another post: « son homologue tanzanien »),
        and those it titles with a state but gives no holder (« le chef de la diplomatie serbe a souligné »)."""
        counterparts = word_list("counterpart-nouns.tsv")
        held = {post.attr("post") for post in posts}
        for title in titles:
            if sentence.doc[title.start].lower_ in counterparts:
                continue
            for mention in (title.org, *title.orgs):
                if mention is not None and mention.state is not None and mention.how in {gz.NAME, gz.DEMONYM}:
                    self.offices.setdefault(_office(title.role.iri), {})[mention.state.key] = mention.state
                    if title.role.iri not in held and title.of_person is None and not title.orgs:
                        self.unheld.append((sentence.index, _office(title.role.iri), mention.state))

    def told_before(self, role: str) -> Entity | None:
        """The one state the article gave this post so far (« le président kényan X », then « le président »)."""
        states = list(self.offices.get(_office(role), {}).values())
        return states[0] if len(states) == 1 else None


def _office(role: str) -> str:
    """A post as the article names it again: « le président ghanéen », then « le chef de l'État »."""
    return "head-of-state" if role in gz.HEADS_OF_STATE else role


def untold_state(sentence: Sentence, token: Token, title: Title, home: Entity | None, officials: StoryOfficials,
                 setting: Entity | None, about: list[AboutState], side: Entity | None) -> list[Entity]:
    """The state an official titled alone at `token` acts for (see the module's doc); none for a plural title
    (« les ministres des Affaires étrangères »: of both sides) or one of no state's government."""
    if "Number=Plur" in str(token.morph):
        return []
    if visited_states(sentence):  # the visitor is no host: « le président, en visite en Inde, a ... »
        return [host] if (host := visit_host(sentence, token)) is not None else []
    if home is not None:  # « DAKAR (AFP) - Le président de la République a reçu ... »
        return [home]
    others = {state.key for state in counterpart_states(sentence)} | {
        m.state.key for m in sentence.mentions if m.state is not None and m.how in {gz.NAME, gz.DEMONYM}}
    if (setting_here := headline_setting(sentence)) is not None:  # « Kenya : le président reçoit ... »
        others.discard(setting_here.key)
    state = officials.told_before(title.role.iri) or setting or _about(sentence, about, others, side)
    return [state] if state is not None and state.key not in others else []


def _about(sentence: Sentence, about: list[AboutState], others: set[str], side: Entity | None) -> Entity | None:
    """The state the article is about that the sentence leaves to this official (kg.extract.about_states), one of
    the two it names most: not a state it only speaks of (« la cause palestinienne »)."""
    state = default_state(sentence, about, others, side)
    return state if state is not None and state.key in {a.state.key for a in about[:2]} else None


def titled_alone(titles: list[Title], token: Token, offices: frozenset[str]) -> Title | None:
    """The title at `token` when it names a post of a state's government with neither its state nor a holder."""
    title = next((t for t in titles if t.start == token.i and t.org is None and not t.orgs
                  and t.of_person is None), None)
    if title is None or title.role.iri not in gz.HEADS_OF_STATE | gz.MONARCHS | offices:
        return None
    return title


def stated_later(sentences: list[SentenceClaims], officials: StoryOfficials,
                 offices: frozenset[str]) -> list[SentenceClaims]:
    """« Le ministre des Affaires étrangères X a reçu ... », then « le chef de la diplomatie serbe a souligné »: a
    post of a state's government told with no state takes the one state the article later gives that post with no
    holder, unless the holder is given a post in a state elsewhere."""
    placed = {holder.key for s in sentences for post in s.posts if any(o.cls == "State" for o in post.get("org"))
              for holder in post.get("holder")}
    settled: list[SentenceClaims] = []
    for sentence in sentences:
        posts = tuple(_state_told_later(post, sentence.index, officials, placed, offices) for post in sentence.posts)
        settled.append(sentence if posts == sentence.posts else replace(sentence, posts=posts))
    return settled


def _state_told_later(post: Fact, index: int, officials: StoryOfficials, placed: set[str],
                      offices: frozenset[str]) -> Fact:
    role = post.attr("post") or ""
    if post.get("org") or role not in gz.HEADS_OF_STATE | offices or placed & post.keys("holder"):
        return post
    states = {state.key: state for at, office, state in officials.unheld if at > index and office == _office(role)}
    return post.with_roles("org", list(states.values())) if len(states) == 1 else post
