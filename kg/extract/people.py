"""Posts people hold, read from titles next to names: « le ministre finlandais de la Défense, Ilkka Virtanen »,
« Anna Lind, conseillère du président Ilkka Virtanen »."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import takewhile

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.complement_firsts import complement_candidates
from kg.extract.doc_words import morph_values
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.own_words import is_own_words, own_words, text_role
from kg.extract.plural_words import is_plural_of, singular
from kg.extract.syntax import Sentence
from kg.extract.title_complements import DETERMINERS, as_verb, demonym_list, of_complement, read_demonyms, state_list
from kg.gazetteer import Gazetteer, Role
from kg.records import Entity

_OF = {"de", "du", "des", "d'", "de la", "de l'"}
GOVERNMENT_QUALIFIERS = {"fédéral", "fédérale", "fédéraux", "fédérales"}


@dataclass(frozen=True)
class Title:
    """A title in the text: tokens [start, end), the post, and the state or organisation it names."""

    start: int
    end: int
    role: Role
    org: Mention | None
    of_person: Mention | None  # « conseillère du président Ilkka Virtanen »
    orgs: tuple[Mention, ...] = ()  # a plural title's states in order (« les ministres arménien et azerbaïdjanais »)
    inner: bool = False  # in another title's complement (« directeur de cabinet du [chef de l'État] »)
    listed: bool = False  # its org is the state of a title before it in the same list (a delegation)


Words = Callable[[str], tuple[str, ...]]  # a text as its lowercase tokens, as the parser splits them
RoleIndex = dict[str, list[tuple[tuple[str, ...], Role, bool]]]


def _matches(lower: list[str], at: int, words: tuple[str, ...]) -> bool:
    """Token-wise equality of the lowercase tokens from `at`; the last word may be plural (« les ministres », « les
    généraux »), and then the words before it too."""
    end = at + len(words)
    if end > len(lower):
        return False
    last, said = words[-1], lower[end - 1]
    # then every word may agree (« les secrétaires généraux »); a plural is one letter longer (tested first: cheap)
    plural = len(last) < len(said) <= len(last) + 1 + last.count("-") and is_plural_of(said, last)
    return (said == last or plural) and \
        all(lower[at + k] == w or (plural and is_plural_of(lower[at + k], w)) for k, w in enumerate(words[:-1]))


def role_index(gaz: Gazetteer, words_of: Words) -> RoleIndex:
    """first word -> (words, role, is_head) for every head and full label of every post; built once per build."""
    index: RoleIndex = {}
    for role in gaz.roles:
        for head in role.heads:
            words = words_of(head)
            index.setdefault(words[0], []).append((words, role, True))
        for label in role.labels:
            words = words_of(label)
            if words:
                index.setdefault(words[0], []).append((words, role, False))
    return index


Candidate = tuple[int, Role, Mention | None, Mention | None, tuple[Mention, ...]]


def find_titles(sentence: Sentence, index: RoleIndex, words_of: Words) -> list[Title]:
    """The post titles of a sentence, longest first at each position (a known post before a title read in its
    own words), with the state or body they name."""
    tokens = sentence.tokens
    titles: list[Title] = []
    i, previous_end = 0, -1
    while i < len(tokens):
        best: Candidate | None = None
        best_words = 0  # the words of the full label that gave `best`, 0 for a head
        word = sentence.lower[i]
        bare = singular(word)
        plural = index.get(bare, []) if bare is not None else []
        if (not plural and word not in index) or _ordinal(sentence, i, index, words_of):
            i += 1
            continue
        qualifying = i > 0 and tokens[i].pos_ == "ADJ" and tokens[i - 1].pos_ == "NOUN" and \
            tokens[i - 1].text.islower() and sentence.lower[i - 1] not in index
        if (qualifying and not (i > 1 and sentence.lower[i - 2] in DETERMINERS)) or as_verb(sentence, i, index):
            i += 1  # « au quartier général de l'armée »: a noun's adjective; « une lettre envoyée à »: its participle
            continue
        # a head's title reads the same whichever post it heads (the post comes from its complement or its own
        # words): « ministre » heads fourteen posts and is read once
        heads: dict[tuple[str, ...], Candidate | None] = {}
        for words, role, is_head in index.get(word, []) + plural:
            found = heads[words] if is_head and words in heads else \
                _read_title(sentence, tokens, i, (words, role, is_head), index, words_of)
            if is_head:
                heads[words] = found
            # at the same end, a known post before one read in its own words, and the longer full label the
            # data names before a shorter one its complement runs on from (« patron de la diplomatie », not
            # « patron »)
            if found is not None and (best is None or found[0] > best[0] or (found[0] == best[0] and (
                    (is_own_words(best[1]) and not is_own_words(found[1])) or
                    (not is_head and best_words and len(words) > best_words and
                     is_own_words(best[1]) == is_own_words(found[1]))))):
                best, best_words = found, 0 if is_head else len(words)
        if best is None or (qualifying and not _named_after(tokens, best[0])):
            # « le controversé prince héritier X », which parses as a noun and its adjective: a prenominal
            # word between the article and a title is read past when a name follows the title
            i += 1
            continue
        end, role, org, of_person, demonyms = best
        org = org or _owning_org(sentence, tokens, i)
        start = _deputy_of(sentence.lower, i, previous_end)
        if start < i and not is_own_words(role):  # « l'adjoint au chef d'état-major »: the deputy's own post
            role = text_role(tokens[start:end])
        titles.append(Title(tokens[start].i, tokens[end - 1].i + 1 if end > i else tokens[i].i + 1, role, org,
                            of_person, demonyms, _follows_title(sentence.lower, i, previous_end)))
        previous_end = max(end, i + 1)
        # « conseiller du président X »: the inner title is read too
        i = i + 1 if of_person is not None else max(end, i + 1)
    return titles


def _named_after(tokens: Sequence[Token], end: int) -> bool:
    """A person's name right after a title's last word, or after a comma there."""
    at = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    return at < len(tokens) and (tokens[at].ent_type_ == "PER" or (
        tokens[at].pos_ == "PROPN" and tokens[at].text[:1].isupper()))


def _ordinal(sentence: Sentence, at: int, index: RoleIndex, words_of: Words) -> bool:
    """« Premier ministre de la Défense à se rendre au Pays, X », « la première ministre tchadienne des Armées à »:
    « premier » before a minister's portfolio is an ordinal (the first defence minister to ...), not the head of
    government's title; the title is read from « ministre »."""
    lower = sentence.lower
    if lower[at] not in {"premier", "première"} or lower[at + 1:at + 2] != ["ministre"]:
        return False
    minister = next((role for words, role, is_head in index.get("ministre", [])
                     if is_head and words == ("ministre",) and role.complements), None)
    end, _ = read_demonyms(sentence, sentence.tokens, at + 2, None)
    return minister is not None and complement_role(index, words_of, lower, ("ministre",), end, minister)[0] is not None


