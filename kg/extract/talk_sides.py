"""Sides of talks the parse leaves out, read from the words around them: « A, B et C sont autour de la même
table », « A et B se sont rendus à X pour signer », « À l'issue des pourparlers de X, A et B ont ... », « le journal
rapporte que A est en pourparlers avec B »; and what is no side: « le contrat a été négocié »."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.context import Context, states
from kg.extract.coordination import coordinated_after
from kg.extract.dates import DAY_PARTS, TIME_UNITS, WEEKDAYS
from kg.extract.doc_words import morph_values
from kg.extract.function_words import DE_CASES
from kg.extract.gathered import states_listed
from kg.extract.lexicon import official_nouns, role_cases, trigger_lemmas, word_list
from kg.extract.mentions import Mention
from kg.extract.syntax import (
    ACTOR_KINDS,
    SUBJECTS,
    Sentence,
    case_of,
    mention_root,
)
from kg.extract.talk_nouns import meeting_nouns
from kg.records import Entity


def around_table(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity] | None:
    """« A, B et C sont autour de la même table »: the subjects of the clause are the sides; a table nobody
    sits around is no talks."""
    doc = sentence.doc
    if not any(t.lower_ == "autour" for t in doc[max(sentence.span.start, trigger.i - 4):trigger.i]):
        return None
    governor = trigger.head
    while not any(c.dep_ in SUBJECTS for c in governor.children) and governor.head != governor:
        governor = governor.head
    subjects = [c for c in governor.children if c.dep_ in SUBJECTS]
    while any(c.dep_ == "conj" for s in subjects for c in s.children if c not in subjects):
        subjects += [c for s in subjects for c in s.children if c.dep_ == "conj" and c not in subjects]
    found = [e for s in subjects for e in ctx.resolve(sentence, s)]
    at = next(t.i for t in reversed(doc[sentence.span.start:trigger.i]) if t.lower_ == "autour") - 1
    while at > sentence.span.start and (doc[at].pos_ in {"AUX", "ADV"} or doc[at].lower_ in {"se", "s'"}):
        at -= 1
    if found:
        return found
    listed: list[Mention] = []  # a parse that loses the subject: the actors listed right before the verb
    while at >= sentence.span.start and (doc[at].pos_ == "DET" or doc[at].lower_ in {",", "et"}
                                         or sentence.mention_at(doc[at]) is not None):
        mention = sentence.mention_at(doc[at])
        if mention is not None and mention.how in ACTOR_KINDS and mention not in listed:
            listed.insert(0, mention)
        at -= 1
    return [ctx.actor(m) for m in listed]


def trip_together(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity] | None:
    """« A et B se sont rendus à X pour signer le contrat », « les deux ministres se sont déplacés ensemble à X »:
    a trip two sides make together, to sign or to meet, is talks held where it goes; one side's trip (a visit) or
    one to see a fair is none. The sides are the actors listed before the verb, however the parser hangs them."""
    signing = word_list("signing-verbs.tsv")
    if not any(c.lower_ == "ensemble" or (c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in signing)
               for c in trigger.children):
        return None
    doc = sentence.doc
    listed = [m for m in sentence.mentions if m.end <= trigger.i and m.how in ACTOR_KINDS
              and not case_of(mention_root(sentence, m)) and not inside_clause(doc[m.start], trigger)]
    sides = states(ctx, [ctx.actor(m) for m in listed])
    return sides if sum(s.cls == "State" for s in sides) >= 2 else None


def trip_to_address(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity] | None:
    """« L'émir du Koweït s'est rendu à Ankara pour annoncer au président turc un plan », « ... pour remettre au
    roi X une lettre »: a trip made to tell or hand something to an official of another state (one titled by a post,
    or named) is talks between the traveller's state and the official's; telling journalists or decorating
    soldiers is none."""
    addressed: list[Entity] = []
    for purpose in trigger.children:
        if purpose.dep_ not in {"advcl", "xcomp"} or \
                not any(c.dep_ == "mark" and c.lower_ == "pour" for c in purpose.children):
            continue
        for told in purpose.children:
            mention = sentence.mention_at(told)
            if told.dep_ in {"iobj", "obl:arg", "obl", "obl:mod"} and case_of(told) in {"à", "au", "aux"} and (
                    ctx.titled(told) or (mention is not None and mention.how == gz.PERSON)):
                addressed += ctx.resolve(sentence, told)
    travellers = [ctx.actor(m) for m in args.agents] or args.implicit
    sides = states(ctx, travellers + addressed) if addressed else []
    return sides if travellers and sum(s.cls == "State" for s in sides) >= 2 else None


_TIME_NOUNS = WEEKDAYS | DAY_PARTS | (TIME_UNITS - {"année", "an"})  # « reçoit jeudi matin ses homologues »


def counterparts_received(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« X reçoit ses homologues du Pérou, de la Bolivie et de l'Équateur », « X reçoit 13 de ses homologues, dont
    les chefs d'état-major du Sénégal, du Gabon et du Tchad »: a host of several counterparts meets each state the
    listing after the plural counterpart noun names (up to the next clause), however the parser hangs it."""
    doc = sentence.doc
    nouns = word_list("counterpart-nouns.tsv")
    near = doc[trigger.i + 1:min(trigger.i + 10, sentence.span.end)]
    start = next((t.i for t in near if t.lower_ in nouns and t.lower_.endswith(("s", "x"))), None)
    dated = {i for begin, end, _date in sentence.dates for i in range(begin, end)}
    # « reçoit jeudi cinq de ses homologues », not « a reçu des lettres de ses homologues »
    if start is None or any(t.pos_ in {"VERB", "AUX"} or (t.pos_ == "NOUN" and t.i not in dated and t.lower_
                                                        not in _TIME_NOUNS) for t in doc[trigger.i + 1:start]):
        return []
    found: list[Mention] = []
    also = False  # « ..., ainsi que X, le secrétaire général de l'OTAN »: one met too
    for token in doc[start + 1:sentence.span.end]:
        joined = doc[token.i - 1].lower_ == "ainsi" and token.lower_ == "que" and bool(found)
        also = also or joined
        if token.pos_ in {"VERB", "AUX"} or (token.lower_ in {"où", "qui", "que", ";", "."} and not joined):
            break
        mention = sentence.mention_at(token)
        if mention is not None and mention.start == token.i and ((mention.how == gz.PERSON and also) or (
                mention.how in {gz.NAME, gz.DEMONYM} and mention.state is not None)):
            found.append(mention)
    return found


