"""How far a trigger's clause reaches up the parse (relative clauses, incises, absolute participles cut the
chain that modality walks) and whether the words around it ask a question."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.doc_words import children as kids
from kg.extract.doc_words import lowers, questions, texts
from kg.extract.quotations import CLOSING_QUOTES, OPENING_QUOTES
from kg.extract.syntax import Sentence

_HAVING = "ayant"


def _up_to_root(token: Token) -> list[Token]:
    """The token and its heads up to the root (at most fifteen)."""
    chain = [token]
    while len(chain) < 15:
        head = token.head  # a new Token at every read: read once a step
        if head.i == token.i:
            break
        chain.append(head)
        token = head
    return chain


def clause_chain(trigger: Token) -> list[Token]:
    """The chain from the trigger up to the root, cut at a relative clause: « ... à X, où les deux pays
    avaient signé un accord » stays asserted under a main clause that is only possible, whether the parser calls
    the relative clause one or hangs it as an adverbial clause. A main clause the parser hung under a relative
    clause set off before it (« Le contrat, dont le prix n'est pas connu, repose sur un accord ... ») does not
    take that clause's negation."""
    chain = _up_to_root(trigger)
    if (done := _absolute_subject(trigger)) is not None:
        return [trigger, done]
    for position, token in enumerate(chain):
        if position and _describes_subject(token, chain[position - 1]):
            return chain[:position + 1]
        if position and relative(token) and _after_incise(chain[position - 1], token):
            return chain[:position]
        if position and (_absolute_participle(token, chain[position - 1]) or _perfect_participle(chain[position - 1])):
            return chain[:position]
        if relative(token) and not _content_clause(token):
            return chain[:position + 1]
        if position and _subordinate_after(token, chain[position - 1]):
            return chain[:position]
    return chain


SUBORDINATING_QUE = frozenset({"que", "qu'", "qu\u2019"})


def _subordinate_after(clause: Token, below: Token) -> bool:
    """« Les négociations sont en cours, de sorte qu'il ne pouvait pas en parler »: the parser may hang the main
    clause under the subordinate clause told after it; a clause's own words never stand before its « que », so
    the clause over the trigger ends there and the negation after it is not its own."""
    return below.i < clause.i and any(c.dep_ == "mark" and c.lower_ in SUBORDINATING_QUE and
                                      below.right_edge.i < c.i < clause.i for c in kids(clause))


def _content_clause(clause: Token) -> bool:
    """« les accusations (informations) selon lesquelles X aurait livré »: a relative clause that tells what its
    noun says, whose fact the verb over that noun denies or reports (« rejette les accusations »)."""
    return any(c.lower_ in {"lequel", "laquelle", "lesquels", "lesquelles"} and
               any(g.dep_ == "case" and g.lower_ == "selon" for g in c.children) for c in clause.children)


def _describes_subject(subject: Token, phrase: Token) -> bool:
    """« X, exclu du programme après l'achat de ..., ne recevra pas »: a phrase set off by a comma after the
    subject describes it; it does not take the main verb's negation or mood."""
    # the parser may take a fronted subject so described for an adverb or a dislocated phrase
    return subject.dep_ in {"nsubj", "nsubj:pass", "advmod", "dislocated"} and subject.pos_ in {"NOUN", "PROPN"} \
        and subject.head.i > subject.i and \
        phrase.dep_ in {"nmod", "acl", "appos"} and phrase.i > subject.i and \
        any(t.text == "," for t in subject.doc[subject.i + 1:phrase.left_edge.i + 1])


def _absolute_participle(participle: Token, clause: Token) -> bool:
    """« A et B ont signé ..., A envisageant aussi de ... »: a finite clause the parser hung under a participle with
    its own subject set after it is the main clause; the participle's mood is not its own."""
    return "VerbForm=Part" in str(participle.morph) and "Tense=Pres" in str(participle.morph) and \
        clause.i < participle.i and any(c.dep_ == "nsubj" for c in kids(participle)) and \
        any(a.dep_.startswith("aux") and "VerbForm=Fin" in str(a.morph) for a in kids(clause))


def _absolute_subject(noun: Token) -> Token | None:
    """« X devrait recevoir huit avions, le contrat, d'un montant de N, ayant été conclu en mars »: a noun set off by a
    comma and followed, before any finite verb, by a perfect participle is the subject of that absolute clause,
    however the parser hangs the two; the participle is its verb."""
    if noun.pos_ != "NOUN" or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    for token in noun.doc[noun.i + 1:noun.sent.end]:
        if token.lower_ == _HAVING and token.head.i > token.i and _perfect(token.head):
            return token.head
        if token.pos_ in {"VERB", "AUX"} and "VerbForm=Fin" in str(token.morph):
            return None
    return None


def _perfect(verb: Token) -> bool:
    return verb.pos_ == "VERB" and "VerbForm=Part" in str(verb.morph) and \
        any(c.dep_.startswith("aux") and c.lower_ == _HAVING for c in kids(verb))


def _perfect_participle(clause: Token) -> bool:
    """« X devrait recevoir huit avions, le contrat ayant été conclu en mars »: a clause of a perfect participle
    (« ayant ») tells a deed done, whatever the mood of the clause it hangs on."""
    return clause.dep_ in {"advcl", "acl"} and _perfect(clause)


def relative(token: Token) -> bool:
    """A relative clause: so labelled, or a verb opened by a relative pronoun (« où », « dont », « qui »)."""
    opening = token.left_edge
    return token.dep_ == "acl:relcl" or (token.pos_ in {"VERB", "AUX", "ADJ"} and opening.i < token.i
                                         and opening.pos_ == "PRON" and "PronType=Rel" in str(opening.morph))


def _after_incise(clause: Token, relative: Token) -> bool:
    """A clause hung under a relative clause but set after it past a comma: the main clause misattached."""
    return clause.pos_ in {"VERB", "AUX"} and clause.dep_ in {"advcl", "conj", "parataxis", "dep"} and \
        clause.i > relative.i and any(t.text == "," for t in clause.doc[relative.i:clause.i])


# words that open a question about a fact taken as done (« Pourquoi X a-t-il livré ... ? »)
_QUESTION_WORDS = {"pourquoi", "comment", "quand", "où", "combien", "qui", "que", "qu'", "quel", "quelle", "quels",
                   "quelles", "lequel", "laquelle", "lesquels", "lesquelles"}


def quoted_words(sentence: Sentence, trigger: Token) -> list[Token]:
    """The words of the quotation the trigger stands in (« « X a-t-il livré … ? », a demandé Y »), if any."""
    bounds = _quote_bounds(sentence, trigger)
    return list(sentence.tokens[bounds[0] + 1:bounds[1]]) if bounds is not None else []


def _quote_bounds(sentence: Sentence, trigger: Token) -> tuple[int, int] | None:
    """The quotation marks around the trigger, as positions in the sentence."""
    said = texts(sentence.doc)[sentence.span.start:sentence.span.end]
    at = trigger.i - sentence.span.start
    opening = next((i for i in range(at, -1, -1) if said[i] in OPENING_QUOTES), None)
    closing = next((i for i in range(at, len(said)) if said[i] in CLOSING_QUOTES), None)
    return (opening, closing) if opening is not None and closing is not None else None


_NOT_WORDS = {"«", '"', "\u201c", "-", "\u2014"}
_ASKING = {"?", "?!", "!?"}


def asked_whether(sentence: Sentence, trigger: Token) -> bool:
    """The trigger's sentence, or the quotation it stands in, asks whether: the sentence's answer is read once,
    not at each of its triggers (its words never change)."""
    start, end = sentence.span.start, sentence.span.end
    asks = questions(sentence.doc)
    found = asks.get((start, end))
    if found is None:
        found = asks[(start, end)] = _asks(sentence.doc, start, end)
    if found:
        return True
    bounds = _quote_bounds(sentence, trigger)
    return bounds is not None and _asks(sentence.doc, start + bounds[0] + 1, start + bounds[1])


def _asks(doc: Doc, start: int, end: int) -> bool:
    """The doc's words from start to end end in a question mark with no question word among their first three
    (« Et que sait-on des négociations ? », « Pour quelles raisons ... ? » take them as done): they ask whether."""
    said, lowered = texts(doc), lowers(doc)
    last = next((said[i] for i in range(end - 1, start - 1, -1)
                 if not said[i].isspace() and said[i] not in _NOT_WORDS), None)
    if last is None or last not in _ASKING:  # the words' last: not a question (most sentences)
        return False
    words = [i for i in range(start, end) if not said[i].isspace() and said[i] not in _NOT_WORDS]
    if len(words) > 2 and lowered[words[1]] == "-ce" and lowered[words[2]] in {"que", "qu'"}:
        words = words[3:]  # « Est-ce que X a livré ... ? » asks whether
    return bool(words) and said[words[-1]] in _ASKING and \
        not any(lowered[i] in _QUESTION_WORDS for i in words[:3])
