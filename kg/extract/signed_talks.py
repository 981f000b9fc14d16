"""Signings in person: « le contrat a été signé par le ministre A et le PDG de B », « le texte a été signé à X
entre la ministre Y et le directeur de Z », « A et B ont signé l'accord par le biais de leurs ministres », « un
mémorandum a été signé à X en présence du président A-ien et du président B-ien »: officials of two sides who sign
a text together, or witness its signing, meet where it is signed. A state that signs (« A et B ont signé un
accord ») may do it from afar, an ambassador signs where he serves, and « X a signé avec Y » does not tell whether
they met: no talks. Words: ontology/lexicon/signing-envoys.tsv."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.between import sides_after
from kg.extract.context import Context, states
from kg.extract.lexicon import triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.official_talks import firm_officials, official
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, DEFINITE, SUBJECTS, THIS, Sentence, case_of, mention_root, path_up
from kg.extract.talk_claim import talk_claim
from kg.extract.talk_parties import side_of
from kg.extract.witnessed_deals import witnessed_sides
from kg.records import Attribution, Claim, Entity

_POSSESSIVES = frozenset({"son", "sa", "leur"})
_THROUGH = frozenset({"biais", "intermédiaire", "truchement", "entremise"})  # « par le biais de leurs ministres »
_CEREMONY = "cérémonie"
_DURING = frozenset({"lors", "pendant", "durant"})  # « lors d'une cérémonie »: the parser hangs the noun on « lors »


def signed_talks(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
                 said: Attribution) -> Claim | None:
    """Talks between the sides of two signers at least, each a person or an official named by a title (or
    between the two states whose officials witness the signing)."""
    if trigger.pos_ != "VERB":
        return None
    signers = [m for m in args.agents + _signed_between(sentence, trigger) + _firm_signers(sentence, trigger, args)
               if _in_person(ctx, sentence, m)]
    groups = _one_by_one(sentence, trigger, signers) if signers else []
    if _through_officials(ctx, trigger):
        sides = states(ctx, [ctx.actor(m) for m in args.agents if _subject_of(sentence, m, trigger)])
    elif len(groups) >= 2:
        if any(_envoy(sentence, group) or all(m.how == gz.PERSON for m in group) for group in groups):
            return None  # an envoy, or a signer whose side the signing leaves unsaid
        sides = states(ctx, [_side(ctx, sentence, group) for group in groups])
        if len(sides) < len(groups):
            return None  # two signers of one side, or a person of no known post among them
    else:
        sides = witnessed_sides(ctx, sentence, trigger) or _with_counterpart(ctx, sentence, trigger, signers) or \
            _with_official_at_ceremony(ctx, sentence, trigger, signers) or \
            _states_signing_at(ctx, sentence, trigger, args)
    if not sides and not signers:
        return _deal_signed_at(ctx, sentence, trigger, args, said)
    if len(sides) < 2 or any(s.cls == "Person" for s in sides) or _firm_at_home(ctx, sides):
        return None
    return talk_claim(ctx, sentence, sides, args, said)


def _with_counterpart(ctx: Context, sentence: Sentence, trigger: Token, signers: list[Mention]) -> list[Entity]:
    """« Le ministre A-ien a signé un accord avec son homologue B-ien »: an official who signs with his counterpart
    signs in person with him (not « A a signé avec B », which may be signed from afar)."""
    if len(signers) != 1 or not _in_subject(sentence, signers[0], trigger):
        return []
    # « a signé avec son homologue un accord », or « un accord avec son homologue » the parser hangs on the text
    near = [*trigger.children, *(k for c in trigger.children if c.dep_ == "obj" for k in c.subtree
                                 if k.head != k and _nominal_path(k.head, c))]
    counterparts = [c for c in near if c.dep_.startswith(("obl", "nmod")) and case_of(c) == "avec"
                    and c.lemma_.lower() in word_list("counterpart-nouns.tsv")
                    and any(d.lower_ in _POSSESSIVES for d in c.children if d.dep_ == "det")]
    if len(counterparts) != 1:
        return []
    side = states(ctx, [ctx.actor(signers[0])])
    met = states(ctx, ctx.resolve(sentence, counterparts[0]))
    return [*side, *met] if len(side) == 1 and len(met) == 1 and side[0].key != met[0].key else []


def _with_official_at_ceremony(ctx: Context, sentence: Sentence, trigger: Token,
                               signers: list[Mention]) -> list[Entity]:
    """« Le ministre A-ien a signé l'accord avec la ministre B-ienne lors d'une cérémonie »: two officials who sign
    together at a ceremony meet there (a signing « avec » alone may be done from afar)."""
    if len(signers) != 1 or not _in_subject(sentence, signers[0], trigger) or not any(
            t.lemma_.lower() == _CEREMONY and (t.head == trigger or (t.head.head == trigger and t.head.lower_ in
                                                                      _DURING)) for t in sentence.tokens):
        return []
    partners = [c for c in trigger.children if c.dep_.startswith("obl") and case_of(c) == "avec" and ctx.titled(c)
                and c.lemma_.lower() not in word_list("signing-envoys.tsv")]
    side = states(ctx, [ctx.actor(signers[0])])
    met = states(ctx, ctx.resolve(sentence, partners[0])) if len(partners) == 1 else []
    return [*side, *met] if len(side) == 1 and len(met) == 1 and side[0].key != met[0].key else []


def _deal_signed_at(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments,
                    said: Attribution) -> Claim | None:
    """« L'accord a été signé à X », « ce contrat a été signé lors du salon Y à X »: the deal told before, signed at
    one place with no signer named, was signed there by its parties in person (kg.extract.discourse gives them)."""
    deal = next((c for c in trigger.children if c.dep_ == "nsubj:pass"), None)
    if args.agents or deal is None or not _signed_here(sentence, trigger, args) or \
            not any(e.fact == "agreement" for e in triggers().get((deal.lemma_.lower(), "NOUN"), [])) or \
            not any(d.dep_ == "det" and d.lower_ in DEFINITE | THIS for d in deal.children):
        return None
    return replace(talk_claim(ctx, sentence, [], args, said), deal_talks=True)


def _signed_here(sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """A place of the arguments hung on the verb of signing, or on its complement (« lors du salon Y à X »), no
    verb between (« un accord sur des navires construits à X » tells where they are built)."""
    paths = [path_up(mention_root(sentence, p), trigger) for p in args.places if not _from_to(sentence, p)]
    return any(path is not None and len(path) <= 3 and all(t.pos_ in {"NOUN", "PROPN", "ADV"} for t in path[1:])
               for path in paths)


def _from_to(sentence: Sentence, place: Mention) -> bool:
    """« un prêt de Paris à Dakar »: the end of a way from one place to another (the two sides), no venue."""
    return any(m.end == place.start - 1 and case_of(mention_root(sentence, m)) in DE_CASES
               for m in sentence.mentions if m is not place)


def _states_signing_at(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity]:
    """« A et B ont signé un accord à X », « l'accord a été signé à X par A et B », « les gouvernements A-ien et
    B-ien ont signé l'accord au siège de Y »: sides that sign together, the verb putting the signing at one place,
    sign there in person (without a place, or « A a signé avec B », they may sign from afar)."""
    if not _signed_here(sentence, trigger, args):
        return []
    sides = states(ctx, [ctx.actor(m) for m in args.agents])
    return sides if len(sides) >= 2 else []


def _nominal_path(token: Token, top: Token) -> bool:
    """Nouns from `token` up to `top` (« un accord de coopération avec son homologue »), no verb between."""
    while token != top:
        if token.pos_ not in {"NOUN", "PROPN"} or token.head == token:
            return False
        token = token.head
    return True


def _in_subject(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    """« Le ministre A-ien, X, a signé »: the mention is the verb's subject or within it (a name beside a title)."""
    node = mention_root(sentence, mention)
    while node.head != node and node.head != trigger:
        node = node.head
    return node.head == trigger and node.dep_ in SUBJECTS


