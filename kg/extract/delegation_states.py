"""The state a member of one side's delegation serves (« la délégation géorgienne, conduite par X, coordinateur »,
« la délégation comprendra le coordinateur Y »: side_of), and the state a side's noun names or that sends it
(side_state); for kg.extract.post_states' reading of a post whose title names no state."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.about_states import NAMING
from kg.extract.doc_words import morph_values
from kg.extract.lexicon import word_list
from kg.extract.met_sides import standing_for
from kg.extract.syntax import SUBJECTS, Sentence
from kg.records import Entity

# verbs through which a side's delegation names its members (« la délégation comprendra X », « conduite par Y »)
_MEMBERSHIP = {"comprendre", "compter", "inclure", "composer", "conduire", "diriger", "mener", "emmener", "présider",
               "réunir", "représenter"}
_DEFINITE = {"le", "la", "l'", "les", "cette", "ce", "cet", "ces"}


def side_of(sentence: Sentence, head: Token, last: Entity | None) -> Entity | None:
    """« la délégation israélienne, conduite par X », « la délégation comprendra le coordinateur Y », « la partie
    russe, représentée par le vice-ministre Z », « la délégation ukrainienne du ministre W »: a member of one side's
    delegation serves that side's state; « la délégation » named before, the state of the one named last (`last`)."""
    token, nouns = head, word_list("side-nouns.tsv")
    if (composed := _composed_of(sentence, head, nouns) or _leads_side(sentence, head, nouns)) is not None:
        return composed
    for _ in range(5):
        parent = token.head
        if token.dep_ == "obl:agent" and (led := _led_side(parent, nouns)) is not None:
            parent = led  # « la délégation, conduite comme l'an passé par X »: whatever the parser hangs it on
        elif token.dep_ == "obl:agent" and (stood := standing_for(parent)) and (state := side_state(sentence, stood)):
            return state  # « celle du Qatar sera conduite par X »
        elif parent.i == token.i or (parent.pos_ in {"VERB", "AUX"} and parent.lemma_.lower() not in _MEMBERSHIP):
            return None
        # « la délégation ukrainienne du secrétaire X »: the title that complements the side's noun leads it
        side = parent if parent.lemma_.lower() in nouns and (token.dep_ != "nmod" or token.i == head.i) else next(
            (c for c in parent.children if c.dep_ in SUBJECTS and c.lemma_.lower() in nouns), None) \
            if parent.pos_ in {"VERB", "AUX"} else None
        if side is not None:
            return side_state(sentence, side) or (last if any(
                c.dep_ == "det" and c.lower_ in _DEFINITE for c in side.children) else None)
        token = parent
    return None


_FRONT = ("à", "la", "tête")  # « À la tête de la délégation éthiopienne, le général X »


def fronted_side(sentence: Sentence, head: Token) -> Entity | None:
    """« À la tête de la délégation éthiopienne, le général X, directeur de ..., a salué »: a title between the
    comma that ends a fronted « à la tête de » a side's noun and the verb after it names the subject that phrase
    describes, who serves that side's state."""
    doc, start = sentence.doc, sentence.span.start
    if tuple(t.lower_ for t in doc[start:start + 3]) != _FRONT:
        return None
    nouns = word_list("side-nouns.tsv")
    side = next((t for t in doc[start + 3:min(start + 7, sentence.span.end)] if t.lemma_.lower() in nouns), None)
    comma = next((t.i for t in doc[side.i:sentence.span.end] if t.text == ","), None) if side is not None else None
    if side is None or comma is None or head.i <= comma or \
            any(t.pos_ in {"VERB", "AUX"} for t in doc[comma:head.i]):
        return None
    return side_state(sentence, side)


_LEADING = {"conduire", "diriger", "mener", "présider"}


