"""Subjects the parser loses: the actors a verb with no subject of its own has (before it, past an incise; whose
turn it is; a title and its counterpart; the opening noun of a sentence the parser lost in an incise)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.coordination import coordinated_before
from kg.extract.doc_words import children as kids
from kg.extract.function_words import DE_CASES
from kg.extract.lexicon import word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, mention_root


def preverbal_subject(sentence: Sentence, verb: Token) -> list[Mention]:
    """« Après des heures de discussions, Belgrade et Pristina se sont accordés »: when the parser gives a verb
    no subject, the actors right before it (past its clitics, auxiliaries and adverbs) are its subject."""
    if any(c.dep_ in SUBJECTS for c in kids(verb)) or \
            any(g.dep_ in SUBJECTS for c in kids(verb) if c.dep_.startswith("aux") for g in kids(c)):
        return []
    doc = sentence.doc
    at = min([verb.i, *(c.i for c in kids(verb) if c.dep_.startswith(("aux", "expl")) and c.i < verb.i)]) - 1
    while at >= sentence.span.start:
        if doc[at].pos_ in {"AUX", "ADV"} or doc[at].lower_ in {"se", "s'", "ne", "n'"}:
            at -= 1
        elif doc[at].text == "," and (named := sentence.mention_at(doc[at - 1])) is not None \
                and named.how in ACTOR_KINDS and not case_of(mention_root(sentence, named)):
            at -= 1  # « Selon A, l'équipementier B, a signé »: a stray comma between the subject and its verb
            break
        elif doc[at].text == ",":  # an incise: « Le Niger, quant à lui, aurait obtenu »
            opening = next((i for i in range(at - 1, max(at - 8, sentence.span.start - 1), -1) if doc[i].text == ","),
                           None)
            if opening is None:
                break
            at = opening - 1
        else:
            break
    mention = sentence.mention_at(doc[at]) if at >= sentence.span.start else None
    # « le blindé qu'X a livré »: the parser may take the relative pronoun for a mark of the subject
    if mention is None or mention.how not in ACTOR_KINDS or \
            case_of(mention_root(sentence, mention)) not in {"", "que", "qu'", "qu\u2019"}:
        return []
    return [*coordinated_before(sentence, mention), mention]


def whose_turn(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« C'est au tour de X de commander six avions », « Au tour de X de signer un contrat »: the parser hangs the
    infinitive on « tour »; the one whose turn it is (« de X ») acts."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "obj" else trigger
    turn = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or turn.lemma_.lower() != "tour" or case_of(turn) not in {"à", "au"} \
            or not any(c.dep_ == "mark" and c.lower_ in {"de", "d'"} for c in kids(verb)):
        return []
    holders = [c for c in kids(turn) if c.dep_ == "nmod" and c.i < verb.i and case_of(c) in DE_CASES]
    return [m for m in sentence.mentions if m.how in ACTOR_KINDS
            and any(h.is_ancestor(root := mention_root(sentence, m)) or h == root for h in holders)][:1]


def pair_with_counterpart(sentence: Sentence, verb: Token) -> list[Mention]:
    """« L'adjoint au chef d'état-major de la marine chilienne et son homologue péruvien ont signé »: the parser
    hangs the counterpart on the last noun of the first title, and neither is read as an actor of the verb. The
    subject is a pair: the state the first title names (the first one its phrase names) and the counterpart's.
    « Le ministre X et son homologue indien, le général Y, ont discuté »: the parser may break that subject,
    taking the counterpart's title for it and hanging the pair, bare, before the verb as a modifier."""
    nouns = word_list("counterpart-nouns.tsv")
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]  # « ... pourraient signer »
    for subject in (c for h in holders for c in kids(h) if c.dep_ in _PAIR_HEADS):
        if subject.dep_ != "nsubj" and (subject.i > verb.i or case_of(subject) or subject.pos_ != "NOUN"):
            continue
        for facing in subject.subtree:
            if facing.lower_ not in nouns or facing.dep_ != "conj" or facing.head == subject or \
                    not any(c.dep_ == "cc" and c.lower_ == "et" for c in kids(facing)):
                continue
            named = [m for m in sentence.mentions if m.how in {gz.DEMONYM, gz.NAME}
                     and (root := mention_root(sentence, m)).head == facing and root.dep_ in {"amod", "nmod"}]
            first = [m for m in sentence.mentions if m.how in {gz.DEMONYM, gz.NAME} and m.start < facing.i
                     and subject.is_ancestor(mention_root(sentence, m))]
            if named and first:
                return [first[0], named[0]]
    return []


_PAIR_HEADS = frozenset({"nsubj", "obl:mod"})


def lost_main_subject(sentence: Sentence, verb: Token) -> list[Mention]:
    """« Le ministre chilien, en visite au Pérou pour la réunion qui se tiendra à Lima, a rencontré son homologue »:
    the parser, lost in the incise, makes the opening noun the root of the sentence and the main verb a conjunct
    of the relative clause. A verb of its own tense after a comma, so hung, has that noun as its subject (a
    « subject » the parser finds after it is a title of its object: « son homologue, le général X »)."""
    clause = verb.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    root = sentence.span.root
    if verb.dep_ != "conj" or clause.dep_ != "acl:relcl" or root.pos_ not in {"NOUN", "PROPN"} or \
            root.i > clause.i or any(c.dep_ in SUBJECTS and c.i < verb.i for c in kids(verb)) or \
            not any(c.dep_.startswith("aux") for c in kids(verb)) or sentence.doc[verb.left_edge.i].text != ",":
        return []
    return [m for m in sentence.mentions if m.how in ACTOR_KINDS and m.start < clause.i and (
        (token := mention_root(sentence, m)) == root or (token.head == root and token.dep_ in {"amod", "appos"}))]
