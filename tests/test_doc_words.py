"""The per-Doc lists of kg.extract.doc_words read as spaCy does, also after a rule re-hangs a word."""

from kg import nlp
from kg.extract import doc_words
from kg.extract.complement_firsts import complement_candidates


def _doc(text: str):
    return next(nlp.parse([text]))


def test_children_as_spacy_gives_them():
    doc = _doc("La ministre de la Défense a signé hier un accord de coopération avec son homologue.")
    assert all(doc_words.children(t) == tuple(t.children) for t in doc)


def test_children_follow_a_word_hung_again():
    doc = _doc("Le président a reçu son homologue et les ministres ont parlé de coopération.")
    words = doc_words.tokens(doc)
    doc_words.children(words[0])  # the lists made before the rule re-hangs a word
    word = next(t for t in words if t.dep_ != "ROOT" and t.head.head != t.head)
    doc_words.hang(word, word.head.head)
    assert all(doc_words.children(t) == tuple(t.children) for t in doc)


def test_complement_candidates_keep_the_index_order():
    class Post:
        def __init__(self, *complements: str) -> None:
            self.complements = complements

    defence, defences, foreign = Post("de la Défense", "des Armées"), Post("armées"), Post("des Affaires étrangères")
    index = {"ministre": [(("ministre",), defence, True), (("ministre",), defences, True),
                          (("ministre", "délégué"), foreign, True), (("ministre",), foreign, True)]}
    words = {"de la Défense": ("de", "la", "défense"), "des Armées": ("des", "armées"), "armées": ("armées",),
             "des Affaires étrangères": ("des", "affaires", "étrangères")}.__getitem__
    found = complement_candidates(index, words, ("ministre",), "des")  # type: ignore[arg-type]
    assert [(post, comp) for _, post, comp in found] == [(defence, ("des", "armées")),
                                                        (foreign, ("des", "affaires", "étrangères"))]
    plural = complement_candidates(index, words, ("ministre",), "arméess")  # type: ignore[arg-type]
    assert [post for _, post, _ in plural] == [defences]
    assert complement_candidates(index, words, ("ministre",), "") == []  # type: ignore[arg-type]


def test_sentence_at_is_the_token_sentence():
    doc = _doc("Le ministre est arrivé lundi. Il a visité le port (la base navale) ! Puis il est reparti ? Oui")
    assert len(list(doc.sents)) > 1
    for token in doc:
        own = doc_words.sentence_at(doc, token.i)
        assert (own.start, own.end) == (token.sent.start, token.sent.end)
    assert doc_words.sentence_at(doc, 0) is doc_words.sentence_at(doc, 1)  # made once
    last = len(doc) - 1
    assert doc_words.sentence_at(doc, 0) != doc_words.sentence_at(doc, last)  # not the first sentence for all


def test_span_made_once_as_spacy_slices():
    doc = _doc("La frégate a quitté le port de commerce hier soir.")
    made = doc_words.span(doc, 1, 3)
    assert (made.start, made.end, made.text) == (1, 3, doc[1:3].text)
    assert doc_words.span(doc, 1, 3) is made
    assert doc_words.span(doc, 1, 4).text != made.text  # another slice, another span
    doc_words.forget([doc])
    assert doc_words.span(doc, 1, 3) is not made and doc_words.span(doc, 1, 3) == made
