"""Counterparts: « son homologue roumain, X » holds the post of the person it faces, in the state its demonym or
complement names; titles listed after a plural counterpart share its state, and so do the titles of a delegation
listed after a title that names one. One scan of the counterpart nouns (counterpart_nouns) serves both readings:
the counterpart's post and state, and the side the person facing it is not of (faced_sides: « A et son homologue
grec »: A is not Greek)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.own_words import label_role
from kg.extract.people import Title
from kg.extract.setting import visited_states
from kg.extract.syntax import POSSESSIVES, SUBJECTS, Sentence
from kg.extract.title_complements import demonym_list, of_complement, read_demonyms, state_list
from kg.gazetteer import Role
from kg.records import Entity
from kg.text import fold


@dataclass(frozen=True)
class CounterpartNoun:
    """A counterpart noun (« homologue ») at `at` among the sentence's tokens, with the demonyms after it read up to
    `end` and the state they name (`org`, None when no demonym follows)."""

    at: int
    token: Token
    end: int
    org: Mention | None


def counterpart_nouns(sentence: Sentence) -> list[CounterpartNoun]:
    """The sentence's counterpart nouns, each with the demonym that names its state (« son homologue grec »)."""
    nouns, tokens = word_list("counterpart-nouns.tsv"), sentence.tokens
    found: list[CounterpartNoun] = []
    for at, token in enumerate(tokens):
        if sentence.lower[at] in nouns:
            end, org = read_demonyms(sentence, tokens, at + 1, None)
            found.append(CounterpartNoun(at, token, end, org))
    return found


def facing_role(sentence: Sentence, titles: list[Title], before: int | None = None) -> Role | None:
    """The post a counterpart (at `before`) mirrors among the titles named before it: the last one, but a civil
    post before a military rank (« le ministre de la Défense, le général X, a reçu son homologue »: a minister's
    counterpart), and not the title of a participle's agent when another person is named (« limogé par le président
    X, Y a rencontré son homologue »; not « annoncé par le ministre X avec son homologue »)."""
    ranks, doc = word_list("military-ranks.tsv"), sentence.doc
    titles = [t for t in titles if not _agents_before_another(sentence, t, sentence.span.end if before is None
                                                                else before)]
    posts = [t.role for t in titles if doc[t.start].lower_ not in ranks]
    return posts[-1] if posts else titles[-1].role if titles else None


def _agents_before_another(sentence: Sentence, title: Title, before: int) -> bool:
    """« par le président X, Y », « Y, reçu par le président X, »: a title after « par » and its article, in a
    sentence naming someone else than its holder before `before` (the holder, known or not, is the name right
    after the title or its comma: an unknown one is no mention, and counts no more than a known one)."""
    doc = sentence.doc
    if title.start - 2 < sentence.span.start or doc[title.start - 2].lower_ != "par" or \
            doc[title.start - 1].pos_ != "DET":
        return False
    holder_at = title.end + 1 if title.end < len(doc) and doc[title.end].text == "," else title.end
    return any(m.how == gz.PERSON and m.start < before and m.start != holder_at for m in sentence.mentions)


