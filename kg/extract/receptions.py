"""Who receives a supply told around the thing supplied or from the recipient's side: « l'armée polonaise utilise des
chars livrés par X » (the subject of the clause that holds the thing), « les premiers blindés livrés par X sont
arrivés au Y » (where the thing arrives), « Y a pris livraison de deux frégates » (who takes the delivery), « la
livraison des avions commandés par Y » (who bought the thing)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.bare_objects import bare_object
from kg.extract.context import Context, states
from kg.extract.lexicon import Trigger, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.ships import SHIP_NOUNS
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, SUBJECTS, Sentence, case_of, mention_root, predicate_of
from kg.records import Entity

_BY = "par"
_TAKING = {"prendre"}  # « prendre livraison de »
_SEEING = "voir"  # « se voir livrer »
_MAKING_DO = "faire"  # « se faire livrer »
_ARRIVING = {"arriver", "atterrir", "parvenir"}
_BY = "par"
_INTO = {"à", "au", "aux", "en"}
_ORDERING = {"commander", "acheter", "acquérir"}  # « des avions commandés par X »
_TRAINING = "train"
_RECEIVING = {"recevoir", "réceptionner", "obtenir", "accueillir"}
_IN_KIND = "en"  # « reçu en don (en donation, en cadeau) »
_BEHALF = "part"  # « de la part de X »
_MEANS = {"avec", "grâce à", "par", "via"}
_GIVING = {"deliver", "sell", "export"}  # « se renforce avec l'acquisition de »


def names_system(noun: Token) -> bool:
    """« les blindés », « les hélicoptères », « les frégates »: a noun of systems (not « les soldats »)."""
    words = word_list("weapon-anaphors.tsv") | word_list("weapon-heads.tsv") | SHIP_NOUNS
    return any(w in words for w in (noun.lemma_.lower(), noun.lower_, noun.lower_.rstrip("sx")))


def recipients_of_participle(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger) -> list[Entity]:
    """« L'armée polonaise utilise des chars livrés par l'Allemagne »: the subject of the clause that holds the
    supplied thing receives it; in « l'armée face aux rebelles soutenus par X » the noun is the one supported."""
    participle = "VerbForm=Part" in str(trigger.morph) and not any(c.dep_.startswith("aux") for c in trigger.children)
    if not participle or trigger.dep_ not in {"acl", "xcomp", "advcl"} or \
            (trigger.dep_ == "acl" and entry.object_role == "recipient"):
        return []
    verb = predicate_of(trigger.head) if trigger.dep_ == "acl" else trigger.head
    if _gives(verb):  # « A fournira des chars à C, en plus des chars livrés par B »: A gives, it holds nothing
        return []
    # « l'Antonov transportait des armes offertes par X »: a maker's name is a plane
    holders = users_of(ctx, sentence, trigger) or \
        [e for child in verb.children if child.dep_ in SUBJECTS for e in ctx.resolve(sentence, child)
         if e.cls != "Company"] or _body_holder(ctx, sentence, verb)
    if holders or verb.lemma_.lower() not in _ARRIVING or trigger.head.dep_ not in SUBJECTS or \
            not (names_system(trigger.head) or any(m.how == gz.WEAPON for m in sentence.mentions
                                                     if trigger.head.is_ancestor(sentence.doc[m.start]))):
        return holders
    # « les premiers blindés livrés par X sont arrivés au Y »: where the supplied things arrive receives them
    return [ctx.actor(m) for m in sentence.mentions if m.how == gz.NAME
            and (root := mention_root(sentence, m)).head == verb and case_of(root) in _INTO]


def users_of(ctx: Context, sentence: Sentence, participle: Token) -> list[Entity]:
    """« l'utilisation par X d'armes achetées en Y »: the « par » agent of a noun of using the goods a participle
    qualifies holds them (the parser may hang the participle on the agent itself)."""
    goods = participle.head
    if participle.dep_ != "acl" or "VerbForm=Part" not in str(participle.morph):
        return []
    use = goods.head if case_of(goods) == _BY or (goods.dep_ == "nmod" and case_of(goods) in DE_CASES) else goods
    if use.lemma_.lower() not in word_list("use-nouns.tsv"):
        return []
    agent = next((c for c in use.children if case_of(c) == _BY and c.pos_ in {"NOUN", "PROPN"}), None)
    if agent is None:
        return []
    return [e for e in ctx.resolve(sentence, agent) if e.cls != "Company"]


