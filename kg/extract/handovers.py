"""Handing matériel over: « X a fait don de trente blindés à Y », « X a remis deux patrouilleurs à Y », « la remise
de deux hélicoptères à Y ». These words hand over anything (« remettre une décoration », « la remise des clés »,
« faire don de sa personne », « remettre en cause »): they are a supply only where what is handed over is
matériel."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context
from kg.extract.dates import MONTHS_AND_SEASONS
from kg.extract.lexicon import triggers, word_list
from kg.extract.ships import names_materiel
from kg.extract.syntax import DE_CASES, SUBJECTS, Sentence, case_of, mention_root
from kg.records import Entity

_GIFT = "don"
_MAKING = "faire"
_HANDING = {_GIFT, "remettre", "remise"}
_ENDOWING = {"doter", "équiper"}
_AGENT = {"obl:agent", "nmod", "obl:mod"}
_BY = "par"
_IN = "en"  # « remettre en cause (en question, en service, en état) »
_PARTITIVE = {"des", "du"}
_TO = {"à", "au", "aux"}
_THANKS = {"grâce à"}
_FUNDED_OR_TAKEN = {"fund", "receive"}
_MILITARY = "militaire"  # « un don militaire (de 4 milliards) à Y »: the gift is military means, whatever it holds


def _handed(trigger: Token) -> list[Token]:
    """What a handing word hands over: the object of the verb (or its subject in the passive), the « de »
    complement of the noun, or of the light verb the noun is the object of (« faire don au Liban de dix blindés »),
    the object of the verb a gift is the means of,
    the noun a participle qualifies (« les blindés remis à Y ») and an object told after the recipient."""
    if trigger.pos_ == "VERB":
        found = [c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"}]
        # « a remis au Niger deux avions (des avions, un lot d'avions) »: the parser hangs the object told after the
        # recipient on it, bare, with a partitive article read as a case, or in apposition
        found += [g for c in trigger.children if c.dep_.startswith("obl") for g in c.children
                  if (g.dep_ == "nmod" and (not case_of(g) or case_of(g) in _PARTITIVE)) or g.dep_ == "appos"]
        found += [c for c in trigger.children  # or on the verb
                  if c.dep_.startswith("obl") and (not case_of(c) or case_of(c) in _PARTITIVE)]
        return found + ([trigger.head] if trigger.dep_ == "acl" else [])
    found = [c for c in trigger.children if c.dep_ == "nmod" and case_of(c) in DE_CASES]
    if trigger.dep_ == "obj":  # the parser may hang « de dix blindés » on the verb or on « au Liban »
        found += [t for c in trigger.head.children if c.dep_.startswith("obl")
                  for t in [c, *_complements(c)] if case_of(t) in DE_CASES]
    if trigger.dep_.startswith("obl") and case_of(trigger) in _THANKS:  # « a reçu des camions grâce à un don »
        found += [c for c in trigger.head.children if c.dep_ == "obj"]
    return found


def _complements(noun: Token) -> list[Token]:
    """The « de » complements down a noun's chain of complements: « à l'armée de l'air X de trois avions », the
    parser hanging what is given on the last noun of the recipient's name."""
    found = [g for g in noun.children if g.dep_ == "nmod"]
    return found + [t for g in found if case_of(g) in DE_CASES for t in _complements(g) if t.i > g.i]


def is_materiel(sentence: Sentence, token: Token) -> bool:
    """A weapon named, a noun of matériel, a batch of them (« un lot de camions »), or goods whose bare list names
    matériel (« des équipements, véhicules, armes entre autres »)."""
    mention = sentence.mention_at(token)
    if mention is not None and mention.how == gz.WEAPON:
        return True
    if token.lemma_.lower() in word_list("batch-nouns.tsv"):
        return any(is_materiel(sentence, c) for c in token.children if c.dep_ == "nmod" and case_of(c) in DE_CASES)
    return names_materiel(token) or any(
        (m := sentence.mention_at(c)) is not None and m.how == gz.WEAPON for c in token.children) or any(
        names_materiel(c) for c in token.children if c.dep_ in {"nmod", "appos", "conj"} and not case_of(c))


def other_handover(sentence: Sentence, trigger: Token) -> bool:
    """Whether a handing word hands over no matériel (no supply then), or a funding participle qualifies goods
    another supply word moves (see _funds_goods_moved); other supply words are not judged here."""
    if _funds_goods_moved(trigger):
        return True
    if trigger.lemma_.lower() not in _HANDING:
        return False
    if trigger.pos_ == "VERB" and any(_idiom_en(sentence, trigger, c) for c in trigger.children):
        return True
    return not any(is_materiel(sentence, t) for t in _handed(trigger)) and not _to_armed_force(trigger) \
        and not _military_gift(trigger)