_ORDINALS = {"premier", "première", "premiers", "premières", "dernier", "dernière", "seul", "seule"}


def ordinal_clause(doc: Doc, at: int, title: Title) -> bool:
    """« Premier ministre de la Défense à se rendre au Pays depuis 2010, X »: an infinitive after « à » that a
    title with an ordinal or « seul » before it governs is part of the apposition that describes the holder."""
    verb = doc[at]
    if title.start == 0 or doc[title.start - 1].lower_ not in _ORDINALS or at <= title.end or \
            verb.pos_ not in {"VERB", "AUX"}:
        return False
    if "Part" in morph_values(verb, "VerbForm"):  # « à avoir servi »: the participle of the infinitive's tense
        at -= 1
        verb = doc[at]
    return "Inf" in morph_values(verb, "VerbForm") and \
        (doc[at - 1].lower_ == "à" or (doc[at - 2].lower_ == "à" and doc[at - 1].pos_ == "PRON"))


def _deputy_of(lower: list[str], at: int, previous_end: int) -> int:
    """« l'adjoint au chef d'état-major », « l'adjointe du directeur », « adjoint à la cheffe »: where a deputy's
    title starts, whose post is the one after it; `at` when none."""
    look = at - 1
    if look >= 0 and lower[look] in {"la", "l'"}:
        look -= 1
    if look < 1 or lower[look] not in {"au", "du", "à", "de", "d'"}:
        return at
    return look - 1 if look - 1 >= max(previous_end, 0) and lower[look - 1] in _DEPUTY else at


