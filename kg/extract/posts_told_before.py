"""Posts told before, for the posts of a sentence (kg.extract.posts.PostReader): a bare head or a stand-in
(« ce responsable ») names again the post told last without a holder; a title with no name is held by the person the
reference data knows in it or the one person named before with no post; a counterpart mirrors the post of the person
facing them."""

from __future__ import annotations

from kg import gazetteer as gz
from kg.extract.counterparts import faces
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.people import Title
from kg.extract.post_orgs import PostOrgs
from kg.extract.syntax import THIS, Sentence
from kg.extract.title_holders import speaks
from kg.gazetteer import Role
from kg.records import Entity

_STAND_INS = {"responsable", "officiel", "officielle", "fonctionnaire", "dirigeant", "dirigeante", "gradé"}
_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


class PostsToldBefore(PostOrgs):
    """The posts and holders the article told before, which a sentence's titles name again; a base of
    kg.extract.posts.PostReader."""

    told_posts: dict[str, Role]
    given_posts: dict[str, Role]  # the post the article gave each person first, in full or by its head
    lone: tuple[Role, Mention | None] | None = None  # the post told last without a name, for « ce responsable, X »
    faced: frozenset[tuple[str, str]] = frozenset()  # (surname, state of the counterpart faced: faced_sides)
    unheld: frozenset[tuple[str, str, str]] = frozenset()  # (post, state, person) of titles told with no name beside
    # a person the sentence names, who is not their holder

    def _known_post_before(self, sentence: Sentence) -> Role | None:
        """« X et son homologue russe Y » with no post told before: the usual post of the person the
        reference data knows who is named first before a counterpart noun, which the counterpart mirrors (a post
        the article told wins over it: a known person's usual post may be a later one)."""
        nouns = word_list("counterpart-nouns.tsv")
        first = sentence.first_of(nouns)
        known = next((m.entity.iri for m in sentence.mentions if first is not None and m.end <= first and
                      m.how == gz.PERSON and m.entity.iri is not None and not _agent(sentence, m, first)), None)
        return self.ref.roles_by_iri.get(self.gaz.usual_role.get(known, "")) if known is not None else None

    def _facing_post(self, sentence: Sentence) -> Role | None:
        """« une rencontre entre X et son homologue Y », « X a reçu son homologue »: the post the article gave X,
        the person named last before the counterpart noun, which the counterpart mirrors rather than the post named
        last (the caller reads a title before the noun first)."""
        nouns = word_list("counterpart-nouns.tsv")
        first = sentence.first_of(nouns)
        if first is None or first <= sentence.span.start or sentence.doc[first - 1].lower_ not in _POSSESSIVES:
            return None
        facing = next((m for m in reversed(sentence.mentions) if m.how == gz.PERSON and m.end < first), None)
        return None if facing is None else \
            self.told_posts.get(facing.entity.key) or self.given_posts.get(facing.entity.key)

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
                t.i > sentence.span.start + 1 and doc[t.i - 1].lower_ in THIS | {"haut", "haute"} and
                doc[t.i - (1 if doc[t.i - 1].lower_ in THIS else 2)].lower_ in THIS]

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

    def _note_unheld(self, sentence: Sentence, titles: list[Title], given: set[int]) -> None:
        """Record the titles of a state this sentence told with no holder beside a person it names: someone else."""
        self.unheld = self.unheld | {(t.role.iri, t.org.state.key, m.entity.key) for t in titles
                                     if t.start not in given and not t.inner and t.org is not None and
                                     t.org.state is not None for m in sentence.mentions if m.how == gz.PERSON}

    def beside_before(self, title: Title, person: Entity | None = None) -> bool:
        """Whether the article told this post of this state with no name beside `person` (anyone when None)."""
        state = title.org.state if title.org is not None else None
        return state is not None and any(role == title.role.iri and held == state.key and
                                         (person is None or person.key == key) for role, held, key in self.unheld)

    def _untitled_before(self, sentence: Sentence, title: Title) -> Entity | None:
        """« X a dit ... », then « La ministre de la Défense de Pays a déclaré », « Pour le chef de l'État, ... »: a
        definite title with no name, the subject of its clause or whose view it gives, is the one person named before
        with no post, when no one else holds that post (of that state, or of any state when the title names none; not
        a bare « le ministre ») and they face no counterpart of that state (« A et son homologue grec »: faced)."""
        org = title.org.state if title.org is not None else None
        doc = sentence.doc
        if (org is None and (title.org is not None or title.role.iri not in self.gaz.state_offices or
                             title.end - title.start < 2)) or \
                title.of_person is not None or title.inner or title.start <= sentence.span.start or \
                doc[title.start - 1].lower_ not in {"le", "la", "l'"} or not speaks(doc[title.start]):
            return None
        if org is None and any(role.iri == title.role.iri for role in self.given_posts.values()):
            return None  # « le président » alone, in an article that gave someone that post already
        if self.beside_before(title):
            return None  # « X a reçu l'ambassadeur indien. L'ambassadeur d'Inde a dit »: that one, not X
        if org is not None and ((gz.office(title.role.iri), org.key) in self.held_offices or any(
                title.role.iri in {role.iri, role.broader} and (held := self.linker.person_state.get(key)) is not None
                and held.key == org.key for key, role in self.given_posts.items())):
            return None  # someone holds that seat, under this title, a narrower one (« la ministre » of the ministre
            # de la Défense) or another (« chef de l'État », « président »)
        here = {m.entity.key for m in sentence.mentions}
        untitled = [p for p in self.mentions.values() if p.cls == "Person" and p.key not in self.given_posts and
                    p.key not in here and (org is None or not faces(self.faced, p, org))]
        return untitled[0] if len(untitled) == 1 else None


def _agent(sentence: Sentence, person: Mention, before: int) -> bool:
    """« limogé par le président X, Y »: a participle's agent (up to three words after « par ») in a sentence
    naming someone else before `before`."""
    return any(t.lower_ == "par" for t in sentence.doc[max(person.start - 3, sentence.span.start):person.start]) and \
        any(m.how == gz.PERSON and m.start < before and m != person for m in sentence.mentions)