def _military_gift(trigger: Token) -> bool:
    """« X a fait un don militaire à Y »: a gift noun the adjective « militaire » qualifies hands over military
    means, matériel or the sum that buys it."""
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() == _GIFT and any(
        c.dep_ == "amod" and c.lemma_.lower() == _MILITARY for c in trigger.children)


def _idiom_en(sentence: Sentence, trigger: Token, complement: Token) -> bool:
    """« remettre en cause (en question, en état, en service) »: an « en » complement after the verb, a common noun;
    not a date nor a place that opens or dates the clause (« En mars (En 2023, En Guinée), X a remis à Y ... »)."""
    if not complement.dep_.startswith("obl") or case_of(complement) != _IN or complement.i < trigger.i:
        return False
    dated = complement.lower_ in MONTHS_AND_SEASONS or any(start <= complement.i < end
                                                           for start, end, _ in sentence.dates)
    return not dated and complement.text.isalpha() and complement.text.islower() and \
        sentence.mention_at(complement) is None


def _to_armed_force(trigger: Token) -> bool:
    """« a remis à l'armée X un lot de camions », « remis aux forces armées »: goods handed to an armed force."""
    forces = word_list("armed-recipients.tsv")
    return any(t.lemma_.lower() in forces and case_of(t) in _TO for t in trigger.subtree if t.i > trigger.i)


def givers(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a fait don de blindés à Y », « X a fait un don de six drones à Y »: who makes the gift gives
    (« faire » is no light verb at large: « faisant référence au soutien de Y »); « l'attribution par X d'un don
    de fusils »: the « par » agent of the action noun a gift complements gives it."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nmod" and case_of(trigger) in DE_CASES:
        return _agents_of_action(ctx, sentence, trigger)
    if trigger.lemma_.lower() != _GIFT or trigger.dep_ != "obj" or trigger.head.lemma_.lower() != _MAKING:
        return []
    return [e for c in trigger.head.children if c.dep_ in SUBJECTS for e in ctx.resolve(sentence, c)]


def _agents_of_action(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """The « par » agent of the action noun a gift noun complements; the parser may hang the gift on the agent's
    name itself (« l'octroi par la Corée du Sud d'un don »)."""
    head = trigger.head
    named = sentence.mention_at(head)
    if named is not None and (root := mention_root(sentence, named)) != head and case_of(root) == _BY:
        return [ctx.actor(named)] if root.head.pos_ == "NOUN" and root.dep_ in _AGENT else []
    if head.pos_ != "NOUN":
        return []
    return [e for c in head.children if c.dep_ in _AGENT and case_of(c) == _BY and c.i < trigger.i
            for e in ctx.resolve(sentence, c)]


def endows_nothing(sentence: Sentence, trigger: Token, object_role: str) -> bool:
    """« X dote (équipe) Y de blindés » gives matériel; « doter ses forces de capacités nouvelles » gives none: a
    verb that equips its object with a « de » complement (its own or its object's) supplies only matériel."""
    if trigger.pos_ != "VERB" or object_role != "recipient" or trigger.lemma_.lower() not in _ENDOWING:
        return False
    given = [c for c in trigger.children if c.dep_.startswith("obl") and case_of(c) in DE_CASES]
    given += [g for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"} for g in c.children
              if g.dep_ == "nmod" and case_of(g) in DE_CASES]  # « a doté l'armée de Y de dix blindés »
    return bool(given) and not any(is_materiel(sentence, t) for t in given)  # « a équipé les forces de Y »: arms


def _funds_goods_moved(trigger: Token) -> bool:
    """« X a remis à Y un lot de radars financés par Z »: a funding participle on goods that another supply verb
    hands over tells how that supply was paid for, no support of its own (Z does not arm X); under a verb of
    receiving (« Y a reçu des armes financées par Z ») the subject is who Z funds, as the support stage reads it."""
    if trigger.dep_ != "acl" or trigger.pos_ != "VERB" or not any(
            t.fact == "support" and t.detail == "fund" for t in triggers().get((trigger.lemma_.lower(), "VERB"), [])):
        return False
    return any(a.pos_ == "VERB" and a.i != trigger.i and any(t.fact == "support" and t.detail not in _FUNDED_OR_TAKEN
                                                             for t in triggers().get((a.lemma_.lower(), "VERB"), []))
               for a in trigger.ancestors)