def _gives(verb: Token) -> bool:
    """A verb that gives goods (« fournir », « livrer », « vendre »): its subject is a giver, not a holder."""
    return verb.pos_ == "VERB" and any(t.fact == "support" and t.detail in _GIVING
                                       for t in triggers().get((verb.lemma_.lower(), "VERB"), []))


def _body_holder(ctx: Context, sentence: Sentence, verb: Token) -> list[Entity]:
    """« Le commandement a réceptionné des avions cédés par X »: a state's body named without its state (« l'état-major
    », « l'armée ») that receives the supplied things receives them for the state the story is set in."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if verb.lemma_.lower() not in _RECEIVING or len(subjects) != 1 or \
            subjects[0].lemma_.lower() not in word_list("state-bodies.tsv") or \
            any(sentence.mention_at(t) is not None for t in subjects[0].subtree):
        return []
    about = ctx.story_state()
    return [about] if about is not None and about.cls == "State" else []


def seen_given(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity] | None:
    """« X s'est vu livrer trois avions », « X s'est vu remettre par Y des drones », « X s'est fait livrer deux
    drones »: the subject of « se voir », « se faire » receives what the verb after it gives (None: no such
    phrase)."""
    if trigger.pos_ != "VERB":
        return None
    if any(c.lemma_.lower() == _MAKING_DO and c.i < trigger.i for c in trigger.children) \
            and any(c.lower_ in {"se", "s'"} for c in trigger.children):  # the parser hangs « se fait » on the verb
        subject = trigger.head if trigger.dep_ == "xcomp" else trigger  # « X vient de se faire livrer »
        return [e for c in subject.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    if trigger.dep_ != "xcomp" or trigger.head.lemma_.lower() not in {_SEEING, _MAKING_DO} \
            or not any(c.lower_ in {"se", "s'"} for c in trigger.head.children):
        return None
    return [e for c in trigger.head.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]


def takers(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a pris livraison de deux frégates »: who takes a delivery receives it."""
    if trigger.pos_ == "VERB" or trigger.dep_ != "obj" or trigger.head.lemma_.lower() not in _TAKING:
        return []
    return [e for c in trigger.head.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]


