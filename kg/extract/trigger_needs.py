"""What a trigger word needs of its sentence before it states a fact (the `needs` column of the trigger tables):
a military context, a reflexive pronoun, an envoy sent, an official met, systems handed over, a sum for arms...
A word whose need is not met in the sentence states nothing."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.lexicon import Trigger, envoy_nouns, firm_nouns, triggers, word_list
from kg.extract.purposes import arms_purpose
from kg.extract.receptions import drilled, names_system
from kg.extract.syntax import DE_CASES, SUBJECTS, Sentence, case_of, mention_root, predicate_of

_SUCH = {"tel", "tels", "telle", "telles", "comme", "dont", "notamment"}  # « des armes, telles que des chars X »


def unmet(sentence: Sentence, token: Token, entry: Trigger, titled: Callable[[Token], bool],
          military_until: int, sport_until: int) -> bool:
    """Whether the sentence lacks what the trigger needs (or shows the word tells no fact at all): read before its
    arguments are gathered. `titled` tells a word of a post's title; the sentence indexes are the last ones a
    military and a sports context reach."""
    if entry.needs == "military" and sentence.index > military_until:
        return True
    if (named := sentence.mention_at(token)) is not None and named.how in {gz.ORGANISATION, gz.COMPANY} and \
            named.start < token.i:
        return True  # « l'Organisation du traité de ... »: a word of an organisation's name tells no fact
    if entry.fact == "support" and _civil(token):
        return True  # « une aide humanitaire », « l'aide de X à Y est politique et humanitaire »
    if token.pos_ == "NOUN" and _one_of_the_most(token):
        return True  # « l'un des plus gros contrats de défense pour les industries de X »: a class it ranks in
    if entry.fact == "negotiation" and token.pos_ == "VERB" and _composes_group(token):
        return True  # « le consortium réunissant A, B et C »: the members of a group of firms, no meeting
    if entry.fact == "negotiation" and token.pos_ == "NOUN" and _of_business(token):
        return True  # « des rencontres professionnelles », « un forum d'affaires »: firms meet, not states
    if entry.fact == "negotiation" and token.pos_ == "NOUN" and token.dep_ == "nmod" and \
            token.head.lemma_.lower() in word_list("absence-nouns.tsv"):
        return True  # « les grands absents de ce sommet »: those named stay away from the talks
    if entry.fact == "negotiation" and entry.detail == "joint" and _joint_donors(token):
        return True  # « A a convenu avec B et C de fournir une aide »: co-donors of a third, not sides of talks
    if entry.fact == "negotiation" and sentence.index <= sport_until and not any(
            m.how in {gz.PERSON, gz.BODY} for m in sentence.mentions) and \
            not any(titled(t) and t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() not in word_list("team-envoys.tsv")
                    for t in sentence.tokens):
        return True  # « la rencontre entre la France et le Maroc » in a sports page: a match (« une première
        # fois » is no title: a title's word that is only an adjective needs its noun, « premier ministre »)
    if entry.needs == "drilled" and not drilled(token):
        return True  # « un stage de l'équipe nationale », « un stage en entreprise »: no military training
    if entry.needs == "reflexive" and not any(c.lower_ in {"se", "s'"} for c in token.children):
        return True
    if entry.needs == "envoy" and not any(c.dep_ == "obj" and c.lemma_.lower() in envoy_nouns()
                                          for c in token.children):
        return True  # « a envoyé des responsables à Moscou pour » sends officials; « a envoyé des missiles »
    if entry.needs == "official" and (any(c.dep_ == "xcomp" for c in token.children) or not any(
            c.dep_ == "obj" and (titled(c) or c.lemma_.lower() in word_list("counterpart-nouns.tsv"))
            for c in token.children)):
        return True  # « est allé voir son homologue »; « a vu le jour », « l'a vu partir » meet no one
    if entry.needs == "adopted" and not any(c.dep_ in {"obj", "nsubj:pass"} and c.lemma_.lower() in
                                            word_list("adopted-texts.tsv") for c in token.children):
        return True  # « ont adopté la déclaration de X » binds its sides; « a adopté une résolution » does not
    if entry.needs == "intransitive" and any(c.dep_ == "obj" for c in token.children):
        return True  # « a échangé avec son homologue »; « a échangé des prisonniers avec » exchanges something
    if entry.needs == "joint" and not any(t.lemma_.lower() in word_list("joint-qualifiers.tsv")
                                          for t in sentence.doc[token.i + 1:token.i + 4]):
        return True  # « la commission mixte » of two states; « la Commission européenne » is a body
    if entry.needs == "plural" and "Number=Plur" not in str(token.morph):
        return True  # « des consultations » between states; « une consultation internationale » is a tender
    if entry.needs == "armed" and not (_armed_purpose(token) or arms_purpose(sentence, token)):
        return True  # « débloque 60 milliards pour l'armée »: a sum for arms, not any sum
    if entry.needs == "invested" and not _invested_in_systems(sentence, token):
        return True  # « investit 2 milliards dans la recherche »: a sum put in systems only buys them
    if entry.needs == "deed" and not _agreed_deed(token):
        return True  # « A a convenu avec B de fournir des obus »: a deal to supply; « ont convenu de se revoir »: none
    # « a donné son feu vert »: a verb that hands over systems only when it names them
    return (entry.needs == "systems" and not _gives_systems(sentence, token)) or _tells_no_deal(sentence, token, entry)


def _tells_no_deal(sentence: Sentence, token: Token, entry: Trigger) -> bool:
    """Words of supply or deal that tell none: « a envoyé deux frégates en visite à A » (a call the ships pay, not ships
    supplied), « le transfert d'une partie de la fabrication vers A » (where goods are made, not goods), « 10 milliards
    d'euros de commandes au premier semestre » (a total of many deals, no one deal)."""
    if entry.fact == "support":
        return _sent_visiting(token) if token.pos_ == "VERB" else token.pos_ == "NOUN" and _moves_making(token)
    return entry.fact in {"financing", "agreement"} and token.pos_ == "NOUN" and token.dep_ == "nmod" and \
        "Number=Plur" in str(token.morph) and sentence.in_money(token.head)


