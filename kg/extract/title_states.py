"""The state a title names by its own words: a ministry several states share, a monarch's crown, « le Royaume »,
a post of a state's government (the base of kg.extract.post_orgs.PostOrgs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.about_states import AboutState
from kg.extract.link import Linker
from kg.extract.mentions import Mention, state_entity
from kg.extract.people import Title
from kg.extract.setting import visited_states
from kg.extract.side_clues import crown_named
from kg.extract.syntax import Sentence
from kg.gazetteer import HEADS_OF_STATE, Gazetteer, Role
from kg.namespaces import KGR
from kg.records import Entity
from kg.text import fold

if TYPE_CHECKING:
    from kg.extract.reference_index import ReferenceIndex

_PRIME_MINISTER = str(KGR["role-prime-minister"])
_BRIEF_REACH = 5  # words after a title in its own words where its brief may be named (« à la Défense »)


class TitleStates:
    """The state or body a title's words name, from what the sentence reader knows of the article."""

    ref: ReferenceIndex
    gaz: Gazetteer
    linker: Linker
    about: list[AboutState]
    named: list[AboutState]
    host: Entity | None
    titles_here: list[Title]

    def _ministry_state(self, words: str) -> Entity | None:
        """The state whose ministry a minister's title names (`words`, folded): of those whose ministry's name
        opens so too (« ministère des Armées, des Anciens combattants ... »), the one the article is most about;
        else the one whose ministry has that very name (none when several states' ministries have it)."""
        exact, sharing = self.gaz.ministry_states.get(words, (None, frozenset()))
        about = next((a.state.iri for a in self.about if a.state.iri in sharing), None)
        return state_entity(self.gaz, about or exact) if exact is not None else None

    def _named_org(self, sentence: Sentence, title: Title, person: Entity, named: Mention | None) -> Entity | None:
        """The state or body a title's complement names (a ministry several states share: _shared_ministry); not a
        known person's in a list."""
        if named is None or (title.listed and person.iri is not None):
            return None
        return self._shared_ministry(sentence, named) or self.linker.post_org(named)

    def _shared_ministry(self, sentence: Sentence, named: Mention) -> Entity | None:
        """« chef d'état-major du ministère des Armées »: a ministry whose name several states' ministries have
        (or open with) serves the one of them the article is most about."""
        words = fold(sentence.doc[named.start:named.end].text).split()
        title = " ".join(["ministre", *words[1:]])
        if words[:1] != ["ministere"] or len(self.gaz.ministry_states.get(title, (None, frozenset()))[1]) < 2:
            return None
        return self._ministry_state(title)

    def _crown(self, sentence: Sentence, role: Role) -> Entity | None:
        """The state of a monarch or heir named by a bare title: in the report of a visit, the host's (« reçu par
        le prince héritier »); else the one state the article names whose crown bears that title (« le roi X a
        approuvé l'achat » in a story of Jordan's), else the one its sentence names by name and no one visits."""
        visited_here = {state.key for state in visited_states(sentence)}
        crowns = self.gaz.monarchies.get(role.iri, frozenset())
        if self.host is not None and self.host.key not in visited_here and (not crowns or self.host.iri in crowns):
            return self.host
        reigning = [named.state for named in self.named if named.state.iri in crowns]
        return reigning[0] if len(reigning) == 1 else crown_named(sentence, crowns, visited_here)

    def _the_kingdom(self, sentence: Sentence, title: Title) -> Entity | None:
        """« l'ambassadrice du Royaume aux États-Unis », « le ministre de la Défense du Royaume »: « Royaume » alone,
        capitalised, in a title or right after it, names the one kingdom among the states the article names."""
        doc = sentence.doc
        if not any(doc[at].text == "Royaume" and doc[at - 1].lower_ == "du" and
                   (at + 1 >= sentence.span.end or doc[at + 1].text not in {"-", "Uni", "-Uni"})
                   for at in range(title.start + 1, min(title.end + 2, sentence.span.end))):
            return None
        crowns = self.gaz.monarchies.get(str(KGR["role-king"]), frozenset())
        kingdoms = [named.state for named in self.named if named.state.iri in crowns]
        return kingdoms[0] if len(kingdoms) == 1 else None

    def _state_office(self, sentence: Sentence, title: Title) -> bool:
        """A post of a state's government: one the data knows as such, or one read in its own words whose head
        only such posts have (« vice-ministre de la défense, en charge des relations extérieures »)."""
        if title.role.iri in self.gaz.state_offices or self._leader_served(sentence, title):
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

    def _leader_served(self, sentence: Sentence, title: Title) -> bool:
        """« le directeur de cabinet du Chef de l'État », « le conseiller du Premier ministre »: a post in the staff of
        a head of state or government whose title names no state serves that leader's state."""
        if title.end + 1 >= sentence.span.end or sentence.doc[title.end].lower_ not in {"du", "de"}:
            return False
        return any(other.start in {title.end + 1, title.end + 2} and other.org is None and other.of_person is None
                   and (other.role.iri in HEADS_OF_STATE or other.role.iri == _PRIME_MINISTER)
                   for other in self.titles_here)
