"""Names the NER misses or misreads, told by their place in the sentence (sentences written for these tests): a
name right after a title (names with particles « di », a state's name the NER runs into the name after it), and
names of things that look like people's (a ship after an article)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import posts

ROLE = "https://w3id.org/kg-news/id/role-"


def people(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {m.label for m in found.mentions.values() if m.cls == "Person"}


@pytest.mark.parametrize(("sentence", "holder", "post"), [
    ("Le jeune ministre de la Défense Matteo Ferraro di Cremnago avait déclaré que le contrat serait signé.",
     "Matteo Ferraro di Cremnago", "minister-of-defence"),
    ("Le jeune ministre de la Défense Carlo Perego di Valdengo avait déclaré que le contrat serait signé.",
     "Carlo Perego di Valdengo", "minister-of-defence"),
    ("Le chef du protocole a reçu la première dame de Serbie Tamara Vucicka, venue en visite.",
     "Tamara Vucicka", "first-lady"),
])
def test_a_name_right_after_a_title_is_its_holder_even_when_the_ner_misses_it(
        sentence: str, holder: str, post: str) -> None:
    """The capitalised words (and name particles) right after a title, up to a comma, a full stop or a verb."""
    assert holder in {h for h, p, _ in posts(sentence) if p == post}


def test_a_state_the_ner_ran_into_a_name_stays_the_titles() -> None:
    assert ("Tamara Vucicka", "first-lady", "Serbie") in posts(
        "Le chef du protocole a reçu la première dame de Serbie Tamara Vucicka, venue en visite.")


@pytest.mark.parametrize("sentence", [
    "Le ministre de la Défense Nationale a annoncé un contrat.",
    "Le ministre de la Défense a visité Rio Grande do Sul avec des industriels.",
    "Le ministre de la Défense Xavier Moreau a visité la base.",
])
def test_words_after_a_title_that_are_no_name_hold_no_post(sentence: str) -> None:
    assert {h for h, _, _ in posts(sentence)} <= {"Xavier Moreau"}


@pytest.mark.parametrize(("sentence", "ship"), [
    ("La première unité, le Hetman Petro Doroshenko, est en essais en mer.", "Hetman Petro Doroshenko"),
    ("Les marins sont montés à bord du Almirante Juan Latorre pour la revue navale.", "Almirante Juan Latorre"),
    ("La deuxième frégate de la série, l'Amiral Ivan Sergeïev, a été lancée jeudi.", "Amiral Ivan Sergeïev"),
])
def test_a_long_name_after_an_article_is_no_person(sentence: str, ship: str) -> None:
    assert ship not in people(sentence)


@pytest.mark.parametrize(("sentence", "person"), [
    ("Le contrat a été signé par le général Ahmed Salem Ould Brahim.", "Ahmed Salem Ould Brahim"),
    ("La médaille a été remise au colonel Aliou Baba Traoré par le ministre.", "Aliou Baba Traoré"),
    ("Selon Juan Carlos Pérez, le contrat sera signé.", "Juan Carlos Pérez"),
    ("Le Sud-Coréen Kim Min Soo a signé le contrat.", "Kim Min Soo"),
    ("La Britannique Mary Ann Evans a remporté le prix.", "Mary Ann Evans"),
])
def test_a_titled_name_is_a_person(sentence: str, person: str) -> None:
    assert any(person in name for name in people(sentence))


@pytest.mark.parametrize(("sentence", "holder", "post", "org"), [
    ("Giorgi Kapanadze le ministre géorgien de la Défense était hier en visite officielle en Arménie.",
     "Giorgi Kapanadze", "minister-of-defence", "Géorgie"),
    ("Selon Ana Quispe la ministre péruvienne des Affaires étrangères, le traité sera signé en mai.",
     "Ana Quispe", "minister-of-foreign-affairs", "Pérou"),
])
def test_a_name_right_before_a_title_and_its_article_holds_it(sentence: str, holder: str, post: str,
                                                                org: str) -> None:
    """« X le ministre de la Défense était en visite »: an apposition the writer left without its comma."""
    assert (holder, post, org) in posts(sentence)


@pytest.mark.parametrize(("sentence", "holder", "post"), [
    ("La cérémonie s'est tenue en présence du propriétaire de Baykar, Ahmet Yilmaz.", "Ahmet Yilmaz", "owner"),
    ("Ahmet Yilmaz, propriétaire du groupe Otokar, a salué la commande.", "Ahmet Yilmaz", "owner"),
    ("Le coordinateur de l'aide humanitaire, Ahmet Yilmaz, a demandé un cessez-le-feu.", "Ahmet Yilmaz",
     "coordinator"),
])
def test_owners_and_coordinators_hold_posts(sentence: str, holder: str, post: str) -> None:
    assert holder in {h for h, p, _ in posts(sentence) if p == post or p.startswith("text-")}


@pytest.mark.parametrize(("text", "place", "name", "expected"), [
    ("Nodar Garibadze le ministre géorgien de l'Intérieur était hier à Bakou.", "Nodar", "Garibadze",
     "Nodar Garibadze"),
    ("Selon Tbilissi Garibadze aurait démissionné.", "Tbilissi", "Garibadze", "Garibadze"),
    ("Il a été accueilli à Batoumi Garibadze en tête.", "Batoumi", "Garibadze", "Garibadze"),
    ("Le contrat a été signé par le ministre de la Défense Garibadze hier.", "Défense", "Garibadze", "Garibadze"),
])
def test_a_first_name_the_ner_reads_as_a_place_opens_the_name(text: str, place: str, name: str,
                                                               expected: str) -> None:
    """The NER's spans as it sometimes gives them (a first name as a place on its own, the surname as a person):
    the first name joins the name, unless the reference data knows the word or a preposition makes it a place."""
    from spacy.tokens import Span

    from kg import nlp
    from kg.extract.mentions import find_mentions
    from kg.pipeline import reference_index

    ref = reference_index()
    [doc] = list(nlp.parse([text]))
    at = next(t.i for t in doc if t.text == place)
    doc.ents = [Span(doc, at, at + 1, label="LOC"), Span(doc, at + 1, at + 2, label="PER")]
    assert doc[at + 1].text == name
    people = {doc[m.start:m.end].text for m in find_mentions(doc, ref.gaz, ref.phrase, ref.targets, ref.titles)
              if m.how == "person"}
    assert people == {expected}


@pytest.mark.parametrize(("sentence", "person"), [
    pytest.param("Au Burkina, la cérémonie s'est tenue en présence du Général de Brigade Amadou Sanou, Chef "
                 "d'Etat-major de l'Armée de Terre burkinabè.", "Amadou Sanou", id="rank-the-ner-cuts"),
    pytest.param("Au Niger, la cérémonie s'est déroulée en présence du Général de Division Ousmane Modi, Chef "
                 "d'Etat-major des Armées nigériennes.", "Ousmane Modi", id="rank-the-ner-reads-with-the-name"),
])
def test_a_rank_in_several_capitalised_words_is_no_part_of_the_name(sentence: str, person: str) -> None:
    """« du Général de Brigade Prénom Nom », as communiqués capitalise it: the name starts after the rank; and a
    first name before a known person's surname (« Ousmane Modi ») is another person of that surname."""
    assert person in people(sentence)
    assert any(holder == person and org is not None for holder, _, org in posts(sentence))


