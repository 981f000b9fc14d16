"""The state of a post whose title names none (« le ministre de la Défense X »). The holder's own clause comes first:
the delegation they are a member of (« la délégation géorgienne, conduite par X, coordinateur »,
kg.extract.delegation_states.side_of), the state that is the subject of what they report (« La Géorgie refuse ...,
a rappelé le porte-parole X », spoken_for); else the state the article is clearly about (kg.extract.about_states).
And whether a post whose title names no state serves one (serves_a_state); a lawmaker's seat is in the parliament
the sentence names (parliament_state)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.about_states import NAMING
from kg.extract.lexicon import firm_nouns, modality_class, word_list
from kg.extract.mentions import Mention
from kg.extract.people import GOVERNMENT_QUALIFIERS, Title
from kg.extract.syntax import SUBJECTS, Sentence
from kg.records import Entity, Fact


def sole_subject(sentence: Sentence, subject: Token) -> bool:
    """« Les Pays-Bas vont livrer des F-16 à l'Ukraine »: a sentence with one subject (not « le Chili et le Pérou
    signent »), whose state tells the side the headline tells the story from."""
    return sum(t.dep_ in SUBJECTS or (t.dep_ == "conj" and t.head == subject) for t in sentence.tokens) == 1


_INCISE = {"advcl", "parataxis", "conj", "dep", "ccomp"}
_SPEAKING = SUBJECTS | {"obj", "appos", "obl:mod"}  # « a rappelé le porte-parole »: the parser's inverted subject


def spoken_for(sentence: Sentence, head: Token) -> Entity | None:
    """« L'Allemagne refuse de livrer des chars, a rappelé le porte-parole du gouvernement », « le ministre a
    déclaré que la Pologne achèterait ... », « selon le ministre, Lima négocie »: the state a post's holder
    speaks for is the one subject of what they report in the journalist's words (not inside quotation marks,
    where a speaker names the other side and says « nous » of their own)."""
    if head.dep_.startswith("obl") and any(c.lower_ in {"selon", "d'après"} for c in head.children):
        clauses = [head.head]
    elif (verb := reporting_verb(head)) is not None:
        clauses = [c for c in verb.children if c.dep_ in _INCISE and c.pos_ in {"VERB", "AUX"}]
        if verb.dep_ in _INCISE and verb.head.i < verb.i:
            clauses.append(verb.head)
    else:
        return None
    doc, start = sentence.doc, sentence.span.start
    states = {m.state.key: m.state for clause in clauses
              if not _in_quotes(doc[start:clause.i].text)
              for subject in clause.children if subject.dep_ in SUBJECTS
              for t in subject.subtree if (m := sentence.mention_at(t)) is not None and m.state is not None
              and m.how in NAMING | {gz.BODY}}
    return next(iter(states.values())) if len(states) == 1 else None


def _in_quotes(text: str) -> bool:
    """Whether a sentence's text up to a word leaves a quotation open (« ..., "...", “...”)."""
    return text.count("«") > text.count("»") or text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def reporting_verb(head: Token) -> Token | None:
    """The reporting verb whose speaker a title is (« a rappelé le porte-parole », « X, porte-parole, a dit »)."""
    for token in (head, head.head):
        verb = token.head
        if token.dep_ in _SPEAKING and verb.pos_ == "VERB" and modality_class(verb.lemma_, verb.pos_) == "report":
            return verb
    return None


def ranks_of_posts(facts: list[Fact], ranks: frozenset[str],
                   state_of: Callable[[Entity], Entity | None]) -> list[Fact]:
    """« le général X, commandant des forces américaines en Afrique », « le commandant de la FAB, le général Y »:
    a rank (`ranks`, the posts a rank word names) serves the one state of the other posts the sentence gives its
    holder (the state of their body, `state_of`), not the state the story is set in."""
    out = []
    for fact in facts:
        holder = fact.first("holder")
        if fact.attr("post") in ranks and holder is not None:
            served = {state.key: state for other in facts if other.attr("post") not in ranks and
                      other.keys("holder") == {holder.key} and (org := other.first("org")) is not None and
                      (state := state_of(org)) is not None}
            if len(served) == 1:
                kept = tuple((role, e) for role, e in fact.roles if role != "org")
                fact = replace(fact, roles=(*kept, ("org", next(iter(served.values())))))
        out.append(fact)
    return out


