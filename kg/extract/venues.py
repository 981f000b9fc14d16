"""Where talks are held, as the sentence tells it: the capital a phrase names (« dans la capitale chilienne »),
the city of a visit or journey the talks happen in or are the purpose of, the city of an event that frames them
(« en marge du forum de Lima »), the city a relative clause of the talks hangs on (« à Lima, où il a rencontré »),
and the city a sentence just before placed someone in (kg.extract.whereabouts: « le ministre est à Lima »)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.context import Context, states
from kg.extract.event_places import framing_event
from kg.extract.held_sites import minted_site, taking_place
from kg.extract.lexicon import Trigger, role_cases, word_list
from kg.extract.mentions import Mention
from kg.extract.placed_first import placed_first
from kg.extract.syntax import SUBJECTS, THIS, Sentence, case_of, mention_root, path_up, predicate_of
from kg.extract.venue_filters import of_issue
from kg.extract.whereabouts import STAY_NOUNS, regions_gone, said_abroad, whereabouts
from kg.records import Entity

_FRAME_NOUNS = {"marge", "occasion", "cadre"}  # « en marge du forum », « à l'occasion du sommet »


def capitals(ctx: Context, sentence: Sentence, trigger: Token) -> list[Mention]:
    """« dans la capitale chilienne », « à la capitale du Qatar »: the capital of the state named beside the
    word, as a place of the talks or visit the phrase hangs on."""
    found = []
    cases = role_cases("place") | role_cases("host")
    for token in sentence.tokens:
        if token.lemma_.lower() != "capitale" or case_of(token) not in cases or \
                all(path_up(token, anchor) is None for anchor in {trigger, predicate_of(trigger)}):
            continue
        # « kényane » read as an adjective, or as a bare name hung on the noun
        named = [m for c in token.children if ((c.dep_ == "amod" or (c.dep_ == "nmod" and not case_of(c)))
                                               and (m := sentence.mention_at(c)) is not None
                                               and m.how == gz.DEMONYM)
                 or (c.dep_ == "nmod" and case_of(c) in {"de", "du", "d'"} and (m := sentence.mention_at(c))
                     is not None and m.how == gz.NAME)]
        state = named[0].state if named else None
        capital = ctx.capital(state) if state is not None else None
        if capital is not None:
            found.append(Mention(token.i, token.i + 1, capital, gz.CAPITAL, state))
        elif (after := _capital_after(ctx, sentence, token)) is not None:
            found.append(after)
    return found


def _capital_after(ctx: Context, sentence: Sentence, word: Token) -> Mention | None:
    """« dans la capitale, Nairobi »: the capital named right after the comma that follows the word (which the
    parser may hang on the one met rather than on the word); only a city that is its state's capital."""
    doc = sentence.doc
    if word.i + 2 >= sentence.span.end or doc[word.i + 1].text != ",":
        return None
    city = sentence.mention_at(doc[word.i + 2])
    if city is None or city.start != word.i + 2 or city.how not in {gz.CITY, gz.CAPITAL}:
        return None
    state = ctx.host_state(city.entity)
    capital = ctx.capital(state) if state is not None else None
    # anchored on the word, as for « la capitale kényane »: the parser may also make the name one met
    return Mention(word.i, word.i + 1, capital, gz.CAPITAL, state) if capital is not None and \
        capital.key == city.entity.key and state is not None else None


