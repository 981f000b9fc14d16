"""Posts told across two sentences or read from a title's complement the NER runs into a name (sentences written
for these tests): a title told alone is held by the leader of that state's delegation named in the next sentence;
« le ministre du Travail Prénom Nom », which the NER reads as an organisation, names that minister."""

from __future__ import annotations

from tests.conftest import posts_told


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Holder -> (post label or IRI, state label of the post or None)."""
    return {p.holder: (p.words or p.iri, p.org) for p in posts_told(text)}


def test_the_leader_of_the_delegation_holds_the_title_told_alone_before() -> None:
    found = posts("À Montevideo, le gouvernement a accueilli le vice-ministre chilien de l'Intérieur. La délégation "
                  "chilienne, dirigée par Pablo Vergara Soto, a été reçue jeudi par le président uruguayen.")
    assert found.get("Pablo Vergara Soto") == ("vice-ministre chilien de l'Intérieur", "Chili")


def test_a_delegation_of_another_state_takes_no_title_told_before() -> None:
    found = posts("À Montevideo, le gouvernement a accueilli le vice-ministre chilien de l'Intérieur. La délégation "
                  "péruvienne, dirigée par Pablo Vergara Soto, a été reçue jeudi par le président uruguayen.")
    assert "Pablo Vergara Soto" not in found


def test_two_titles_of_the_state_before_give_the_leader_neither() -> None:
    found = posts("À Montevideo, le gouvernement a accueilli le vice-ministre chilien de l'Intérieur et le ministre "
                  "chilien de la Santé. La délégation chilienne, dirigée par Pablo Vergara Soto, a été reçue jeudi.")
    assert "Pablo Vergara Soto" not in found


def test_a_title_told_two_sentences_before_gives_the_leader_nothing() -> None:
    found = posts("À Montevideo, le gouvernement a accueilli le vice-ministre chilien de l'Intérieur. Les "
                  "entretiens ont duré trois heures. La délégation chilienne, dirigée par Pablo Vergara Soto, a été "
                  "reçue jeudi.")
    assert "Pablo Vergara Soto" not in found


def test_a_minister_whose_portfolio_the_ner_runs_into_the_name_holds_it() -> None:
    found = posts("Le roi était accompagné du ministre des Finances Karim Bouzid, du ministre du Travail Hamid "
                  "Zayani et de quelques conseillers.")
    assert found.get("Hamid Zayani") == ("ministre du Travail", None)


def test_a_name_ending_as_a_firm_after_a_title_complement_is_no_person() -> None:
    assert "Norvan Industries" not in posts("Le président du Conseil Norvan Industries a démissionné.")