def members_met(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« la réunion des ministres de la Défense du Mali, du Niger et du Tchad », « le sommet des chefs d'État de A
    et de B », « la rencontre entre les présidents ghanéen et togolais »: the states that the plural noun of
    officials right after a noun of talks lists (up to its clause's end or a place, topic or purpose) are its sides;
    « la réunion des ministres de l'OTAN » names one body and no states."""
    doc = sentence.doc
    if trigger.pos_ != "NOUN":
        return []
    officials = official_nouns()
    members = next((t for t in doc[trigger.i + 1:min(trigger.i + 5, sentence.span.end)]
                    if t.pos_ not in {"DET", "ADP", "ADJ"}), None)
    if members is None or members.lemma_.lower() not in officials or "Number=Plur" not in str(members.morph) or \
            any(t.pos_ == "ADP" and t.lower_ not in {"des", "entre"} for t in doc[trigger.i + 1:members.i]):
        return []
    return states_listed(sentence, members)  # « les ministres en charge de la Défense de A et de B »


def convened_by(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« A et B ont convoqué la commission mixte », « le ministre algérien et son homologue tunisien ont coprésidé la
    commission mixte »: the subjects of the verb whose object a meeting is (each of those listed) hold it."""
    if trigger.dep_ != "obj":
        return []
    # a pronoun gives one antecedent of those who meet (« où ils ont eu une réunion avec X »), no list of them
    subjects = [c for c in trigger.head.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"]
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
    return [e for s in subjects for e in ctx.resolve(sentence, s)]


def inside_clause(token: Token, trigger: Token) -> bool:
    """A word of a clause of its own before the verb (« qui a signé »), not one of its listed subjects."""
    return any(t.pos_ == "VERB" and t != trigger and t.dep_ in {"acl", "acl:relcl", "advcl"} for t in token.ancestors)


def framing(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« À l'issue des pourparlers de Montevideo, le Chili et le Pérou ont publié ... »: talks that open the
    sentence as its frame were held by the actors listed right after the comma (two at least)."""
    doc = sentence.doc
    opening = " ".join(t.lower_ for t in doc[sentence.span.start:trigger.i])
    comma = next((t.i for t in doc[trigger.i:sentence.span.end] if t.text == ","), None)
    if comma is None or not any(opening.startswith(f) for f in word_list("talk-frames.tsv")):
        return []
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[trigger.i + 1:comma]):
        return []  # « Lors de l'entretien X a souligné que ..., ainsi que ... »: the comma closes no frame
    listed: list[Entity] = []
    at = comma + 1
    while at < sentence.span.end and doc[at].pos_ not in {"VERB", "AUX"}:
        mention = sentence.mention_at(doc[at])
        if mention is not None and mention.how in ACTOR_KINDS and mention.start == at:
            listed.append(ctx.actor(mention))
            at = _past_aside(doc, mention.end, sentence.span.end)
        else:
            at += 1
    return listed if len(states(ctx, listed)) >= 2 else []


def _past_aside(doc: Doc, at: int, end: int) -> int:
    """« A, devenue ministre en mars, et B ont ... »: an aside set off by commas after one listed (a participle
    opens it) is skipped to the comma that closes it; anywhere else reading goes on where it stood."""
    if at + 1 >= end or doc[at].text != "," or doc[at + 1].pos_ not in {"VERB", "AUX"} or \
            "Part" not in morph_values(doc[at + 1], "VerbForm"):
        return at
    return next((t.i for t in doc[at + 2:end] if t.text == ","), at)


def in_talks(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« Le journal rapporte que A est en pourparlers avec B », « A et B sont en négociation depuis mai »: the
    subject of a noun of talks with a copula takes part in them, however deep the clause hangs."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "cop" for c in trigger.children):
        return []
    found = [m for c in trigger.children if c.dep_ == "nsubj" and (m := sentence.mention_at(c)) is not None
             and m.how in ACTOR_KINDS]
    return [n for m in found for n in [m, *coordinated_after(sentence, m)]]


def negotiated(trigger: Token) -> bool:
    """« Le contrat a été négocié pendant un an », « Il a été négocié trois mois après »: the subject of a passive
    verb of negotiating is the deal negotiated, no side of the talks."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in {"négocier", "discuter"}:
        return False
    # « X a ensuite discuté avec Y »: a subject the parser calls passive beside « avoir » and no « été » is active
    active = any(c.dep_ == "aux:tense" and c.lemma_.lower() == "avoir" for c in trigger.children)
    return any(c.dep_ == "aux:pass" or (c.dep_ == "nsubj:pass" and not active) for c in trigger.children)


def with_the_verb(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« a eu un entretien en tête-à-tête avec le roi de Jordanie »: the partner « avec » the parser hangs on the
    verb whose object the talks are, or deep in the noun's own « avec » (« avec les responsables de l'industrie
    turque »)."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "obj" or verb.lemma_.lower() not in word_list("talk-verbs.tsv"):
        return []
    hung = [c for c in verb.children if c.dep_.startswith("obl")] + [c for c in trigger.children if c.dep_ == "nmod"]
    withs = {t.i for c in hung if case_of(c) == "avec" for t in c.subtree}
    # « avec le secrétaire général de l'OTAN à Bruxelles »: a capital hung there is where they meet, no side
    return [m for m in sentence.mentions if m.how in ACTOR_KINDS and (root := mention_root(sentence, m)).i in withs
            and not (m.how == gz.CAPITAL and case_of(root) in role_cases("place"))]


_LEADING = {"conduire", "mener", "diriger", "présider", "emmener"}


def delegation_led(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« s'est entretenu avec une délégation conduite par le ministre géorgien », « a reçu une délégation menée par
    X »: the one who leads a delegation met (a partner « avec », or the object of the talks verb) names its side."""
    found: list[Mention] = []
    for side in (t for t in trigger.children if t.lemma_.lower() in word_list("side-nouns.tsv")
                 and (case_of(t) in {"avec", "entre"} or t.dep_ == "obj")):
        # « une délégation de Suède, conduite par M. X »: the delegation's own state, whoever leads it
        found += [m for m in sentence.mentions if m.how in ACTOR_KINDS and (root := mention_root(sentence, m)).head
                  == side and (root.dep_ == "amod" or (root.dep_ == "nmod" and case_of(root) in DE_CASES))][:1]
        for led in (c for c in side.children if c.dep_ == "acl" and c.lemma_.lower() in _LEADING):
            leaders = [c for c in led.children if c.dep_ == "obl:agent"]
            found += [m for m in sentence.mentions if m.how in ACTOR_KINDS and any(
                mention_root(sentence, m) in leader.subtree for leader in leaders)][:1]
    return found


def about_deal(trigger: Token) -> bool:
    """« des discussions concernant un deuxième lot », « des négociations portant sur deux unités supplémentaires »:
    talks (a noun) about more of a deal (deal-topics.tsv), through their own complement or clause."""
    topics = word_list("deal-topics.tsv")
    return trigger.pos_ == "NOUN" and any(
        t.lemma_.lower() in topics and t.pos_ == "NOUN" for c in trigger.children
        if c.dep_ in {"nmod", "acl", "acl:relcl"} for t in c.subtree)


def talks_pronoun(sentence: Sentence, subject: Token) -> bool:
    """« Ils », « elles » after a sentence of the same paragraph whose subject is a noun of talks."""
    start = sentence.span.start
    if subject.lower_ not in {"ils", "elles", "elle"} or start == 0:
        return False
    before = sentence.doc[start - 1].sent
    return any(t.dep_ in SUBJECTS and t.lemma_.lower() in meeting_nouns() for t in before)


def holders_beside(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """« avec le président du Gouvernement régional du Kurdistan, Karim Talabani »: a person named beside the title
    that a side's body completes is the one who speaks for that side, not one more side."""
    titles = {a.i for m in mentions if m.how != gz.PERSON for a in list(mention_root(sentence, m).ancestors)[:2]}
    return [m for m in mentions if m.how == gz.PERSON and (root := mention_root(sentence, m)).dep_ == "appos"
            and root.head.i in titles]


def groups_described(ctx: Context, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """« a rencontré X, nouveau chef du groupe Y », « ..., allié de la milice Z »: a group other than a state or an
    international body that only describes a person met, in an apposition after the name, is no side of talks."""
    people = {mention_root(sentence, m).i for m in mentions if m.how == gz.PERSON}
    found = []
    for mention in mentions:
        if mention.how == gz.PERSON or ctx.actor(mention).cls in {"State", "InternationalOrganisation"}:
            continue
        title = next((a for a in mention_root(sentence, mention).ancestors if a.dep_ == "appos"), None)
        if title is not None and title.head.i in people and title.head.i < title.i:
            found.append(mention)
    return found


def united_by_thing(ctx: Context, sentence: Sentence, trigger: Token) -> bool:
    """« l'estime qui réunit les deux pays », « les liens qui unissent A et B »: a verb of talks whose subject is a
    relative pronoun standing for a thing (no actor, official, side, nor meeting or event) names a tie, no talks."""
    doc = sentence.doc
    relative = next((c for c in trigger.children if c.dep_ in SUBJECTS and c.lower_ == "qui"), None)
    if trigger.pos_ != "VERB" or relative is None or relative.i <= sentence.span.start:
        return False
    before = doc[relative.i - 1]
    people = official_nouns() | word_list("side-nouns.tsv")
    events = word_list("meeting-nouns.tsv") | word_list("event-nouns.tsv")
    # « l'estime qui »: a noun the tagger may read as a verb, whose lemma then is the verb's
    words = {before.lower_} | ({before.lemma_.lower()} if before.pos_ == "NOUN" else set())
    return before.pos_ in {"NOUN", "VERB"} and sentence.mention_at(before) is None and not ctx.titled(before) and \
        not words & (people | events | trigger_lemmas())


def listed_after(ctx: Context, sentence: Sentence, trigger: Token) -> tuple[Entity, list[Entity]] | None:
    """« X a reçu plusieurs ambassadeurs. Il s'agit de l'ambassadeur de A, de celui de B ... »: the officials
    the sentence after a meeting with a plural noun of officials lists are the ones met, each of their state a side
    of talks with the host's, as (host, states listed)."""
    impersonal = next((c for c in trigger.children if c.dep_ in SUBJECTS and c.lower_ == "il"), None)
    if trigger.lemma_.lower() != "agir" or impersonal is None or sentence.span.start == 0 or \
            not any(c.lower_ in {"se", "s'", "s\u2019"} for c in trigger.children):
        return None
    before = sentence.doc[sentence.span.start - 1].sent
    officials = official_nouns()
    if not any(t.lemma_.lower() in word_list("meeting-verbs.tsv") and any(
            n.pos_ == "NOUN" and n.lemma_.lower() in officials and "Plur" in n.morph.get("Number", [])
            and n.dep_ not in SUBJECTS for n in t.subtree) for t in before if t.pos_ == "VERB"):
        return None
    host = next((s for s in states(ctx, ctx.antecedent(sentence, impersonal)) if s.cls == "State"), None)
    if host is None:
        return None
    listed = list({m.state.key: m.state for m in sentence.mentions if m.how in {gz.NAME, gz.DEMONYM}
                   and m.state is not None and m.state.key != host.key}.values())
    return (host, listed) if listed else None