def on_visit(ctx: Context, sentence: Sentence, trigger: Token) -> list[Mention]:
    """« X, en visite (en séjour) à Lima, a rencontré Y », « X, arrivé à Lima, a rencontré Y », « ... lors de sa
    visite à Lima », « une visite à Lima au cours de laquelle il rencontrera Y »: talks held during a visit or a
    journey are held where it goes, a city or a building that names a body (« lors d'une visite au Kremlin »)."""
    predicate = predicate_of(trigger)
    goes = word_list("talk-verbs.tsv")
    frames = []
    events = word_list("event-nouns.tsv") | word_list("meeting-nouns.tsv")
    for token in sentence.tokens:
        if token == trigger:
            continue
        case = case_of(token)
        if token.lemma_.lower() in events and token.lemma_.lower() not in STAY_NOUNS and (
                (token.head == predicate and any(case.startswith(f) for f in word_list("talk-frames.tsv")))
                or (token.head.lemma_.lower() in _FRAME_NOUNS and token.head.head == predicate)
                # « lors du salon de X », also where the parser hangs « lors » deeper in the clause
                or (token.head.lower_ == "lors" and predicate in {token.head.head, *token.head.ancestors})):
            frames.append(token)  # « En marge du forum de Lima, X a rencontré Y »: held where the event is
        elif token.lemma_.lower() in STAY_NOUNS:  # « en visite », « en séjour de travail », « en déplacement »
            by_subject = case == "en" and token.head.dep_ in SUBJECTS and token.head.head == predicate
            during = token.head in {trigger, predicate} and bool(case) and any(
                case.startswith(frame) for frame in word_list("talk-frames.tsv"))
            # « une visite ... au cours de laquelle il rencontrera Y »
            within = predicate.dep_ == "acl:relcl" and token in {predicate.head, predicate.head.head}
            if by_subject or during or within:
                frames.append(token)
                if token.head.lemma_.lower() in goes and case == "pour":  # « arrivé à Lima pour une visite »
                    frames.append(token.head)
        elif token.pos_ == "VERB" and token.lemma_.lower() in goes and (
                (token.dep_ == "acl" and token.head.dep_ in SUBJECTS and token.head.head == predicate)
                or (token.dep_ == "advcl" and token.head == predicate and not _before(token))):
            frames.append(token)  # « X, arrivé jeudi à Lima, a rencontré Y »; not « avant d'arriver à Lima »
    # « X s'est rendu à Lima, où il a rencontré Y »: the city the relative clause of the talks hangs on
    where = _where_of(predicate)
    return [m for m in sentence.mentions + regions_gone(sentence) if (m.how in {gz.CITY, gz.CAPITAL} or (
                m.how == gz.BODY and ctx.building(m.entity) is not None))  # « lors d'une visite au Kremlin »
            and (((root := mention_root(sentence, m)).head in frames and case_of(root) in role_cases("place"))
                 # « en séjour de travail à Lima »: on the visit's kind, a bare « de » complement of it
                 or (root.head.head in frames and root.head.dep_ == "nmod" and case_of(root.head) in {"de", "d'"}
                     and not any(c.dep_ == "det" for c in root.head.children) and case_of(root) in role_cases("place"))
                 # « lors d'une réunion qui les rassemble à Tunis »: where the event's relative clause places it
                 or (root.head.dep_ == "acl:relcl" and root.head.head in frames and root.head.head != trigger
                     and case_of(root) in role_cases("place"))
                 or (root.dep_ == "nmod" and case_of(root) in {"de", "d'", "du"} and _named_by(root, frames))
                 # « lors du sommet de l'UA organisé à Malabo », « dans le cadre d'un dîner de travail organisé à
                 # Rome »: the participle of holding, which the parser may hang on a complement of the event
                 or (root.head.dep_ == "acl" and root.head.lemma_.lower() in word_list("held-verbs.tsv")
                     and _in_phrase_of(root.head.head, frames, predicate, trigger)
                     and case_of(root) in role_cases("place"))
                 or root == where)]


def _before(verb: Token) -> bool:
    """« avant d'arriver à Lima »: a journey that comes after the talks, so not where they are held."""
    return any(c.dep_ == "mark" and c.lower_ == "avant" for c in verb.children)


def _in_phrase_of(token: Token, frames: list[Token], predicate: Token, trigger: Token) -> bool:
    """`token` is one of `frames` or a complement inside one's phrase (« le sommet de l'UA », « un dîner de
    travail »), a frame of the talks' own verb (not « a révélé, lors d'un salon ..., que des négociations »)."""
    while token not in frames and token.dep_ == "nmod" and token.head != token:
        token = token.head
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return token in frames and verb in {predicate, None} and not token.is_ancestor(trigger)