def counterparts(sentence: Sentence, titles: list[Title], earlier: Role | None,
                 host: Entity | None = None, posts: Mapping[str, Role] | None = None) -> list[Title]:
    """« son homologue roumain, X », « avec son homologue du Japon X »: the post of the title named last before it
    (in this sentence or `earlier`), in the state the counterpart's demonym or complement names; with none, in the
    state the sentence has its subject visit, else the `host` of the visit the article reports; one state's own
    form of a portfolio (the reference `posts`) is mirrored as the portfolio (_abroad); a counterpart of a post the
    text does not tell holds « homologue » in its state."""
    tokens = sentence.tokens
    found: list[Title] = []
    for noun in counterpart_nouns(sentence):
        at, token = noun.at, noun.token
        role = facing_role(sentence, [t for t in titles if t.start < token.i], token.i) or earlier
        listed = demonym_list(sentence, tokens, at + 1)
        end, org, _ = of_complement(sentence, tokens, noun.end, noun.org, {})
        if (met := _met_beside(sentence, titles, token)) is not None:
            # « X rencontrera le président A-ien Y et son homologue Z »: a portfolio mirrored, else « homologue »
            role, org = _portfolio(met[0].role, posts) or label_role(token.lower_), org or met[1].org
        if not listed and org is not None and org.how == gz.NAME and token.lower_.endswith(("s", "x")):
            end, listed = state_list(sentence, tokens, end, org)  # « ses homologues de A, de B et de C »
        own = {t.org.state.key for t in titles if t.start < token.i and t.org is not None and t.org.state}
        hosts = visited_states(sentence)
        if org is None and (hosting := _host_country(sentence, tokens, end)) and (hosts or host) is not None:
            # « son homologue du pays hôte, X »: the host's, whoever else the sentence names
            state = hosts[0] if hosts else host
            assert state is not None
            org, end = Mention(token.i, token.i + 1, state, gz.DEMONYM, state), hosting
        elif org is None and len(hosts) == 1 and hosts[0].key not in own:
            # « en visite au Maroc, il a rencontré son homologue »: the counterpart is the host's
            org = Mention(token.i, token.i + 1, hosts[0], gz.DEMONYM, hosts[0])
        elif org is None and not hosts and host is not None and host.key not in own:
            # « X en Arménie » (headline), then « il a rencontré son homologue Y »: the host's
            org = Mention(token.i, token.i + 1, host, gz.DEMONYM, host)
        if met is None and org is not None and org.state is not None and (facing := [
                t for t in titles if t.start < token.i and (t.org is None or t.org.state != org.state)]) != \
                [t for t in titles if t.start < token.i]:
            # « X a rencontré le ministre japonais Y et son homologue du pays hôte, Z »: a counterpart mirrors no
            # post of its own state
            role = facing_role(sentence, facing, token.i) or earlier
        if role is None and org is not None and org.state is not None and not token.lower_.endswith(("s", "x")) \
                and len(listed) < 2:
            role = label_role(token.lower_)  # « reçu par son homologue koweïtien, X »: the post it faces is untold
        if role is not None and org is not None and org.state is not None:
            role = _abroad(role, posts)
            several = tuple(listed) if len(listed) > 1 else ()
            end = max(end, listed[-1].end - tokens[0].i) if several else end
            found.append(Title(token.i, tokens[end - 1].i + 1, role, org, None, several))
            if token.lower_.endswith(("s", "x")) and not several:
                found += _each_with_a_demonym(sentence, tokens[end - 1].i + 1, role)
    return found


def _met_beside(sentence: Sentence, titles: list[Title], noun: Token) -> tuple[Title, Title] | None:
    """« le ministre X rencontrera le président A-ien Y et son homologue Z »: a possessed counterpart listed after
    a title the verb's object names with its state mirrors the post of the clause's subject (a title), in that
    state: (the subject's title, the object's title)."""
    doc = sentence.doc
    if noun.i - 1 <= sentence.span.start or doc[noun.i - 1].lower_ not in POSSESSIVES:
        return None
    before = [t for t in titles if t.end <= noun.i - 1]
    if not before or (met := before[-1]).org is None or met.org.how not in {gz.NAME, gz.DEMONYM} or \
            not _listed_after(sentence, met, Title(noun.i - 1, noun.i, met.role, None, None)):
        return None
    subject = [t for t in before[:-1] if _title_root(sentence, t).dep_ in SUBJECTS]
    if _title_root(sentence, met).dep_ in SUBJECTS or len(subject) != 1 or \
            _title_root(sentence, met).head.i != _title_root(sentence, subject[0]).head.i:
        return None
    return subject[0], met


def _portfolio(role: Role, posts: Mapping[str, Role] | None) -> Role | None:
    """A post that is a portfolio of the generic post it narrows, with the same head (« ministre de la Défense » of
    « ministre »; not « secrétaire d'État », a post of its own); else None."""
    generic = posts.get(role.broader) if posts and role.broader else None
    return role if generic is not None and role.complements and set(role.heads) & set(generic.heads) else None


def _title_root(sentence: Sentence, title: Title) -> Token:
    """The word a title hangs on the sentence by: « ministre » in « le Premier ministre »."""
    head = sentence.doc[title.start]
    while head.dep_ in {"amod", "compound"} and title.start <= head.head.i < title.end and head.head.i != head.i:
        head = head.head
    return head


def _abroad(role: Role, posts: Mapping[str, Role] | None) -> Role:
    """« son homologue » of a « secrétaire à la Défense »: one state's form of a portfolio (a post whose broader
    post is a portfolio of the generic one, « ministre de la Défense » of « ministre ») mirrors as the portfolio."""
    up = posts.get(role.broader) if posts else None
    generic = posts.get(up.broader) if posts and up is not None else None
    return up if up is not None and generic is not None and up.complements and not generic.complements else role


