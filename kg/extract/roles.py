"""The role a mention takes in the fact a trigger states (agent, partner, recipient, place, source...), read off
its path up the dependency parse to the trigger: the preposition that carries it, the nouns that stand for it,
the clauses and participles in between (kg.extract.syntax reads the parse itself)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.bare_objects import bare_object
from kg.extract.doc_words import children, lemma_of
from kg.extract.goods_sent import INTO, sends_goods
from kg.extract.lexicon import role_cases, trigger_lemmas, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.stand_ins import stand_in_verb
from kg.extract.syntax import (
    ADVERSARY,
    AGENT,
    DE_CASES,
    OF,
    PARTNER,
    PLACE,
    RECIPIENT,
    SOURCE,
    SUBJECTS,
    THEME,
    Sentence,
    case_of,
    licenses,
    mention_root,
    path_up,
    predicate_of,
)


def _stopped_at(verb: Token) -> bool:
    """« a effectué des escales à A et à B »: a verb whose object is a stop on the way; its places are stops."""
    if verb.pos_ != "VERB":
        return False
    stops = word_list("stopover-nouns.tsv")
    return any(c.dep_ == "obj" and lemma_of(c) in stops for c in children(verb))


def relation(sentence: Sentence, mention: Mention, trigger: Token, object_role: str, fact: str) -> str | None:
    """How a mention relates to a trigger of a kind of fact (agent, partner, recipient, place, source...)."""
    root = mention_root(sentence, mention)
    predicate = predicate_of(trigger)
    if (opened := stand_in_verb(sentence, mention)) is not None:  # « A a reçu ... et celle de B en a acquis six »
        parallel = opened.i > predicate.i and predicate.is_ancestor(opened) and \
            any(entry.fact == fact for entry in triggers().get((lemma_of(opened), "VERB"), []))
        return AGENT if opened in {trigger, predicate} or parallel else None  # B, like A, is the first verb's subject
    anchors = [trigger] if predicate == trigger else [trigger, predicate]
    # where the parser hangs the recipient: « refuse de livrer ... à l'Ukraine » on refuse, « des canons livrés
    # par la France à l'Arménie » on canons; these anchors give no agent
    extra = []
    if predicate.dep_ in {"xcomp", "obl:arg"} and predicate.head.pos_ in {"VERB", "ADJ"}:
        extra.append(predicate.head)
    if trigger.dep_ == "acl":
        extra.append(trigger.head)
    if fact == "support" and _stopped_at(predicate):
        anchors, extra = [trigger], []  # « a fait escale au Sénégal lors de son vol de livraison »: a stop
    for anchor in anchors + extra:
        path = path_up(root, anchor)
        if path is None:
            continue
        if fact == "negotiation" and any(lemma_of(t) in word_list("stopover-nouns.tsv") for t in path[1:]):
            return None  # « après une escale à Dubaï, X a rencontré Y »: a stop on the way, not where they talk
        role = _relation_on(sentence, mention, path, anchor, trigger, object_role, fact)
        talks = fact == "negotiation" and anchor.lemma_.lower() in word_list("talk-verbs.tsv") and \
            trigger.head == anchor and (trigger.dep_ == "obj" or case_of(trigger) == "pour")
        framed = framed_talks(trigger, anchor) if fact == "negotiation" and anchor != trigger else None
        if role == AGENT and framed is False and path[-1].dep_ in SUBJECTS:
            return None  # « X a réagi après des entretiens entre A et B »: talks of others
        talks = talks or bool(framed)
        licensed = licenses(anchor, trigger, predicative=path[-1].dep_ in SUBJECTS)
        if role == AGENT and (anchor in extra or (anchor != trigger and not licensed and not talks)):
            return None  # « le ministre a salué le soutien », « utilise des obusiers livrés par X »
        return role
    return None


def framed_talks(trigger: Token, verb: Token) -> bool | None:
    """« X est reparti peu après des entretiens avec Y », « X a eu peu après des entretiens avec Y » (the parser
    taking « après » for the noun's preposition): a noun of talks under a preposition of time (talk-frames.tsv) hung
    on a verb, with the one met named by « avec » and no holder of its own, was held by the verb's subject (True);
    with its sides named by « entre », it was held by others (False); otherwise None (nothing to say)."""
    if trigger.pos_ != "NOUN" or trigger.head != verb or not trigger.dep_.startswith("obl") or \
            not any(case_of(trigger).startswith(f) for f in word_list("talk-frames.tsv")):
        return None
    complements = [c for c in trigger.children if c.dep_ in {"nmod", "obl:mod", "obl:arg"}]
    cases = [case_of(c) for c in complements]
    if any(c.startswith("entre") for c in cases):
        return False
    if any(case_of(c) in DE_CASES and (c.pos_ == "PROPN" or case_of(c) in {"du", "des"} or any(
            d.dep_ in {"det", "nmod:poss"} and d.lower_ in _HOLDER_DETERMINERS for d in c.children))
           for c in complements):
        return None  # « après les entretiens du ministre (de son envoyé) avec Y »: someone else's talks
    # « avec Y » right after the noun, which the parser may hang on the verb
    after = [c for c in verb.children if c.left_edge.i == trigger.right_edge.i + 1]
    within = [case_of(t) for t in trigger.subtree if t.dep_ == "nmod"]  # « des entretiens en tête-à-tête avec Y »
    return "avec" in cases + within + [case_of(c) for c in after]


_HOLDER_DETERMINERS = frozenset({"le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette"})


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
    if case == "par" and any(t != trigger and t.pos_ == "NOUN" and t.lemma_.lower() in trigger_lemmas()
                             for t in path[1:-1]):
        return None  # « a acquis des chars de A en réponse à l'achat d'avions par B »: B buys with the other noun
    if carrier is not None and carrier != link:
        # a prepositional phrase inside another argument: the parser often hangs « à l'Ukraine » on the
        # object (« des munitions à l'Ukraine »), but « présent en Turquie » inside a subject is no subject
        role = None if link.dep_ in SUBJECTS else _by_case(mention, case, fact, trigger)
        if role == RECIPIENT and fact == "support" and _struck(carrier):
            return None  # « avec l'aide de A, des frappes contre B au Yémen »: where the strikes fall
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
            (mention.state or mention.how == gz.ORGANISATION) and (link.dep_ in {"nmod", "obj", "obl:arg"}
                                                                  or (bare_object(link) and link.head == trigger)):
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
            if below.dep_ not in {"amod", "appos", "flat:name", "conj"} and not named and not _portfolio(token):
                return False
    return True


def _portfolio(token: Token) -> bool:
    """« avec le ministre des Affaires étrangères du Ghana », « à la ministre de la Défense de l'Inde »: the
    capitalised portfolio of a title that stands in passes its state's complement up to the title."""
    return token.text[:1].isupper() and token.dep_ == "nmod" and case_of(token) in DE_CASES and \
        token.head.lemma_.lower() in word_list("stand-in-nouns.tsv") and token.head.pos_ == "NOUN"


def _in_building(mention: Mention, path: list[Token], carrier: Token, fact: str) -> bool:
    """« au palais présidentiel de Nairobi », « à la résidence du gouverneur de Lima »: a city that names the building
    or site talks are held in (the nouns between them are of venue-nouns.tsv or titles of its owner); not a city
    that is the subject of a clause set « au centre des discussions »: the topic, no complement of the site."""
    if fact != "negotiation" or mention.how not in {gz.CITY, gz.CAPITAL}:
        return False
    if any(t.dep_ in SUBJECTS for t in path[:path.index(carrier)]):
        return False
    nouns = [t for t in path[1:path.index(carrier) + 1] if t.pos_ in {"NOUN", "PROPN"}]
    return carrier.lemma_.lower() in word_list("venue-nouns.tsv") and len(nouns) <= 2


def _struck(carrier: Token) -> bool:
    """« des frappes au Yémen », « les raids aériens en Syrie »: a place hung on a noun of hostile action."""
    return carrier.head.pos_ == "NOUN" and carrier.head.lemma_.lower() in word_list("attack-nouns.tsv")


def _bare_complement(token: Token) -> bool:
    """« de missiles », « d'hélicoptères »: a « de » complement with no determiner, the kind of a maker."""
    return token.dep_ == "nmod" and case_of(token) in DE_CASES and not any(c.dep_ == "det" for c in token.children)


def _sent_into(mention: Mention, case: str, fact: str, trigger: Token | None) -> bool:
    """« livrer des chars en Ukraine », « la fourniture d'obus en Ukraine »: the state goods are sent into receives
    them (a verb or noun of delivery whose object is the goods; a state, not a city). A participle qualifying its
    noun is left out: « des ingénieurs envoyés en X » are people posted there, not goods."""
    return case == INTO and fact == "support" and mention.how == gz.NAME and trigger is not None \
        and trigger.dep_ != "acl" and sends_goods(trigger)


def _by_case(mention: Mention, case: str, fact: str, trigger: Token | None = None) -> str | None:
    if _sent_into(mention, case, fact, trigger):
        return RECIPIENT
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
        return _by_case(mention, case, fact, trigger)
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