def _follows_title(lower: list[str], at: int, previous_end: int) -> bool:
    """« ministre délégué auprès du [chef du gouvernement] »: a title in the complement of the one before it."""
    at -= 1
    while at >= 0 and lower[at] in DETERMINERS:
        at -= 1
    if at < 0 or lower[at] not in DE_CASES:
        return False
    at -= 1
    while at >= 0 and lower[at] in {"auprès", "près"}:
        at -= 1
    return 0 <= at < previous_end


def _owning_org(sentence: Sentence, tokens: Sequence[Token], i: int) -> Mention | None:
    """« les FSR du commandant X », « le Hamas et son chef X » no, « le Hamas de son chef X » yes: the
    organisation a title right after its « de » complements."""
    at = i - 1
    while at >= 0 and tokens[at].lower_ in DETERMINERS:
        at -= 1
    if at < 1 or tokens[at].lower_ not in {"de", "du", "d'"}:
        return None
    mention = sentence.mention_at(tokens[at - 1])
    return mention if mention is not None and mention.how in {gz.ORGANISATION, gz.COMPANY} else None


def _read_title(sentence: Sentence, tokens: Sequence[Token], i: int, entry: tuple[tuple[str, ...], Role, bool],
                index: RoleIndex, words_of: Words) -> Candidate | None:
    words, role, is_head = entry
    if not _matches(sentence.lower, i, words):
        return None
    end, org = i + len(words), None
    if is_head:  # « le ministre fédéral (allemand) de la Défense »: a qualifier of the government before the rest
        end += sum(1 for _ in takewhile(lambda t: t.lower_ in GOVERNMENT_QUALIFIERS, tokens[end:end + 1]))
    listed = demonym_list(sentence, tokens, end)
    end, org = read_demonyms(sentence, tokens, end, org)
    chosen = role
    if is_head:
        known, end = complement_role(index, words_of, sentence.lower, words, end, role)
        if known is None or (known.iri == role.iri and not role.complements):
            # no complement the data knows: the title in its own words (« secrétaire du Conseil suprême de la
            # sécurité »), else the post its head names alone
            known, end = own_words(sentence, tokens, i, end, index)
            known = known or _bare_head(index, words)
            if known is None:
                return None
        chosen = known
        listed = listed or demonym_list(sentence, tokens, end)
        end, org = read_demonyms(sentence, tokens, end, org)
    chosen, end = _another_body(sentence, tokens, i, end, chosen, index)
    if not is_own_words(chosen) and _runs_on(sentence, tokens, i, end):
        # « directrice générale des relations internationales »: a narrower post than the one the data knows
        longer, longer_end = own_words(sentence, tokens, i, end, index)
        if longer is not None:
            chosen, end = longer, longer_end
    if not is_own_words(chosen) and end < len(tokens) and sentence.lower[end] in _DEPUTY:
        # « directeur de cabinet adjoint »: a deputy holds another post than the one the data knows
        chosen, end = text_role(tokens[i:end + 1]), end + 1
    if org is None and end > i + 1:  # « présidente de la Commission européenne »: the body its label names;
        # « le chef du Pentagone »: the state of the government body it names
        org = next((m if m.how == gz.ORGANISATION or m.state is None else
                    Mention(m.start, m.end, m.state, gz.DEMONYM, m.state) for m in sentence.mentions
                    if (m.how == gz.ORGANISATION or (m.how == gz.BODY and m.state is not None)) and
                    tokens[i].i < m.start and m.end <= tokens[end - 1].i + 1), None)
    if org is None and chosen.state is not None:  # « la présidente de la Confédération »: its one state
        org = _state_of_post(tokens, i, end, chosen.state)
    end = _past_qualifiers(sentence, tokens, end)
    end, org, of_person = of_complement(sentence, tokens, end, org, index)
    if _of_sport(tokens, i, end):
        return None  # « président du club de football », « de l'équipe Thales Rugby »: a sport team's, no post
    if not listed and org is not None and org.how == gz.NAME:
        end, listed = state_list(sentence, tokens, end, org)
    if len(listed) > 1:
        end = max(end, listed[-1].end - tokens[0].i)
    return end, chosen, org, of_person, tuple(listed)


