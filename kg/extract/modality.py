"""Modality and attribution of a trigger: asserted, reported (by whom: kg.extract.report_sources), possible or
denied."""

from __future__ import annotations

from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Token

from kg.extract.clause_scope import SUBORDINATING_QUE, asked_whether, clause_chain
from kg.extract.doc_words import children as kids
from kg.extract.doc_words import lower_of
from kg.extract.lexicon import modality_class, modality_words, triggers, words_of_class
from kg.extract.off_chain_denials import denied_off_chain
from kg.extract.report_sources import closing_incise, incise, source_words, speaker
from kg.extract.syntax import SUBJECTS, ResolveFn, Sentence, case_of, tensed
from kg.extract.told_as_done import (
    brings_about,
    chance_taken,
    dated_by,
    frame_of_done,
    fronted_done,
    keeps_back,
    self_presenting,
    since,
    stipulates,
)
from kg.kinds import Modality
from kg.records import Attribution, Entity

_CONDITIONAL_ENDINGS = ("rait", "raient", "rais", "rions", "riez")
_VERBAL = frozenset({VERB, AUX})  # parts of speech compared by their ids: `pos_` decodes a string at each read
# Dependencies through which a negated word negates the trigger below it (« n'a pas annoncé l'achat »).
_GOVERNED = {"xcomp", "obl:arg", "obj", "nsubj", "nsubj:pass", "conj", "amod", "nmod", "acl", "advcl", "obl"}
ASSERTED, REPORTED, POSSIBLE, DENIED = Modality.ASSERTED, Modality.REPORTED, Modality.POSSIBLE, Modality.DENIED


def is_conditional(token: Token) -> bool:
    """French conditional ("garantirait", "auraient été"); the tagger does not mark it, the ending does."""
    forms = [token, *(c for c in kids(token) if c.dep_.startswith("aux"))]
    return any(t.pos in _VERBAL and lower_of(t).endswith(_CONDITIONAL_ENDINGS)
               and "Mood=Sub" not in str(t.morph) for t in forms)


def is_negated(token: Token) -> bool:
    """"n'a pas livré", "aucun accord", "sans livrer"."""
    children = list(kids(token))
    # « La Serbie n'a pas négocié »: the parser may hang « n' » on the auxiliary
    near = children + [g for c in children if c.dep_.startswith("aux") for g in kids(c)]
    partners = words_of_class("negation")
    if any(c.lemma_ == "ne" or lower_of(c) in {"ne", "n'"} for c in near) and any(
            lower_of(c) in partners and not _degree(c) for c in _own_clause(token)):
        return True
    return any(c.dep_ == "det" and lower_of(c) in {"aucun", "aucune", "nul", "nulle"} for c in children) or any(
        c.dep_ in {"mark", "case"} and lower_of(c) == "sans" and "sans" in partners for c in children)


_CLAUSES = {"ccomp", "advcl", "acl:relcl", "parataxis", "csubj"}


def _own_clause(token: Token) -> list[Token]:
    """The words of a verb's own clause, not of the clauses below it: « ce n'est que dix ans plus tard qu'elle a
    pris forme » restricts (« ne ... que »); the « plus » of the clause below negates nothing."""
    out, todo = [], [token]
    while todo:
        word = todo.pop()
        out.append(word)
        todo.extend(c for c in kids(word) if c.dep_ not in _CLAUSES)
    return out


def _degree(word: Token) -> bool:
    """« plus tard », « plus grand »: a « plus » of degree on an adverb or adjective is no « ne ... plus »."""
    return word.lower_ == "plus" and word.head.pos_ in {"ADV", "ADJ"}