def _signed_between(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« a été signé à X entre le ministre A et le PDG de B »: the « entre » of a complement of the verb."""
    for token in sentence.tokens:
        if token.lower_ == "entre" and token.dep_ == "case" and trigger in {token.head.head, token.head}:
            return sides_after(sentence, token.i)
    return []


def _firm_signers(sentence: Sentence, trigger: Token, args: Arguments) -> list[Mention]:
    """« a été signé par un responsable de X et le ministre A-ien »: the firm whose official is the first of the
    verb's coordinated agents (the parse leaves it out of the agents, the official's noun naming no one)."""
    agents = {t.i for t in trigger.children if t.dep_ == "obl:agent"}
    agents |= {t.i for t in sentence.tokens if t.dep_ == "conj" and t.head.i in agents}
    return [m for m in sentence.mentions if m not in args.agents and firm_officials(sentence, m)
            and mention_root(sentence, m).head.i in agents]


def _in_person(ctx: Context, sentence: Sentence, mention: Mention) -> bool:
    """A person, an official a title names (« le ministre de la Défense croate »), or a firm's (« le PDG de X »)."""
    return official(ctx, sentence, mention) or firm_officials(sentence, mention)


def _through_officials(ctx: Context, trigger: Token) -> bool:
    """« A et B ont signé, par le biais de leurs ministres, l'accord »: states that sign through their officials."""
    return any(c.lemma_.lower() in _THROUGH and any(ctx.titled(k) or ctx.titled_plural(k) for k in c.children
                                                    if k.dep_ == "nmod")
               for c in trigger.children)