_HOST_COUNTRY = (("du", "pays", "hôte"), ("du", "pays", "d'", "accueil"), ("du", "pays", "organisateur"))


def _host_country(sentence: Sentence, tokens: Sequence[Token], at: int) -> int | None:
    """Where « du pays hôte », « du pays d'accueil » ends, when it opens at `at`: a counterpart of the host."""
    words = [t.lower_ for t in tokens[at:at + 4]]
    return next((at + len(phrase) for phrase in _HOST_COUNTRY if tuple(words[:len(phrase)]) == phrase), None)


def _each_with_a_demonym(sentence: Sentence, at: int, role: Role) -> list[Title]:
    """« ses homologues géorgien X et turc Y », « ..., malien X, nigérien Y et tchadien Z »: after the first
    counterpart and its name, each demonym and the name after it is one more counterpart, of its own state."""
    doc, end, found = sentence.doc, sentence.span.end, []

    def person_at(i: int) -> Mention | None:
        i += i < end and doc[i].text == ","
        named = sentence.mention_at(doc[i]) if i < end else None
        return named if named is not None and named.how == gz.PERSON and named.start == i else None

    while (named := person_at(at)) is not None:
        at = named.end + (named.end + 1 < end and doc[named.end].text == "," and doc[named.end + 1].lower_ == "et")
        if at >= end or doc[at].lower_ not in {"et", ","}:
            break
        demonym = sentence.mention_at(doc[at + 1]) if at + 1 < end else None
        if demonym is None or demonym.how != gz.DEMONYM or demonym.state is None or person_at(demonym.end) is None:
            break
        found.append(Title(demonym.start, demonym.end, role, demonym, None))
        at = demonym.end
    return found


def share_counterparts_state(sentence: Sentence, titles: list[Title]) -> list[Title]:
    """« leurs homologues djiboutiens, le ministre des Affaires étrangères, X, et le ministre de la Défense, Y »:
    the titles listed after a plural counterpart and its comma are posts of the counterparts' state."""
    doc, nouns = sentence.doc, word_list("counterpart-nouns.tsv")
    shared: Title | None = None
    out: list[Title] = []
    for title in sorted(titles, key=lambda t: t.start):
        head = doc[title.start]
        if head.lower_ in nouns:
            plural = head.lower_.endswith(("s", "x")) and title.end < sentence.span.end and doc[title.end].text == ","
            shared = title if plural and title.org is not None and not title.orgs else None
        elif shared is not None and title.org is None and title.of_person is None:
            title = Title(title.start, title.end, title.role, shared.org, None, title.orgs)
        out.append(title)
    return _share_listed_state(sentence, out)


_LIST_WORDS = {",", "et", "ainsi", "que", "outre", "de", "du", "des", "d'", "la", "le", "l'", "les", "-", "enfin",
               "puis"}
_ACTING = (("par", "intérim"), ("ad", "interim"))  # « le ministre de la Défense par intérim, X, »: no other words
# « à son homologue A-ien, X, et au Premier ministre, Y »: the case of the list's first title repeated after « et »
_REPEATED_CASES = {"à", "au", "aux"}
_COMPLEMENT_CASES = {"à", "au", "aux", "de", "du", "des", "d'", "en", "pour"}


def _share_listed_state(sentence: Sentence, titles: list[Title]) -> list[Title]:
    """« en présence de la première dame du Pays, X, du ministre de la Défense Y et du chef de la marine Z »: the
    titles of one list (names, commas, « et » and articles between them) after one that names a state serve that
    state too, as a delegation does; not a title that repeats a post listed before it with its state (« le président
    russe X et le président Y »: a pair of sides; not « le sénateur X, l'envoyée du Pays Y et la sénatrice Z »), nor
    one that opens the clause as its subject (« lors de l'entretien avec le ministre A-ien, X, le chef de l'État a
    souligné »: the other side); an envoy's state only to another envoy (« accueilli par l'ambassadeur de Pays, X, le
    ministre des Forces armées, Y »: the host's minister), unless a side's noun lists them (« la délégation comprend
    l'ambassadeur de Pays, X, le général Y »: one side)."""
    out: list[Title] = []
    chain: list[Title] = []  # the titles of the list being read
    one_side = any(t.lemma_.lower() in word_list("side-nouns.tsv") for t in sentence.span)
    for title in titles:
        if chain and (not _listed_after(sentence, chain[-1], title) or sentence.doc[title.start].dep_ in SUBJECTS):
            chain = []
        state = next((t.org for t in reversed(chain) if t.org is not None and t.org.how in {gz.NAME, gz.DEMONYM} and
                      (one_side or t.role.iri not in gz.DIPLOMATS or title.role.iri in gz.DIPLOMATS)), None)
        if state is not None and title.org is None and title.of_person is None and not title.inner and \
                all(t.role.iri != title.role.iri or t.org is None for t in chain):
            title = replace(title, org=state, listed=True)
        chain.append(title)
        out.append(title)
    return out