def test_a_title_in_capitals_without_its_accent_is_the_post() -> None:
    """« Chef d'Etat-major Général des Armées »: a capital that drops its accent still writes « état-major »."""
    assert ("Lassina Diomandé", "chief-of-defence-staff", "Côte d'Ivoire") in posts(
        "Le Chef d'Etat-major Général des Armées ivoiriennes, le Général Lassina Diomandé, a reçu les blindés.")


def test_a_title_glued_to_a_name_the_ner_missed_is_that_name_s_not_an_apposition() -> None:
    """« avec le président X, le Premier ministre Prénom al-Nom ainsi qu'avec ... »: a list of titled names, not
    the first name's apposition."""
    found = posts("Mardi, la délégation turque s'est entretenue avec le président Karim Rashidi, le Premier ministre "
                  "Hamid al-Nouri ainsi qu'avec les ministres irakiens de la Défense et de l'Intérieur.")
    assert {(holder, post) for holder, post, _ in found} >= {("Karim Rashidi", "president"),
                                                             ("Hamid al-Nouri", "prime-minister")}
    assert ("Karim Rashidi", "prime-minister") not in {(holder, post) for holder, post, _ in found}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La délégation mozambicaine était dirigée par le chef d'état-major général des Forces armées mozambicaines "
     "(FADM), Joaquim da Silva e Costa.", ("Joaquim da Silva e Costa", "chief-of-defence-staff", "Mozambique")),
    ("Le ministre colombien de la Défense, Andrés Ortega y Mendoza, a annoncé l'achat de radars.",
     ("Andrés Ortega y Mendoza", "minister-of-defence", "Colombie")),
    ("Le ministre a rencontré le général de division Seyyed Abdol-Karim Rezaei, commandant en chef de l'armée "
     "iranienne.", ("Seyyed Abdol-Karim Rezaei", "commander-in-chief", "Iran")),
])
def test_names_with_portuguese_particles_or_an_honorific_after_a_rank(
        sentence: str, expected: tuple[str, str, str]) -> None:
    """« Prénom da Nom e Nom », « Prénom Nom y Nom »: one name; « le général de division Seyyed Prénom-Nom Nom »:
    the capitalised words after a rank, the honorific with them, whom the NER misses; the acronym of a body in
    brackets names no body the post serves beside the state its demonym names."""
    assert expected in posts(sentence)