def attended(sentence: Sentence, trigger: Token, agents: list[Mention]) -> list[Mention]:
    """« X, présent à Bangkok pour la réunion de l'ASEAN, a rencontré Y », « X, en visite au Pérou afin de participer
    à la réunion qui se tiendra à Lima, a rencontré Y »: talks held on the margins of an event are held where the
    incise of their subject places it: the city of its adjective, or where the event it attends takes place."""
    subjects = set()
    for mention in agents:
        token = mention_root(sentence, mention)
        while token.dep_ in {"amod", "appos", "flat:name"} and token.head != token:
            token = token.head
        subjects.add(token)
    events = word_list("event-nouns.tsv") | word_list("meeting-nouns.tsv")
    found = []
    for mention in sentence.mentions:
        root = mention_root(sentence, mention)
        if mention.how not in {gz.CITY, gz.CAPITAL} or mention.start > trigger.i or \
                case_of(root) not in role_cases("place") or not any(s.is_ancestor(root) for s in subjects):
            continue
        head = root.head
        # « présent à Bangkok »; not « né à Bangkok », « rentré à Bangkok » (a birth or a return, no stay for talks)
        at = head.dep_ in {"amod", "acl"} and head.head in subjects and \
            head.lemma_.lower() not in word_list("lede-away-verbs.tsv")
        held = head.dep_ == "acl:relcl" and taking_place(head) and any(  # « la réunion ... qui se tiendra à Lima »
            t.lemma_.lower() in events for t in (head.head, head.head.head))
        if at or held:
            found.append(mention)
    return found


def _where_of(predicate: Token) -> Token | None:
    """« X s'est rendu à Lima, où il a rencontré Y »: the place « où » stands for, whether the parser hangs the
    clause on the place (a relative clause) or on the verb of the journey (the last place it names before)."""
    where = next((c for c in predicate.children if c.lower_ == "où"), None)
    if where is None:
        return None
    if predicate.dep_ == "acl:relcl":
        return predicate.head
    if predicate.dep_ != "advcl":
        return None
    places = [c for c in predicate.head.children if c.i < where.i and c.dep_.startswith("obl")
              and case_of(c) in role_cases("place")]
    return places[-1] if places else None


def _named_by(city: Token, frames: list[Token]) -> bool:
    """« le forum de Lima », « le salon de l'armement de Lima »: an event named by its city (a visit is not)."""
    event = city.head if city.head in frames else city.head.head if city.head.dep_ == "nmod" else None
    return event is not None and event in frames and event.lemma_.lower() != "visite"


_END_FRAMES = {"issue", "terme"}  # « à l'issue de », « au terme de »
_SEALING = {"adopter"}  # a text adopted, as one signed (signing-verbs.tsv)