def _factive(clause: Token) -> bool:
    """« Nous ne sommes pas inquiets, puisque X a livré ... », « il n'a pas réagi quand Y a signé »: a clause of
    cause or time states its fact whatever the main clause denies."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FACTIVE_MARKS for c in kids(clause))


def _qualifying_participle(trigger: Token) -> bool:
    """« n'apprécie pas l'usage d'armes achetées en X », « n'a pas déployé les chars livrés par X »: a past participle
    that qualifies a noun tells a deed already done, which a negation over the noun phrase leaves standing."""
    return trigger.dep_ == "acl" and "VerbForm=Part" in str(trigger.morph) and "Tense=Past" in str(trigger.morph) \
        and not any(c.dep_.startswith("aux") for c in kids(trigger))


def _told_past(verb: Token) -> bool:
    """« a porté », « porta », « a fait » (the parser may head the clause with the auxiliary): a past of the
    indicative, not a conditional nor a future."""
    auxiliaries = [c for c in kids(verb) if c.dep_.startswith("aux")]
    if is_conditional(verb) or any("Tense=Fut" in str(t.morph) for t in [verb, *auxiliaries]):
        return False
    morph = str(verb.morph)
    return "Tense=Past" in morph or (verb.pos_ == "AUX" and verb.lemma_ in {"avoir", "être"} and "Tense=Pres" in morph)


def _concessive(clause: Token, main: Token) -> bool:
    """« si elle a surtout porté sur le commerce, la visite a fait avancer l'achat »: a clause of « si » in a past
    of the indicative before a main clause in one too concedes a fact, it sets no condition; so does one before a
    cleft that sets a fact against it (« si X est régi par un accord signé en 2006, c'est en 2020 qu'il ... »)."""
    return _told_past(clause) and (_told_past(main) or _cleft(main))


def _sets_condition(clause: Token, below: Token | None) -> bool:
    """Whether the « si » hung on `clause` makes the fact read through it a hypothesis: not for the main clause the
    parser hangs on a concessive « si » it heads (`below`), nor for the fact of a past « si » clause a cleft sets
    a fact against; a past « si » clause before a past main clause keeps its own fact possible."""
    concedes_below = below is not None and below.dep_ == "advcl" and below.i > clause.i and _concessive(clause, below)
    before_cleft = clause.dep_ == "advcl" and clause.i < clause.head.i and _told_past(clause) and _cleft(clause.head)
    return not (concedes_below or before_cleft)


def _of_consequence(mark: Token) -> bool:
    """« si bien que »: the « si » of a clause of consequence sets no condition."""
    return mark.i + 2 < len(mark.doc) and mark.nbor(1).lower_ == "bien" and mark.nbor(2).lower_ in SUBORDINATING_QUE


def _cleft(main: Token) -> bool:
    """« c'est ... que », « ce n'est que ... que »: the verb « être » of a cleft (its subject « ce »), in the
    indicative."""
    return main.lemma_ == "être" and "Mood=Ind" in str(main.morph) and "Tense=Fut" not in str(main.morph) and \
        any(c.dep_ in SUBJECTS and c.lower_ in {"ce", "c'", "c\u2019"} for c in kids(main))


_FACTIVE_MARKS = {"puisque", "parce", "car", "lorsque", "quand", "tandis", "alors", "depuis", "après"}


class _Reading:
    """What the walk up from a trigger has found so far: the firmest modality and who is said to say it."""

    def __init__(self, sentence: Sentence, resolve: ResolveFn) -> None:
        self.sentence, self.resolve = sentence, resolve
        self.value = ASSERTED
        self.source: Entity | None = None
        self.source_text: str | None = None

    def raise_to(self, new: Modality) -> None:
        self.value = self.value.at_least(new)

    def reported_by(self, verb: Token, value: Modality = REPORTED) -> None:
        self.raise_to(value)
        if self.source is None:
            self.source, self.source_text = speaker(self.sentence, verb, self.resolve)

    def marks_below(self, token: Token, below: Token | None = None) -> None:
        """Marks hung on a token of the chain: « un éventuel accord », « si ... », an incise, « selon X »."""
        words = modality_words()
        for child in kids(token):
            child_cls = modality_class(child.lemma_, child.pos_)
            if child.dep_ == "amod" and child_cls == "consider":
                self.raise_to(POSSIBLE)  # "un éventuel accord", "une possible rencontre"
            if child.dep_.startswith("acl") and child_cls in {"consider", "modal"} and token.pos_ == "NOUN" and \
                    any(c.dep_ == "xcomp" for c in kids(child)) and any(c.lower_ == "que" for c in kids(child)):
                self.raise_to(POSSIBLE)  # « l'accord que X souhaite conclure »: a deal only wished for
            if child.dep_ == "mark" and child_cls == "hypothesis" and _sets_condition(token, below) and \
                    not _of_consequence(child):
                self.raise_to(POSSIBLE)
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and words.get(m.lower_) == "hypothesis" and
                                             not _of_consequence(m) for m in kids(child)) and \
                    not _concessive(child, token):
                self.raise_to(POSSIBLE)
            if incise(child):
                self.reported_by(child)
            if child_cls == "doubt" and token.pos_ == "VERB" and child.dep_.startswith("obl") and \
                    case_of(child) == "en":
                self.raise_to(DENIED)  # « remettre en question l'achat », « mettre en doute la livraison »
            if child.dep_.startswith("obl") and case_of(child) in {"selon", "d'après"}:
                self.raise_to(REPORTED)
                if self.source is None:
                    found = self.resolve(self.sentence, child)
                    self.source = found[0] if found else None
                    self.source_text = source_words(child)

    def mark(self, chain: list[Token], position: int) -> None:
        """The modality a token of the chain from the trigger to the root brings (negation, modal, report...)."""
        token = chain[position]
        below = chain[position - 1] if position else None
        cls = None if brings_about(token, below) or self_presenting(token, below) else \
            modality_class(token.lemma_, token.pos_)
        if cls == "intend":  # « compte acheter »: an intent over an infinitive; « compte 20 000 hommes » counts
            cls = "consider" if below is not None and below.dep_ == "xcomp" and below.pos_ == "VERB" else None
        # « n'a cessé de soutenir »: the deed under it is asserted; a deal its subject (« le partenariat ne cesse de
        # se renforcer ») is no deal told here
        negated = is_negated(token) or (_bare_ne(token) and below is not None and below.dep_ == "xcomp")
        if position and negated and keeps_back(token, below):
            return  # « n'a pas divulgué le nombre d'avions commandés »: the order is taken as done
        governs = position == 0 or (below is not None and below.dep_ in _GOVERNED and not _factive(below)
                                    and not (position > 1 and _qualifying_participle(chain[0])))
        # « n'a pas cessé de livrer »: a negated verb of stopping is a double negative
        if governs and negated and cls not in {"exclude", "modal", "consider", "report", "refuse"}:
            self.raise_to(DENIED)
        if position and cls in {"refuse", "deny"} and not negated and not any(map(_adjunct, chain[:position])) \
                and not any(map(dated_by, chain[:position])):  # « a rejeté la demande après un entretien avec X »
            self.raise_to(DENIED)
        elif position and cls in {"refuse", "deny", "exclude"} and any(map(since, chain[:position])):
            pass  # « exclu du programme après l'achat de ... »: what came before is no object of the exclusion
        elif cls == "exclude":
            self.raise_to(POSSIBLE if negated else DENIED)
        elif _only_possible(token, cls, below) and not (cls == "consider" and (
                frame_of_done(token, below) or chance_taken(token, below))) and \
                not any(_factive(t) and _told_past(t) for t in chain[:position]) and not fronted_done(below) and \
                not any(map(since, chain[:position])):
            # « X envisage d'acheter des drones, après que son président a rencontré Y »: a clause of time or cause
            # told in a past of the indicative states its fact whatever the main clause only plans
            self.raise_to(POSSIBLE if not negated else DENIED)
        elif modality_class(token.lower_, token.pos_) == "prospect" and below is not None and \
                any(c.lower_ == "en" for c in kids(token)):
            self.raise_to(POSSIBLE)  # « le pays est en passe d'acquérir des chars » (« passe » read as « passer »)
        elif position and cls == "report" and token.pos_ == "VERB" and not frame_of_done(token, below):
            self.reported_by(token, POSSIBLE if negated else REPORTED)
        if position and (_in_talks(token, below) or _future_outcome(token, below)):
            self.raise_to(POSSIBLE)
        self.marks_below(token, below)
        if token.pos_ in {"VERB", "AUX"} and is_conditional(token):
            self.raise_to(POSSIBLE if cls in {"modal", "consider"} else REPORTED)


def _future_outcome(token: Token, below: Token | None) -> bool:
    """« les travaux seront sanctionnés (se concluront) par la signature d'un accord »: the deed a future verb
    is to end in, told with « par », is still to come."""
    auxiliaries = [c for c in kids(token) if c.dep_.startswith("aux")]
    return below is not None and below.pos_ == "NOUN" and below.dep_.startswith("obl") and \
        case_of(below) == "par" and any("Tense=Fut" in str(t.morph) for t in [token, *auxiliaries])


_BARE_NE = {"cesser", "oser", "pouvoir", "savoir"}  # verbs negated by « ne » alone: « n'a cessé de soutenir »


def _bare_ne(token: Token) -> bool:
    near = [*kids(token), *(g for c in kids(token) if c.dep_.startswith("aux") for g in kids(c))]
    return token.lemma_.lower() in _BARE_NE and any(c.lower_ in {"ne", "n'"} for c in near)


def _only_possible(token: Token, cls: str | None, below: Token | None) -> bool:
    """A modal or consideration word over the fact (not a plan verb that is the trigger itself, nor a deal's
    terms), or an offer of the deed its infinitive tells (« a offert de livrer »)."""
    if cls == "offer":
        # « a offert de livrer » proposes; « offre formation et conseil », a bare noun the parser calls xcomp, gives
        return below is not None and below.dep_ == "xcomp" and below.pos_ != "NOUN"
    return cls in {"modal", "consider"} and (below is not None or token.pos_ != "VERB") and \
        not stipulates(token, cls)


def _adjunct(clause: Token) -> bool:
    """« X a suspendu ses livraisons en négociant avec Y », « X annule sa visite et s'entretient avec Y »: a gerund,
    a participial clause or a conjoined tensed verb tells a deed besides; what is refused or denied is the object."""
    return (clause.dep_ in {"advcl", "acl"} and "VerbForm=Part" in str(clause.morph) and "Tense=Pres" in str(
        clause.morph)) or (clause.dep_ == "conj" and clause.pos_ == "VERB" and tensed(clause))


_TALKS, _TALKING = {"négociation", "discussion", "pourparlers", "pourparler"}, {"négocier", "discuter"}


def _in_talks(token: Token, below: Token | None) -> bool:
    """« la vente est encore en négociation », « la commande est en cours de négociation », « l'achat fait
    l'objet de négociations », « X négocie l'achat de ... »: what is still being negotiated is not done (the talks
    themselves are)."""
    if token.lemma_.lower() in _TALKS:
        return case_of(token) == "en"
    if token.pos_ == "VERB" and token.lemma_.lower() in _TALKING and below is not None and below.dep_ == "obj":
        # « X négocie l'achat de chasseurs à Y »; « négocie un contrat avec Y » is an agreement's, left to the talks
        entries = triggers().get((below.lemma_.lower(), "NOUN"), [])
        return any(t.fact == "support" and t.detail != "deal" for t in entries)
    talks = [c for c in kids(token) if c.lemma_.lower() in _TALKS and c != below]
    if token.lemma_.lower() == "cours":
        return case_of(token) == "en" and any(case_of(c) in {"de", "d'"} for c in talks)
    objects = [c for c in kids(token) if c.dep_ == "obj" and c.lemma_.lower() == "objet"]
    return token.lemma_.lower() == "faire" and bool(objects) and bool(
        talks or [c for o in objects for c in kids(o) if c.lemma_.lower() in _TALKS])


def modality(sentence: Sentence, trigger: Token, resolve: ResolveFn) -> Attribution:
    """Walk from the trigger up to the root, collecting negation, modal, reporting and conditional marks."""
    reading = _Reading(sentence, resolve)
    chain = clause_chain(trigger)
    predicate = chain[0] if chain[0].pos_ == "VERB" else next((t for t in chain if t.pos_ == "VERB"), chain[-1])
    if denied_off_chain(sentence, predicate, trigger):
        reading.raise_to(DENIED)
    for position in range(len(chain)):
        reading.mark(chain, position)
    closing = closing_incise(sentence, trigger)
    if closing is not None and closing not in chain:
        reading.reported_by(closing)
    if asked_whether(sentence, trigger):
        reading.raise_to(POSSIBLE)  # « La Turquie a-t-elle livré des drones ? » asks, and asserts nothing
    return Attribution(reading.value, reading.source, reading.source_text)
