"""The complements that follow a title's head and give the state or body its post serves: demonyms
(« ministre turc », « arménien et azerbaïdjanais »), « de » and a state, body or person (« de la présidence
russe », « du président X »), coordinated states (« les ambassadeurs du Chili et de l'Italie »), a posting read
past (« à Séoul »). And a title word read as a verb, no title (as_verb)."""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import Sentence
from kg.text import fold

DETERMINERS = {"le", "la", "l'", "les", "un", "une", "son", "sa", "leur"}


def demonym_list(sentence: Sentence, tokens: Sequence[Token], at: int) -> list[Mention]:
    """« arménien et azerbaïdjanais »: the demonyms of a plural title, in order."""
    found: list[Mention] = []
    while at < len(tokens):
        mention = sentence.mention_at(tokens[at])
        if mention is None or mention.how != gz.DEMONYM:
            break
        found.append(mention)
        at = mention.end - tokens[0].i
        if at < len(tokens) and tokens[at].lower_ in {"et", ","}:
            at += 1
            continue
        break
    return found


def state_list(sentence: Sentence, tokens: Sequence[Token], end: int, first: Mention) -> tuple[int, list[Mention]]:
    """« les ambassadeurs du Chili et de l'Italie »: the states of a plural title's coordinated complements."""
    found, at = [first], end
    while at + 1 < len(tokens) and tokens[at].lower_ in {"et", ","}:
        look = at + 1
        if tokens[look].lower_ not in DE_CASES:
            break
        look += 1
        while look < len(tokens) and tokens[look].lower_ in DETERMINERS:
            look += 1
        mention = sentence.mention_at(tokens[look]) if look < len(tokens) else None
        if mention is None or mention.how != gz.NAME or mention.state is None:
            break
        found.append(mention)
        at = end = posting(sentence, tokens, mention.end - tokens[0].i)
    return end, found if len(found) > 1 else []


def read_demonyms(sentence: Sentence, tokens: Sequence[Token], end: int,
                  org: Mention | None) -> tuple[int, Mention | None]:
    while end < len(tokens):
        mention = sentence.mention_at(tokens[end])
        if mention is None or mention.state is None:
            break
        # a demonym (« ministre turc »), or a body the complement runs into (« chef de la [diplomatie iranienne] »)
        if not (mention.how == gz.DEMONYM or (mention.how == gz.BODY and mention.start < tokens[end].i)):
            break
        if org is None:  # the post is in the state the words name
            org = mention if mention.how == gz.DEMONYM else Mention(mention.start, mention.end, mention.state,
                                                                     gz.DEMONYM, mention.state)
        end = mention.end - tokens[0].i
    return end, org


def of_complement(sentence: Sentence, tokens: Sequence[Token], end: int, org: Mention | None,
                   index: Container[str]) -> tuple[int, Mention | None, Mention | None]:
    """« de la présidence russe », « du Kremlin », « de l'OTAN », « du président Ilkka Virtanen »; a posting
    (« à Séoul », « en Chine ») is read past."""
    end = at = _past_brief(sentence, tokens, posting(sentence, tokens, end))
    if at < len(tokens) and tokens[at].lower_ in DE_CASES:
        at += 1
        while at < len(tokens) and tokens[at].lower_ in DETERMINERS:
            at += 1
        if at < len(tokens):
            mention = sentence.mention_at(tokens[at])
            if mention is not None and mention.how in {gz.NAME, gz.BODY, gz.ORGANISATION, gz.COMPANY, gz.CAPITAL,
                                                       "ner-org"}:
                return posting(sentence, tokens, mention.end - tokens[0].i), org or mention, None
            if mention is not None and mention.how == gz.PERSON and mention.start == tokens[at].i:
                return at + (mention.end - mention.start), org, mention  # « le conseiller de Netanyahou »
            # « du président Ilkka Virtanen »: a person by their title (not « des Affaires étrangères Ilkka V. »)
            for look in range(at, min(at + 4, len(tokens)) if tokens[at].lower_ in index else at):
                if tokens[look].is_punct:
                    break
                person = sentence.mention_at(tokens[look])
                if person is not None and person.how == gz.PERSON:
                    return look + (person.end - person.start), org, person
            # « de la présidence russe » when the body is not in the data: the demonym still names the state
            if at + 1 < len(tokens):
                demonym = sentence.mention_at(tokens[at + 1])
                if demonym is not None and demonym.how == gz.DEMONYM and tokens[at].pos_ == "NOUN":
                    named = sentence.mention_at(tokens[at + 2]) if at + 2 < len(tokens) else None
                    if named is not None and named.how in {gz.COMPANY, gz.ORGANISATION, "ner-org"}:
                        # « du groupe sud-coréen Hanwha »: the firm the noun and its demonym go on to name
                        return named.end - tokens[0].i, org or named, None
                    return at + 2, org or demonym, None
            if (state_end := _body_demonym(sentence, tokens, at)) is not None:
                return state_end[0], org or state_end[1], None
    return end, org, None