def _subject_of(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    """« A et B ont signé »: a subject of the verb itself, or one coordinated with it."""
    root = mention_root(sentence, mention)
    root = root.head if root.dep_ == "conj" else root
    return root.dep_ in SUBJECTS and root.head == trigger


def _one_by_one(sentence: Sentence, trigger: Token, signers: list[Mention]) -> list[list[Mention]]:
    """The mentions from the first signer to the last one's title, one list per signer: « le ministre de A, X, et
    le PDG de B, Y »: [A, X], [B, Y] (a signer's words end at « et », « avec », « entre » or the verb)."""
    doc = sentence.doc
    first = _title_before(sentence, trigger, min(m.start for m in signers))
    last = _title_after(sentence, max(m.end for m in signers))
    groups: list[list[Mention]] = []
    end = first
    for mention in sorted((m for m in sentence.mentions if first <= m.start and m.end <= last
                           and m.how in ACTOR_KINDS), key=lambda m: m.start):
        if not groups or any(t.lower_ in {"et", "avec", "entre"} or t == trigger for t in doc[end:mention.start]):
            groups.append([])
        groups[-1].append(mention)
        end = mention.end
    return groups


def _title_before(sentence: Sentence, trigger: Token, start: int) -> int:
    """Where the first signer's words start: back to the title before the name (« entre le ministre de A, X, »), not
    past the verb or the word that opens the signers."""
    doc = sentence.doc
    at = start
    while at > max(sentence.span.start, start - 10) and doc[at - 1] != trigger and \
            doc[at - 1].lower_ not in _OPENERS and doc[at - 1].text not in {".", ";", ":"}:
        at -= 1
    return at


_OPENERS = frozenset({"et", "avec", "entre", "par"})


def _title_after(sentence: Sentence, end: int) -> int:
    """Where the last signer's words end: past the title set off by commas after the name (« et Y, directeur de
    l'arsenal Z, en présence de ... »), not past a clause (« celui avec X ayant été signé »)."""
    doc = sentence.doc
    if end >= sentence.span.end or doc[end].text != ",":
        return end
    for at in range(end + 1, min(end + 16, sentence.span.end)):
        if doc[at].text in {",", ";", ":", "."} or doc[at].text == "(":
            return at
        if doc[at].pos_ in {"VERB", "AUX", "PRON"}:
            return end
    return end


def _side(ctx: Context, sentence: Sentence, group: list[Mention]) -> Entity:
    """The side of one signer: the state, firm or body their title names first (« le directeur de l'arsenal X de
    la marine de B »: X)."""
    return side_of(ctx, sentence, next(m for m in group if m.how != gz.PERSON))


def _envoy(sentence: Sentence, group: list[Mention]) -> bool:
    """« l'ambassadeur X »: a signer posted abroad, whose title stands just before or among his words."""
    doc = sentence.doc
    words = doc[max(sentence.span.start, group[0].start - 3):group[-1].end]
    return any(t.lemma_.lower() in word_list("signing-envoys.tsv") for t in words)


def _firm_at_home(ctx: Context, sides: list[Entity]) -> bool:
    """A firm and its own state (« la ministre Y et le PDG de X », the minister's state unknown but for the firm's
    home): one side only."""
    firms = [s for s in sides if s.cls == "Company"]
    homes = {h.key for f in firms if (h := ctx.home_state(f)) is not None}
    return len(sides) == 2 and len(firms) == 1 and any(s.key in homes for s in sides)
