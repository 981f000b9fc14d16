"""Meetings a host gives: who is received (« a reçu le président X », « la réception du roi X par ... »), welcomed
(« Y a accueilli son homologue russe ») or hosted (« Oman accueille les pourparlers »), and what a host of something
else is (« accueillir l'Expo »)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.cleaned_names import HONORIFICS
from kg.extract.context import Context
from kg.extract.doc_words import morph_values
from kg.extract.gapped_objects import gapped_heads
from kg.extract.gerund_meetings import gerund_guest
from kg.extract.lexicon import word_list
from kg.extract.listed_guests import listed_guests
from kg.extract.mentions import Mention
from kg.extract.met import on_the_place
from kg.extract.official_talks import firm_officials
from kg.extract.setting import HOSTING_VERBS, received_unhosted
from kg.extract.syntax import ACTOR_KINDS, DE_CASES, Sentence, case_of, mention_root
from kg.extract.talk_nouns import talk_nouns
from kg.records import Entity


def received(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Mention]:
    """« en recevant à Lima le Premier ministre X », « a rencontré vendredi à Helsinki le président finlandais », « a
    reçu au Caire le chef du Conseil souverain soudanais »: the parser hangs the one met on the city before them, as
    its apposition or a complement with no preposition; a person, or a title and the state it names, is the one
    met."""
    if trigger.pos_ != "VERB":
        return []
    places = {mention_root(sentence, p).i for p in args.places if mention_root(sentence, p).head == trigger}
    # « a reçu en audience, dans son bureau, l'ambassadeur de X »: the room or building the meeting is held in
    places |= {c.i for c in trigger.children if c.dep_.startswith("obl") and c.lemma_.lower() in _setting_nouns()}
    taken = args.agents + args.partners
    found = []
    for mention in sentence.mentions:
        token = mention_root(sentence, mention)
        if mention.how not in ACTOR_KINDS or mention in taken:
            continue
        for _ in range(3):  # up through the title's words: « chef » of « du Conseil souverain soudanais »
            if token.head.i in places or token.dep_ not in {"amod", "nmod", "appos", "flat:name"}:
                break
            if mention.how == gz.PERSON and _set_off_in_site(sentence, token, places):  # « au siège de X, M. Y »
                found.append(mention)
                break
            token = token.head
        # « à Lima des représentants de X »: the parser reads the plural article as « de les »
        if token.dep_ in {"appos", "nmod"} and case_of(token) in {"", "des"} and token.head.i in places and (
                mention.how == gz.PERSON or ctx.titled(token) or token.lemma_.lower() in word_list(
                    "official-nouns.tsv")):  # « a rencontré à Stockholm des représentants de X »
            found.append(mention)
    found = found or gerund_guest(ctx, sentence, trigger)
    # a host the sentence names no state of (« X a rencontré le ministre de A et celui de B ») would be lost among
    # those it meets: the list is read only for a host of a state named
    if not any(ctx.as_state(ctx.actor(m)).cls == "State" for m in args.agents):
        return found
    return found + [m for m in listed_guests(ctx, sentence, trigger) if m not in taken + found]


@cache
def _setting_nouns() -> frozenset[str]:
    """Nouns of the room, building or site a meeting is held in (« bureau », « palais », « siège »)."""
    return word_list("venue-nouns.tsv") | word_list("site-nouns.tsv")


def _set_off_in_site(sentence: Sentence, token: Token, places: set[int]) -> bool:
    """« a reçu au siège de l'état-major de l'armée, M. X »: a name set off by a comma that the parser hangs, in
    apposition, on a complement of the site the talks are held at is the one met, not the site's."""
    return token.dep_ == "appos" and token.i > 0 and sentence.doc[token.i - 1].text == "," and \
        token.head.i not in places and any(a.i in places for a in list(token.head.ancestors)[:2])


