"""Contracts won, awarded, entrusted, sold or chosen: the maker and the client it works for are the deal's two
sides (« X a remporté un contrat de Y », « X a attribué à Y un contrat », « X a confié à Y la construction de »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.agreement_worth import path_up
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.deal_clauses import relative_partner
from kg.extract.deal_parties import chosen_maker, seen_awarded, state_with
from kg.extract.entrusted_programmes import entrusted_programme
from kg.extract.lexicon import Trigger, role_cases, triggers, word_list, words_of_class
from kg.extract.orders import CONCLUDING, order_sides
from kg.extract.serviced_owners import serviced_owner
from kg.extract.supplied_parties import CLIENT_CASES, supplied_to
from kg.extract.syntax import ACTOR_KINDS, SUBJECTS, Sentence, case_of, mention_root
from kg.extract.won_passive import won_by, won_passive
from kg.records import Entity

CONCLUDED = "concluded"  # a purchase a concluding verb closes with a seller (kg.extract.orders)
AWARD = "award"  # « X a confié à Y la construction de ... »: a work entrusted to a maker is a contract with it
CHOSEN = "chosen"  # « X a choisi Y pour construire ... »: the one chosen to supply or build signs with it
SOLD = "sold"  # « <maker> a vendu six avions à X »: a company's sale to a state is a contract between them

# « X a remporté un contrat de Y », « X a reçu une commande de Y »: the maker that wins and its client
_WINNING = {"remporter", "décrocher", "obtenir", "recevoir", "gagner", "emporter", "rafler"}


def contract_won(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The winner of a contract or an order and the client it wins it from (« de X », « auprès de X », or a state
    « avec X »: a company « avec » another is a partner that wins with it), else the state the story is about:
    both are parties."""
    if (agent := won_by(trigger, _WINNING)) is not None:  # « le contrat remporté par X » (kg.extract.won_passive)
        return won_passive(ctx, sentence, trigger, agent)
    if trigger.pos_ != "NOUN" or trigger.dep_ != "obj" or trigger.head.lemma_.lower() not in _WINNING:
        return []
    verbs = [trigger.head, *(a for a in trigger.head.children if a.dep_ == "aux:tense")]  # « il a » taken for a verb
    winners = [e for v in verbs for c in v.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)] or \
        _unhung_winner(ctx, sentence, trigger.head)
    # « le groupe allemand X », read as two subjects: the firm wins, not its home state
    winners = [w for w in winners if w.cls == "Company"] or winners
    actors = {mention_root(sentence, m).i for m in sentence.mentions if m.how in ACTOR_KINDS}
    clients = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if ((mention.how in ACTOR_KINDS - {gz.PERSON, gz.DEMONYM} and _from_client(root, trigger))
                or state_with(sentence, mention.how, root, trigger)) \
                and not any(case_of(t) in role_cases("recipient") and t.i in actors for t in path_up(root, trigger)):
            clients.append(ctx.actor(mention))
    clients = clients or _relative_client(ctx, sentence, trigger, winners)
    if len(winners) == 1 and winners[0].cls == "Company" and not clients and not any(
            case_of(c) in {"avec", "auprès"} or c.lower_ == "auprès"
            for t in (trigger, trigger.head) for c in t.children):
        # « X a décroché un contrat pour la fourniture de camions à Y »: the one supplied; « le groupe X a remporté
        # un contrat de 2 milliards » in a story of one state: that state's (« avec le club Y », no actor, is none)
        clients = supplied_to(ctx, sentence, trigger) or serviced_owner(ctx, sentence, trigger, winners) or \
            [c for c in [ctx.story_client(sentence, winners[0])] if c is not None] or \
            _home_announcing(ctx, sentence, trigger.head, winners[0])
    elif len(winners) == 1 and winners[0].cls == "State" and not clients:
        # « X a décroché un contrat pour moderniser l'artillerie de Y »: a state wins a work on another's systems
        clients = supplied_to(ctx, sentence, trigger) or serviced_owner(ctx, sentence, trigger, winners)
    return winners + clients if winners and clients else []