def _leads_side(sentence: Sentence, head: Token, nouns: frozenset[str]) -> Entity | None:
    """« X, président de l'Assemblée, qui conduisait la délégation du gouvernement vénézuélien »: the holder of a
    title that a relative clause has lead a side serves the state that side names (by name, demonym or body)."""
    for verb in (c for c in head.subtree if c.dep_ == "acl:relcl" and c.lemma_.lower() in _LEADING):
        if not any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in verb.children):
            continue
        for side in (c for c in verb.children if c.dep_ == "obj" and c.lemma_.lower() in nouns):
            states = {m.state.key: m.state for c in side.children if c.dep_ in {"amod", "nmod"} and not _bound_for(c)
                      for t in c.subtree if (m := sentence.mention_at(t)) is not None and m.state is not None and
                      m.how in NAMING | {gz.BODY}}
            if len(states) == 1:
                return next(iter(states.values()))
    return None


def _composed_of(sentence: Sentence, head: Token, nouns: frozenset[str]) -> Entity | None:
    """« une délégation du Pays composée du ministre X », the title hung by the parser on the state's name: the
    state of the side the participle of membership before the title lists it in."""
    named = head.head
    if head.dep_ != "nmod" or (mention := sentence.mention_at(named)) is None or mention.how != gz.NAME or \
            named.head.lemma_.lower() not in nouns or named.head.i >= named.i:
        return None
    listing = any(c.dep_ == "acl" and c.lemma_.lower() in _MEMBERSHIP and named.i < c.i < head.i
                  for c in [*named.children, *named.head.children])
    return side_state(sentence, named.head) if listing else None


_LED_REACH = 4  # words between the agent of « conduite par » and the side's noun, as the parser chains them


def _led_side(token: Token, nouns: frozenset[str]) -> Token | None:
    """The side's noun the agent of a participle leads (« la délégation sud-coréenne, conduite comme l'an passé
    par X »): up from the word the agent hangs on, through no clause of its own (a finite verb); else the noun
    right before the participle, which the parser hung elsewhere (« une délégation russe guidée par X »)."""
    participle = token
    for _ in range(_LED_REACH):
        if token.lemma_.lower() in nouns:
            return token
        if token.dep_ == "ROOT" or "Fin" in morph_values(token, "VerbForm") or \
                any(c.dep_.startswith("aux") for c in token.children):
            break
        token = token.head
    return _side_before(participle, nouns)


def _side_before(participle: Token, nouns: frozenset[str]) -> Token | None:
    """The side's noun right before a participle, past adjectives and a comma (« la délégation russe, conduite »)."""
    if "Part" not in morph_values(participle, "VerbForm"):
        return None
    doc = participle.doc
    for at in range(participle.i - 1, max(participle.i - 4, -1), -1):
        if doc[at].lemma_.lower() in nouns and doc[at].pos_ == "NOUN":
            return doc[at]
        if doc[at].pos_ != "ADJ" and doc[at].text != ",":
            return None
    return None


def side_state(sentence: Sentence, noun: Token) -> Entity | None:
    """The state a side's noun names (« la délégation ukrainienne », « la délégation de l'Iran »), else the one
    state that sends it (« le régime du Pays a envoyé une délégation à Moscou »)."""
    states = {m.state.key: m.state for c in noun.children if c.dep_ in {"amod", "nmod"} and not _bound_for(c)
              if (m := sentence.mention_at(c)) is not None and m.state is not None and m.how in NAMING}
    if not states and noun.dep_ == "obj" and noun.head.lemma_.lower() in _SENDING:
        states = {m.state.key: m.state for c in noun.head.children if c.dep_ in SUBJECTS for t in c.subtree
                  if (m := sentence.mention_at(t)) is not None and m.state is not None and m.how in NAMING}
    return next(iter(states.values())) if len(states) == 1 else None


_SENDING = {"envoyer", "dépêcher", "mandater", "déléguer", "expédier"}
_BOUND_FOR = {"à", "au", "aux", "en", "vers", "pour"}


def _bound_for(word: Token) -> bool:
    """« une délégation à Moscou », « en Russie »: where a side goes, not whose side it is."""
    return any(c.dep_ == "case" and c.lower_ in _BOUND_FOR for c in word.children)
