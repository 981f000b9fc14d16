"""Reading the dependency parse: the sentence and its mentions, the case of a nominal, the verb a trigger hangs
on, the path from a mention up to its trigger; which role that path gives the mention is kg.extract.roles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.extract import doc_words
from kg.extract.dates import DateSpan
from kg.extract.doc_words import children as kids
from kg.extract.function_words import DE_CASES as DE_CASES  # read from here by many rules
from kg.extract.lexicon import case_locutions, modality_words, trigger_lemmas, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.money import MoneySpan
from kg.nlp import plain_once
from kg.records import Entity, Evidence

AGENT, PARTNER, RECIPIENT, THEME, PLACE, SOURCE, ADVERSARY = (
    "agent", "partner", "recipient", "theme", "place", "source", "adversary")
# « le soutien de la France à l'Ukraine » vs « les soutiens de l'Ukraine »: « de » gives an agent only with a recipient
OF = "of"
SUBJECTS = {"nsubj", "nsubj:pass", "expl:subj"}
_CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis"}
_SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "qui", "lui", "celui-ci", "celle-ci", "ce dernier", "cette dernière"}
THIS = frozenset({"ce", "cet", "cette"})  # the singular demonstratives
THESE = THIS | {"ces"}  # every demonstrative
DEFINITE = THESE | {"le", "la", "l'", "les"}  # determiners of a thing named before
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})  # « son homologue », « leurs contrats »
_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
_STANDS_FOR_SPEAKER = {"gouvernement", "pays", "exécutif", "administration", "état", "cabinet", "capitale"}


@dataclass
class Sentence:
    """One sentence with what is known of it: mentions by token, sums of money and dates."""

    span: Span
    article: str
    offset: int  # article offset of the sentence's paragraph
    mentions: list[Mention]
    money: list[tuple[int, int, MoneySpan]] = field(default_factory=list)  # token start, token end, amount
    dates: list[tuple[int, int, DateSpan]] = field(default_factory=list)
    index: int = 0  # position of the sentence in the article
    by_token: dict[int, Mention] = field(default_factory=dict)
    written: str = ""  # the paragraph as the article writes it (the parser saw it with plain apostrophes)
    roots: dict[tuple[int, int], Token] = field(default_factory=dict, repr=False)  # mention_root, made once
    spanned: set[int] | None = field(default=None, repr=False, compare=False)  # kg.extract.place_ranges, made once
    visits: list[tuple[Entity, Token]] | None = field(default=None, repr=False, compare=False)  # setting, made once

    def __post_init__(self) -> None:
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self.by_token[i] = mention

    @cached_property
    def doc(self) -> Doc:  # read by every rule, many times a sentence: a Span makes its answer at each read
        return self.span.doc

    @cached_property
    def tokens(self) -> tuple[Token, ...]:  # made once: iterating a span makes new Token objects at every pass
        return doc_words.tokens(self.span.doc)[self.span.start:self.span.end]

    @cached_property
    def lower(self) -> list[str]:
        """Each token's lowercase form (token.lower_ looks it up at every call), read as titles are: past the
        prefix of a former post (« l'ex-ministre » as « ministre », as « l'ancien ministre » reads)."""
        return [w[3:] if w.startswith("ex-") and w[3:].isalpha() else w
                for w in doc_words.lowers(self.span.doc)[self.span.start:self.span.end]]

    @cached_property
    def said(self) -> tuple[str, ...]:  # each token's `lower_` as the parser gave it (`lower` reads titles)
        return doc_words.lowers(self.span.doc)[self.span.start:self.span.end]

    def first_of(self, words: frozenset[str] | set[str]) -> int | None:
        """The position in the doc of the sentence's first token whose `lower_` is one of `words`."""
        return next((self.span.start + k for k, word in enumerate(self.said) if word in words), None)

    @cached_property
    def lemma(self) -> list[str]:  # each token's lowercase lemma, by position in the sentence
        return list(doc_words.lemmas(self.span.doc)[self.span.start:self.span.end])

    @cached_property
    def text(self) -> str:  # as the parser saw it (plain apostrophes, same length), not joined from Token objects
        return plain_once(self.written)[self.span.start_char:self.span.end_char] if self.written else self.span.text

    def evidence(self) -> Evidence:
        """The sentence exactly as the article writes it, at its span in the article text."""
        text = self.written[self.span.start_char:self.span.end_char] if self.written else self.span.text
        start = self.offset + self.span.start_char
        return Evidence(self.article, text, start, start + len(text))

    def mention_at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def in_money(self, token: Token) -> bool:
        return any(start <= token.i < end for start, end, _ in self.money)


ResolveFn = Callable[["Sentence", Token], list[Entity]]  # a subject token -> the actors it names (« il », « son pays »)


