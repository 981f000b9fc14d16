"""kg.tag_copy: the attribute ruler's part-of-speech copy made as arrays leaves every Doc as the ruler does."""

from spacy.attrs import IS_SPACE, MORPH, POS, TAG

from kg import nlp


def _parsed(text: str):
    return next(nlp.parse([text]))


def test_the_ruler_is_replaced_by_the_copy():
    names = nlp.model().pipe_names
    assert "kg_tag_copy" in names and "attribute_ruler" not in names


def test_tags_equal_the_rulers_with_and_without_whitespace_tokens():
    copy = nlp.model().get_pipe("kg_tag_copy")
    for text in ["Le ministre de la Défense a signé hier un accord avec son homologue.",
                 "Deux  espaces   ici , et\u00a0 là : un accord  signé.", "Oui"]:
        doc = _parsed(text)
        ours = doc.to_array([TAG, POS, MORPH]).copy()
        copy.ruler(doc)  # the model's own ruler over the same Doc changes nothing
        assert (doc.to_array([TAG, POS, MORPH]) == ours).all()
        assert all(t.tag_ == t.pos_ for t in doc if not t.is_space and t.pos_ != "SPACE")


def test_a_paragraph_with_a_whitespace_token_goes_to_the_ruler():
    doc = _parsed("Un  accord.")
    assert doc.to_array(IS_SPACE).any() and all(t.tag_ == "SPACE" for t in doc if t.is_space)