_STANDING_IN = {("en", "représentation"), ("au", "nom"), ("pour", "le", "compte")}
_STANDING_REACH = 12  # tokens from a holder's name to « en représentation de », and from there to a state


def represented_state(sentence: Sentence, holder: Entity, title_starts: set[int]) -> Entity | None:
    """« le Vice-amiral X, coordinateur de l'aviation, en représentation du Ministre de la Marine du Pérou »: X,
    standing in for a post (one of the titles starting at `title_starts`) whose state its title names, serves
    that state; not « au nom de ses collègues à Paris »."""
    doc, end = sentence.doc, sentence.span.end
    named = next((m for m in sentence.mentions if m.how == gz.PERSON and m.entity.key == holder.key), None)
    if named is None:
        return None
    for at in range(named.end, min(named.end + _STANDING_REACH, end)):
        if (other := sentence.mention_at(doc[at])) is not None and other.how == gz.PERSON:
            return None
        phrase = next((p for p in _STANDING_IN if tuple(t.lower_ for t in doc[at:at + len(p)]) == p), None)
        if phrase is None:
            continue
        if not any(at + len(phrase) < start <= at + len(phrase) + 2 for start in title_starts):
            return None
        state = None
        for look in range(at + len(phrase), min(at + len(phrase) + _STANDING_REACH, end)):
            if doc[look].text == "," or (doc[look].pos_ in {"VERB", "AUX"} and doc[look].text.islower()):
                break
            if (mention := sentence.mention_at(doc[look])) is not None and mention.state is not None:
                state = mention.state
        return state
    return None


_APPOSITION_SCAN = 12  # tokens after a title where its apposition may name the body it serves


_RANK_SCAN = 6  # words before a name where its holder's rank may stand (« le général de brigade pilote X »)


def serves_a_state(sentence: Sentence, title: Title, holder: Entity) -> bool:
    """A post of a state's government or forces though no state is named: its title or the apposition after it names a
    state's body without naming whose (« conseiller aux sports au sein de l'administration intérimaire », « le directeur
    de l'Agence fédérale de ... »), or the sentence names its holder with a military rank (« le colonel X, porte-parole
    », « le commodore de l'air X, directeur de l'information »)."""
    doc, bodies = sentence.doc, word_list("state-bodies.tsv")
    for token in doc[title.start:min(title.end + _APPOSITION_SCAN, sentence.span.end)]:
        if token.i >= title.end and (token.text == "," or token.pos_ in {"VERB", "AUX"}):
            break
        if token.i < title.end and token.lower_ in GOVERNMENT_QUALIFIERS and token.head.text[:1].isupper():
            return True  # « chef du Service fédéral de ... »: a federal body is a state's
        if token.lemma_.lower() in bodies or token.lower_ in bodies:  # not « l'administration Biden »: whose
            return not any((m := sentence.mention_at(t)) is not None and m.entity.key != holder.key for t in takewhile(
                lambda t: not t.is_punct, doc[token.i + 1:token.i + 3]))  # « du gouvernement, X »: his
    if _chairs_parliament(sentence, title):
        return True  # « le vice-président du Parlement », « le président de l'Assemblée nationale »
    named = next((m for m in sentence.mentions if m.how == gz.PERSON and m.entity.key == holder.key), None)
    ranks = word_list("military-ranks.tsv")  # « le général de brigade B.E.M. pilote X »: past its qualifications
    if named is None:  # a name the NER missed, read after a title that is a rank (« le général de division X »)
        return sentence.doc[title.start].lower_ in ranks
    return any(t.lower_ in ranks and not _post_qualifier(t, ranks)
               for t in doc[max(sentence.span.start, named.start - _RANK_SCAN):named.start]
               if not any(p.is_punct for p in doc[t.i:named.start]))