_CASE_MARK = frozenset({get_string_id("case"), get_string_id("mark")})
_FIXED = get_string_id("fixed")


def case_of(token: Token) -> str:
    """The preposition(s) introducing a nominal ("à", "avec", "face à", "d'après")."""
    words = []
    at = token.i
    for child in doc_words.children(token):  # labels compared by their ids: `dep_` decodes a string at each read
        if child.dep in _CASE_MARK and child.i < at:
            words.append(doc_words.lower_of(child))
            words.extend(doc_words.lower_of(f) for f in doc_words.children(child) if f.dep == _FIXED)
    if not words:
        return case_of(doc_words.tokens(token.doc)[at - 1]) if _cut_off_name(token) else ""
    if len(words) == 1 and words[0] in DE_CASES and token.head.i < token.i \
            and f"{token.head.lower_} de" in case_locutions():
        return f"{token.head.lower_} de"  # « auprès de X »: the parser makes « auprès » an adverb heading X
    return " ".join(words).replace("' ", "'")


def _cut_off_name(token: Token) -> bool:
    """« commandé au sud-coréen <Maker> »: the parser may cut a name off the bare word before it that carries the
    case (the name's demonym or kind), and hang it on the verb; the name then takes that noun's case."""
    if token.i == 0 or not token.text[:1].isupper():
        return False
    before = doc_words.tokens(token.doc)[token.i - 1]
    return token.pos_ == "PROPN" and before.text.islower() \
        and before.pos_ in {"NOUN", "ADJ"} and token.head != before and before.head in {token.head, token} \
        and all(c.dep_ in {"case", "det"} for c in doc_words.children(before)) \
        and any(c.dep_ == "case" for c in doc_words.children(before))


def adjective_forms(word: str) -> tuple[str, ...]:
    """The forms adjective_form may give a participle of this lower form other than the form itself: less its
    « s », less its « s » and its « e », less its « e »."""
    bare = word[:-1] if word.endswith("s") else word
    return bare, bare[:-1] if bare.endswith("e") else bare, word[:-1] if word.endswith("e") else word


def adjective_form(token: Token) -> str:
    """The masculine singular a participle takes as an adjective (« blindées » as « blindé »): the lemmatiser may read
    an adjective of matériel as a verb's participle (« des véhicules blindés » under « blinder »)."""
    morph = str(token.morph)
    if "VerbForm=Part" not in morph:
        return token.lower_
    word = token.lower_
    if word.endswith("s") and "Number=Plur" in morph:
        word = word[:-1]
    return word[:-1] if word.endswith("e") and "Gender=Fem" in morph else word


def predicate_of(token: Token) -> Token:
    """The verb a nominal trigger depends on (itself for a verb)."""
    current = token
    for _ in range(12):
        if current.pos_ == "VERB" or (head := current.head) == current:
            return current
        current = head
    return current


