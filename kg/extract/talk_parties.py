"""Sides of talks the parse does not give plainly: the owner of « sa rencontre avec X », a firm named by its trade
and state, sides named by a side noun (« la partie russe »), a party of a deal discussed (no side), the unsaid side
of « des discussions ont lieu avec X », and the body of a second title of the one met (no side of its own)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.clause_owner import clause_owner
from kg.extract.context import Context, states
from kg.extract.framed_owner import framed_owner
from kg.extract.lexicon import firm_nouns, triggers, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence, case_of, governing_case, mention_root, path_up
from kg.records import Attribution, Entity


def subject_above(sentence: Sentence, mention: Mention, trigger: Token) -> bool:
    """Whether the mention is the subject of the trigger or of a word the trigger hangs under."""
    root = mention_root(sentence, mention)
    return root.dep_ in SUBJECTS and (root.head == trigger or root.head.is_ancestor(trigger))


def talks_owner(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments, sides: list[Entity]) -> list[Entity]:
    """« Sa rencontre avec son homologue japonais », « son entretien avec le président X »: the one whose talks
    they are (the latest subject before) is the other side of the partner « avec »; « Lors de la rencontre avec
    X, Y a ... »: the subject of the clause the frame opens (kg.extract.framed_owner)."""
    if trigger.pos_ != "NOUN" or args.agents or len(states(ctx, sides)) >= 2 or \
            not any(governing_case(sentence, m, trigger) == "avec" for m in args.partners):
        return []
    owner = [e for d in trigger.children if d.dep_ == "det" and d.lower_ in {"son", "sa"}
             for e in ctx.antecedent(sentence, d)][:1]
    # « Au cours de la rencontre avec X, le président Y a ... »: the subject of the clause the frame opens
    met = [m for m in args.partners if governing_case(sentence, m, trigger) == "avec"]
    # « X a insisté, lors d'un entretien avec Y, sur ... »: the subject of the verb the talks qualify
    return owner or framed_owner(ctx, sentence, trigger, met) or clause_owner(ctx, sentence, trigger, met)


def side_of(ctx: Context, sentence: Sentence, mention: Mention) -> Entity:
    """« des discussions entre l'armée de l'air portugaise et l'avionneur brésilien »: a firm named by its trade
    and its state (no name after) is the company of that state the article named last; any other mention is the
    actor it names."""
    root = mention_root(sentence, mention)
    company = ctx.last_company
    if mention.how == gz.DEMONYM and root.head.lower_ in firm_nouns() and \
            company is not None and mention.state is not None and \
            (home := ctx.home_state(company)) is not None and home.key == mention.state.key:
        return company
    return ctx.actor(mention)


def sides_named(ctx: Context, sentence: Sentence) -> list[Entity]:
    """« et la partie russe », « la délégation ukrainienne », « son homologue koweïtien »: a side of talks named
    by its state, wherever the parser hangs it."""
    nouns = word_list("side-nouns.tsv") | word_list("counterpart-nouns.tsv")
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        # « son homologue tanzanien mardi »: a demonym the parser reads as a bare noun complement
        of = {"de", "d'", "du"} | ({""} if mention.how == gz.DEMONYM else set())
        if mention.how in {gz.DEMONYM, gz.NAME} and root.head.lemma_.lower() in nouns and \
                (root.dep_ == "amod" or (root.dep_ == "nmod" and case_of(root) in of)):
            found.append(ctx.actor(mention))
    return found


def party_of_deal_discussed(sentence: Sentence, trigger: Token, mention: Mention) -> bool:
    """« pour discuter de la mise en œuvre de l'accord de cessez-le-feu avec Israël »: a party « avec » hung inside
    what is discussed (« de », « sur »), after a deal named there, is that deal's party, not a side of the talks
    (« négocie un contrat avec la Chine »: the side)."""
    root = mention_root(sentence, mention)
    path = path_up(root, trigger)
    if trigger.pos_ != "VERB" or root.head == trigger or case_of(root) != "avec" or mention.start < trigger.i or \
            not path or case_of(path[-1]) not in {"de", "d'", "du", "des", "sur"}:
        return False
    deals = {lemma for (lemma, pos), entries in triggers().items()
             if pos == "NOUN" and any(e.fact == "agreement" for e in entries)}
    return any(t.lemma_.lower() in deals for t in sentence.doc[trigger.i + 1:mention.start])


_ALSO = frozenset({"également", "aussi"})


def second_title(sentence: Sentence, mention: Mention, others: list[Mention]) -> bool:
    """« a reçu le ministre X, également président du groupe Y »: the body of a further title of the one met, after
    « , également », names no side of its own when another side was named before the comma."""
    doc = sentence.doc
    comma = next((i for i in range(mention.start - 1, sentence.span.start - 1, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= mention.start or doc[comma + 1].lower_ not in _ALSO:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in doc[comma + 1:mention.start]) and \
        any(o.end <= comma for o in others if o is not mention)


def unsaid_side(ctx: Context, said: Attribution) -> list[Entity]:
    """« des discussions ont lieu avec l'Égypte », one side unsaid: the state of whoever says so (« a indiqué
    une source gouvernementale française »), else the state the article is about."""
    speaker = ctx.as_state(said.source) if said.source is not None else None
    side = speaker if speaker is not None and speaker.cls == "State" else ctx.lead_actor() or ctx.first_speaker()
    return [side] if side is not None else []
