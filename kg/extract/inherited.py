"""The actors a trigger with no subject of its own inherits: the subject of the clause that governs it, or the object
of a control verb (« Séoul accuse Pyongyang de livrer »); and the one a first person in quoted words stands for."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.coordination import coordinated_before
from kg.extract.doc_words import children as kids
from kg.extract.lexicon import word_list, words_of_class
from kg.extract.syntax import SUBJECTS, ResolveFn, Sentence, case_of, is_inverted_subject, licenses, predicate_of
from kg.extract.won_deals import winning_verb
from kg.records import Entity


def _finite(verb: Token) -> bool:
    """A verb or predicate told in a mood (or by an auxiliary in one): a clause whose subject is its own."""
    return any("Mood=" in str(t.morph) for t in [verb, *(c for c in kids(verb) if c.dep_.startswith("aux"))])


_SIDE_CLAUSES = {"conj", "advcl"}


def implicit_agents(sentence: Sentence, trigger: Token, resolve: ResolveFn, deed: bool = False) -> list[Entity]:
    """The subject a trigger inherits: "la Suède a annoncé l'achat ... afin de soutenir" -> la Suède;
    the object of a control verb: "Séoul accuse Pyongyang de livrer" -> Pyongyang. A deed (a supply verb) told in a
    finite that-clause whose subject the parser lost inherits nothing from the sayer."""
    current = predicate_of(trigger)
    if trigger.dep_ == "obl:agent" and current.dep_ == "acl" and (sides := _sides_of_qualified(sentence, current)):
        return sides  # « la coopération franco-x, renforcée par la signature d'un accord »: the cooperation's sides
    if trigger.pos_ != "VERB" and not licenses(current, trigger) and winning_verb(trigger) is None:
        return []  # « X a remporté un contrat pour la livraison de W »: the supply the winner's deal is for is its own
    governor = current.head
    if current.dep_ == "acl" and ("VerbForm=Part" not in (form := str(current.morph)) or "Tense=Pres" in form) \
            and sentence.mention_at(governor) and not any(c.dep_ in SUBJECTS for c in kids(current)):
        return resolve(sentence, governor)  # « L'Arménie négocie avec ... » as a noun with a clause; « X, livrant »
    step = current
    while step.dep_ in {"xcomp", "obl:arg", "ccomp"} and step.head != step:
        if step.head.lemma_.lower() in word_list("object-control.tsv"):
            for child in kids(step.head):  # « reproche à X de soutenir »: an « à X » controls too
                if child.dep_ in {"obj", "iobj"} or (child.dep_ == "obl:arg" and case_of(child) in {"à", "au", "aux"}):
                    found = [e for t in _conjuncts(child) for e in resolve(sentence, t)]
                    if found:
                        return found
        if any(c.dep_ in SUBJECTS for c in kids(step)):
            break
        step = step.head
    for _ in range(10):
        for child in [*kids(current), *(g for a in kids(current) if a.dep_.startswith("aux")
                                             for g in kids(a))]:
            by = child.dep_ == "obl:agent" and case_of(child) == "par"
            if (child.dep_ in SUBJECTS or by or is_inverted_subject(child) or _said_by(current, child)) and \
                    trigger not in child.subtree and \
                    not (current == trigger and child.dep_ == "nsubj:pass"):  # « qui seront livrés »: the thing moved
                found = [e for t in _conjuncts(child) for e in resolve(sentence, t)]
                named = sentence.mention_at(child)
                if named is not None:  # « Riyad et Téhéran pourraient », the parser losing « Riyad »
                    found = [e for m in coordinated_before(sentence, named)
                             for e in resolve(sentence, sentence.doc[m.start])] + found
                if found:
                    return found
                if current.dep_ == "acl:relcl" and child.pos_ == "PRON" and child.dep_ in SUBJECTS:
                    return []  # « les pays qui achètent des armes russes »: the antecedent, no actor, does it
        if current.head == current or (current.dep_ in _SIDE_CLAUSES and any(
                c.dep_ in SUBJECTS for c in kids(current)) and (current.dep_ == "conj" or current == trigger)):
            return []  # « X a reçu des drones et des chars seraient livrés », « X a pris livraison de six W, deux
            # ayant été livrés »: a clause with a subject of its own (the thing moved) inherits no giver
        if deed and _said_clause(current, trigger) and _finite(current):
            return []  # « X affirme que des instructeurs de Y auraient été présents pour former », « le journal X
            # écrit que le pays a procédé à la vente »: not X's deed
        current = current.head
    return []


def _said_by(verb: Token, child: Token) -> bool:
    """« ..., a déclaré mercredi le ministre X lors d'une visite à Y »: a verb of saying set off by a comma, with no
    subject before it, whose subject told after it the parser reads as its object; the one who speaks is the one
    the talks framed by that verb inherit."""
    if child.dep_ != "obj" or child.i < verb.i or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in words_of_class("report") or any(c.dep_ in SUBJECTS for c in kids(verb)):
        return False
    first = min([verb.i, *(c.i for c in kids(verb) if c.dep_.startswith("aux"))])
    return first > 0 and verb.doc[first - 1].text == ","


def _said_clause(clause: Token, trigger: Token) -> bool:
    """A that-clause of a supply verb or with a noun subject of its own, or a clause the parser hangs as an adverbial
    on a verb of saying (« X a écrit que Tel-Aviv avait procédé à la vente », the name split): told by the sayer, not
    done by it."""
    if clause.dep_ == "ccomp":
        return trigger.pos_ == "VERB" or any(c.dep_ in SUBJECTS and c.pos_ in {"NOUN", "PROPN"} and
                                             trigger not in c.subtree for c in kids(clause))
    return clause.dep_ == "advcl" and clause.head.lemma_.lower() in words_of_class("report")


def _sides_of_qualified(sentence: Sentence, participle: Token) -> list[Entity]:
    """« la coopération franco-x, renforcée (scellée) par ... »: the states the adjectives between the noun a
    participle qualifies and the participle name (the parser may split a compound demonym)."""
    noun = participle.head
    if "VerbForm=Part" not in str(participle.morph) or not noun.i < participle.i:
        return []
    return [m.entity for m in sentence.mentions if m.how == gz.DEMONYM and m.state is not None
            and noun.i < m.start < participle.i]


FIRST_PERSON = {"nous", "je", "j'"}


def quoted_speaker(sentence: Sentence, pronoun: Token, resolve: ResolveFn) -> list[Entity]:
    """« « Nous avons signé un accord avec X », a déclaré le ministre de Y », « Le ministre de Y a déclaré : « J'ai
    rencontré X » »: a first person in quoted words is the one the sentence's verb of saying gives them to, outside
    their own clause or in words it opens a quote for, or the source « selon » names."""
    for verb in sentence.tokens:
        if verb.lemma_.lower() in words_of_class("report") and verb.pos_ == "VERB" and verb != pronoun.head \
                and (pronoun not in verb.subtree or _quote_opened(sentence, verb, pronoun)):
            found = [e for c in kids(verb) if c.dep_ in SUBJECTS and c.lower_ not in FIRST_PERSON
                     for e in resolve(sentence, c)]
            if found:
                return found[:1]
    quoted = [t.text for t in sentence.doc[sentence.span.start:pronoun.i] if t.text in {"«", "»"}][-1:] == ["«"]
    for source in sentence.tokens if quoted else []:  # « Selon le ministre de Y, « nous discutons avec X » »
        if any(c.dep_ == "case" and c.lower_ == "selon" for c in kids(source)) and pronoun not in source.subtree:
            found = [e for e in resolve(sentence, source) if e.cls in {"State", "Person"}]
            if found:
                return found[:1]
    return []


def _quote_opened(sentence: Sentence, verb: Token, pronoun: Token) -> bool:
    """« X a déclaré : « Nous ... »: a quote opens between the verb of saying and the pronoun, and stays open."""
    marks = [t.text for t in sentence.doc[verb.i + 1:pronoun.i] if t.text in {"«", "»"}]
    return bool(marks) and marks[-1] == "«"


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in kids(token):
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


_THE_THIS = {"le", "l'", "ce", "cet"}


def the_country(token: Token) -> bool:
    """« Le pays scandinave, qui ..., a fourni », « ce pays a livré », « l'émirat du Golfe a commandé »: a definite
    « pays » (or « émirat », « royaume »..., state-epithets.tsv) that is a subject and
    names no state of its own is the state told of before, whatever is said of it apart (« ce pays, voisin de X, »,
    « ce pays, négociant ... »); « le pays voisin » is another. « Le pays d'Asie centrale », « le pays du Golfe »:
    the region it lies in names no other state."""
    return token.lower_ in word_list("state-epithets.tsv") and token.dep_ in SUBJECTS and \
        any(c.dep_ == "det" and c.lower_ in _THE_THIS for c in kids(token)) and \
        all((c.dep_ in {"det", "amod", "punct", "acl:relcl", "acl"} or _region_of(c))
            and not (c.lower_ in _OTHER_COUNTRY and c.i == token.i + 1)  # « ce pays, voisin de X, » is set apart
            for c in kids(token))


def _region_of(token: Token) -> bool:
    """« d'Asie centrale », « du Golfe », « d'Afrique de l'Ouest »: a region of several states after « de »."""
    return token.dep_ == "nmod" and (token.lower_ in word_list("world-regions.tsv") or token.lower_ in _COMPASS) \
        and any(c.dep_ == "case" and c.lower_ in {"de", "d'", "du"} for c in kids(token))


_COMPASS = {"nord", "sud", "est", "ouest"}  # « le pays d'Amérique du Sud »: the parser may hang it on « pays »


_OTHER_COUNTRY = {"voisin", "hôte", "ennemi", "rival", "tiers", "adverse", "frère", "allié", "partenaire", "client",
                  "fournisseur", "acheteur", "vendeur", "donateur", "membre"}
