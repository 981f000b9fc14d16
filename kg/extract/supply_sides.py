"""The sides of a supply as its sentence says them: its subject or giver supplies, its « à X » or whoever takes,
holds or sees itself given the things receives; a supply moved elsewhere is given by who moves it, and a supply
asked for would go to who asks. A recipient the supply's phrase does not name: kg.extract.untold_recipients."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.arrivals import arrival_places
from kg.extract.context import Context, states
from kg.extract.equipped_platforms import equipped
from kg.extract.handovers import givers
from kg.extract.lexicon import Trigger, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.receptions import (
    benefited,
    course_givers,
    course_takers,
    recipients_of_participle,
    seen_given,
    takers,
    trainees,
)
from kg.extract.schooling import undertaken_course
from kg.extract.shared_agents import shared_agent
from kg.extract.supply_origins import BUY, qualifies_materiel
from kg.extract.supported_nouns import supported_states
from kg.extract.syntax import (
    ACTOR_KINDS,
    SUBJECTS,
    Sentence,
    case_of,
    governing_case,
    mention_root,
    predicate_of,
)
from kg.extract.won_deals import won_from
from kg.records import Entity

_MOVED = {"sell", "deliver"}
_TO = {"à", "au", "aux"}


def _requested(trigger: Token) -> bool:
    """« X demande l'aide de Y »: a supply noun that is what its subject asks for."""
    return trigger.pos_ != "VERB" and trigger.dep_ == "obj" and trigger.head.lemma_.lower() in \
        word_list("request-verbs.tsv")


def _redirected(sentence: Sentence, trigger: Token) -> list[Token] | None:
    """« X réaffecte 30 millions d'aide de A vers B », « l'aide de A a été redirigée vers B par X »: a supply moved
    from one place to another is given by who moves it (None: no such verb); « de A » is where it was going."""
    verb = trigger if trigger.pos_ == "VERB" else predicate_of(trigger)
    if verb.lemma_.lower() not in word_list("redirect-verbs.tsv") or not any(
            c.lower_ == "vers" for t in verb.subtree for c in t.children if c.dep_ == "case"):
        return None
    movers = [c for c in verb.children if c.dep_ in {"nsubj", "obl:agent"} and c.pos_ != "PRON"]
    if not movers and verb.dep_ == "xcomp":  # « X a décidé de réacheminer l'aide de A vers B »
        movers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return movers


def _after_a_sum(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger) -> list[Entity]:
    """« X a vendu, pour un montant de 2 milliards, des chars à Y »: a sum set off after the verb may lead the parser
    to hang the rest of the clause on it; an « à Y » on the sum's noun is who the things go to."""
    if trigger.pos_ != "VERB" or entry.detail not in _MOVED:
        return []
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        held = root.head
        if mention.state is not None and mention.how in {gz.NAME, gz.CAPITAL} and mention.start > trigger.i \
                and case_of(root) in _TO and held.pos_ == "NOUN" and \
                any(sentence.in_money(t) for t in [held, *held.children]):
            found.append(ctx.actor(mention))
    return states(ctx, found)


_EXPORT = "export"


_NOT = {"pas", "jamais", "point"}


def _undelivered(trigger: Token) -> bool:
    """« l'achat d'armes françaises, qui n'ont toujours pas été livrées »: goods of a sale or purchase that a relative
    clause says were never delivered were not supplied (yet)."""
    for goods in trigger.children:
        if goods.dep_ not in {"obj", "nmod"}:
            continue
        for clause in goods.children:
            if clause.dep_ == "acl:relcl" and any(t.fact == "support" and t.detail == "deliver"
                                                  for t in triggers().get((clause.lemma_.lower(), "VERB"), [])) \
                    and any(c.lemma_.lower() == "ne" for c in clause.children) \
                    and any(c.lower_ in _NOT for c in clause.children):
                return True
    return False


_SO_THAT = {"afin", "pour"}  # « afin que », « pour que »


