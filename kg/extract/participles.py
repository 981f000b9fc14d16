"""Present participles the tagger reads as nouns or adjectives. « négociant », « commandant », « dialoguant »,
« investissant » are nouns or adjectives too, so fr_core_news_md often tags « en négociant avec X », « le Brésil,
négociant avec Y un accord » or « en commandant des drones à Z » as a noun and no trigger fires. A word in -ant
whose verb is a trigger verb is read as that verb after « en » (a gerund: its subject is the main clause's), or
when it heads a participial clause of its own: no determiner, and an object or an « avec » complement (its
subject is the noun it describes). « un négociant en vins », « les combattants », « le commandant de la base »,
« X, commandant de la flotte » (a title) stay nouns. A present tense the lemmatiser left unread (« signe ») is
read as its verb, and so is a past participle read as a noun after its auxiliary (« a téléphoné ») or a present tense
read as a noun with a subject of its own (« X réceptionne des drones »); a word the tagger reads as a verb behind an
article (« a accepté une offre ») is a noun."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import MorphAnalysis, Token

from kg.extract.counterpart_names import rehang_counterpart_names
from kg.extract.demonym_conjuncts import rehang_demonym_conjuncts, reread_demonym_names
from kg.extract.doc_words import hang
from kg.extract.fronted import fronted_subject
from kg.extract.headline_verbs import headline_verb
from kg.extract.lexicon import triggers
from kg.extract.participle_subjects import rehang_participle_subjects
from kg.extract.reported_tail import rehang_reported_tail
from kg.extract.said_to import rehang_said
from kg.extract.syntax import Sentence, case_of

_PRESENT_PARTICIPLE = "Tense=Pres|VerbForm=Part"


@cache
def _trigger_verbs() -> frozenset[str]:
    return frozenset(lemma for lemma, pos in triggers() if pos == "VERB")


def verb_of(word: str) -> str | None:
    """The trigger verb a present participle is a form of: « négociant » -> négocier, « fournissant » -> fournir,
    « finançant » -> financer, « soutenant » -> soutenir, « produisant » -> produire."""
    if not word.endswith("ant") or len(word) < 6:
        return None
    stem = word[:-3]
    stem = stem[:-1] + "c" if stem.endswith("ç") else stem[:-1] if stem.endswith("ge") else stem
    candidates = [stem + "er", stem + "ir", stem + "re", stem + "oir"]
    if stem.endswith("iss"):
        candidates.append(stem[:-2] + "r")  # « fourniss-ant » -> fournir
    if stem.endswith("s"):
        candidates.append(stem[:-1] + "re")  # « produis-ant » -> produire
    return next((verb for verb in candidates if verb in _trigger_verbs()), None)


def _present_of(token: Token) -> str | None:
    """« X signe un accord », « A et B signent »: a present tense of a trigger verb the lemmatiser left as it is
    written (« signe »), as headlines write them."""
    word = token.lower_
    if token.lemma_.lower() != word or word in _trigger_verbs():
        return None
    stem = word[:-3] if word.endswith("ent") else word[:-1] if word.endswith(("e", "s")) else None
    return next((v for v in (f"{stem}er", f"{stem}r") if v in _trigger_verbs()), None) if stem else None


def _past_of(token: Token) -> str | None:
    """« X a téléphoné à Y »: a past participle of a trigger verb in -er after its auxiliary, which the tagger
    read as a noun."""
    word = token.lower_
    if not word.endswith("é") or not any(c.dep_.startswith("aux") and c.i < token.i for c in token.children):
        return None
    return f"{word[:-1]}er" if f"{word[:-1]}er" in _trigger_verbs() else None


def _gerund(token: Token) -> bool:
    """« en négociant », « tout en commandant »: « en » right before, no determiner of its own."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == "en" and not any(c.dep_ == "det" for c in token.children)


def _clause_head(token: Token, titles: frozenset[str]) -> bool:
    """« ce pays négociant une sortie », « le Brésil, négociant avec l'Argentine »: no determiner before it, not
    a title (« X, commandant des forces »), and an object or an « avec » complement of its own."""
    if token.lower_ in titles or any(c.dep_ == "det" for c in token.children) or \
            (token.i > 0 and token.doc[token.i - 1].pos_ == "DET"):
        return False
    return any(c.dep_ == "obj" or case_of(c) == "avec" for c in token.children)


