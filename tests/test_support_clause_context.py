"""A bare « soutien » is military help only where a military word or a weapon is told
in its own clause, when no sentence before set a military context. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import supplies


def test_a_bare_support_is_not_made_military_by_another_clause() -> None:
    assert supplies("Le ministre a assuré que le soutien de la Turquie à la Géorgie continuerait et a ajouté que "
                    "les manœuvres militaires se poursuivraient.") == set()
    assert supplies("Le ministre a assuré que le soutien de la Turquie à la Géorgie durerait en se renforçant et a "
                    "précisé que les exercices militaires reprendraient.") == set()


def test_a_support_military_in_its_own_clause_stands() -> None:
    assert supplies("Le ministre a assuré que le soutien militaire de la Turquie à la Géorgie continuerait.") == \
        {("turquie", "georgie")}
    assert supplies("Le ministre a assuré que le soutien de la Turquie à l'armée géorgienne continuerait.") == \
        {("turquie", "georgie")}
    # a military context set by the sentence before reaches the whole next one
    assert supplies("Les armées turque et géorgienne ont mené des exercices militaires conjoints. Le ministre a "
                    "assuré que le soutien de la Turquie à la Géorgie continuerait et a ajouté que les échanges "
                    "commerciaux se poursuivraient.") == {("turquie", "georgie")}
