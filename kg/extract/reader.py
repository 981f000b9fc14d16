"""Reads one parsed article: mentions, posts, facts per sentence, then what the article says across sentences
(the talks « les discussions » refers to, the recipient a supporter already had, the system « les armes
concernées » names)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.extract import agreement, financing, negotiation, support
from kg.extract.arguments import Arguments, gather
from kg.extract.dates import find_dates
from kg.extract.lexicon import Trigger, triggers, word_list
from kg.extract.mentions import Mention, People, find_mentions, state_entity
from kg.extract.modality import modality
from kg.extract.money import find_amounts
from kg.extract.people import Title, find_titles, holders_of
from kg.extract.syntax import SUBJECTS, Sentence, is_pronoun_subject, is_speaker_noun, mention_root, path_up
from kg.gazetteer import Gazetteer
from kg.nlp import matcher
from kg.read import Article
from kg.records import ASSERTED, POSSIBLE, REPORTED, ArticleGraph, Entity, Fact, Modality

Builder = Callable[..., Fact | None]
BUILDERS: dict[str, Builder] = {"negotiation": negotiation.build, "agreement": agreement.build,
                                "support": support.build, "financing": financing.build}
_FACTUAL = {ASSERTED: 0, REPORTED: 1, POSSIBLE: 2}
_DEFINITE = {"le", "la", "l'", "les", "ce", "cet", "cette", "ces"}
_MILITARY_SPAN = 3  # sentences a military context lasts
_WEAPON_REACH = 4  # sentences back a stray weapon system may refer to
_RECIPIENT_REACH = 5  # sentences back a supporter's recipient is still the one meant
_TALKS_REACH = 6  # sentences after talks in which « les discussions » still means them
_ISSUE_REACH = 5  # sentences after talks are mentioned in which issues at stake still belong to them


class Reader:
    """Reads one article; `read(docs)` returns what it says as an ArticleGraph."""

    def __init__(self, article: Article, gaz: Gazetteer) -> None:
        self.article = article
        self.gaz = gaz
        self.result = ArticleGraph(article.id)
        self.people = People()
        self.person_state: dict[str, Entity] = {}
        self.facts: list[Fact] = []
        self.fact_sentence: dict[int, int] = {}  # id(fact) -> sentence index of its latest evidence
        self.last_subject: Entity | None = None
        self.military_until = -1
        self.currency_families: dict[str, str] = {}
        self.paragraph_of: list[int] = []  # sentence index -> paragraph number
        self.inherited: set[int] = set()  # ids of facts whose recipient was not said but carried over
        self.weapons_at: list[list[Entity]] = []  # sentence index -> weapon systems it names
        self.index = 0

    # ------------------------------------------------------------------ Context protocol
    def actor(self, mention: Mention) -> Entity:
        return mention.state if mention.state is not None else mention.entity

    def as_state(self, entity: Entity) -> Entity:
        if entity.cls != "Person":
            return entity
        state = self.person_state.get(entity.key)
        if state is None and entity.iri is not None:
            state = state_entity(self.gaz, self.gaz.usual_post_in.get(entity.iri))
        return state or entity

    def resolve(self, sentence: Sentence, token: Token) -> list[Entity]:
        mention = sentence.mention_at(token)
        if mention is not None and mention.how not in {gz.WEAPON, gz.ISSUE, gz.CITY}:
            return [self.actor(mention)]
        if is_pronoun_subject(token) or is_speaker_noun(token):
            return self._antecedent(sentence, token)
        found: list[Mention] = []
        for t in token.subtree:
            candidate = sentence.mention_at(t)
            if candidate is None or candidate in found or t.i != mention_root(sentence, candidate).i \
                    or candidate.how in {gz.WEAPON, gz.ISSUE, gz.CITY}:
                continue
            path = path_up(t, token)
            if path is not None and all(not _case(p) or _case(p) in {"de", "d'", "du", "des"} for p in path) \
                    and len(path) <= 3 and not any(p.dep_ == "conj" for p in path):
                found.append(candidate)
        specific = [m for m in found if m.how not in {gz.DEMONYM}]
        return [self.actor(m) for m in (specific or found)]

    def _antecedent(self, sentence: Sentence, pronoun: Token) -> list[Entity]:
        """« il », « elle », « son gouvernement »: the latest subject before it, in this sentence or earlier."""
        for token in reversed(sentence.doc[sentence.span.start:pronoun.i]):
            if token.dep_ in SUBJECTS and not is_pronoun_subject(token) and not is_speaker_noun(token):
                found = self.resolve(sentence, token)
                if found:
                    return found[:1]
        return [self.last_subject] if self.last_subject is not None else []

    def last(self, kind: str) -> Fact | None:
        return next((f for f in reversed(self.facts) if f.kind == kind), None)

    # ------------------------------------------------------------------ reading
    def read(self, docs: Iterable[Doc]) -> ArticleGraph:
        phrase, targets = matcher(self.gaz)
        for number, (paragraph, doc) in enumerate(zip(self.article.paragraphs, docs, strict=True)):
            mentions = find_mentions(doc, self.gaz, phrase, targets)
            for mention in mentions:
                if mention.how == gz.PERSON:
                    mention.entity = self.people.link(mention)
            # a lone unknown word the NER calls a person (« frégates Abukuma », « (Sipri) ») is no person
            # unless it repeats the surname of someone named in full before
            mentions = [m for m in mentions if not (m.how == gz.PERSON and m.entity.iri is None
                                                    and " " not in m.entity.label.strip())]
            for span in doc.sents:
                inside = [m for m in mentions if span.start <= m.start < span.end]
                sentence = Sentence(span, self.article.id, paragraph.start, inside, index=self.index)
                self.paragraph_of.append(number)
                self._locate_money_and_dates(sentence)
                self._read_sentence(sentence)
                self.index += 1
        self.result.facts.extend(f for f in self.facts if _complete(f))
        return self.result

    def _locate_money_and_dates(self, sentence: Sentence) -> None:
        span = sentence.span
        for money in find_amounts(span.text, self.currency_families):
            tokens = span.char_span(money.start, money.end, alignment_mode="expand")
            if tokens is not None:
                sentence.money.append((tokens.start, tokens.end, money))
        for date in find_dates(span.text, self.article.published):
            tokens = span.char_span(date.start, date.end, alignment_mode="expand")
            if tokens is not None:
                sentence.dates.append((tokens.start, tokens.end, date))

    def _read_sentence(self, sentence: Sentence) -> None:
        self._record_mentions(sentence)
        self._read_posts(sentence)
        if self._is_military(sentence):
            self.military_until = self.index + _MILITARY_SPAN
        found: list[Fact] = []
        for token in sentence.span:
            pos = "VERB" if token.pos_ == "VERB" else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else None
            if pos is None:
                continue
            for entry in triggers().get((token.lemma_.lower(), pos), []):
                fact = self._fact(sentence, token, entry)
                if fact is not None:
                    found.append(fact)
        self.weapons_at.append([m.entity for m in sentence.mentions if m.how == gz.WEAPON])
        for fact in _merge_within(found):
            if fact.kind == "support" and not fact.roles.get("weapon"):
                for weapon in self._weapon_named_before(sentence):
                    fact.add("weapon", weapon)
            self._attach(fact, sentence)
        self._attach_stray_weapons(sentence, found)
        self._attach_issues(sentence, found)
        self._update_subject(sentence)

    def _fact(self, sentence: Sentence, token: Token, entry: Trigger) -> Fact | None:
        if entry.needs == "military" and self.index > self.military_until:
            return None
        if entry.fact == "support" and any(c.dep_ == "amod" and c.lemma_.lower() in word_list("civil-qualifiers.tsv")
                                           for c in token.children):
            return None  # « une aide humanitaire »
        if entry.needs == "reflexive" and not any(c.lower_ in {"se", "s'"} for c in token.children):
            return None
        args: Arguments = gather(sentence, token, entry, self.resolve)
        if entry.needs == "amount" and not args.amounts:
            return None
        said = modality(sentence, token, self.resolve)
        return BUILDERS[entry.fact](self, sentence, token, entry, args, said)

    def _is_military(self, sentence: Sentence) -> bool:
        words = word_list("military.tsv")
        return any(m.how == gz.WEAPON for m in sentence.mentions) or any(
            t.lemma_.lower() in words or t.lemma_.lower() in self.gaz.weapon_nouns for t in sentence.span)

    def _record_mentions(self, sentence: Sentence) -> None:
        for mention in sentence.mentions:
            if mention.how == "ner-org":
                continue  # unknown organisations enter the graph only through the facts they take part in
            if mention.state is not None:
                self.result.mentions.setdefault(mention.state.key, mention.state)
            if mention.how not in {gz.NAME, gz.DEMONYM}:
                self.result.mentions.setdefault(mention.entity.key, mention.entity)

    def _read_posts(self, sentence: Sentence) -> None:
        for title in find_titles(sentence, self.gaz):
            for holder, named in holders_of(sentence, title):
                self._post(sentence, title, holder.entity, named)

    def _post(self, sentence: Sentence, title: Title, person: Entity, named: Mention | None) -> None:
        org: Entity | None = None
        if named is not None:
            org = named.entity if named.how in {gz.BODY, gz.ORGANISATION, gz.COMPANY, "ner-org"} \
                else self.actor(named)
        elif title.of_person is not None:
            org = self.as_state(title.of_person.entity)
            org = org if org.cls != "Person" else None
        elif person.iri is not None:
            org = state_entity(self.gaz, self.gaz.usual_post_in.get(person.iri))
        else:
            head = sentence.doc[title.start]
            if any(d.lower_ in {"son", "sa", "leur"} for d in head.children) or \
                    (title.start > 0 and sentence.doc[title.start - 1].lower_ in {"son", "sa", "leur"}):
                # « a précisé son ministre d'État »: the post is in the state the sentence is about
                found = self._antecedent(sentence, head)
                org = found[0] if found and found[0].cls in {"State", "Organisation", "GovernmentBody"} else None
        fact = Fact("post", [sentence.evidence()], Modality(ASSERTED), detail=title.role.iri)
        fact.add("holder", person)
        if org is not None:
            fact.add("org", org)
            self.result.mentions.setdefault(org.key, org)
            state = org if org.cls == "State" else state_entity(self.gaz, self.gaz.state_of.get(org.key))
            if state is not None:
                self.person_state.setdefault(person.key, state)
        self.facts.append(fact)

    def _update_subject(self, sentence: Sentence) -> None:
        for token in sentence.span:
            if token.dep_ in SUBJECTS and not is_pronoun_subject(token):
                found = self.resolve(sentence, token)
                if found:
                    self.last_subject = found[0]
                    return

    # ------------------------------------------------------------------ across sentences
    def _attach(self, fact: Fact, sentence: Sentence) -> None:
        if fact.kind == "negotiation":
            self._attach_negotiation(fact)
        elif fact.kind == "agreement":
            self._attach_agreement(fact, sentence)
        elif fact.kind in {"support", "financing"}:
            self._attach_transfer(fact)

    def _remember(self, fact: Fact) -> None:
        self.facts.append(fact)
        self.fact_sentence[id(fact)] = self.index

    def _same(self, kind: str, role: str, keys: set[str], said: str | None = None) -> Fact | None:
        for known in reversed(self.facts):
            if known.kind == kind and {e.key for e in known.roles.get(role, [])} == keys and (
                    said is None or known.modality.value == said):
                return known
        return None

    def _attach_negotiation(self, fact: Fact) -> None:
        keys = {e.key for e in fact.roles.get("participant", [])}
        if len(keys) >= 2:
            known = self._same("negotiation", "participant", keys)
            if known is None:
                self._remember(fact)
                return
            _absorb(known, fact)
            if _FACTUAL.get(fact.modality.value, 9) < _FACTUAL.get(known.modality.value, 9):
                known.modality = fact.modality
            self.fact_sentence[id(known)] = self.index
            return
        talks = self.last("negotiation")
        recent = talks is not None and self._since(talks) <= _TALKS_REACH
        if talks is not None and recent and len(keys - {e.key for e in talks.roles.get("participant", [])}) == 0:
            # « les discussions pourraient se tenir à Vienne »: the talks already named
            talks.parts.extend(fact.parts)
            talks.start = talks.start or fact.start
            talks.end = talks.end or fact.end
            talks.evidence.extend(e for e in fact.evidence if e not in talks.evidence)
            self.fact_sentence[id(talks)] = self.index

    def _attach_agreement(self, fact: Fact, sentence: Sentence) -> None:
        keys = {e.key for e in fact.roles.get("party", [])}
        if len(keys) >= 2:
            known = self._same("agreement", "party", keys, fact.modality.value)
            if known is None:
                self._remember(fact)
            else:
                _absorb(known, fact)
            return
        previous = self.last("agreement")
        if previous is not None and fact.modality.value == previous.modality.value and _definite(sentence, fact):
            _absorb(previous, fact)  # « cet accord », « le contrat »
            for party in fact.roles.get("party", []):
                previous.add("party", party)

    def _attach_transfer(self, fact: Fact) -> None:
        giver = "supporter" if fact.kind == "support" else "funder"
        givers = fact.roles.get(giver, [])
        if fact.kind == "support" and not givers:
            return
        states_only = all(g.cls == "State" for g in givers)  # « fabriqués par Thales » is no gift to anyone
        if not fact.roles.get("recipient") and fact.detail not in {"buy-for", "purchase"} and states_only:
            for recipient in self._usual_recipients(givers):
                fact.add("recipient", recipient)
            self.inherited.add(id(fact))
        keys = {e.key for e in givers}
        recipients = {e.key for e in fact.roles.get("recipient", [])}
        for known in reversed(self.facts):
            if known.kind == fact.kind and known.modality.value == fact.modality.value and \
                    {e.key for e in known.roles.get(giver, [])} == keys and \
                    {e.key for e in known.roles.get("recipient", [])} == recipients and \
                    (fact.kind == "support" or known.amounts == fact.amounts):
                _absorb(known, fact)
                self.fact_sentence[id(known)] = self.index
                return
        self._remember(fact)

    def _since(self, fact: Fact) -> int:
        """Sentences since a fact was last named."""
        return self.index - self.fact_sentence.get(id(fact), -99)

    def _near(self, fact: Fact) -> bool:
        """Whether a fact was last named close enough (a few sentences, this or the previous paragraph) for
        a sentence that leaves a side unsaid to mean it."""
        said = self.fact_sentence.get(id(fact))
        return said is not None and self.index - said <= _RECIPIENT_REACH and \
            self.paragraph_of[-1] - self.paragraph_of[said] <= 1

    def _usual_recipients(self, givers: list[Entity]) -> list[Entity]:
        """The recipient the same supporter or funder already has in this article; else the recipient of the
        support or financing just before (« le Danemark figure parmi les financeurs »); else its partner in its
        latest agreement."""
        keys = {g.key for g in givers}
        for known in reversed(self.facts):
            giving = {e.key for role in ("supporter", "funder") for e in known.roles.get(role, [])}
            if known.kind in {"support", "financing"} and keys and keys <= giving and known.roles.get("recipient"):
                return list(known.roles["recipient"])
        for known in reversed(self.facts):
            if not self._near(known) or id(known) in self.inherited:
                continue  # another section, most likely another story; or a recipient itself guessed
            if known.kind in {"support", "financing"} and known.roles.get("recipient"):
                found = [r for r in known.roles["recipient"] if r.key not in keys]
                if found:
                    return found
        for known in reversed(self.facts):  # partners in an agreement, never the other side of talks
            if not self._near(known):
                continue
            sides = known.roles.get("party", [])
            if known.kind == "agreement" and keys & {s.key for s in sides}:
                return [s for s in sides if s.key not in keys]
        return []

    def _attach_issues(self, sentence: Sentence, found: list[Fact]) -> None:
        """Issues at stake (« les garanties de sécurité », « un cessez-le-feu ») named in or right after a
        sentence about talks, in a sentence about nothing else, are what those talks are about."""
        if any(f.kind != "negotiation" for f in found):
            return  # « une aide humanitaire de 50 millions » belongs to its financing
        issues = [m.entity for m in sentence.mentions if m.how == gz.ISSUE]
        talks = self.last("negotiation")
        if not issues or talks is None or self._since(talks) > _ISSUE_REACH:
            return
        for issue in issues:
            talks.add("issue", issue)
        self.fact_sentence[id(talks)] = self.index  # a list of issues goes on
        if sentence.evidence() not in talks.evidence:
            talks.evidence.append(sentence.evidence())

    def _weapon_named_before(self, sentence: Sentence) -> list[Entity]:
        """« ... vingt chasseurs F-35A. Les premiers appareils seront livrés par les États-Unis »: a supply of
        definite « appareils », « systèmes », « chars » with no system named takes the one system of the sentence
        before."""
        anaphors = word_list("weapon-anaphors.tsv")
        if not any(t.lemma_.lower() in anaphors and t.pos_ == "NOUN" and
                   any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in t.children) for t in sentence.span):
            return []  # « des munitions » is new; « les appareils », « ces systèmes » refer back
        before = {w.key: w for w in (self.weapons_at[-2] if len(self.weapons_at) >= 2 else [])}
        return list(before.values()) if len(before) == 1 else []

    def _attach_stray_weapons(self, sentence: Sentence, found: list[Fact]) -> None:
        """A system named away from any supply verb (« les armes concernées seraient des
        missiles Exocet ») completes the latest support fact that names no system yet."""
        used = {w.key for f in found for w in f.roles.get("weapon", [])}
        stray = [m.entity for m in sentence.mentions if m.how == gz.WEAPON and m.entity.key not in used]
        if not stray:
            return
        for known in reversed(self.facts):
            if known.kind != "support":
                continue
            if self._since(known) > _WEAPON_REACH or known.roles.get("weapon"):
                return
            sides = {e.key for role in ("supporter", "recipient") for e in known.roles.get(role, [])}
            if any(m.state is not None and m.state.key not in sides for m in sentence.mentions):
                return  # « Washington, qui proposait des F-16, n'a pas été retenu »: another actor's system
            for weapon in stray:
                known.add("weapon", weapon)
            known.evidence.append(sentence.evidence())
            return


def _case(token: Token) -> str:
    return " ".join(c.lower_ for c in token.children if c.dep_ == "case")


def _definite(sentence: Sentence, fact: Fact) -> bool:
    return any(t.lower_ in _DEFINITE and t.dep_ == "det" and t.head.lemma_.lower() == fact.detail
               for t in sentence.span)


def _absorb(into: Fact, other: Fact) -> None:
    for role, entities in other.roles.items():
        for entity in entities:
            into.add(role, entity)
    into.evidence.extend(e for e in other.evidence if e not in into.evidence)
    into.amounts.extend(a for a in other.amounts if a not in into.amounts)
    into.parts.extend(other.parts)
    into.start = into.start or other.start
    into.end = into.end or other.end


def _merge_within(facts: list[Fact]) -> list[Fact]:
    """Facts of one kind and one modality in one sentence are one fact (« a signé ... un accord de partenariat »)
    unless they name different givers or sums."""
    merged: list[Fact] = []
    for fact in facts:
        target = next((m for m in merged if m.kind == fact.kind and m.modality.value == fact.modality.value
                       and _compatible(m, fact)), None)
        if target is None:
            merged.append(fact)
            continue
        _absorb(target, fact)
        if fact.kind == "financing" and fact.detail and target.detail and \
                financing.KIND_RANK.index(fact.detail) < financing.KIND_RANK.index(target.detail):
            target.detail = fact.detail
        if target.modality.source is None and fact.modality.source is not None:
            target.modality = fact.modality
    return merged


def _compatible(a: Fact, b: Fact) -> bool:
    giver = {"support": "supporter", "financing": "funder"}.get(a.kind)
    if giver is not None:
        ka, kb = {e.key for e in a.roles.get(giver, [])}, {e.key for e in b.roles.get(giver, [])}
        if ka and kb and ka != kb:
            return False
    return not (a.kind == "financing" and a.amounts and b.amounts and a.amounts[0] != b.amounts[0])


def _complete(fact: Fact) -> bool:
    """Facts worth a node: talks and agreements between two sides, a support with a supplier, a financing with a sum."""
    if fact.kind == "negotiation":
        return len(fact.roles.get("participant", [])) >= 2
    if fact.kind == "agreement":
        return len(fact.roles.get("party", [])) >= 2
    if fact.kind == "support":
        return bool(fact.roles.get("supporter")) and bool(fact.roles.get("recipient"))
    if fact.kind == "financing":
        return bool(fact.amounts)
    return True
