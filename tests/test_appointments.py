"""Posts an appointment gives (sentences written for these tests): « X a été nommé ministre de la Défense », « le
président a nommé X ministre », « X, nommé ... », « désigné au poste de », « est devenu », « élu », « à la tête de »,
with the appointer's state when the title names none; appointments to come, under a modal or denied hold no post."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def told_posts(text: str) -> set[tuple[str, str, str | None]]:
    """(holder, post IRI tail, org label) of the posts a text asserts or reports."""
    return {(p.holder, p.tail, p.org) for p in posts_told(text) if p.told}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tomas Lind a été nommé ministre de la Défense de la Suède en mars.",
                 ("Tomas Lind", "minister-of-defence", "Suède"), id="passive"),
    pytest.param("La présidente chilienne a nommé Rosa Pérez ministre de la Défense.",
                 ("Rosa Pérez", "minister-of-defence", "Chili"), id="active-appointer-s-demonym"),
    pytest.param("Hanoï a nommé Tran Van Minh ambassadeur en Inde.",
                 ("Tran Van Minh", "ambassador", "Vietnam"), id="active-appointer-s-capital"),
    pytest.param("Le général Ali Demir, nommé chef d'état-major de l'armée turque en 2021, a reçu les drones.",
                 ("Ali Demir", "chief-of-defence-staff", "Turquie"), id="participle"),
    pytest.param("Le général Ali Demir, qui a été promu chef d'état-major de l'armée turque en 2021, a reçu les "
                 "drones.", ("Ali Demir", "chief-of-defence-staff", "Turquie"), id="relative"),
    pytest.param("Le Conseil des ministres sénégalais a désigné Moussa Fall au poste de ministre des Forces armées.",
                 ("Moussa Fall", "text-ministre-des-forces-armees", "Sénégal"), id="to-the-post-of"),
    pytest.param("Le général Karim Nasser est un ancien pilote. Il a été nommé chef d'état-major de l'armée "
                 "jordanienne en 2019.", ("Karim Nasser", "chief-of-defence-staff", "Jordanie"), id="pronoun"),
    pytest.param("Lucia Campos a été élue présidente du Pérou en juin.", ("Lucia Campos", "president", "Pérou"),
                 id="elected"),
    pytest.param("Lucia Campos est devenue ministre péruvienne de la Défense en 2022.",
                 ("Lucia Campos", "minister-of-defence", "Pérou"), id="became"),
    pytest.param("Le général Karim Nasser a été nommé à la tête de l'armée de l'air jordanienne.",
                 ("Karim Nasser", "chief", "Jordanie"), id="at-the-head-of"),
    pytest.param("Le contre-amiral Hugo Ferreira sera le chef de la Marine uruguayenne.",
                 ("Hugo Ferreira", "navy-chief", "Uruguay"), id="copula-future"),
    pytest.param("Le colonel Paulo Reis, qui est le porte-parole de l'armée brésilienne, a parlé.",
                 ("Paulo Reis", "spokesperson", "Brésil"), id="copula-relative"),
    pytest.param("Le général de brigade Tomas Ruiz a été confirmé comme chef de l'armée de l'air chilienne.",
                 ("Tomas Ruiz", "air-force-chief", "Chili"), id="confirmed-as"),
    pytest.param("Le colonel Omar Said a été maintenu au poste de chef d'état-major de l'armée jordanienne.",
                 ("Omar Said", "chief-of-defence-staff", "Jordanie"), id="kept-in-the-post-of"),
])
def test_appointment_gives_the_post(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in told_posts(text)


@pytest.mark.parametrize("text", [
    pytest.param("Tomas Lind sera nommé ministre de la Défense de la Suède la semaine prochaine.", id="future"),
    pytest.param("Le Premier ministre va nommer Tomas Lind ministre de la Défense de la Suède.", id="going-to"),
    pytest.param("Selon la presse, Tomas Lind devrait être nommé ministre de la Défense de la Suède.", id="modal"),
    pytest.param("Tomas Lind n'a pas été nommé ministre de la Défense de la Suède.", id="denied"),
    pytest.param("Tomas Lind pourrait devenir ministre de la Défense de la Suède.", id="possible"),
    pytest.param("Tomas Lind n'est pas le ministre de la Défense de la Suède.", id="copula-denied"),
    pytest.param("Le ministère suédois a confirmé la nomination de Tomas Lind.", id="confirmed-no-title"),
])
def test_appointment_not_made_gives_no_post(text: str) -> None:
    assert not {post for post in told_posts(text) if post[0] == "Tomas Lind"}


def test_an_appointed_commission_is_no_post() -> None:
    """« a nommé une commission »: no title after the verb, no post for its subject."""
    assert told_posts("Le président péruvien Julio Vargas a nommé une commission d'enquête.") == {
        ("Julio Vargas", "president", "Pérou")}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Le général Ravi Kumar, qui a quitté l'armée en tant que commandant du Nord, a parlé.",
                 ("Ravi Kumar", "text-commandant-du-nord"), id="as-relative"),
    pytest.param("Il a succédé au général Ravi Kumar qui a pris sa retraite en tant que commandant du Nord.",
                 ("Ravi Kumar", "text-commandant-du-nord"), id="as-relative-after-object"),
    pytest.param("Le diplomate Ali Khan, en sa qualité de président du comité, a ouvert la séance.",
                 ("Ali Khan", "text-president-du-comite"), id="in-his-capacity-of"),
    pytest.param("Maria Lopez s'exprimait en tant que porte-parole du gouvernement péruvien.",
                 ("Maria Lopez", "spokesperson"), id="as-subject"),
])
def test_capacity_gives_the_post(text: str, expected: tuple[str, str]) -> None:
    """« en tant que TITLE », « en sa qualité de TITLE »: a post of whoever the clause is about."""
    assert expected in {post[:2] for post in told_posts(text)}


def test_a_capacity_with_no_title_is_no_post() -> None:
    assert not {post for post in told_posts("Ana Ruiz a agi en tant que simple citoyenne.") if post[0] == "Ana Ruiz"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Le général a rencontré le secrétaire du Conseil de sécurité de Géorgie Levan Beridze.",
                 ("Levan Beridze", "security-council-secretary", "Géorgie"), id="of-a-state"),
    pytest.param("Le secrétaire du Conseil de sécurité d\u2019Azerbaïdjan Ramil Aliyev a parlé.",
                 ("Ramil Aliyev", "security-council-secretary", "Azerbaïdjan"), id="of-a-state-curly-apostrophe"),
    pytest.param("Le général a rencontré le secrétaire du Conseil de sécurité géorgien, Levan Beridze.",
                 ("Levan Beridze", "security-council-secretary", "Géorgie"), id="demonym"),
])
def test_a_state_s_body_named_like_an_international_one_is_the_state_s(text: str, expected: tuple[str, ...]) -> None:
    """« le Conseil de sécurité de Géorgie »: a state qualifies a body's name the UN's bears too; the post is the
    state's, not the UN's."""
    assert expected in told_posts(text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Le secrétaire général adjoint délégué pour les affaires politiques de l'Otan, Paolo Conti, a parlé.",
                 ("Paolo Conti", "deputy-secretary-general", "OTAN"), id="brief-before-the-body"),
    pytest.param("L'agent de liaison de l'OTAN pour le Caucase, Maria Rossi, a remis les diplômes.",
                 ("Maria Rossi", "liaison-officer", "OTAN"), id="liaison-officer-brief-after"),
])
def test_a_brief_after_a_title_keeps_its_holder_and_body(text: str, expected: tuple[str, ...]) -> None:
    """« délégué pour les affaires politiques de l'Otan », « de l'OTAN pour le Caucase »: a brief (« pour » and its
    words) before or after the body's complement."""
    assert expected in told_posts(text)


def test_a_brief_with_no_body_after_it_names_none() -> None:
    assert ("Paolo Conti", "text-coordinateur-pour-la-securite", None) in told_posts(
        "Le coordinateur pour la sécurité, Paolo Conti, a parlé.")