def shared_win(trigger: Token, agents: list[Entity]) -> bool:
    """« A et B obtiennent un contrat (en X) », no client said: firms that win a contract together are one side of
    it, not two parties to each other."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "obj" and trigger.head.lemma_.lower() in _WINNING and \
        len({a.key for a in agents}) >= 2 and all(a.cls == "Company" for a in agents)


def _relative_client(ctx: Context, sentence: Sentence, trigger: Token, winners: list[Entity]) -> list[Entity]:
    """« X a livré deux navires à la marine de Y, avec laquelle il a remporté une commande »: a firm wins an order
    with the state a relative clause « avec lequel » points back to (a firm there is a partner, not a client)."""
    antecedent = relative_partner(sentence, trigger)
    client = ctx.actor(antecedent) if antecedent is not None else None
    return [client] if client is not None and client.cls == "State" and \
        all(w.cls == "Company" and w.key != client.key for w in winners) else []


def _unhung_winner(ctx: Context, sentence: Sentence, verb: Token) -> list[Entity]:
    """« ... a annoncé que <firm> (<sigle>) a obtenu une commande »: the parser may leave the verb of a clause with
    no subject and hang a long firm's name elsewhere; the firm named right before the verb (its acronym between
    brackets and the auxiliaries passed over) wins."""
    doc = sentence.doc
    at = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")]) - 1
    if at >= 0 and doc[at].text == ")":
        at = next((t.i for t in reversed(doc[sentence.span.start:at]) if t.text == "("), -1) - 1
    found = sentence.mention_at(doc[at]) if at >= sentence.span.start else None
    if found is None:
        found = next((m for m in sentence.mentions if m.start <= at < m.end), None)
    return [ctx.actor(found)] if found is not None and found.how == gz.COMPANY else []


def _home_announcing(ctx: Context, sentence: Sentence, verb: Token, winner: Entity) -> list[Entity]:
    """« Le ministre X de la Défense a annoncé que <firm X> a obtenu une commande »: an order a firm wins, announced
    by an officer of its own state who names no other client, is that state's."""
    home = ctx.home_state(winner)
    saying = next((a for a in verb.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in words_of_class("report")),
                  None)
    if home is None or saying is None:
        return []
    speakers = [c for c in saying.children if c.dep_ in SUBJECTS and ctx.titled(c)]
    named = {ctx.actor(m).key for m in sentence.mentions if m.how in {gz.NAME, gz.DEMONYM, gz.BODY}
             and any(s.is_ancestor(mention_root(sentence, m)) for s in speakers)}
    return [home] if named == {home.key} else []


def contract_awarded(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a attribué à Y un contrat », « X lui a attribué un contrat »: who awards a contract and who is
    awarded it are its parties; « lui » is an actor named before, not the one who awards."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "obj" or \
            verb.lemma_.lower() not in word_list("awarding-verbs.tsv"):
        return []
    hung = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in {"à", "au", "aux"}]
    return seen_awarded(ctx, sentence, verb) or _award_sides(ctx, sentence, verb, hung)


def _award_sides(ctx: Context, sentence: Sentence, verb: Token, hung: list[Token], relative: bool = False) \
        -> list[Entity]:
    """Who awards (the subject, or « par X » in the passive) and who is awarded (« à Y », « lui »); in a relative
    clause on the deal (« le contrat que vient d'attribuer X à Y »), a name the parser sets as the verb's object is its
    subject, put after it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "obl:agent" and case_of(c) == "par")] \
        or _governing_subjects(verb) or ([c for c in verb.children if c.dep_ == "obj" and c.i > verb.i
                                          and c.pos_ in {"NOUN", "PROPN"}] if relative else [])
    givers = [e for c in subjects for e in ctx.resolve(sentence, c)]
    takers: list[Entity] = []
    for child in [*verb.children, *hung]:
        if child.dep_ == "iobj" or (child.dep_ in {"obl:arg", "obl", "obl:mod", "nmod"}
                                    and case_of(child) in {"à", "au", "aux"}):
            if child.pos_ == "PRON":
                takers += _named_before(ctx, sentence, child, subjects)
            else:
                takers += ctx.resolve(sentence, child)
    return givers + takers if givers and takers else []


def _governing_subjects(verb: Token) -> list[Token]:
    """« après avoir notifié à Y un contrat, X a commandé ... », « X a retenu ... et attribué à Y un contrat »: an
    active verb with no subject of its own, joined to another or hung on it as an adverbial clause, shares that
    clause's subject."""
    if any(c.dep_ in {"nsubj:pass", "aux:pass", "expl:subj"} for c in verb.children):
        return []
    while verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head != verb and \
            not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children):
        verb = verb.head  # « X vient d'attribuer à Y un contrat »: the subject of the verb the infinitive hangs on
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _named_before(ctx: Context, sentence: Sentence, pronoun: Token, subjects: list[Token]) -> list[Entity]:
    """« X fait savoir que Y lui a confié ... »: « lui » is the last actor named before it outside the giver."""
    before = [t for t in sentence.doc[sentence.span.start:pronoun.i]
              if t.dep_ in SUBJECTS and t not in subjects and t.pos_ != "PRON"]
    if not before:  # the parser may leave the subject of the main clause unlabelled
        givers = {t.i for s in subjects for t in s.subtree}
        before = [mention_root(sentence, m) for m in sentence.mentions if m.how in ACTOR_KINDS - {gz.PERSON}
                  and m.end <= pronoun.i and mention_root(sentence, m).i not in givers]
    return [e for t in before[-1:] for e in ctx.resolve(sentence, t)]