def _runs_on(sentence: Sentence, tokens: Sequence[Token], start: int, end: int) -> bool:
    """A title ending on an adjective (« directeur général ») goes on with a complement in common nouns
    (« des relations internationales »), not a name the data knows."""
    if end >= len(tokens) or tokens[end - 1].pos_ != "ADJ" or tokens[end].lower_ not in DE_CASES \
            or any(t.lower_ in _OF for t in tokens[start:end]):
        return False
    at = end + 1
    while at < len(tokens) and tokens[at].lower_ in DETERMINERS:
        at += 1
    return at < len(tokens) and tokens[at].pos_ == "NOUN" and tokens[at].text.islower() and \
        sentence.mention_at(tokens[at]) is None


_SPORT_REACH = 6  # words after a title where the sport of its club or team may be named
_TEAMS = {"club", "équipe", "sélection", "franchise"}  # not « fédération »: a post in the federation it names


def _of_sport(tokens: Sequence[Token], start: int, end: int) -> bool:
    """« président du club de football », « de l'équipe Thales Rugby »: a club's or team's title, a sport named."""
    sports = word_list("sport.tsv")
    words = [*tokens[start:end], *takewhile(lambda t: not t.is_punct, tokens[end:end + _SPORT_REACH])]
    return any(t.lower_ in _TEAMS for t in words) and any({t.lemma_.lower(), t.lower_} & sports for t in words)


_DEPUTY = {"adjoint", "adjointe", "adjoints", "adjointes"}


def _past_qualifiers(sentence: Sentence, tokens: Sequence[Token], end: int) -> int:
    """« conseiller principal du président X », « envoyé personnel de l'ONU », « chargé d'affaires par intérim de
    l'ambassade X »: past one or two adjectives (or « par intérim ») that qualify the post, when its complement
    follows them."""
    at, qualifiers = end, word_list("post-qualifiers.tsv")  # « désignés », which the tagger may read as a verb
    if at + 1 < len(tokens) and tokens[at].lower_ == "par" and tokens[at + 1].lower_ in {"intérim", "interim"}:
        at += 2  # « chargée d'affaires par intérim de l'ambassade américaine »: an acting holder's post
    while at < min(end + 2, len(tokens)) and (tokens[at].pos_ == "ADJ" or tokens[at].lower_ in qualifiers) and \
            tokens[at].text.islower() and sentence.mention_at(tokens[at]) is None:
        at += 1
    return at if at > end and at < len(tokens) and tokens[at].lower_ in DE_CASES else end


def complement_role(index: RoleIndex, words_of: Words, lower: list[str], head: tuple[str, ...], end: int,
                fallback: Role) -> tuple[Role | None, int]:
    """The post whose complement follows the head (« ministre [ukrainien] de la Défense »)."""
    best_role, best_end = fallback, end
    after = lower[end] if end < len(lower) else ""
    for _, role, comp in complement_candidates(index, words_of, head, after):  # those the next word may start
        if _matches(lower, end, comp) and end + len(comp) > best_end:
            best_role, best_end = role, end + len(comp)
    if best_end == end and fallback.complements:
        return None, end  # no complement the data knows: the caller reads the title's own words
    return best_role, best_end


def _another_body(sentence: Sentence, tokens: Sequence[Token], start: int, end: int, chosen: Role,
                  index: RoleIndex) -> tuple[Role, int]:
    """A post only one state has whose title goes on with an adjective or a « de » (« président de la
    Confédération africaine de football »): a longer post, the title read in its own words."""
    if chosen.state is None or end >= len(tokens) or not (
            (tokens[end].pos_ == "ADJ" and tokens[end].text.islower()) or tokens[end].lower_ in _OF):
        return chosen, end
    at = next((k for k in range(start + 1, end) if tokens[k].lower_ in _OF), end)
    longer, longer_end = own_words(sentence, tokens, start, at, index)
    return (longer, longer_end) if longer is not None and longer_end > end else (chosen, end)


def _state_of_post(tokens: Sequence[Token], start: int, end: int, state: tuple[str, str]) -> Mention:
    """The state a post only it has serves, as the title's organisation."""
    entity = Entity(state[0], state[1], "State", state[0])
    return Mention(tokens[start].i, tokens[end - 1].i + 1, entity, gz.DEMONYM, entity)


def _bare_head(index: RoleIndex, head: tuple[str, ...]) -> Role | None:
    """The post a head names alone (« ministre », « secrétaire »), if the data has one."""
    return next((role for words, role, is_head in index.get(head[0], [])
                 if is_head and words == head and not role.complements), None)
