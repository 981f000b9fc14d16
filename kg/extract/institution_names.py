"""The research or teaching institution a title's complement names by a proper name the reference data does not
know (« directeur du Centre d'étude du Pacifique sud à l'Institut ... », « chercheuse de l'Observatoire des
conflits armés, X »): a capitalised institution noun (institution-nouns.tsv) after « de » and the words after it up
to the phrase that places it (« à », « au sein de », a comma, a bracket, a verb) name an organisation of its own;
the post is in it, not in the state a demonym of its name or of its parent names."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.group_names import complement_noun, organisation_named
from kg.extract.lexicon import word_list
from kg.extract.people import Title
from kg.extract.syntax import Sentence
from kg.records import Entity
from kg.text import fold

_OF = {"des", "du", "de", "d'", "la", "l'", "au"}  # « chercheur au Centre ... »
_LINKS = {"de", "du", "des", "d'", "la", "l'", "le", "les", "et", "pour", "sur", "en"}
_ENDS = {"à", "au", "aux", "auprès", "chez", "dans", "près", "sein", "basé", "basée", "qui", "dont", "depuis"}
_NAME_REACH = 10  # words of the institution's name after its noun


def _place_named(sentence: Sentence, title: Title) -> Token | None:
    """An institution noun written in lowercase that a place's proper name right after « de » names (« le recteur
    de l'université de Lusail », « la directrice de l'académie d'Oslo »): the name is the noun and the place."""
    doc, end = sentence.doc, sentence.span.end
    return next((token for token in doc[title.start + 1:min(title.end + 2, end - 2)]
                 if token.text[:1].islower() and fold(token.text) in word_list("institution-nouns.tsv") and
                 doc[token.i - 1].lower_ in _OF and doc[token.i + 1].lower_ in {"de", "d'", "d\u2019"} and
                 doc[token.i + 2].text[:1].isupper()), None)


def institution_name(sentence: Sentence, title: Title) -> Entity | None:
    """The organisation a title's complement names by an institution noun and a name no mention covers."""
    doc, end = sentence.doc, sentence.span.end
    token = complement_noun(sentence, title, word_list("institution-nouns.tsv"), _OF) or _place_named(sentence, title)
    if token is None or sentence.mention_at(token) is not None:
        return None  # none, or a body the data or the NER knows
    words = [token]
    for after in doc[token.i + 1:min(token.i + 1 + _NAME_REACH, end)]:
        if (after.is_punct and after.text not in {"'", "\u2019", "-"}) or after.lower_ in _ENDS or \
                after.pos_ in {"VERB", "AUX"}:
            break
        words.append(after)
    return organisation_named(words, _LINKS)