def _read_as_verb(token: Token, verb: str, gerund: bool) -> None:
    token.pos_ = "VERB"
    token.lemma_ = verb
    token.morph = MorphAnalysis(token.vocab, _PRESENT_PARTICIPLE)
    if gerund:
        token.dep_ = "advcl"
        token.doc[token.i - 1].dep_ = "mark"
        _take_complements(token)
    elif token.head.pos_ in {"NOUN", "PROPN", "PRON"} and token.head.i < token.i:
        token.dep_ = "acl"  # a clause describing the actor before it, which is its subject
    else:
        token.dep_ = "advcl"


def _take_complements(gerund: Token) -> None:
    """« regarnir son stock en commandant pour 2 milliards d'obus »: read as a noun, the gerund left the sum it buys
    for (« pour » right after it) to the verb above it; that sum is its own. Its other complements stay where they
    are: « avoir signé un contrat en commandant des corvettes à Y » is signed with Y too."""
    after = gerund.doc[gerund.i + 1:gerund.i + 2]
    if not after or after[0].lower_ != "pour":
        return
    complement = after[0].head
    if complement.i > gerund.i and complement.head.i < gerund.i and complement.head.is_ancestor(gerund) and \
            not complement.is_ancestor(gerund) and complement.dep_ in {"obl", "obl:mod", "obl:arg", "nmod"}:
        hang(complement, gerund)


_ARTICLES = {"le": False, "la": False, "l'": False, "un": False, "une": False, "les": True, "des": True}


def _noun_misread(token: Token) -> str | None:
    """« a accepté une offre des Etats-Unis »: a verb never takes an article, so a word read as a verb with an
    article of its own before it is a noun; its lemma is the word, a plural one without its « s »."""
    article = next((c for c in token.children if c.dep_ == "det" and c.i < token.i and c.lower_ in _ARTICLES), None)
    if article is None:
        return None
    word = token.lower_
    return word[:-1] if _ARTICLES[article.lower_] and word.endswith("s") else word


def trigger_words(sentence: Sentence, titles: frozenset[str]) -> Iterator[tuple[Token, str, str]]:
    """Each token of the sentence that may be a trigger, with its lemma and part of speech (VERB or NOUN); the
    participles the tagger misread are read as their verb first, in the parse too, so that the arguments of
    every trigger of the sentence are read on the same parse; so is a subject hung on a fronted phrase, and a
    clause of saying hung on its audience."""
    fronted_subject(sentence, titles)
    rehang_said(sentence)
    rehang_reported_tail(sentence)
    rehang_demonym_conjuncts(sentence)
    reread_demonym_names(sentence)
    rehang_counterpart_names(sentence)
    rehang_participle_subjects(sentence)
    for token in sentence.tokens:
        pos = token.pos_  # read once (spaCy decodes it at every read); a branch taken may change it, none before
        if pos in {"NOUN", "ADJ"} and (verb := verb_of(token.lower_)) is not None:
            if (gerund := _gerund(token)) or _clause_head(token, titles):
                _read_as_verb(token, verb, gerund)
        elif pos == "VERB" and token.dep_ == "appos" and str(token.morph) == _PRESENT_PARTICIPLE:
            token.dep_ = "acl"  # « le Chili, négociant avec le Pérou »: a clause describing its subject
        elif pos == "VERB" and (verb := _present_of(token)) is not None:
            token.lemma_ = verb
        elif pos == "NOUN" and (verb := _past_of(token)) is not None:
            token.pos_, token.lemma_ = "VERB", verb
        elif pos in {"NOUN", "VERB", "ADJ"}:  # headline_verb reads no other word (the branches above changed none)
            headline_verb(sentence, token, _trigger_verbs())
    for token in sentence.tokens:
        pos = token.pos_
        if pos == "VERB" and (noun := _noun_misread(token)):
            yield token, noun, "NOUN"
        elif pos == "VERB":
            yield token, token.lemma_.lower(), "VERB"
        elif pos in {"NOUN", "PROPN"}:
            yield token, token.lemma_.lower(), "NOUN"