def sealed_after(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« la déclaration commune adoptée à Lima, à l'issue d'un tête-à-tête entre ... »: a text signed or adopted in
    a city at the end of the talks seals them there, even where the parser hangs the frame of the talks on another
    verb of the sentence than the one of the signing: the frame must follow the city's phrase right away."""
    frame = trigger.head
    if trigger.pos_ != "NOUN" or frame.lemma_.lower() not in _END_FRAMES or case_of(frame) not in {"à", "au"}:
        return []
    doc, sealing = sentence.doc, word_list("signing-verbs.tsv") | _SEALING
    return [m for m in sentence.mentions if m.how in {gz.CITY, gz.CAPITAL} and m.end <= frame.i
            and case_of(root := mention_root(sentence, m)) in role_cases("place")
            and root.head.pos_ == "VERB" and root.head.lemma_.lower() in sealing
            and all(t.is_punct or t.pos_ in {"ADP", "DET"} for t in doc[m.end:frame.i])]


def journey_places(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« une délégation s'est rendue à Niamey pour discuter avec ... », « il est arrivé à Lima pour des
    entretiens »: talks that are the purpose of a journey are held where it goes."""
    goes = trigger.head
    if goes == trigger or goes.lemma_.lower() not in word_list("talk-verbs.tsv"):
        return []
    purpose = case_of(trigger) == "pour" or (trigger.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "mark" and c.lower_ == "pour" for c in trigger.children))
    if not purpose:
        return []
    return [m for m in sentence.mentions + regions_gone(sentence) if m.how in {gz.CITY, gz.CAPITAL, gz.NAME}
            and (root := mention_root(sentence, m)).head == goes and root.dep_.startswith("obl")
            and case_of(root) in role_cases("place")]


def _framed_by_event_before(sentence: Sentence) -> bool:
    """« En marge de cet événement », « à l'occasion de ce salon »: talks framed by the event told just before."""
    events = word_list("event-nouns.tsv") - {"visite", "déplacement", "tournée"}
    return any(t.lemma_.lower() in events and t.head.lemma_.lower() in _FRAME_NOUNS and any(
        c.dep_ == "det" and c.lower_ in THIS for c in t.children) for t in sentence.tokens)


def _on_trip_before(sentence: Sentence) -> bool:
    """« Lors de ce déplacement », « au cours de cette visite »: talks framed by the trip told just before (a noun of
    a stay with a demonstrative), held where it put the visitor."""
    return any(t.lemma_.lower() in STAY_NOUNS and t.dep_ not in SUBJECTS and case_of(t) and any(
        c.dep_ == "det" and c.lower_ in THIS for c in t.children) for t in sentence.tokens)


def placed_before(ctx: Context, sentence: Sentence, trigger: Token, entry: Trigger, sides: list[Entity],
                  places: list[Mention], pair: int = 0) -> list[Entity]:
    """« Le ministre est à Lima. Il a rencontré le président péruvien. »: talks with no venue of their own are held
    in the city a sentence just before placed someone in, when it lies in the state of one of their sides, or
    whatever state it lies in when the talks point back to it (« il y a rencontré », « ils s'y sont entretenus ») or
    have for sides only a `pair` told before (« Il est arrivé à Lima. Les deux dirigeants ont évoqué ... »);
    a call is held nowhere. A place of what the talks are about (« la guerre en Ukraine ») is no venue of theirs."""
    trip = _on_trip_before(sentence)  # « lors de ce déplacement »: a state named in a title (« ... en Iran ») holds
    # « Il s'est rendu à Bakou. Il a été reçu au ministère de la Défense »: a site with no city leaves its city to tell
    if any(not of_issue(sentence, p) and not (trip and p.how == gz.NAME) and not minted_site(p) for p in places) or \
            entry.detail == "call" or "téléphon" in sentence.text.lower():
        return []
    # « Le sommet s'est ouvert à X. [...] En marge du sommet, A a rencontré B »: the event told before, however far
    if (event := framing_event(sentence, trigger)) is not None and (city := ctx.event_place(event)) is not None:
        return [city]
    recent = _said_in(ctx, sentence, trigger) or ctx.recent_places(sentence)
    if (any(t.lower_ in {"y", "là"} and t.head == trigger for t in sentence.tokens) and trigger.pos_ == "VERB") \
            or _framed_by_event_before(sentence) or (pair and not sides):
        return recent[:1]
    keys = {s.key for s in states(ctx, sides)}
    # « Après avoir signé l'accord à X, il a été reçu par ... »: the city the sentence placed someone in first
    if (first := placed_first(ctx, sentence, trigger, whereabouts(sentence), keys)):
        return first
    return [p for p in recent if (h := p if p.cls == "State" else ctx.host_state(p)) is not None
            and h.key in keys][:1]


def _said_in(ctx: Context, sentence: Sentence, trigger: Token) -> list[Entity]:
    """« « Nous avons discuté avec nos partenaires indiens », a déclaré le ministre français à New Delhi »: the city
    abroad the one who tells of the talks speaks in, outside the words they say (at home, they may tell of talks
    held anywhere)."""
    return said_abroad(ctx, sentence, trigger)