_BODY_REACH = 6  # words of a body named in its own words (« de l'armée de l'air », « des forces aériennes »)
_BODY_LINKS = {"de", "d'", "du", "des", "l'", "la", "le", "et"}


def _body_demonym(sentence: Sentence, tokens: Sequence[Token], at: int) -> tuple[int, Mention] | None:
    """« de l'armée de l'air équatorienne », « des forces aériennes et spatiales tchèques »: a body the data does
    not know, named in common words, whose closing demonym qualifies one of those words, names the state the post
    serves; not one past a punctuation, a verb or another name (« de la marine, à la demande du Japon »)."""
    head = tokens[at]
    if head.pos_ not in {"NOUN", "PROPN"} or \
            (head.text[:1].isupper() and fold(head.text) not in word_list("force-nouns.tsv")):
        return None  # a capitalised body but a force (« du Conseil suprême de la sécurité afghan ») keeps its words
    joined = False  # past an « et », only qualifiers (« aériennes et spatiales »), no second noun (« et ministre »)
    for look in range(at + 1, min(at + _BODY_REACH, len(tokens))):
        token = tokens[look]
        mention = sentence.mention_at(token)
        if mention is not None:
            if mention.how != gz.DEMONYM or mention.state is None or mention.start != token.i or \
                    not tokens[at].i <= token.head.i < token.i:
                return None
            return mention.end - tokens[0].i, mention
        if token.is_punct or \
                token.pos_ not in {"NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ"} or \
                (token.pos_ in {"ADP", "DET", "CCONJ"} and token.lower_ not in _BODY_LINKS) or \
                (joined and token.pos_ in {"NOUN", "PROPN"}):
            return None
        joined = joined or token.lower_ == "et"
    return None


def posting(sentence: Sentence, tokens: Sequence[Token], at: int) -> int:
    """Past a posting (« à Séoul », « en Chine »), if one starts at `at`."""
    if at + 1 < len(tokens) and tokens[at].lower_ in {"à", "en", "au", "aux"}:
        posted = sentence.mention_at(tokens[at + 1])
        if posted is not None and posted.how in {gz.CAPITAL, gz.CITY, gz.NAME}:
            return posted.end - tokens[0].i
    return at


_BRIEF_REACH = 10  # words of a brief (« pour les affaires politiques et la politique sécuritaire »)


def _past_brief(sentence: Sentence, tokens: Sequence[Token], at: int) -> int:
    """« délégué pour les affaires politiques de l'Otan », « pour l'Asie centrale de l'Union européenne »: past
    the brief a post is for (« pour » and its words, after a participle or two), when the « de » complement that
    names the organisation comes after it."""
    look = at
    while look < min(at + 2, len(tokens)) and tokens[look].pos_ in {"ADJ", "VERB"} and tokens[look].text.islower():
        look += 1  # « délégué », « adjoint »
    if look >= len(tokens) or tokens[look].lower_ != "pour":
        return at
    for stop in range(look + 1, min(look + _BRIEF_REACH, len(tokens) - 1)):
        token = tokens[stop]
        if (token.is_punct and token.text not in {"'", "-"}) or token.pos_ in {"VERB", "AUX"}:
            return at
        if token.lower_ in DE_CASES:
            named = stop + 1
            while named < len(tokens) - 1 and tokens[named].lower_ in DETERMINERS:
                named += 1
            mention = sentence.mention_at(tokens[named])
            if mention is not None and mention.how in {gz.ORGANISATION, gz.COMPANY, "ner-org"}:
                return stop
    return at


def agent_after(doc: Doc, at: int) -> bool:
    """« reçu par le président Y », « accueilli par Y »: a participle followed by its agent, a name or a determined
    noun (not « nommé par décret »); the agent is someone other than the one the participle describes."""
    return at + 2 < len(doc) and doc[at + 1].lower_ == "par" and (
        doc[at + 2].text[:1].isupper() or doc[at + 2].lower_ in DETERMINERS)


def as_verb(sentence: Sentence, i: int, index: Container[str]) -> bool:
    """« une lettre envoyée au ministre », « le texte représentant la position »: a title word the parser reads as
    the participle of the common noun right before it (no title itself) qualifies that noun; « la lettre a été
    envoyée au ministre »: a participle with its auxiliary is a verb. Neither names a post."""
    token = sentence.tokens[i]
    if i == 0 or token.pos_ != "VERB" or "VerbForm=Part" not in str(token.morph):
        return False
    if any(c.dep_.startswith("aux") and c.i < token.i for c in token.children):
        return True
    before = sentence.tokens[i - 1]
    if token.dep_ != "acl":
        return False
    return before.pos_ == "NOUN" and token.head == before and before.text.islower() and \
        sentence.lower[i - 1] not in index
