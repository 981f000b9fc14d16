"""Reading arguments off the dependency parse: who is the agent, partner, recipient of a trigger, and where."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.extract.dates import DateSpan
from kg.extract.lexicon import case_locutions, modality_words, role_cases, trigger_lemmas, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.money import MoneySpan
from kg.nlp import plain_once
from kg.records import Entity, Evidence

AGENT, PARTNER, RECIPIENT, THEME, PLACE, SOURCE, ADVERSARY = (
    "agent", "partner", "recipient", "theme", "place", "source", "adversary")
# « le soutien de la France à l'Ukraine » vs « les soutiens de l'Ukraine »: « de » gives an agent only with a recipient
OF = "of"
SUBJECTS = {"nsubj", "nsubj:pass", "expl:subj"}
DE_CASES = frozenset({"de", "d'", "du", "des"})  # the forms of « de » as a case
_CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis"}
_SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "qui", "lui", "celui-ci", "celle-ci", "ce dernier", "cette dernière"}
THIS = frozenset({"ce", "cet", "cette"})  # the singular demonstratives
THESE = THIS | {"ces"}  # every demonstrative
DEFINITE = THESE | {"le", "la", "l'", "les"}  # determiners of a thing named before
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

    def __post_init__(self) -> None:
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self.by_token[i] = mention

    @property
    def doc(self) -> Doc:
        return self.span.doc

    @cached_property
    def tokens(self) -> tuple[Token, ...]:  # made once: iterating a span makes new Token objects at every pass
        return tuple(self.span)

    @cached_property
    def lower(self) -> list[str]:
        """Each token's lowercase form (token.lower_ looks it up at every call), read as titles are: past the
        prefix of a former post (« l'ex-ministre » as « ministre », as « l'ancien ministre » reads)."""
        return [t.lower_[3:] if t.lower_.startswith("ex-") and t.lower_[3:].isalpha() else t.lower_
                for t in self.tokens]

    @cached_property
    def lemma(self) -> list[str]:  # each token's lowercase lemma, by position in the sentence
        return [t.lemma_.lower() for t in self.tokens]

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


def case_of(token: Token) -> str:
    """The preposition(s) introducing a nominal ("à", "avec", "face à", "d'après")."""
    words = []
    for child in token.children:
        if child.dep_ in {"case", "mark"} and child.i < token.i:
            words.append(child.lower_)
            words.extend(f.lower_ for f in child.children if f.dep_ == "fixed")
    if len(words) == 1 and words[0] in DE_CASES and token.head.i < token.i \
            and f"{token.head.lower_} de" in case_locutions():
        return f"{token.head.lower_} de"  # « auprès de X »: the parser makes « auprès » an adverb heading X
    if not words and _cut_off_name(token):
        return case_of(token.doc[token.i - 1])
    return " ".join(words).replace("' ", "'")


def _cut_off_name(token: Token) -> bool:
    """« commandé au sud-coréen <Maker> »: the parser may cut a name off the bare word before it that carries the
    case (the name's demonym or kind), and hang it on the verb; the name then takes that noun's case."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and token.text[:1].isupper() and token.pos_ == "PROPN" and before.text.islower() \
        and before.pos_ in {"NOUN", "ADJ"} and token.head != before and before.head in {token.head, token} \
        and all(c.dep_ in {"case", "det"} for c in before.children) and any(c.dep_ == "case" for c in before.children)


def predicate_of(token: Token) -> Token:
    """The verb a nominal trigger depends on (itself for a verb)."""
    current = token
    for _ in range(12):
        if current.pos_ == "VERB" or current.head == current:
            return current
        current = current.head
    return current


ACTOR_KINDS = {gz.NAME, gz.CAPITAL, gz.DEMONYM, gz.BODY, gz.ORGANISATION, gz.COMPANY, gz.PERSON, "ner-org"}
# Participles that pass a recipient to the thing they describe (« des systèmes destinés à l'Ukraine »), or that only
# compound or name their noun, the parser hanging the verb's recipient on them (« a cédé des pièces détachées à X »)
_DESTINED = {"destiner", "réserver", "promettre", "dédier", "attribuer", "allouer", "détacher", "nommer", "baptiser"}


def _transparent(token: Token, stop: Token) -> bool:
    """A participle describing the trigger itself (« accord conclu avec », « missiles fournis par »), or one
    that only passes on a recipient (« destinés à »), or one that values it (« un lot estimé à 2 millions à X »,
    the parser hanging the recipient on the sum): the path may cross it."""
    if token.dep_ in {"acl", "advcl"} and not any(c.dep_ == "obl:agent" for c in token.children) and \
            any(t.detail == "valued" for t in triggers().get((token.lemma_.lower(), "VERB"), [])):
        return True
    if token.dep_ != "acl" or "VerbForm=Part" not in str(token.morph):
        return False
    return token.head == stop or token.lemma_ in _DESTINED


def _clause(token: Token) -> bool:
    """A verb heading a clause of its own; a verb coordinated with another verb too (« fournis par A et
    fabriqués par B »), but not one the parser hung on a noun (« des négociations ... se tiendront »)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    return token.dep_ in _CLAUSE_DEPS or (token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"})


def path_up(token: Token, stop: Token) -> list[Token] | None:
    """Tokens from `token` up to (excluding) `stop`, or None if `stop` is not an ancestor or a clause lies between.
    Transparent participles are left out of the path."""
    path = [token]
    current = token
    while current != stop:
        if current.head == current:
            return None
        if _clause(current) and not _transparent(current, stop):
            return None
        current = current.head
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


def relation(sentence: Sentence, mention: Mention, trigger: Token, object_role: str, fact: str) -> str | None:
    """How a mention relates to a trigger of a kind of fact (agent, partner, recipient, place, source...)."""
    root = mention_root(sentence, mention)
    predicate = predicate_of(trigger)
    anchors = [trigger] if predicate == trigger else [trigger, predicate]
    # where the parser hangs the recipient: « refuse de livrer ... à l'Ukraine » on refuse, « des canons livrés
    # par la France à l'Arménie » on canons; these anchors give no agent
    extra = []
    if predicate.dep_ in {"xcomp", "obl:arg"} and predicate.head.pos_ in {"VERB", "ADJ"}:
        extra.append(predicate.head)
    if trigger.dep_ == "acl":
        extra.append(trigger.head)
    for anchor in anchors + extra:
        path = path_up(root, anchor)
        if path is None:
            continue
        role = _relation_on(sentence, mention, path, anchor, trigger, object_role, fact)
        talks = fact == "negotiation" and anchor.lemma_.lower() in word_list("talk-verbs.tsv") and \
            trigger.head == anchor and (trigger.dep_ == "obj" or case_of(trigger) == "pour")
        if role == AGENT and (anchor in extra or (anchor != trigger and not licenses(anchor, trigger) and not talks)):
            return None  # « le ministre a salué le soutien », « utilise des obusiers livrés par X »
        return role
    return None


def licenses(verb: Token, trigger: Token) -> bool:
    """Whether the subject of `verb` is an agent of the fact its dependent noun `trigger` names: a light
    verb (« apporte son soutien »), a trigger (« financer la production »), a reporting verb (« annonce des
    négociations »); not « a salué l'accord ». A verb trigger licenses its own subject."""
    if verb == trigger or trigger.pos_ == "VERB":
        return verb == predicate_of(trigger)
    if verb.pos_ not in {"VERB", "AUX"}:
        return True  # a parse without a verb (headlines): nothing to go by
    lemma = verb.lemma_.lower()
    # « a pris part à une réunion »: a light verb of two words, the verb and its bare object noun
    lemma = next((f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ == "obj" and not any(
        d.dep_ == "det" for d in c.children) and f"{lemma} {c.lemma_.lower()}" in word_list("light-verbs.tsv")), lemma)
    # reporting, considering and refusing verbs too: « envisage des négociations », « refuse tout accord »
    return lemma in word_list("light-verbs.tsv") or lemma in trigger_lemmas() or \
        modality_words().get(lemma) in {"report", "consider", "modal", "refuse", "deny", "exclude"}


def _relation_on(sentence: Sentence, mention: Mention, path: list[Token], anchor: Token, trigger: Token,
                 object_role: str, fact: str) -> str | None:
    root = path[0]
    link = path[-1]
    if fact == "support" and _stationed(root, trigger):
        return None  # « la formation menée par les forces de A au Sénégal »: where the giver is, no recipient
    # through a coordination, the first conjunct says what the whole list is
    for token in reversed(path):
        if token.dep_ != "conj":
            link = token
            break
    relational = word_list("relational-nouns.tsv")  # by word too: « allié » the lemmatiser may take for « allier »
    if link.dep_ in SUBJECTS and any({t.lemma_.lower(), t.lower_.removesuffix("s")} & relational for t in path[1:]):
        return None  # « les alliés de l'Ukraine livrent », « X, un proche allié de la Russie, s'est rendu »
    if fact == "agreement" and link.dep_ in SUBJECTS and any(
            t.dep_ in {"amod", "acl", "appos"} and t.pos_ in {"ADJ", "VERB", "NOUN"} for t in path[1:-1]):
        return None  # « Ce pays, voisin de l'Ukraine (négociant une sortie de l'UE), a signé »: no side of its deal
    # the first preposition other than « de » above the mention, and the token that carries it
    cases = [(t, case_of(t)) for t in path]
    carrier, case = next(((t, c) for t, c in cases if c and c not in DE_CASES), (None, ""))
    if carrier is not None and carrier != root and not _stands_in(path, carrier) and \
            not _in_building(mention, path, carrier, fact):
        return None  # « au titre de la Facilité européenne pour la paix »: no recipient
    if carrier is not None and carrier != root and case == "sur" and carrier.head == trigger and \
            _in_building(mention, path, carrier, fact):
        return PLACE  # « a rencontré X sur la base navale de Tartous »: the city of the site talks are held on
    if case == "par" and any(t != trigger and ((t.dep_ in {"acl", "acl:relcl"} and t.pos_ != "NOUN") or (
            t.dep_ in {"conj", "acl"} and t.lower_.endswith(("ée", "ées", "ite", "ites")) and not any(
            c.dep_ == "det" for c in t.children))) for t in path[1:]):  # « une délégation, conduite par X »
        return None  # « des avions produits par X »: the agent of the participle, not of the trigger
    if carrier is not None and carrier != link:
        # a prepositional phrase inside another argument: the parser often hangs « à l'Ukraine » on the
        # object (« des munitions à l'Ukraine »), but « présent en Turquie » inside a subject is no subject
        role = None if link.dep_ in SUBJECTS else _by_case(mention, case, fact)
        if case.startswith("entre") and fact == "negotiation" and \
                carrier.head.pos_ == "NOUN" and carrier.head.lemma_.lower() not in trigger_lemmas():
            return None  # « à la lumière du conflit entre A et B »: the sides of another noun, not of the talks
        above = path[path.index(carrier) + 1:]
        framed = next((i for i, t in enumerate(above) if case_of(t) and case_of(t) not in DE_CASES
                       and t.dep_ != "obl:agent"), None)  # « commandé par A à B »: B hung on the agent
        if fact == "support" and framed and case_of(above[framed]) not in role_cases("recipient") \
                and not any(t.lemma_.lower() in trigger_lemmas() for t in above[:framed + 1]):
            return None  # « dans le cadre de la mission de l'ONU au Mali »: the mission's place (« en retour à X » is)
        topic = any(((m := sentence.mention_at(t)) is not None and m.how == gz.ISSUE) or case_of(t) == "sur"
                    for t in above)
        return None if role == PLACE and topic else role  # « portent sur un cessez-le-feu à Gaza »: no venue
    if carrier is None and root != link and fact in {"support", "financing"} and case_of(root) in DE_CASES and \
            (mention.state or mention.how == gz.ORGANISATION) and link.dep_ in {"nmod", "obj", "obl:arg"}:
        return OF  # « livraison de canons de la France (de l'UE) à l'Arménie »
    return _role(sentence, mention, link, anchor, trigger, object_role, fact)


_STATIONED = {"à", "au", "aux", "en"}  # « les forces de A au B »: where a body of A is


def _stationed(root: Token, trigger: Token) -> bool:
    """« menée par les forces de A au B », « les instructeurs de A en B forment »: a place hung on the agent's noun
    says where the giver is; but « commandé par la marine de A à B »: one buys from B, and « l'aide de A à B
    a doublé »: the support noun itself is the subject."""
    bought = any(t.detail == "buy-for" for t in triggers().get((trigger.lemma_.lower(), trigger.pos_), []))
    return root.dep_ == "nmod" and case_of(root) in _STATIONED and root.head.pos_ == "NOUN" and \
        root.head != trigger and root.head.dep_ in {*SUBJECTS, "obl:agent"} and not (bought and case_of(root) != "en")


def _stands_in(path: list[Token], carrier: Token) -> bool:
    """Between a mention and the preposition above it, only nouns that stand for it (« à l'armée de
    l'Ukraine », « pour la défense de la Lituanie ») or its own adjective (« à l'armée ukrainienne »)."""
    for token in path[1:path.index(carrier) + 1]:
        if token.lemma_.lower() not in word_list("stand-in-nouns.tsv") and token.pos_ in {"NOUN", "PROPN"}:
            below = path[path.index(token) - 1]
            named = below.dep_ == "nmod" and not case_of(below)  # « le fabricant suédois Saab »
            # « le fabricant de missiles X »: a bare complement between the noun and the name
            named = named or (path.index(below) == 1 and _bare_complement(below) and path[0].dep_ == "nmod"
                              and not case_of(path[0]))
            if below.dep_ not in {"amod", "appos", "flat:name", "conj"} and not named:
                return False
    return True


def _in_building(mention: Mention, path: list[Token], carrier: Token, fact: str) -> bool:
    """« au palais présidentiel de Nairobi », « à la résidence du gouverneur de Lima »: a city that names the building
    or site talks are held in (the nouns between them are of venue-nouns.tsv or titles of its owner)."""
    if fact != "negotiation" or mention.how not in {gz.CITY, gz.CAPITAL}:
        return False
    nouns = [t for t in path[1:path.index(carrier) + 1] if t.pos_ in {"NOUN", "PROPN"}]
    return carrier.lemma_.lower() in word_list("venue-nouns.tsv") and len(nouns) <= 2


def _bare_complement(token: Token) -> bool:
    """« de missiles », « d'hélicoptères »: a « de » complement with no determiner, the kind of a maker."""
    return token.dep_ == "nmod" and case_of(token) in DE_CASES and not any(c.dep_ == "det" for c in token.children)


def _by_case(mention: Mention, case: str, fact: str) -> str | None:
    if case in role_cases("source"):
        return SOURCE
    if case == "par":
        return AGENT
    if case in role_cases("partner") or case.startswith("entre"):
        return PARTNER
    if mention.how in {gz.CITY, gz.CAPITAL} and case in role_cases("place") and fact == "negotiation":
        return PLACE
    if mention.how == gz.NAME and case in role_cases("place") and fact == "negotiation":
        return PLACE  # « les discussions à Oman »: a state the talks are held in (a side, when it is one)
    if mention.how == gz.BODY and case in role_cases("seat") and fact == "negotiation":
        return PLACE  # « la rencontre à l'Élysée »: talks held at a seat of government
    if mention.how == gz.CITY:
        return None
    if case in role_cases("recipient") or case.startswith(("au profit", "à destination", "en faveur")) or \
            (fact == "support" and case in role_cases("seller")):  # « auprès de X »: support.py sorts it
        return RECIPIENT
    return None


def _role(sentence: Sentence, mention: Mention, link: Token, anchor: Token, trigger: Token,
          object_role: str, fact: str) -> str | None:
    case = case_of(link)
    dep = link.dep_
    if case in role_cases("source"):
        return SOURCE
    if case in role_cases("adversary") or case.startswith("face"):
        return ADVERSARY
    if case == "par" or (dep == "obl:agent" and not case):
        return AGENT
    if dep == "nsubj:pass" and anchor == trigger and trigger.pos_ == "VERB" and object_role == RECIPIENT:
        return RECIPIENT  # « l'armée a été équipée (formée, soutenue) par X »: the one equipped
    if dep in SUBJECTS:
        return AGENT if anchor != trigger or trigger.pos_ == "VERB" else None
    if case and case not in DE_CASES:
        return _by_case(mention, case, fact)
    if dep == "amod" and anchor == trigger:
        return AGENT  # "le soutien militaire norvégien", "des délégations russe et ukrainienne"
    if mention.how in {gz.CITY, gz.CAPITAL} and fact == "negotiation" and case in DE_CASES and anchor == trigger \
            and trigger.pos_ == "NOUN" and dep == "nmod":
        return PLACE  # « le sommet d'Osaka », « les pourparlers de Montevideo »
    if (dep in {"obj", "iobj"} or (dep == "xcomp" and link.pos_ == "PROPN")) and anchor == trigger:
        # the parser often reads a proper-noun object as a predicate: « avait rencontré Ortega »
        return OF if case in DE_CASES and object_role == AGENT else object_role
    if case in DE_CASES and anchor == trigger and dep not in {"amod", "appos", "flat:name"}:
        return OF if object_role == AGENT else THEME
    if dep == "appos":
        return THEME
    return None


def is_pronoun_subject(token: Token) -> bool:
    return token.pos_ == "PRON" and token.lower_.removeprefix("-") in _SUBJECT_PRONOUNS  # « a-t-il dit »


def is_inverted_subject(token: Token) -> bool:
    """« a-t-elle précisé »: a subject pronoun set after its verb, whatever the parser hangs it as."""
    return token.text.startswith("-") and is_pronoun_subject(token)


def is_speaker_noun(token: Token) -> bool:
    """« son gouvernement », « leur pays »: a noun that stands for the speaker's state."""
    return token.lower_ in _STANDS_FOR_SPEAKER and any(
        c.dep_ in {"det", "nmod:poss"} and c.lower_ in _POSSESSIVES for c in token.children)