def _enabled_buyers(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger) -> list[Entity]:
    """« X a octroyé un prêt afin que Y puisse acquérir des vedettes »: money given so that a state buys goes to
    that state, the subject of the clause of purpose whose verb (or the verb it governs) buys."""
    if entry.detail != "fund":
        return []
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _SO_THAT
                                             and any(f.lower_ == "que" for f in c.children) for c in clause.children):
            continue
        buying = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        if not any(t.fact == "support" and t.detail == BUY for v in buying
                   for t in triggers().get((v.lemma_.lower(), "VERB"), [])):
            continue
        found += [ctx.actor(m) for c in clause.children if c.dep_ == "nsubj"
                  and (m := sentence.mention_at(c)) is not None and m.how in ACTOR_KINDS]
    return states(ctx, found)


def _bound_for(sentence: Sentence, mention: Mention, entry: Trigger) -> bool:
    """« la formation des contingents X en partance pour Y »: where trainees set off for receives no training."""
    root = mention_root(sentence, mention)
    return entry.detail == "train" and case_of(root) == "pour" and \
        root.head.lemma_.lower() in word_list("departure-nouns.tsv")


def said_sides(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments) \
        -> tuple[list[Entity], list[Entity]]:
    """The suppliers and the recipients a supply's sentence names."""
    agents = [m for m in args.agents if entry.detail != BUY or not qualifies_materiel(sentence, m)]
    supplier_noun = entry.detail == "deliver" and entry.object_role == _AGENT  # « le fournisseur de Y »
    inherited = [] if supplier_noun and not _held(trigger) else args.implicit
    suppliers = states(ctx, [ctx.actor(m) for m in agents] or givers(ctx, sentence, trigger) or inherited)
    recipients = states(ctx, [ctx.actor(m) for m in args.recipients if not _bound_for(sentence, m, entry)]
                        or won_from(ctx, sentence, trigger)
                        or recipients_of_participle(ctx, sentence, trigger, entry) or takers(ctx, sentence, trigger)
                        or supported_states(ctx, sentence, trigger, entry)
                        or trainees(ctx, sentence, trigger, entry)
                        or arrival_places(ctx, sentence, trigger, entry)
                        or _after_a_sum(ctx, sentence, trigger, entry)
                        or _worked_for(ctx, sentence, trigger, entry)
                        or _supplied_clients(ctx, entry, args)
                        or _enabled_buyers(ctx, sentence, trigger, entry))
    if recipients and supplier_noun:  # « X est le deuxième fournisseur
        suppliers += [s for s in _ranked_before(ctx, sentence, trigger) if s not in suppliers]  # de Y après Z »: Z too
    if not agents and (meant := _ordinal_agent(sentence, trigger)):  # « fournies par le second »
        suppliers = states(ctx, [ctx.actor(meant)])
    if (movers := _redirected(sentence, trigger)) is not None:  # « X réaffecte l'aide de A vers B »: X gives
        suppliers = states(ctx, [e for m in movers for e in ctx.resolve(sentence, m)])
    if (seen := seen_given(ctx, sentence, trigger)) is not None:  # « X s'est vu livrer des avions »: X receives
        # « X a accepté de se faire livrer des W »: the subject the infinitive inherits is the one that receives
        taker = states(ctx, seen) or (states(ctx, args.implicit) if not agents else [])
        recipients = taker if seen else recipients or taker
        suppliers = [s for s in suppliers if all(s.key != r.key for r in [*taker, *recipients])]
    if not suppliers and recipients and entry.detail == _EXPORT and (about := ctx.story_state()) is not None \
            and about.cls == "State" and all(about.key != r.key for r in recipients):
        suppliers = [about]  # « des exportations d'armes vers Y »: the state the story is about exports
    if entry.detail == "train" and (taught := course_givers(sentence, trigger)):  # « un stage dispensé par X »
        suppliers = states(ctx, [ctx.actor(m) for m in taught])
        recipients = recipients or course_takers(ctx, sentence, trigger, suppliers)
    elif entry.detail == "train" and (course := undertaken_course(ctx, sentence, trigger)) is not None:
        suppliers, recipients = course  # « des officiers X ont entamé leur stage de formation Z à Y »
    if (benefit := benefited(ctx, sentence, trigger)) is not None:  # « X a bénéficié d'un don de Y »
        suppliers, recipients = states(ctx, benefit[0]), states(ctx, benefit[1])
    if _requested(trigger):  # « X demande l'aide de Y »: X would receive, Y give
        recipients, suppliers = suppliers, states(ctx, [ctx.actor(m) for m in args.of])
    if entry.detail in _MOVED and not args.agents and (shared := shared_agent(ctx, sentence, trigger)) is not None:
        suppliers, recipients = shared  # « remis à neuf par X et livrés à Y »: the first participle's agent gives
    return suppliers, recipients