def _chairs_parliament(sentence: Sentence, title: Title) -> bool:
    """« le vice-président du Parlement », « la présidente de l'Assemblée nationale »: a title whose complement ends
    in a parliament's noun, or that noun and its adjectives, chairs a state's chamber (no organisation named in it
    or right after it: not « le président de l'Assemblée de l'Union »)."""
    doc, nouns = sentence.doc, word_list("parliament-nouns.tsv")
    chamber = next((t for t in doc[title.start + 1:title.end] if t.lemma_.lower() in nouns or t.lower_ in nouns), None)
    if chamber is None or doc[chamber.i - 1].lower_ not in {"du", "de", "la", "l'"}:
        return False
    if any(t.pos_ != "ADJ" for t in doc[chamber.i + 1:title.end]):
        return False
    after = doc[title.end:min(title.end + 3, sentence.span.end)]
    return not any((m := sentence.mention_at(t)) is not None and m.how != gz.PERSON for t in (*doc[
        title.start:title.end], *after))


def _post_qualifier(rank: Token, ranks: frozenset[str]) -> bool:
    """« le directeur général X », « le secrétaire général X »: a rank's word qualifying the post's noun before
    it, no rank (unlike « le lieutenant général X », a rank after a rank)."""
    before = rank.doc[rank.i - 1] if rank.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.lower_ not in ranks and \
        bool(before.whitespace_)  # not « le lieutenant-général X », one rank


_PARLIAMENT_REACH = 4  # words after a parliament's noun where its state may be named (« la Chambre basse russe »)


def parliament_state(sentence: Sentence) -> Entity | None:
    """« a déclaré au parlement chilien la députée X », « devant l'Assemblée nationale du Chili »: the state of
    the one parliament the sentence names, whose seat a lawmaker named without a state holds."""
    doc, nouns, found = sentence.doc, word_list("parliament-nouns.tsv"), set()
    for token in sentence.tokens:
        if token.lemma_.lower() not in nouns and token.lower_ not in nouns:
            continue
        for after in doc[token.i + 1:min(token.i + 1 + _PARLIAMENT_REACH, sentence.span.end)]:
            if after.is_punct or after.pos_ in {"VERB", "AUX"}:
                break
            named = sentence.mention_at(after)
            if named is not None and named.how in NAMING and named.state is not None:
                found.add(named.state)
                break
    return next(iter(found)) if len(found) == 1 else None


_MANAGERS = {"directeur", "directrice", "pdg", "patron", "patronne", "président", "présidente", "dirigeant",
             "dirigeante", "administrateur", "administratrice", "vice-président", "vice-présidente"}
_WHOSE_KINDS = {gz.COMPANY, gz.ORGANISATION, gz.BODY, gz.NAME, gz.CAPITAL, "ner-org"}


def whose_body(sentence: Sentence, title: Title) -> Mention | None:
    """« Saab, dont le directeur général, X, », « la Turquie, dont le ministre de la Défense X »: the company, body
    or state a title's relative « dont » refers to, named right before it."""
    doc, at = sentence.doc, title.start - 1
    if at > sentence.span.start and doc[at].lower_ in {"le", "la", "l'", "les"}:
        at -= 1
    if at <= sentence.span.start or doc[at].lower_ != "dont":
        return None
    at -= 1 + (doc[at - 1].text == ",")
    named = sentence.mention_at(doc[at]) if at >= sentence.span.start else None
    return named if named is not None and named.how in _WHOSE_KINDS and named.end == at + 1 else None