def _sent_visiting(verb: Token) -> bool:
    """« en visite » on the verb's object: what is sent goes on a visit (a noun of visit of the trigger table); on
    the verb itself it may be the giver's own visit (« a remis, en visite à A, des blindés »)."""
    return any(c.dep_ == "nmod" and case_of(c) == "en" and c.lemma_.lower() in _visit_nouns()
               for o in verb.children if o.dep_ == "obj" for c in o.children)


@cache
def _visit_nouns() -> frozenset[str]:
    """The nouns of visit of the trigger table, read once (each supply verb asked for them)."""
    return frozenset(lemma for (lemma, pos), entries in triggers().items() if pos == "NOUN" and
                     any(e.detail == "visit" for e in entries))


def _moves_making(noun: Token) -> bool:
    """A noun of supply whose « de » complement, or that complement's own, is a work of making with its article
    (« le transfert de la production », « d'une partie de la fabrication »), not the origin of goods (« des chars de
    fabrication locale »)."""
    works = word_list("making-works.tsv")
    level = [noun]
    for _depth in range(2):
        level = [c for t in level for c in t.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
        if any(c.lemma_.lower() in works and any(d.dep_ == "det" for d in c.children) for c in level):
            return True
    return False


def _agreed_deed(verb: Token) -> bool:
    """« A a convenu avec B de fournir une aide »: sides that agree together (the subject and one « avec » it) on a
    supply or a funding of their own (the infinitive a support trigger) make a deal with each other."""
    acts = _agreed_acts(verb)
    together = any(c.dep_.startswith("obl") and any(k.lower_ == "avec" for k in c.children) for c in verb.children)
    return together and any(t.fact == "support" for act in acts
                            for t in triggers().get((act.lemma_.lower(), "VERB"), []))


def _agreed_acts(verb: Token) -> list[Token]:
    """The infinitive a verb of agreeing takes: its own, or one the parser hangs on its « avec » side."""
    sides = [c for c in verb.children if c.dep_ in SUBJECTS or (c.dep_.startswith("obl") and any(
        k.lower_ == "avec" for k in c.children))]
    return [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] + [  # « avec B de fournir »
        c for side in sides for c in side.children if c.dep_ == "acl" and c.pos_ == "VERB" and any(
            k.dep_ == "mark" and k.lower_ in {"de", "d'"} for k in c.children)]


def _joint_donors(verb: Token) -> bool:
    """« A a convenu avec B et C de fournir », « A, B et C ont convenu de financer »: three sides or more agreeing
    to a supply or a funding of their own (the verb after them a support trigger) are donors acting together."""
    sides = [c for c in verb.children if c.dep_ in SUBJECTS or (c.dep_.startswith("obl") and any(
        k.lower_ == "avec" for k in c.children))]
    acts = _agreed_acts(verb)
    if not any(t.fact == "support" for act in acts for t in triggers().get((act.lemma_.lower(), "VERB"), [])):
        return False
    return sum(1 + sum(1 for k in side.children if k.dep_ == "conj") for side in sides) >= 3


def _composes_group(verb: Token) -> bool:
    """A verb tying a group of makers to its members (member-links.tsv) said of a noun of firms (firm-nouns.tsv),
    as its participle, its relative or its subject."""
    if verb.lemma_.lower() not in word_list("member-links.tsv"):
        return False
    nouns = firm_nouns()
    held = [verb.head, verb.head.head] if verb.dep_ in {"acl", "acl:relcl"} else []
    return any(t.lemma_.lower() in nouns and not any(  # not « le groupe de travail »
        c.dep_ == "nmod" and case_of(c) in {"de", "d'"} for c in t.children)
               for t in held + [c for c in verb.children if c.dep_ in SUBJECTS])


def _civil(token: Token) -> bool:
    """A support noun qualified as civilian: by its own adjective, or by what the sentence says it is (« l'aide
    de X à Y est essentiellement politique »: the noun is the subject of a civil qualifier, or of its conjunct)."""
    qualifiers = word_list("civil-qualifiers.tsv")
    if any(c.dep_ == "amod" and c.lemma_.lower() in qualifiers for c in token.children):
        return True
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.pos_ != "ADJ":
        return False
    said = [token.head, *(c for c in token.head.children if c.dep_ == "conj" and c.pos_ == "ADJ")]
    return any(c.dep_ == "cop" for c in token.head.children) and any(a.lemma_.lower() in qualifiers for a in said)


def _one_of_the_most(noun: Token) -> bool:
    """« l'un des plus gros contrats », « une des plus importantes livraisons »: a plural noun after « un des » with a
    superlative names the class a fact told apart ranks in, no fact of its own."""
    one = noun.head
    return noun.dep_ == "nmod" and "Number=Plur" in str(noun.morph) and one.lemma_.lower() == "un" and \
        one.pos_ in {"PRON", "NUM"} and \
        any(c.dep_ == "case" and c.lower_ in {"des", "de", "d'"} for c in noun.children) and \
        any(c.dep_ == "amod" and any(a.lower_ in {"plus", "moins"} for a in c.children) for c in noun.children)


def _of_business(noun: Token) -> bool:
    """A meeting noun qualified by an adjective or a « de » complement of business-meetings.tsv."""
    words = word_list("business-meetings.tsv")
    return any((c.dep_ == "amod" or (c.dep_ == "nmod" and any(k.lower_ in {"de", "d'"} for k in c.children)))
               and c.text.islower() and (c.lemma_.lower() in words or c.lower_ in words) for c in noun.children)


def _armed_purpose(trigger: Token) -> bool:
    """A clause that gives arms, an army or defence as what its sum is for."""
    words = word_list("armed-purposes.tsv")
    return any(t.lemma_.lower() in words for t in predicate_of(trigger).subtree if t.dep_ not in SUBJECTS)


def _gives_systems(sentence: Sentence, trigger: Token) -> bool:
    """« a donné 20 blindés », « des hélicoptères donnés par X », « un lot de blindés »: what the verb hands over
    names systems (a noun of systems, or one a weapon system's name stands in or completes), not « donner son feu
    vert » (nor a word after it the parser makes a second object), nor « prêter à X l'intention d'acheter des
    avions »."""
    things = [c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"}][:1]  # a second object is misparsed
    things = things or _joined_to_recipient(trigger)
    if trigger.dep_ == "acl":
        things.append(trigger.head)
    things += [c for t in things if t.lemma_.lower() in word_list("batch-nouns.tsv") for c in t.children
               if c.dep_ == "nmod"]  # « un lot de dix camions »: what the batch holds
    return any(names_system(t) or any(t in {root := mention_root(sentence, m), root.head}
                                      for m in sentence.mentions if m.how == gz.WEAPON) or _listed_systems(sentence, t)
               for t in things)


def _invested_in_systems(sentence: Sentence, verb: Token) -> bool:
    """« X investit 6 milliards dans le chasseur W »: the « dans » complement of a verb of investing names a system."""
    return any(case_of(root := mention_root(sentence, m)) == "dans" and predicate_of(root) == verb
               for m in sentence.mentions if m.how == gz.WEAPON)


def _joined_to_recipient(trigger: Token) -> list[Token]:
    """« X a accordé à Y un lot de blindés »: the object after the « à » complement, which the parser may join to it
    as a conjunct with no « et » between."""
    return [c for o in trigger.children if o.dep_.startswith("obl") for c in o.children
            if c.dep_ == "conj" and c.i > o.i and not any(d.dep_ in {"cc", "case"} for d in c.children)]


def _listed_systems(sentence: Sentence, thing: Token) -> bool:
    """« des armements, tels que des chars X et des obusiers Y »: a thing whose examples name systems."""
    words = list(thing.subtree)
    marks = [t.i for t in words if t.i > thing.i and t.lower_ in _SUCH]
    return bool(marks) and any(m.how == gz.WEAPON and m.start > marks[0] and words[-1].i >= m.start
                               for m in sentence.mentions)