def _supplied_clients(ctx: Context, entry: Trigger, args: Arguments) -> list[Entity]:
    """« X est le premier fournisseur d'armes de Y »: the « de Y » of a noun naming who supplies is who receives."""
    return states(ctx, [ctx.actor(m) for m in args.of]) if entry.detail == "deliver" and entry.object_role == _AGENT \
        else []


def _ranked_before(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The states a supplier noun is ranked after (« le deuxième fournisseur de Y après Z, derrière Z »)."""
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS and m.state is not None
                        and trigger.is_ancestor(root := mention_root(sentence, m)) and case_of(root) in _AFTER])


def _held(noun: Token) -> bool:
    """« X est (est devenu) le fournisseur de Y »: a noun naming who supplies that a subject holds, through the
    copula or a verb of becoming whose own subject it is (not one inherited from far: « ... l'occasion de devenir le
    fournisseur de Y »)."""
    return any(c.dep_ in SUBJECTS for c in noun.children) or \
        (noun.dep_ in {"xcomp", "obj", "obl:arg"} and any(c.dep_ in SUBJECTS for c in noun.head.children))


_AGENT = "agent"
_AFTER = {"après", "derrière"}
_ORDINALS = {"premier": 0, "première": 0, "second": 1, "seconde": 1, "deuxième": 1}


def _ordinal_agent(sentence: Sentence, trigger: Token) -> Mention | None:
    """« le partenariat de A avec B ... des armes fournies par le second »: « le premier », « le second » as the agent
    of a supply mean one of the two states the sentence named before, in order (None: no such agent, or not two)."""
    agent = next((c for c in trigger.children if c.dep_ == "obl:agent"), None)
    if agent is None or agent.lower_ not in _ORDINALS or \
            not any(d.dep_ == "det" and d.lower_ in {"le", "la"} for d in agent.children):
        return None
    before: dict[str, Mention] = {}
    for mention in sentence.mentions:
        if mention.how in ACTOR_KINDS and mention.state is not None and mention.start < agent.i:
            before.setdefault(mention.state.key, mention)
    return list(before.values())[_ORDINALS[agent.lower_]] if len(before) == 2 else None


def _worked_for(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger) -> list[Entity]:
    """« X a livré des W qu'elle a remis à neuf (modernisés) pour l'armée Y »: the one the goods were worked on for,
    in a relative clause on what is delivered, receives them."""
    if entry.detail != "deliver" or trigger.pos_ != "VERB":
        return []
    clauses = [r for r in sentence.tokens if r.i > trigger.i and r.pos_ == "VERB" and r.dep_ in {"acl:relcl", "ccomp"}
               and any(c.dep_ == "obj" and c.lower_ in _THAT and _on_goods(sentence, trigger, c) for c in r.children)]
    return states(ctx, [ctx.actor(m) for m in sentence.mentions if m.state is not None and m.how in ACTOR_KINDS
                        and any(c.is_ancestor(mention_root(sentence, m))
                                and governing_case(sentence, m, c) == "pour" for c in clauses)])


def _on_goods(sentence: Sentence, trigger: Token, that: Token) -> bool:
    """Whether a relative « que » follows the goods of a supply verb: a noun right before it, no verb between."""
    before = sentence.doc[that.i - 1]
    return before.i > trigger.i and (before.pos_ in {"NOUN", "PROPN"} or sentence.mention_at(before) is not None) \
        and not any(t.pos_ == "VERB" for t in sentence.doc[trigger.i + 1:that.i])


_THAT = {"que", "qu'", "qu\u2019"}


_PAYING = {"payer", "régler", "débourser"}  # « payer (une somme) pour la formation de ses pilotes »


def paid_own_training(trigger: Token) -> bool:
    """« X a payé (Y) pour la formation de ses pilotes »: a training of the payer's own people is bought by the payer,
    who is trained; the one paid trains."""
    return trigger.pos_ == "NOUN" and trigger.dep_.startswith("obl") and case_of(trigger) == "pour" and \
        trigger.head.lemma_.lower() in _PAYING and _of_own_people(trigger)


def pays_for_own_training(trigger: Token) -> bool:
    """« X a payé pour la formation de ses pilotes »: paying for one's own training buys for no one else."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in _PAYING and \
        any(paid_own_training(c) for c in trigger.children)


def _of_own_people(noun: Token) -> bool:
    """A training noun whose trainees are told by a possessive (« de ses pilotes », « de leurs officiers »)."""
    return any(t.fact == "support" and t.detail == "train" for t in triggers().get((noun.lemma_.lower(), "NOUN"), [])) \
        and any(c.dep_ == "nmod" and any(d.dep_ == "det" and "Poss=Yes" in str(d.morph) for d in c.children)
                for c in noun.children)


def replaced(sentence: Sentence, weapon: Mention, trigger: Token | None = None) -> bool:
    """« acquis à X pour remplacer un W », « en remplacement de ses W »: the system a supply replaces is the old one,
    not the one supplied (nor a stray system of the sentence); nor is the platform its goods are to fit out."""
    if equipped(sentence, weapon):  # « des missiles pour équiper ses W »
        return True
    first = mention_root(sentence, weapon)
    while first.dep_ == "conj" and first.head != first:  # « remplacer ses W1 et ses W2 »
        first = first.head
    if first.head != trigger and first.head.lemma_.lower() in _REPLACING:
        return True
    for token in reversed(sentence.doc[max(sentence.span.start, weapon.start - _REPLACED_WITHIN):weapon.start]):
        if token.lemma_.lower() in _REPLACING:  # « en remplacement de ses vieilles W », however the parser hangs it
            return True
        if token.pos_ in {"VERB", "AUX"} or sentence.mention_at(token) is not None:
            return False
    return False


_REPLACING = {"remplacer", "remplacement", "succéder", "relève"}
_REPLACED_WITHIN = 5  # words between « remplacement » and the system replaced


def gives_nothing(trigger: Token, entry: Trigger, args: Arguments) -> bool:
    """A supply word that gives nothing: a training paid for one's own people, a contract's subject, goods never
    delivered."""
    return pays_for_own_training(trigger) or _contract_subject(trigger, entry, args) or _undelivered(trigger)


def _contract_subject(trigger: Token, entry: Trigger, args: Arguments) -> bool:
    """« nous avons renouvelé les contrats d'appui et de conseil », « X a prolongé ses contrats d'assistance »: a
    support noun that only names what a contract is about tells who signed it, not who gives to whom; with no
    recipient told, no side of the contract supports the other."""
    if trigger.pos_ != "NOUN" or entry.detail != "support" or args.recipients:
        return False
    token = trigger
    while token.dep_ == "conj" and token.head.pos_ == "NOUN":  # « de soutien et de conseil »
        token = token.head
    return token.dep_ == "nmod" and any(
        t.fact == "agreement" for t in triggers().get((token.head.lemma_.lower(), "NOUN"), []))