def _listed_after(sentence: Sentence, before: Title, title: Title) -> bool:
    """Only names (known or not), ranks, commas, « et », « enfin », « outre », « par intérim » and articles between
    two titles, past the complement the first title's words leave unread (« le directeur national de la politique de
    défense, le général X, et ... »)."""
    between = sentence.doc[_past_complement(sentence, before.end, title.start):title.start]
    acting = {k + i for k in range(len(between)) for p in _ACTING
              if tuple(t.lower_ for t in between[k:k + len(p)]) == p for i in range(len(p))}
    words = word_list("honorifics.tsv") | word_list("military-ranks.tsv")
    return len(between) > 0 and all(
        t.lower_ in _LIST_WORDS or t.lower_ in words or (t.is_alpha and t.text[:1].isupper()) or
        (t.lower_ in _REPEATED_CASES and k > 0 and between[k - 1].lower_ == "et") or k in acting or
        ((m := sentence.mention_at(t)) is not None and m.how == gz.PERSON) for k, t in enumerate(between))


def _past_complement(sentence: Sentence, at: int, end: int) -> int:
    """Past a title's complement (« à l'industrie de défense », « de la politique de défense ») up to its comma, or
    up to the name it runs into (« l'envoyée pour la Région X Y, »): a case word, then words that name no one and say
    nothing; else `at` as it is."""
    doc = sentence.doc
    if at >= end or doc[at].lower_ not in _COMPLEMENT_CASES:
        return at
    for look in range(at + 1, end):
        token = doc[look]
        if token.text == ",":
            return look
        if (m := sentence.mention_at(token)) is not None and m.how == gz.PERSON:
            return look if look > at + 2 and doc[look - 1].is_title and doc[look - 1].pos_ == "PROPN" else at
        if token.pos_ in {"VERB", "AUX"} or (token.is_punct and token.text not in {"-", "'"}) or token.lower_ == "et":
            return at
    return at


def counterpart_states(sentence: Sentence) -> list[Entity]:
    """« son homologue koweïtien »: the states of the counterparts a sentence names (not the host's own)."""
    return [noun.org.state for noun in counterpart_nouns(sentence)
            if noun.org is not None and noun.org.state is not None]


def faced_sides(sentence: Sentence) -> frozenset[tuple[str, str]]:
    """(surname, state) for each possessed counterpart noun a demonym or a state's body qualifies (« son homologue
    grec »): the person named last before it in the sentence faces that state, so is not of it; read by
    kg.extract.posts: a title naming that state without a name (« le ministre grec a estimé ») is not theirs."""
    tokens, found = sentence.tokens, set()
    for noun in counterpart_nouns(sentence):
        if noun.at == 0 or tokens[noun.at - 1].lower_ not in POSSESSIVES or noun.org is None or \
                noun.org.state is None:
            continue
        if (facing := _facing(sentence, noun.token)) is not None:
            found.add((facing, noun.org.state.key))
    return frozenset(found)


def _facing(sentence: Sentence, noun: Token) -> str | None:
    """The surname of the person named last before the counterpart noun: a person the NER read, else a proper noun
    it did not read as anything (a headline's bare surname, « Lorient : Nom et son homologue »)."""
    doc = sentence.doc
    for at in range(noun.i - 2, sentence.span.start - 1, -1):
        mention = sentence.mention_at(doc[at])
        if mention is not None and mention.how == gz.PERSON:
            return surname(mention.entity.label)
        if mention is None and doc[at].pos_ == "PROPN" and doc[at].text[:1].isupper():
            return surname(doc[at].text)
    return None


def surname(label: str) -> str:
    """The last word of a person's name, folded: how a person named in full and by surname alone are matched."""
    return fold(label.split()[-1]) if label.split() else ""


def faces(faced: frozenset[tuple[str, str]], person: Entity, state: Entity) -> bool:
    """Whether the article had `person` face a counterpart of `state` (faced_sides)."""
    return (surname(person.label), state.key) in faced