def clause_verb(token: Token) -> Token:
    """The verb or auxiliary whose clause a word is in, climbing its heads (itself for a verb; the root if none)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


ACTOR_KINDS = {gz.NAME, gz.CAPITAL, gz.DEMONYM, gz.BODY, gz.ORGANISATION, gz.COMPANY, gz.PERSON, "ner-org"}
# Participles that pass a recipient to the thing they describe (« des systèmes destinés à l'Ukraine »), or that only
# compound or name their noun, the parser hanging the verb's recipient on them (« a cédé des pièces détachées à X »)
_DESTINED = {"destiner", "réserver", "promettre", "dédier", "attribuer", "allouer", "détacher", "nommer", "baptiser"}


def _transparent(token: Token, stop: Token) -> bool:
    """A participle describing the trigger itself (« accord conclu avec », « missiles fournis par »), or one
    that only passes on a recipient (« destinés à »), or one that values it (« un lot estimé à 2 millions à X »,
    the parser hanging the recipient on the sum): the path may cross it."""
    if token.dep_ in {"acl", "advcl"} and not any(c.dep_ == "obl:agent" for c in kids(token)) and \
            any(t.detail == "valued" for t in triggers().get((token.lemma_.lower(), "VERB"), [])):
        return True
    if token.dep_ != "acl" or "VerbForm=Part" not in str(token.morph):
        return False
    return token.head == stop or token.lemma_ in _DESTINED


def _clause(token: Token) -> bool:
    """A verb heading a clause of its own; a verb coordinated with another verb too (« fournis par A et
    fabriqués par B »), but not one the parser hung on a noun (« des négociations ... se tiendront »); nor a system's
    designator the tagger takes for a verb (« un avion X123W à Y »: no verb is written with a figure)."""
    if token.pos_ not in {"VERB", "AUX"} or any(c.isdigit() for c in token.text):
        return False
    return token.dep_ in _CLAUSE_DEPS or (token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"})


def path_up(token: Token, stop: Token) -> list[Token] | None:
    """Tokens from `token` up to (excluding) `stop`, or None if `stop` is not an ancestor or a clause lies between.
    Transparent participles are left out of the path."""
    path = [token]
    current = token
    while current != stop:
        head = current.head  # one Token made per step, not two
        if head == current:
            return None
        if _clause(current) and not _transparent(current, stop):
            return None
        current = head
        if current != stop and not _transparent(current, stop):
            path.append(current)
    return path


def governing_case(sentence: Sentence, mention: Mention, trigger: Token) -> str:
    """The first preposition other than « de » between a mention and the trigger (« à la France », « pour
    l'Ukraine », « auprès de la Corée »)."""
    token = mention_root(sentence, mention)
    for _ in range(12):
        case = case_of(token)
        if case and case not in DE_CASES:
            return case
        if token == trigger or token.head == token:
            break
        token = token.head
    return ""


def mention_root(sentence: Sentence, mention: Mention) -> Token:
    """The first token of a mention attached outside it: names are head-first (« Naval Group »), and the
    parser's depth-based root is thrown off when it misattaches the second word."""
    key = (mention.start, mention.end)
    if (found := sentence.roots.get(key)) is not None:
        return found
    span = mention.span(sentence.doc)
    for token in span:
        if not span.start <= token.head.i < span.end or token.head.i == token.i:
            break
    else:
        token = span.root
    sentence.roots[key] = token
    return token


def light_verb(verb: Token, noun: Token) -> bool:
    """Whether `verb` makes the fact its object `noun` names: a light verb (« effectue une visite »), or one of two
    words with that noun (« fait le déplacement »)."""
    lemma = verb.lemma_.lower()
    return lemma in word_list("light-verbs.tsv") or f"{lemma} {noun.lemma_.lower()}" in word_list("light-verbs.tsv")


def licenses(verb: Token, trigger: Token, predicative: bool = True) -> bool:
    """Whether the subject of `verb` is an agent of the fact its dependent noun `trigger` names: a light
    verb (« apporte son soutien »), a trigger (« financer la production »), a reporting verb (« annonce des
    négociations »); not « a salué l'accord ». A verb trigger licenses its own subject."""
    if verb == trigger or trigger.pos_ == "VERB":
        return verb == predicate_of(trigger)
    if verb.pos_ not in {"VERB", "AUX"} and not any(c.dep_.startswith("expl") for c in kids(verb)) and not (
            predicative and any(c.dep_ == "cop" or c.dep_.startswith("aux") for c in kids(verb))):
        return True  # a parse without a verb (headlines): nothing to go by; « s'est plainte » is a verb misread
    # `predicative`, for its subject: « X s'est plainte des livraisons de Y », « X est favorable à la livraison »: a
    # noun or adjective an auxiliary or the copula makes the predicate licenses its subject by its word, as a verb
    lemma = verb.lemma_.lower()
    # « a pris part à une réunion », « a fait le déplacement »: a light verb of two words, the verb and its object
    lemma = next((f"{lemma} {c.lemma_.lower()}" for c in kids(verb) if c.dep_ == "obj"
                  and f"{lemma} {c.lemma_.lower()}" in word_list("light-verbs.tsv")), lemma)
    # reporting, considering and refusing verbs too: « envisage des négociations », « refuse tout accord »
    return lemma in word_list("light-verbs.tsv") or lemma in trigger_lemmas() or \
        modality_words().get(lemma) in {"report", "consider", "modal", "refuse", "deny", "exclude"}


def is_pronoun_subject(token: Token) -> bool:
    return token.pos_ == "PRON" and token.lower_.removeprefix("-") in _SUBJECT_PRONOUNS  # « a-t-il dit »


def is_inverted_subject(token: Token) -> bool:
    """« a-t-elle précisé »: a subject pronoun set after its verb, whatever the parser hangs it as."""
    return token.text.startswith("-") and is_pronoun_subject(token)


def is_speaker_noun(token: Token) -> bool:
    """« son gouvernement », « leur pays »: a noun that stands for the speaker's state."""
    return token.lower_ in _STANDS_FOR_SPEAKER and any(
        c.dep_ in {"det", "nmod:poss"} and c.lower_ in _POSSESSIVES for c in kids(token))


def tensed(verb: Token) -> bool:
    """A verb told in a tense of its own: finite (« s'entretient ») or with a tense auxiliary (« s'est entretenu »)."""
    return "VerbForm=Fin" in str(verb.morph) or any(c.dep_ == "aux:tense" for c in verb.children)