def buyers_of_supplied(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« la livraison des deux premiers avions X commandés par Y »: the buyer of what a delivery hands over (a
    participle of ordering in the delivery's clause) receives it; so does the one of « Y a commandé des chars qui
    seront livrés par X » (buyers_of_relative)."""
    clause = predicate_of(trigger)
    return [ctx.actor(m) for m in sentence.mentions if m.how in {gz.NAME, gz.CAPITAL}
            and case_of(root := mention_root(sentence, m)) == _BY and (ordered := root.head).dep_ == "acl"
            and ordered.lemma_.lower() in _ORDERING and "VerbForm=Part" in str(ordered.morph)
            and clause.is_ancestor(ordered)] or buyers_of_relative(ctx, sentence, trigger)


def trainees(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger) -> list[Entity]:
    """« X assure la formation de l'armée malienne, des pilotes ukrainiens, des forces de l'Ukraine, des
    Somaliens »: who a training noun's « de » complement names (people of a state, not the state bare: « la
    formation de la France » is France's) is trained."""
    if entry.detail != _TRAINING or trigger.pos_ != "NOUN":
        return []
    trained = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
    return [ctx.actor(m) for m in sentence.mentions if m.state is not None
            and (((root := mention_root(sentence, m)).head in trained and root.dep_ in {"amod", "nmod"})
                 or (root in trained and m.how in {gz.DEMONYM, gz.BODY}))]


def described_buyers(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X, exclu du programme après l'achat de ... », « X, sanctionné après l'achat de ... »: a purchase noun in
    a phrase set off after an actor, that describes it, is that actor's."""
    if trigger.pos_ != "NOUN":
        return []
    described = trigger.head.head if trigger.head.dep_ == "acl" and trigger.dep_.startswith(("obl", "nmod")) \
        else trigger.head if trigger.dep_ == "nmod" else None
    if described is None or described.pos_ not in {"NOUN", "PROPN"} or described.i > trigger.i or \
            not any(t.text == "," for t in sentence.doc[described.i + 1:trigger.left_edge.i]):
        return []
    named = sentence.mention_at(described)
    return [ctx.actor(named)] if named is not None and named.how in {gz.NAME, gz.CAPITAL} else []


def gift_givers(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a reçu en don de la part de Y des drones », « recevoir des drones en don de Y »: the parser hangs « de Y »,
    « de la part de Y » on the noun of the gift the verb receives « en »; Y gives."""
    if trigger.pos_ != "VERB":
        return []
    received = [trigger, *(c for c in trigger.children if c.dep_ == "obj")]  # « des drones en don de Y »
    gifts = [c for r in received for c in r.children if c.pos_ == "NOUN" and case_of(c) == _IN_KIND]
    return [ctx.actor(m) for m in sentence.mentions if m.state is not None
            and case_of(root := mention_root(sentence, m)) in DE_CASES and root.dep_ == "nmod"
            and (root.head in gifts or (root.head.lemma_.lower() == _BEHALF and case_of(root.head) in DE_CASES
                                        and root.head.head in gifts))]


def infinitive_receivers(ctx: Context, trigger: Token, args_recipients: list[Mention]) -> list[Entity]:
    """« une cérémonie pour recevoir des avions en don de Y à l'armée X »: a reception told by an infinitive with no
    subject of its own receives for the « à » complement that names a state's side."""
    if trigger.pos_ != "VERB" or "VerbForm=Inf" not in str(trigger.morph) or \
            any(c.dep_ in SUBJECTS for c in trigger.children):
        return []
    return states(ctx, [ctx.actor(m) for m in args_recipients])


def benefited(ctx: Context, sentence: Sentence, trigger: Token) -> tuple[list[Entity], list[Entity]] | None:
    """« X a bénéficié d'un don de blindés de la part de Y », « X a reçu des camions grâce à un don de Y »: the
    subject of a verb of benefiting whose « de » complement is the supply noun (or of a verb of receiving whose
    means it is) receives; the noun's « de Y », « de la part de Y » gives (None: no such phrase).
    Suppliers, recipients."""
    verb = trigger.head
    benefit = verb.lemma_.lower() in word_list("benefit-verbs.tsv") and case_of(trigger) in DE_CASES
    means = verb.lemma_.lower() in _RECEIVING and case_of(trigger) in _MEANS
    if trigger.pos_ != "NOUN" or not trigger.dep_.startswith("obl") or not (benefit or means):
        return None
    takers = [e for c in verb.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]
    of = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
    of += [d for c in of if c.lemma_.lower() == _BEHALF for d in c.children if d.dep_ == "nmod"
           and case_of(d) in DE_CASES]  # « de la part de Y »
    of += [c for c in trigger.children if c.dep_ == "amod"]  # « un don chinois »
    givers = [ctx.actor(m) for m in sentence.mentions if m.state is not None and m.how in ACTOR_KINDS
              and mention_root(sentence, m) in of]
    return [g for g in givers if all(g.key != t.key for t in takers)], takers


def means_buyers(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X dispose d'une flotte récente avec l'acquisition de deux frégates », « Elle se renforce grâce à l'achat
    de ... »: a purchase told as the means of its clause is bought by the clause's subject (a pronoun resolved)."""
    if trigger.pos_ != "NOUN" or case_of(trigger) not in _MEANS:
        return []
    verb = predicate_of(trigger)
    return [e for c in verb.children if c.dep_ == "nsubj" for e in ctx.resolve(sentence, c)
            if e.cls in {"State", "Organization"}]


def received_from_plural(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a reçu des États-Unis des missiles », « X a reçu de Chine des drones »: « des » is « de les » before a state
    named in the plural, « de » the preposition before one named bare, which the parser reads as a partitive
    object; a state is never what is received."""
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.how == gz.NAME
                        and (root := mention_root(sentence, m)).head == trigger and root.dep_ == "obj"
                        and any(c.dep_ == "det" and c.lower_ in DE_CASES for c in root.children)])


def received_noun(trigger: Token) -> bool:
    """« X a reçu une livraison de drones »: a supply noun that is what its subject receives."""
    return trigger.pos_ != "VERB" and (trigger.dep_ == "obj" or bare_object(trigger)) and \
        trigger.head.lemma_.lower() in _RECEIVING


def received_set_off(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a reçu un lot de fusils à titre de don, de Y »: a state's name set off by a comma, after « de », at the
    end of a reception's clause is where what is received comes from, however the parser hangs it."""
    if trigger.pos_ != "VERB":
        return []
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        at = root.i - 1
        while at > trigger.i and sentence.doc[at].pos_ == "DET":
            at -= 1
        if mention.how == gz.NAME and mention.start > trigger.i and case_of(root) in DE_CASES and \
                sentence.doc[at - 1].text == "," and trigger.is_ancestor(root) and \
                not any(t.i > mention.end and t.pos_ != "PUNCT" for t in trigger.subtree):
            found.append(ctx.actor(mention))
    return states(ctx, found)


def drilled(trigger: Token) -> bool:
    """« un stage d'anglais militaire », « des officiers ont obtenu leur certificat à l'issue d'un stage »: a course
    is a military training when its phrase or the subject of its clause has a military word (military.tsv); an
    internship or a sports camp is none."""
    words = word_list("military.tsv")
    subjects = [c for c in predicate_of(trigger).children if c.dep_ in SUBJECTS]
    return any(t.lemma_.lower() in words or t.lower_ in words
               for t in [*trigger.subtree, *(s for c in subjects for s in c.subtree)])


def course_givers(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« des officiers X ont obtenu leur certificat à l'issue d'un stage dispensé par Y »: the « par » agent of a
    participle of giving in a training noun's phrase gives the course (the parser may hang the participle on a
    complement of the noun: « un stage de six semaines dispensé par Y »)."""
    if trigger.pos_ != "NOUN":
        return []
    given = {t for t in trigger.subtree if t.dep_ == "acl" and t.lemma_.lower() in word_list("course-givers.tsv")
             and "VerbForm=Part" in str(t.morph)}
    return [m for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM}
            and (root := mention_root(sentence, m)).dep_ == "obl:agent" and root.head in given]


def course_takers(ctx: Context, sentence: Sentence, trigger: Token, givers: list[Entity]) -> list[Entity]:
    """The subject of the clause of a course given by others is the one trained (« des officiers X »)."""
    subjects = [c for c in predicate_of(trigger).children if c.dep_ in SUBJECTS]
    return [e for e in states(ctx, [ctx.actor(m) for m in sentence.mentions if m.state is not None
                                    and any(s.i <= mention_root(sentence, m).i <= s.right_edge.i for s in subjects)])
            if all(e.key != g.key for g in givers)]


_RELATIVE = {"qui", "lesquels", "lesquelles"}
_ORDER_NOUNS = {"commande", "achat", "acquisition"}  # « passer commande de », « procéder à l'achat de »


def buyers_of_relative(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a commandé des chars qui seront livrés par Y », « X vient de passer commande de 40 blindés qui lui seront
    fournis par Y »: a delivery told in a relative clause on the things an order buys goes to the buyer (the subject
    of the verb of ordering, or of the verb the order noun is the object of)."""
    relative = next((c for c in trigger.children if c.dep_ in SUBJECTS and c.lower_ in _RELATIVE), None)
    if relative is None or relative.i == 0:
        return []
    thing = next((t for t in reversed(sentence.doc[max(0, relative.i - 4):relative.i]) if t.pos_ == "NOUN"), None)
    while thing is not None and thing.dep_ in {"nmod", "conj"} and thing.head.pos_ == "NOUN" and \
            thing.head.lemma_.lower() not in _ORDER_NOUNS:
        thing = thing.head  # « un lot de 40 blindés »
    if thing is None or not (names_system(thing) or thing.lemma_.lower() in word_list("batch-nouns.tsv")):
        return []
    order = thing.head if thing.dep_ in {"nmod", "obj", "obl:arg"} else None
    if order is not None and order.pos_ == "NOUN" and order.lemma_.lower() in _ORDER_NOUNS and \
            order.dep_ in {"obj", "xcomp"}:  # the parser may read « passer commande » as a verb and its complement
        verb = order.head
    elif order is not None and order.pos_ == "VERB" and order.lemma_.lower() in _ORDERING and thing.dep_ == "obj":
        verb = order
    else:
        return []
    while verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in verb.children) and verb.head != verb:
        verb = verb.head  # « X vient de passer commande »
    return [e for child in verb.children if child.dep_ in SUBJECTS for e in ctx.resolve(sentence, child)
            if e.cls != "Company"]