@pytest.mark.parametrize("sentence", [
    "Le porte-avions Charles de Gaulle et le général de Gaulle ont été cités.",
    "La cérémonie au quartier général Omar Bongo Ondimba a eu lieu hier.",
    "Le président a visité la région de Sousa e Santos.",
])
def test_no_person_after_a_rank_that_is_no_rank_of_a_name(sentence: str) -> None:
    assert not {p for p in people(sentence) if "Gaulle" not in p}


def test_a_title_s_word_after_a_rank_is_no_part_of_the_name() -> None:
    assert "Président Amadou Keïta" not in people("Le général Président Amadou Keïta a reçu le ministre.")


@pytest.mark.parametrize("sentence", [
    "D'après Jonas Berg Post, une agence de presse, la vente est signée.",
    "Selon Maria Olsen Today, un média norvégien, Oslo a livré des obus.",
])
def test_a_name_whose_apposition_is_a_medium_is_no_person(sentence: str) -> None:
    assert not people(sentence)


@pytest.mark.parametrize("sentence", [
    "D'après Jonas Berg, une source proche du dossier, la vente est signée.",
    "Selon Jean Dupont, le directeur de l'agence, la vente est signée.",
])
def test_a_name_whose_apposition_is_a_person_s_is_a_person(sentence: str) -> None:
    assert people(sentence)


@pytest.mark.parametrize("sentence", [
    "Le pays veut acquérir des batteries CAMM [Common Anti-air Modular Missile] pour 300 millions d'euros.",
    "L'armée a testé le système IRIS-T SLM, dérivé du programme LRSAM (Long Range Surface Air Missile System).",
    "Le contrat porte sur des radars GBAD [Ground Based Air Defence] de nouvelle génération.",
])
def test_the_words_an_acronym_spells_out_in_brackets_are_no_person_nor_system(sentence: str) -> None:
    found = analyse_text("Titre\n" + sentence)
    assert not [m for m in found.mentions.values() if m.cls == "Person"]
    assert not [m.label for m in found.mentions.values() if m.cls == "WeaponSystem" and " " not in m.label
                and m.label[:1].isupper() and m.label[1:].islower()]


def test_a_person_in_brackets_after_an_acronym_is_still_a_person() -> None:
    assert "Karin Vesterholm" in people(
        "Le secrétaire général de l'OTAN (Karin Vesterholm) a salué la décision du gouvernement.")


def test_a_hyphenated_maker_written_with_spaces_is_the_maker() -> None:
    found = analyse_text("Titre\nLes chars ont été modernisés par Krauss Maffei Wegmann en 2019.")
    assert not [m for m in found.mentions.values() if m.cls == "Person"]
    assert "Krauss-Maffei Wegmann" in {m.label for m in found.mentions.values() if m.cls == "Company"}


@pytest.mark.parametrize(("sentence", "person"), [
    pytest.param("Le ministre marocain Ali Ya'qoubi a reçu la délégation.", "Ali Ya'qoubi", id="apostrophe-cut"),
    pytest.param("Le ministre irlandais de la Défense Sean O'Leary a nommé un nouveau chef.", "Sean O'Leary",
                 id="apostrophe-capital"),
    pytest.param("Les camions ont été remis à Accra. Le général Major ghanéen KT Mensah dit que l'aide arrive.",
                 "KT Mensah", id="rank-demonym-initials"),
    pytest.param("Le colonel malien Awa Traoré a parlé.", "Awa Traoré", id="rank-demonym"),
])
def test_names_cut_by_an_apostrophe_or_after_a_rank_and_demonym_are_read(sentence: str, person: str) -> None:
    """« Prénom Ya'qoubi »: the tokeniser cuts the name at its apostrophe; « le général Major ghanéen KT Nom »: the
    name comes after the ranks and the officer's nationality."""
    assert person.lower() in {name.lower() for name in people(sentence)}


def test_a_school_s_english_name_is_no_person() -> None:
    """« la Royal Military Academy », « le Staff College »: the NER may read the last words as a name."""
    found = people("Le général Tom Hale, diplômé de la Royal Military Academy, a parlé. Il est ancien élève de la "
                   "National Defense Academy et du Joint Staff College.")
    assert not {name for name in found if name.endswith(("Academy", "College"))}


def test_a_name_apposed_to_a_title_with_no_closing_comma_is_a_person() -> None:
    """« avec l'ambassadeur de A à B, Prénom Nom au sujet de ... »: the NER may read the name as a place."""
    found = posts("Le ministre polonais de la Défense s'est entretenu lundi avec l'ambassadeur de Russie à Varsovie, "
                  "Elbrouz Kowalczyk au sujet des relations entre les deux pays.")
    assert ("Elbrouz Kowalczyk", "ambassador", "Russie") in found


def test_a_title_in_its_own_words_ends_before_a_weekday() -> None:
    assert ("Ravi Kumar", "text-commandant-du-nord", None) in posts(
        "Le général Ravi Kumar a pris sa retraite en tant que commandant du Nord lundi.")