def _entrusted(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a confié à Y la construction de quatre frégates », « la modernisation des radars a été attribuée à Y
    par X »: a state that entrusts a work to a company signs a contract with it; a task given to a person
    (« confier une mission à son ministre ») is none."""
    works = [c for c in trigger.children if (c.dep_ in {"obj", "nsubj:pass"}
             and c.lemma_.lower() in word_list("commissioned-works.tsv"))
             or (c.dep_ == "nsubj:pass" and _is_deal(c))]  # « le contrat a été attribué à Y par X »
    works += [w for c in trigger.children if _name_tail(sentence, c) for w in c.children
              if w.dep_ in {"obj", "nmod"} and w.lemma_.lower() in word_list("commissioned-works.tsv")]
    told = _deal_of_relative(trigger)  # « le contrat que X (vient d')attribue(r) à Y »
    if trigger.pos_ != "VERB" or not (works or told):
        return []
    hung = [t for w in works for t in w.subtree if t.dep_ == "nmod" and case_of(t) in {"à", "au", "aux"}]
    sides = states(ctx, _award_sides(ctx, sentence, trigger, hung, told is not None))
    givers = [s for s in sides if s.cls == "State"]
    takers = [s for s in sides if s.cls == "Company"]
    return givers[:1] + takers[:1] if givers and takers else []


def _name_tail(sentence: Sentence, token: Token) -> bool:
    """« confier à Naval Group la construction de ... », « à Thales Communications l'équipement de ... »: a
    capitalised word past the first of a company's name, or right after it with no article of its own, is the end of
    the firm's name, which the parser reads as a verb or its object (the work then hangs on it)."""
    return token.text[:1].isupper() and not any(c.dep_ == "det" for c in token.children) and any(
        m.how == gz.COMPANY and m.start < token.i <= m.end for m in sentence.mentions)


def _deal_of_relative(verb: Token) -> Token | None:
    """« le contrat que X a attribué à Y », « le contrat que vient d'attribuer X à Y »: the deal noun a relative
    clause hangs on, its « que » the object of the clause."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "acl:relcl" or not _is_deal(clause.head):
        return None
    relative = any(c.dep_ == "obj" and c.lower_ in {"que", "qu'", "qu\u2019"}
                   for t in {verb, clause} for c in t.children)
    return clause.head if relative else None


def _from_client(root: Token, trigger: Token) -> bool:
    """« un contrat de X », « un contrat ... auprès de X »; « auprès de X » may hang on the winning verb too.
    An « à X » on the way names a recipient (« livraison à l'armée de X ») only when X is an actor, not in
    « une vente à l'étranger »."""
    if trigger.is_ancestor(root):
        return case_of(root) in CLIENT_CASES or root.head.lower_ == "auprès"
    return root.head.lower_ == "auprès" and trigger.head.is_ancestor(root)


def _agreed(trigger: Token) -> bool:
    """« X a accepté de vendre », « X a consenti à vendre »: an infinitive a verb of consent takes."""
    return trigger.dep_ == "xcomp" and trigger.head.pos_ == "VERB" and \
        trigger.head.lemma_.lower() in word_list("agreed-deeds.tsv")


def _counted_headline_sale(sentence: Sentence, trigger: Token) -> bool:
    """« X vend deux frégates à Y », the article's headline: a sale in the present of a number of things is the deal
    the article tells (« X vend des armes à Y », no number, is a trade)."""
    return sentence.index == 0 and trigger.pos_ == "VERB" and "Tense=Pres" in str(trigger.morph) and \
        "VerbForm=Fin" in str(trigger.morph) and any(
            c.dep_ == "obj" and any(n.dep_ == "nummod" for n in c.children) for c in trigger.children)


def _is_deal(token: Token) -> bool:
    return any(t.fact == "agreement" for t in triggers().get((token.lemma_.lower(), "NOUN"), []))


def sides_of_work(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, args: Arguments) -> list[Entity]:
    """The two sides of a purchase closed with its seller (« X a finalisé l'achat de six corvettes auprès de Y »), a
    company's sale to a state, a work entrusted to a maker, or the one chosen for it."""
    if entry.detail == CONCLUDED:
        closed = trigger.dep_ == "obj" and trigger.head.lemma_.lower() in CONCLUDING
        return (order_sides(ctx, sentence, trigger, args) or []) if closed else []
    if entry.detail == SOLD:
        # « X a annoncé avoir vendu ... »: the seller may be the subject of the verb that governs the sale
        # « X a accepté de vendre ... à Y »: a state that consents to a sale is in a deal with its buyer
        # « X vend deux frégates à Y » as a headline: a state's sale of a counted lot is the news of a deal
        kinds = {"Company", "State"} if _agreed(trigger) or _counted_headline_sale(sentence, trigger) else {"Company"}
        sellers = [e for e in states(ctx, [ctx.actor(m) for m in args.agents] or args.implicit) if e.cls in kinds]
        buyers = [b for b in states(ctx, [ctx.actor(m) for m in args.recipients]) if b.cls == "State"]
        buyers = [b for b in buyers if b.key not in {s.key for s in sellers}]
        return sellers[:1] + buyers[:1] if len({s.key for s in sellers}) == 1 and buyers else []
    if entry.detail == AWARD:
        return _entrusted(ctx, sentence, trigger) or seen_awarded(ctx, sentence, trigger) or \
            entrusted_programme(ctx, sentence, trigger)  # « ..., un programme confié à Y »
    return chosen_maker(ctx, sentence, trigger)
