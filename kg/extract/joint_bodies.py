"""Bodies of several states: a joint body named by a compound of two states' forms (« la commission mixte
algéro-tunisienne »), whose two states are the sides of its meetings; a body whose members a verb of gathering
describes (« le Conseil réunit les dirigeants des États membres »), which is no meeting."""

from __future__ import annotations

from spacy.tokens import Token

from kg import gazetteer as gz
from kg.extract.arguments import Arguments
from kg.extract.mentions import Mention
from kg.extract.syntax import SUBJECTS, Sentence, mention_root

_REACH = 10  # tokens from the noun of the meeting to the compound that qualifies it or its body
_COMPLEMENT_CASES = frozenset({"de", "d'", "du", "des", "en"})
_NAMED_TOPIC_CASES = frozenset({"sur"})  # « le Dialogue sur la politique de défense A-B »: the topic of a named event


def compound_sides(sentence: Sentence, trigger: Token) -> list[Mention]:
    """« la réunion du comité mixte de défense tchado-soudanais », « la commission mixte germano-polonaise », « les
    pourparlers Serbie-Kosovo »: the two demonyms (or states' names) of a compound written in the noun phrase of a
    noun of meeting (up to a verb, a clause or a complement of another case), in text order; none when there is no
    such compound. A noun written with a capital names a recurring event, whose topic may come before the compound
    (« le 3e Dialogue sur la sécurité maritime A-B »)."""
    if trigger.pos_ != "NOUN":
        return []
    doc = sentence.doc
    combining = gz.combining_forms()
    cases = _COMPLEMENT_CASES | (_NAMED_TOPIC_CASES if _named_event(sentence, trigger) else frozenset())
    for token in doc[trigger.i + 1:min(trigger.i + _REACH, sentence.span.end)]:
        if (token.pos_ in {"VERB", "AUX", "PRON", "PUNCT"} and token.text != "-") or (
                token.pos_ == "ADP" and token.lower_ not in cases):
            return []
        first = sentence.mention_at(token)
        # « les pourparlers Arménie-Géorgie »: two states' names joined by a hyphen qualify the noun as well
        named = first is not None and (first.how == gz.NAME or (first.how == gz.DEMONYM and token.lower_ in combining))
        if first is None or not named or \
                first.end + 1 >= len(doc) or doc[first.end].text != "-":
            continue
        second = sentence.mention_at(doc[first.end + 1])
        if second is not None and second.how == first.how and second.state is not None and \
                first.state is not None and second.state.key != first.state.key:
            return [first, second]
        return []
    return []


def _named_event(sentence: Sentence, trigger: Token) -> bool:
    """A noun of meeting written with a capital inside the sentence: the name of an event (« le Dialogue »)."""
    return trigger.i > sentence.span.start and trigger.text[:1].isupper()


def composition(sentence: Sentence, trigger: Token, args: Arguments) -> bool:
    """« Le Conseil européen réunit les dirigeants des États membres », « l'Alliance rassemble trente pays »: a verb
    of gathering in the simple present whose subject is an organisation, with no date nor place, tells what the body
    is made of, no meeting (« l'Alliance réunit jeudi ses ministres à Bruxelles » is one)."""
    if trigger.pos_ != "VERB" or not _simple_present(trigger) or args.dates or args.places:
        return False
    subjects = [c for c in trigger.children if c.dep_ in SUBJECTS]
    return any(m.how in {gz.ORGANISATION, gz.BODY} and mention_root(sentence, m) in subjects for m in args.agents)


def _simple_present(verb: Token) -> bool:
    """A finite verb with no auxiliary, neither past, future nor a participle; the tagger reads some present forms
    as infinitives (« réunit »), told apart by a form that is not the lemma."""
    morph = str(verb.morph)
    return verb.lower_ != verb.lemma_.lower() and not any(c.dep_.startswith("aux") for c in verb.children) and \
        not any(f in morph for f in ("Tense=Past", "Tense=Fut", "Tense=Imp", "VerbForm=Part", "Mood=Cnd"))
