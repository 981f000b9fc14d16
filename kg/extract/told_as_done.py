"""Words on the chain from a trigger up to its root that look like marks of modality but tell the fact as done
or as a term of a deal (kg.extract.modality reads them): a light verb doing the deed, « se vouloir » of how one
comes across, talks that frame what was said, a chance of talks taken, a deal that provides for something, a
detail kept back, a fact dated from or a participle fronted as done before."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_words import children as kids
from kg.extract.doc_words import morph_values
from kg.extract.lexicon import triggers, word_list

_GENDER = {"il": "Masc", "elle": "Fem"}


def keeps_back(token: Token, below: Token | None) -> bool:
    """A negated verb of disclosing over a noun phrase (not a clause) keeps back a detail of what it is about."""
    return token.lemma_.lower() in word_list("disclosure-verbs.tsv") and below is not None and \
        below.dep_ in {"obj", "nsubj:pass"} and below.pos_ == "NOUN"


def fronted_done(clause: Token | None) -> bool:
    """« Reçu lundi par X, le ministre a évoqué ... »: a past participle opening the sentence is done before."""
    return clause is not None and clause.dep_ == "advcl" and clause.left_edge.i == clause.i and \
        clause.i < clause.head.i and "VerbForm=Part" in str(clause.morph) and "Tense=Past" in str(clause.morph)


def since(noun: Token) -> bool:
    """« après l'achat de ... », « depuis la livraison de ... », « au lendemain d'une rencontre »: a fact the clause
    is dated from, told as done."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() == "lendemain" or any(
        c.dep_ == "case" and c.lower_ in {"après", "depuis"} for c in kids(noun)))


def dated_by(noun: Token) -> bool:
    """« après un entretien avec X », « lors d'une rencontre avec X »: a fact the clause is dated from or told
    during, told as done (not what is refused or denied)."""
    return since(noun) or (noun.pos_ == "NOUN" and (noun.head.lower_ == "lors" or any(
        c.dep_ == "case" and c.lower_ in {"lors", "pendant", "durant"} for c in kids(noun))))


def brings_about(token: Token, below: Token | None) -> bool:
    """« X assure la formation des pilotes »: a light verb whose object is the fact's noun does the fact, it does
    not report it (« X assure que ... » does)."""
    # « X a arrêté son choix sur Y »: to settle a choice is to make it, not to stop it
    return below is not None and below.dep_ == "obj" and below.pos_ == "NOUN" and (
        token.lemma_.lower() in word_list("light-verbs.tsv") or
        (token.lemma_.lower() == "arrêter" and below.lemma_.lower() in {"choix", "décision"}))


_REFLEXIVE = {"se", "s'", "s\u2019"}


def self_presenting(token: Token, below: Token | None) -> bool:
    """« Le ministre s'est voulu rassurant à la fin des travaux », « la visite se veut un signal »: « se vouloir »
    with an adjective or a noun (no infinitive, on it or on the adjective: « se veut capable d'acheter ») tells how
    one comes across, no will of the deed below it."""
    return token.lemma_.lower() == "vouloir" and below is not None and below.pos_ in {"ADJ", "NOUN"} and \
        any(c.lower_ in _REFLEXIVE and c.dep_.startswith("expl") for c in kids(token)) and \
        not any(c.pos_ in {"VERB", "AUX"} and c.dep_ in {"xcomp", "ccomp", "acl"} for t in (token, below)
                for c in kids(t))


def frame_of_done(token: Token, below: Token | None) -> bool:
    """« Au cours de leur entretien, les deux hommes ont évoqué la crise », « à l'issue de leurs entretiens, ils ont
    annoncé »: talks that frame what was considered or announced, in a compound past, took place; what was
    considered is what stays possible."""
    if below is None or not (below.dep_.startswith("obl") or below.dep_ == "advmod"):
        return False  # « Lors d'une rencontre, ... »: the parser may hang the frame word, the noun its argument
    # « lors de », « à l'issue de », « au cours de » (the parser's « cours » a noun of its own)
    opening = " ".join(t.lower_ for t in below.doc[below.left_edge.i:below.i + 1])
    return any(opening.startswith(frame) for frame in word_list("talk-frames.tsv")) and \
        any(c.dep_ == "aux:tense" for c in kids(token))


def chance_taken(token: Token, below: Token | None) -> bool:
    """« j'ai eu la possibilité de rencontrer X », « il a eu la possibilité de s'entretenir avec Y »: a chance of
    talks one had, in a compound past, is talks held (a chance of buying had is no purchase made)."""
    verb = token.head
    return token.pos_ == "NOUN" and token.dep_ == "obj" and verb.lemma_.lower() == "avoir" and \
        any(c.dep_ == "aux:tense" for c in kids(verb)) and below is not None and below.dep_ == "acl" and \
        any(t.fact == "negotiation" for t in triggers().get((below.lemma_.lower(), "VERB"), []))


def stipulates(token: Token, cls: str) -> bool:
    """« Le contrat prévoit la livraison de ... », « un accord prévoyant ... », « Un accord a été signé. Il
    prévoit ... »: a deal that provides for something tells its terms; the plan verb says what the deal holds, not
    a plan (« la Défense prévoit » stays one)."""
    if cls != "consider" or token.pos_ != "VERB":
        return False
    holders = [c for c in kids(token) if c.dep_ == "nsubj"] + ([token.head] if token.dep_ == "acl" else [])
    holders += [d for h in holders if (d := _deal_before(h)) is not None]
    return any(_deal_noun(h) for h in holders if h.pos_ == "NOUN")


def _deal_noun(token: Token) -> bool:
    return any(t.fact == "agreement" for t in triggers().get((token.lemma_.lower(), "NOUN"), []))


def _deal_before(pronoun: Token) -> Token | None:
    """« Un protocole a été signé ... Il prévoyait ... »: « il », « elle » opening its sentence stands for the deal
    the sentence before has for its subject, of its gender."""
    sentence = pronoun.sent
    if pronoun.lower_ not in _GENDER or pronoun.i != sentence.start or sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    return next((t for t in before if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.dep_ == "ROOT" and _deal_noun(t)
                 and morph_values(t, "Gender") == [_GENDER[pronoun.lower_]]), None)