def hosts_talks(sentence: Sentence, trigger: Token) -> bool:
    """« Oman accueille les pourparlers », « Vienne est pressentie pour les accueillir », « Doha accueille la
    réunion », « Lima accueille son homologue »: a host of talks or of a side; « pour accueillir l'Expo 2030 à
    X », « héberger une base à Y »: a host of something else, whose city is no venue."""
    talk = talk_nouns()
    for hosted in (c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"}):
        mention = sentence.mention_at(hosted)
        if hosted.pos_ != "PRON" and (mention is None or mention.how not in ACTOR_KINDS) \
                and not any(t.lemma_.lower() in talk for t in hosted.subtree):
            return False
    return True


def welcomed(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« X a été accueilli par Y », « Y accueille le Premier ministre X »: the one hosted is a person, named or by a
    post's title or as a counterpart, and the host is named by the subject or agent: both are the sides."""
    hosted = [c for c in trigger.children if c.dep_ in {"obj", "nsubj:pass"}]
    by = [c for c in trigger.children if c.dep_ in {"obl:agent", "nsubj"}]
    # « a accueilli son homologue russe »: a counterpart is hosted as much as a titled person
    counterpart = word_list("counterpart-nouns.tsv")
    if not by or not any(ctx.titled(h) or h.lemma_.lower() in counterpart or any(
            (m := sentence.mention_at(t)) is not None and m.how == gz.PERSON for t in h.subtree) for h in hosted):
        return []
    return [e for t in hosted + by for e in ctx.resolve(sentence, t)]


def received_of(ctx: Context, sentence: Sentence, trigger: Token,
                cases: frozenset[str] = DE_CASES) -> list[Mention]:
    """« la réception du président tunisien par ... », « l'accueil du roi X par ... »: the complement of a noun of
    receiving, a person or one by a post's title and state (« la réception des Rafale » receives no one); with other
    `cases`, « une audience à l'ambassadeur de Chine »: the one an audience is granted."""
    if trigger.pos_ != "NOUN":
        return []
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        # « du roi X », « du président X »: the title the name hangs on (as its apposition, or a bare complement)
        while mention.how == gz.PERSON and (root.dep_ in {"appos", "flat:name"} or (root.dep_ == "nmod"
                                                                                     and not case_of(root))):
            root = root.head
        # « au commandant des forces de A »: a body of a state the title commands stands for the state
        commanded = mention.how == gz.BODY and mention.state is not None and root.dep_ == "nmod" and \
            case_of(root) in DE_CASES
        titled = (mention.how in {gz.DEMONYM, gz.NAME} or commanded) and root.dep_ in {"amod", "nmod"} and \
            ctx.titled(root.head)
        head = root.head if titled else root
        if (titled or mention.how == gz.PERSON) and head.head == trigger and head.dep_ == "nmod" and \
                case_of(head) in cases:
            found.append(mention)
    return found or gerund_guest(ctx, sentence, trigger)


_RECEIVED = {"obj", "nsubj", "nsubj:pass", "obl:agent", "obl:arg"}
_DEFINITE_ONE = {"le", "la", "l'", "ce", "cet", "cette"}


def received_before(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« Il a été reçu par son homologue », « La délégation a été reçue par le chef de la junte »: the one received
    in the passive, named by a pronoun or by a definite noun of a side that names no state, is the one told before
    (the actor its antecedent names); « il a été reçu par le prince héritier »: the one who receives, titled with
    neither state nor name, acts for the state the context tells (kg.extract.claims)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "recevoir":
        return []
    found: list[Entity] = [e for c in trigger.children if c.dep_ == "obl:agent" and ctx.titled(c) and not any(
        sentence.mention_at(t) is not None for t in c.subtree) for e in ctx.resolve(sentence, c)]
    for subject in (c for c in trigger.children if c.dep_ == "nsubj:pass" and sentence.mention_at(c) is None):
        if subject.pos_ == "PRON":
            found += ctx.resolve(sentence, subject)
        elif subject.lemma_.lower() in word_list("side-nouns.tsv") | word_list("official-nouns.tsv") and \
                any(d.dep_ == "det" and d.lower_ in _DEFINITE_ONE for d in subject.children) and \
                not any(sentence.mention_at(t) is not None for t in subject.subtree):
            found += ctx.antecedent(sentence, subject)
    return found + [e for t in _stray_subjects(sentence, trigger) for e in ctx.resolve(sentence, t)]


def _stray_subjects(sentence: Sentence, verb: Token) -> list[Token]:
    """« Pour marquer cet événement, X, ambassadeur de Y, a été reçu par ... »: a passive verb the parser left
    with no subject (or a date for one), the person set off by commas right before its auxiliaries (hung on the
    clause before, the apposition after it up to the comma, which may hold participles but no finite verb: « Après
    avoir eu des entretiens, le ministre, M. X, à la tête d'une délégation composée de ..., a été reçu par »)."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    if not auxiliaries or any(c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ != "NUM" for c in verb.children):
        return []
    doc, comma = sentence.doc, auxiliaries[0].i - 1
    person = next((m for m in reversed(sentence.mentions) if m.end <= comma and m.how == gz.PERSON), None)
    if person is None:
        return []
    # « , M. X, » opens on the comma before the word of address
    opening = person.start - 2 if doc[person.start - 1].lower_ in HONORIFICS else person.start - 1
    if comma <= sentence.span.start or doc[comma].text != "," or opening <= sentence.span.start or \
            doc[opening].text != "," or any(t.pos_ in {"VERB", "AUX"} and "Part" not in morph_values(t, "VerbForm")
                                            for t in doc[person.end:comma]):
        return []
    return [mention_root(sentence, person)]


def _title_above(ctx: Context, sentence: Sentence, mention: Mention) -> Token | None:
    """The title a state's or body's adjective or complement qualifies: « le président tunisien », « le roi du
    Maroc », or through the body the title heads, « le chef de la junte nigérienne », « le président de la
    Commission de l'Union africaine »."""
    root = mention_root(sentence, mention)
    if mention.how not in {gz.DEMONYM, gz.NAME, gz.ORGANISATION, gz.BODY} or root.dep_ not in {"amod", "nmod"}:
        return None
    head = root.head
    for _ in range(2):
        above = head.head
        if head.dep_ != "nmod" or case_of(head) not in DE_CASES or above.pos_ != "NOUN" or \
                (ctx.titled(head) and not ctx.titled(above)):
            break
        head = above
    return head if head.pos_ == "NOUN" and ctx.titled(head) else None


def someone_received(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« a reçu M. X », « a reçu le président tunisien », « le roi du Maroc a été reçu par le président chilien »:
    the one received (or, in the passive, either side) is a person, named or by a post's title and the state its
    adjective or complement names."""
    passive = any(c.dep_ in {"nsubj:pass", "aux:pass"} for c in trigger.children)  # not « le soutien du président X »
    met = args.partners + (args.agents if passive else [])
    if any(m.how == gz.PERSON or firm_officials(sentence, m) for m in met) or \
            received(ctx, sentence, trigger, args.but(partners=[])):
        return True
    titled = [m for m in met if (title := _title_above(ctx, sentence, m)) is not None
              and ((title.head == trigger and (title.dep_ in _RECEIVED or trigger.pos_ == "NOUN"))
                   or on_the_place(trigger, title) or title in gapped_heads(sentence, trigger))]
    # « a reçu, mardi à son bureau, l'ambassadeur de A », « a reçu, mercredi, le ministre de A »
    # « il a été reçu par le président X »: the one received told before is the other side
    before = len(received_before(ctx, sentence, trigger)) if passive else 0
    return bool(titled) and (not passive or len(titled) + before + sum(m.how == gz.PERSON for m in met) >= 2)


def fronted_received(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« Reçu par le président chilien, le ministre péruvien a déclaré ... »: a participle of receiving that opens
    the sentence tells the main clause's subject received by its « par » agent (which the parser may hang on the
    main verb), or, with no agent, by the official it hands something to (« Reçu au palais, le ministre X a remis
    un message au président Y »), as (agents..., received...)."""
    main = trigger.head
    if trigger.lemma_.lower() not in HOSTING_VERBS or trigger.dep_ != "advcl" or \
            trigger.i != sentence.span.start or "Part" not in morph_values(trigger, "VerbForm"):
        return []
    subjects = [c for c in main.children if c.dep_ == "nsubj" and c.i > trigger.i]
    hosts = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        root = root.head if root.dep_ in {"appos", "amod"} else root
        if subjects and root.i < subjects[0].left_edge.i and case_of(root) == "par" and (root.head in {
                trigger, main} or _on_complement(root, trigger)):
            hosts.append(ctx.actor(mention))
    hosts = hosts or [ctx.actor(m) for m in sentence.mentions if subjects and m.start > main.i and _handed_to(
        ctx, sentence, m, main)]
    guests = [e for s in subjects for e in ctx.resolve(sentence, s)]
    return hosts[:1] + guests if hosts and guests else []


def _on_complement(agent: Token, participle: Token) -> bool:
    """« Reçu lundi à X par Y, »: the parser may hang the « par » agent on the participle's place or time
    complement before it (« à X »), as the noun's complement; it is the participle's agent still."""
    above = agent.head
    return agent.dep_ == "nmod" and above.head == participle and above.i < agent.i and \
        above.dep_.startswith("obl") and case_of(above) != "par"


def _handed_to(ctx: Context, sentence: Sentence, mention: Mention, verb: Token) -> bool:
    """« a remis un message au président Y », « a transmis au ministre de Y une lettre »: an official (a person, or
    a title and the state it names) the verb or its object hands something « à »."""
    root = mention_root(sentence, mention)
    root = root.head if root.dep_ in {"amod", "nmod", "flat:name"} and case_of(root) not in _TO else root
    if case_of(root) not in _TO or not (mention.how == gz.PERSON or ctx.titled(root)):
        return False
    head = root.head
    for _ in range(2):  # « un message du président X au président Y »: the parser may hang Y on X
        head = head.head if head.dep_ == "nmod" else head
    return head == verb or (head.head == verb and head.dep_ == "obj")


_TO = frozenset({"à", "au", "aux"})


def received_in_city(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity]:
    """« La délégation conduite par le président X a été reçue à Paris », « il a été reçu avec les honneurs à Rome »:
    a guest received in the passive with no one said to receive them meets the state of the city named; the guest
    acts for their own state, or, when the text gives none other than the host's, for the state the article is
    about. As (guest's state, host state), or none."""
    if not received_unhosted(trigger):
        return []
    cities = [m for m in args.places if m.how in {gz.CITY, gz.CAPITAL}]
    host = ctx.host_state(cities[0].entity) if cities else None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj:pass"), None)
    if host is None or subject is None:
        return []
    if subject.pos_ == "PRON":
        guests = ctx.resolve(sentence, subject)
    else:  # the person named in the subject: the guest, or the one who leads the delegation received
        people = [m for m in sentence.mentions if m.how == gz.PERSON and mention_root(sentence, m) in subject.subtree]
        if not people or not (ctx.titled(subject) or subject.lemma_.lower() in word_list("side-nouns.tsv")
                              or mention_root(sentence, people[0]) == subject):
            return []
        guests = [ctx.actor(people[0])]
    own = [s for s in map(ctx.as_state, guests) if s.cls == "State" and s.key != host.key]
    lead = ctx.lead_actor()
    guest = own[0] if own else lead if guests and lead is not None and lead.cls == "State" and \
        lead.key != host.key else None
    return [] if guest is None else [guest, host]


def guest_received(ctx: Context, sentence: Sentence, trigger: Token, args: Arguments) -> list[Entity]:
    """The sides of a reception the parse does not give as subject and object: a fronted participle's
    (fronted_received), a participle describing its guest's (described_received) or a guest's received in a city
    with no host said (received_in_city)."""
    return fronted_received(ctx, sentence, trigger) or described_received(ctx, sentence, trigger) or \
        received_in_city(ctx, sentence, trigger, args)


def described_received(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« Le ministre A de la Défense reçu par le roi de B » (a headline), « Le président A, reçu par son homologue
    B, a ... »: a participle of receiving that describes an official (a title or a person) tells them received by
    its « par » agent, as (host, guest)."""
    if trigger.lemma_.lower() not in HOSTING_VERBS or "Part" not in morph_values(trigger, "VerbForm"):
        return []
    # a headline's participle the parser makes the root, its noun the subject of no auxiliary
    bare = trigger.dep_ == "ROOT" and not any(c.dep_.startswith("aux") for c in trigger.children)
    head = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubj:pass"}), None) if bare else \
        trigger.head if trigger.dep_ == "acl" else None
    if head is None or head.i > trigger.i:
        return []
    agents = [c for c in trigger.children if c.dep_ == "obl:agent" and case_of(c) == "par"]
    below = {t.i for t in trigger.subtree} - ({t.i for t in head.subtree} if bare else set())
    hosts = [ctx.actor(m) for m in sentence.mentions if m.how in ACTOR_KINDS and any(
        mention_root(sentence, m) in a.subtree for a in agents)][:1]
    guests = [m for m in sentence.mentions if m.how in ACTOR_KINDS and m.start not in below
              and mention_root(sentence, m) in head.subtree]
    someone = ctx.titled(head) or any(m.how == gz.PERSON for m in guests)
    return [*hosts, ctx.actor(guests[0])] if hosts and guests and someone else []