def firm_named(sentence: Sentence, title: Title) -> Token | None:
    """« le directeur du groupe, X », « la PDG de l'entreprise »: a title whose complement is a firm's noun alone
    (kg.extract.lexicon.firm_nouns; not « du groupe Y », « du groupe armé »), so the firm is the one the article
    named. Only a manager's title: « le chef du groupe, X », « le porte-parole du groupe » may be an armed group's."""
    doc = sentence.doc
    if doc[title.start].lower_ not in _MANAGERS and title.role.iri not in gz.COMPANY_POSTS:
        return None
    for token in doc[title.start + 1:min(title.end + 3, sentence.span.end - 1)]:
        if token.lower_ in firm_nouns() and doc[token.i - 1].lower_ in {"du", "de", "l'", "la", "le"}:
            after = doc[token.i + 1]  # « le PDG du constructeur européen, X »: past a qualifier of its trade
            if after.lower_ in word_list("firm-qualifiers.tsv") and token.i + 2 < sentence.span.end:
                after = doc[token.i + 2]
            named = sentence.mention_at(after)
            return token if (after.is_punct or after.pos_ in {"VERB", "AUX"} or (
                named is not None and named.how == gz.PERSON)) and after.text not in {"-", "'"} else None
    return None


def firm_headed(sentence: Sentence, title: Title, named: Iterable[Entity]) -> Entity | None:
    """« des résultats salués par le PDG X »: a firm's head by a bare title heads the firm its sentence names before
    it, else the firm the article named first (`named`, in order: its story's, not a partner's named since)."""
    return next((m.entity for m in reversed(sentence.mentions) if m.how == gz.COMPANY and m.end <= title.start),
                next((e for e in named if e.cls == "Company"), None))


def group_named(sentence: Sentence, title: Title) -> Token | None:
    """« le porte-parole du mouvement, X », « le chef de la milice »: a title whose complement is a group's noun
    (group-nouns.tsv) and no name after it (not « du mouvement Y »), so the group is the one the article named."""
    doc = sentence.doc
    for token in doc[title.start + 1:min(title.end + 3, sentence.span.end - 1)]:
        if token.lemma_.lower() in word_list("group-nouns.tsv") and \
                doc[token.i - 1].lower_ in {"du", "de", "l'", "la", "le"}:
            after = doc[token.i + 1]
            named = sentence.mention_at(after)
            return token if (named is None and not after.text[:1].isupper()) or (
                named is not None and named.how == gz.PERSON) else None
    return None


def servant_state(sentence: Sentence, head: Token) -> Entity | None:
    """« l'officier canadien X, commandant adjoint de la 3e division », « le diplomate chilien X, conseiller »: the
    state a servant's noun (servant-nouns.tsv) qualifies with a demonym before the name the title is in apposition
    to."""
    noun = head.head if head.dep_ == "appos" else head
    if noun.pos_ == "PROPN" and noun.dep_ == "appos":
        noun = noun.head
    if noun.i == head.i or noun.lemma_.lower() not in word_list("servant-nouns.tsv"):
        return None
    states = [m.state for c in noun.children if c.dep_ == "amod" and (m := sentence.mention_at(c)) is not None
              and m.how == gz.DEMONYM and m.state is not None]
    return states[0] if len(states) == 1 else None


def country_again(sentence: Sentence, title: Title) -> Entity | None:
    """« le mausolée du premier président du pays, X », a state named just before in the sentence: « le pays » after
    a title names that state again (the last one the sentence named, by name; else the subject's demonym)."""
    tokens = sentence.doc
    if [t.lower_ for t in tokens[title.end:title.end + 2]] != ["du", "pays"] or \
            (title.end + 2 < len(tokens) and tokens[title.end + 2].pos_ == "ADJ"):
        return None
    before = [m for m in reversed(sentence.mentions) if m.state is not None and m.end <= title.start and
              m.state.cls == "State"]
    # « L'émir qatari est venu avec ..., le ministre des Affaires étrangères du pays »: the subject's demonym
    return next((m.state for m in before if m.how == gz.NAME), next((
        m.state for m in before if m.how == gz.DEMONYM and tokens[m.start].dep_ in {"amod", "nmod"} and
        tokens[m.start].head.dep_ in SUBJECTS), None))
