"""Posts read from the ways news writes titles and names (sentences written for these tests): a title right
before a name, lists of titles and names, plural titles shared out, ranks and honorifics between title and name,
chained ministry titles, counterparts, titles the reference data lacks, a title used alone."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import posts, posts_told

ROLE = "https://w3id.org/kg-news/id/role-"


CASES = [
    ("counterpart-of-a-known-person", "Hakan Fidan et son homologue hongrois Lajos Farkas se sont entretenus.",
     {("Lajos Farkas", "minister-of-foreign-affairs", "Hongrie")}),
    ("title-of-a-relative-whose-firm", "Le Pérou a signé un accord avec Saab, dont le directeur général, Lars Berg, "
     "s'est rendu à Lima.", {("Lars Berg", "director-general", "Saab")}),
    ("title-of-a-relative-whose-state", "Le Chili coopère. Le Chili paie. Le Chili a signé avec la Turquie, dont le "
     "ministre de la Défense, Ali Demir, était présent.", {("Ali Demir", "minister-of-defence", "Turquie")}),
    ("former-post-in-apposition",
     "« Il faut des chars », a déclaré Rodrigo Salas, ancien ministre de la Défense du Pérou.",
     {("Rodrigo Salas", "minister-of-defence", "Pérou")}),
    ("former-post-in-one-word", "L'ex-ministre hongrois des Affaires étrangères Lajos Farkas a critiqué l'accord.",
     {("Lajos Farkas", "minister-of-foreign-affairs", "Hongrie")}),
    ("by-name-of-a-body-head", "Le patron de l'Otan, Piet Hendriks, a demandé plus de munitions.",
     {("Piet Hendriks", "chief", "OTAN")}),
    ("by-name-of-a-firm-head", "Le patron de Thales, Marc Lefort, a salué la commande.",
     {("Marc Lefort", "chief-executive-officer", "Thales")}),
    ("ministry-one-state-names-so", "Le Brésil achète des sous-marins. Le Brésil paie. Le ministre de l'Europe et "
     "des Affaires étrangères, Paul Girard, a signé l'accord à Brasilia.",
     {("Paul Girard", "minister-of-foreign-affairs", "France")}),
    ("chief-executive-as-company-releases-write-it",
     "« Nous livrerons à temps », a déclaré Lars Berg, président et chef de la direction de Kongsberg.",
     {("Lars Berg", "chief-executive-officer", "Kongsberg")}),
    ("first-lady-of-a-state", "La première dame du Chili, Ana Rojas, a baptisé la frégate.",
     {("Ana Rojas", "first-lady", "Chili")}),
    ("title-before-name-no-comma", "Le ministre polonais des Affaires étrangères Piotr Nowak a accusé la Hongrie.",
     {("Piotr Nowak", "minister-of-foreign-affairs", "Pologne")}),
    ("complement-word-before-name", "Le document a été signé par le ministre moldave des Finances Ion Rusu.",
     {("Ion Rusu", "minister-of-finance", "Moldavie")}),
    ("ambassador-of-state-posted-no-comma", "Il a été reçu par l'ambassadeur du Japon en Moldavie Kenji Sato.",
     {("Kenji Sato", "ambassador", "Japon")}),
    ("rank-between-title-and-name",
     "La cérémonie a été présidée par le chef de l'État burkinabé, le capitaine Ibrahim Traoré, à Ouagadougou.",
     {("Ibrahim Traoré", "head-of-state", "Burkina Faso")}),
    ("honorific-and-long-arabic-name",
     "L'émir du Koweït, cheikh Nawaf ben Ahmed Al-Sabah, a annoncé une aide à l'armée jordanienne.",
     {("Nawaf ben Ahmed Al-Sabah", "emir", "Koweït")}),
    ("plural-title-shared-out",
     "Les ministres des Affaires étrangères kazakh et kirghiz, MM. Murat Nurtleu et Jeenbek Kulubaev, se sont vus.",
     {("Murat Nurtleu", "minister-of-foreign-affairs", "Kazakhstan"),
      ("Jeenbek Kulubaev", "minister-of-foreign-affairs", "Kirghizstan")}),
    ("list-of-titles-and-names",
     "Le chef du renseignement jordanien, Ahmad Husni, le premier ministre koweïtien, Ahmad Sabri, et le directeur "
     "du Mossad, David Barnea, étaient présents.",
     {("Ahmad Husni", "intelligence-chief", "Jordanie"), ("Ahmad Sabri", "prime-minister", "Koweït"),
      ("David Barnea", "director", "Mossad")}),
    ("chained-ministry-title",
     "Le président du Kenya, William Ruto, a reçu le ministre des Affaires étrangères, de la Coopération "
     "internationale et des Sénégalais de l'extérieur du Sénégal, Yassine Fall.",
     {("William Ruto", "president", "Kenya"), ("Yassine Fall", "minister-of-foreign-affairs", "Sénégal")}),
    ("counterpart-takes-post-and-demonym",
     "Le ministre kényan des Affaires étrangères Musalia Mudavadi (à gauche) et son homologue éthiopien Taye "
     "Atske Selassie tiennent une conférence.",
     {("Musalia Mudavadi", "minister-of-foreign-affairs", "Kenya"),
      ("Taye Atske Selassie", "minister-of-foreign-affairs", "Éthiopie")}),
    ("unknown-title-in-own-words",
     "Ali Karimi, secrétaire du Conseil suprême de la sécurité afghan, a parlé aux journalistes.",
     {("Ali Karimi", "text-secretaire-du-conseil-supreme-de-la-securite", "Afghanistan")}),
    ("full-name-after-its-surname-alone",
     "M. Tanabe a salué l'accord.\nLe ministre japonais de la Défense, Kenjirō Tanabe, en visite à Manille, a signé "
     "un accord.",
     {("Kenjirō Tanabe", "minister-of-defence", "Japon")}),
    ("title-alone-is-its-known-holder",
     "Emmanuel Macron a reçu Volodymyr Zelensky. C'est à la demande du président ukrainien que la réunion a eu lieu.",
     {("Volodymyr Zelensky", "president", "Ukraine")}),
    ("plural-title-with-states-in-complements-shared-out",
     "Le traité a été signé en présence des ambassadeurs du Chili et de l'Italie, Ana Rojas et Marco Bellini.",
     {("Ana Rojas", "ambassador", "Chili"), ("Marco Bellini", "ambassador", "Italie")}),
    ("malay-honorifics-before-a-long-name",
     "Le ministre malaisien de la Défense, Dato' Seri Haji Ahmad Bin Haji Yusof, est arrivé à Rome.",
     {("Ahmad Bin Haji Yusof", "minister-of-defence", "Malaisie")}),
    ("headquarters-is-no-general-and-air-marshal-rank",
     "La réunion s'est tenue au quartier général de l'armée de l'air turque entre le maréchal de l'air kényan, "
     "John Mwangi, et son homologue turc, Ali Demir.",
     {("John Mwangi", "air-marshal", "Kenya"), ("Ali Demir", "air-marshal", "Turquie")}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_posts(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert posts(text) == expected


def test_counterpart_needs_a_state() -> None:
    """« son homologue, X » with no demonym gives no post (the counterpart's state is unknown)."""
    assert {p[0] for p in posts("Le ministre letton de la Défense, Andris Ozols, a reçu son homologue, Jan Novak.")} \
        == {"Andris Ozols"}




def test_name_after_title_comma_missed_by_ner() -> None:
    """The appositive after a title and its comma is the holder's name even when the NER calls it otherwise."""
    found = posts("Cette annonce intervient après que le ministre libyen de la défense, Khaled Abu Zeid, a signé.")
    assert found == {("Khaled Abu Zeid", "minister-of-defence", "Libye")}


def test_title_the_ner_calls_a_person_is_no_person() -> None:
    """« le Président de la République de X, Prénom Nom, »: the title is no person, the name holds the post."""
    found = analyse_text("Titre\nLe plan a été proposé par le Président de la République du Zimbabwe, Emmerson "
                         "Mnangagwa, médiateur.")
    people = {e.label for e in found.mentions.values() if e.cls == "Person"}
    assert people == {"Emmerson Mnangagwa"}
    assert ("Emmerson Mnangagwa", "president", "Zimbabwe") in posts(
        "Le plan a été proposé par le Président de la République du Zimbabwe, Emmerson Mnangagwa, médiateur.")


def test_minister_without_a_state_serves_the_state_the_article_is_about() -> None:
    """A minister or chief of staff whose title names no state serves the state the article names most; a post
    outside government does not, and an article that names no state twice gives none."""
    about = "La Bolivie modernise son aviation. Le gouvernement bolivien a signé un contrat avec le Paraguay. "
    assert ("Jaime Quispe", "minister-of-defence", "Bolivie") in posts(
        about + "Le ministre de la Défense, Jaime Quispe, a salué un progrès pour la Bolivie.")
    assert ("Jaime Quispe", "spokesperson", None) in posts(
        about + "Le porte-parole, Jaime Quispe, a salué un progrès pour la Bolivie.")
    assert ("Jaime Quispe", "minister-of-defence", None) in posts(
        "Le ministre de la Défense, Jaime Quispe, a salué un progrès pour la Bolivie.")


def people(text: str) -> set[str]:
    return {e.label for e in analyse_text("Titre\n" + text).mentions.values() if e.cls == "Person"}


@pytest.mark.parametrize("text", [
    pytest.param("Ils remplaceront les flottes de Mirage III et d\u2019A-4AR Grayhawk, rétablissant la capacité.",
                 id="model-number"),
    pytest.param("Le chef de l'État a voyagé à bord de l'avion « Air Force One » jusqu'à la base.",
                 id="quoted-vehicle"),
    pytest.param("Le président somalien a répondu aux questions dans une interview avec Al Jazeera.",
                 id="news-channel"),
])
def test_names_that_are_no_people(text: str) -> None:
    """A model designator, a quoted vehicle name and a news channel look like names but are no people."""
    assert people(text) == set()


def test_first_name_the_tagger_calls_a_verb_is_still_a_name() -> None:
    """A capitalised word inside a sentence is no verb: the name after the title holds the post."""
    assert ("Muhammad Asif", "minister-of-defence", None) in posts(
        "Sur ce point, le ministre de la Défense Muhammad Asif a en effet déclaré que le sujet était clos.")


def test_journalist_of_a_news_channel() -> None:
    assert ("Marc Lenoir", "special-envoy", "Franceinfo") in posts(
        "Il le dit dans un entretien avec l'envoyé spécial de Franceinfo, Marc Lenoir.")


def test_rank_before_name_and_post_after_it_then_the_next_person() -> None:
    """« Le général X, vice-ministre letton de la Défense et Mme Y, directrice ... »: the post after the name is
    X's, and « et Mme » starts Y's phrase."""
    found = posts("Le général de brigade Janis Berzins, vice-ministre letton de la Défense et Mme Claire Roux, "
                  "directrice de la communication du ministère, ont ouvert la séance.")
    assert ("Janis Berzins", "text-vice-ministre-letton-de-la-defense", "Lettonie") in found
    assert not any(holder == "Claire Roux" and "letton" in post for holder, post, _ in found)


def test_narrower_post_than_the_data_knows_in_its_own_words() -> None:
    """« directrice générale des affaires maritimes » is a post of its own, written in its own (feminine) words."""
    assert ("Claire Roux", "text-directrice-generale-des-affaires-maritimes", None) in posts(
        "Claire Roux, directrice générale des affaires maritimes, a présenté le plan.")


def test_appositions_between_title_and_name() -> None:
    """« le ministre de l'Intérieur, chargé des cultes, M. X »: the name after the appositions holds the post."""
    assert ("Paul Mbeki", "minister-of-the-interior", None) in posts(
        "Il a rencontré le ministre de l'Intérieur, chargé des cultes, M. Paul Mbeki.")


def test_titles_listed_after_plural_counterparts_take_their_state() -> None:
    found = posts("Les ministres français ont vu leurs homologues gabonais, le ministre de l'Intérieur, M. Paul "
                  "Ndong, et le ministre de la Défense, M. Luc Obame.")
    assert {("Paul Ndong", "minister-of-the-interior", "Gabon"), ("Luc Obame", "minister-of-defence", "Gabon")} \
        <= found


def test_namesake_of_a_known_person_is_another_person() -> None:
    """A full name around a known person's surname, with other first names, is another person."""
    names = people("Le ministre de la Défense, M. Karim Omar Salah Burhan, a parlé.")
    assert names == {"Karim Omar Salah Burhan"}


@pytest.mark.parametrize(("text", "named"), [
    ("Le général de brigade Idriss Macron, chef d'état-major, a accueilli le président Emmanuel Macron.",
     {"Idriss Macron", "Emmanuel Macron"}),
    ("Le président Emanuel Macron a parlé.", {"Emmanuel Macron"}),  # a misspelt first name is still his
    ("Le président Emmanuel Jean-Michel Macron a parlé.", {"Emmanuel Macron"}),  # a middle name is still his
    ("Le Président Macron a parlé.", {"Emmanuel Macron"}),  # a title is no first name
])
def test_another_first_name_before_a_known_surname_is_another_person(text: str, named: set[str]) -> None:
    assert people(text) == named


@pytest.mark.parametrize(("text", "named"), [
    ("Le ministre tchèque de la Défense, Pavel Novák, a signé le contrat.", {"Pavel Novák"}),
    ("Pavel Novák a rencontré le président Petr Pavel à Prague.", {"Pavel Novák", "Petr Pavel"}),
    ("Le président Pavel a reçu le ministre.", {"Petr Pavel"}),
])
def test_a_known_surname_in_first_name_position_is_another_person(text: str, named: set[str]) -> None:
    """« Pavel Novák »: a word that alone names a known person (« Pavel ») before a surname none of that person's
    names holds is a first name; a known person needs the surname in surname position."""
    assert people(text) == named


@pytest.mark.parametrize("text", [
    "Paul Otieno, président du club de football de Nairobi, a salué le match.",
    "Le président de l'équipe Thales Rugby, Marc Duval, a remercié le sponsor.",
    "Le Maroc gagne. Le président du club marocain de football, Karim Sefrioui, a reçu le ministre.",
])
def test_a_sport_club_s_or_team_s_title_is_no_post(text: str) -> None:
    """« président du club de football », « de l'équipe Thales Rugby »: a club's or team's title is no post of
    the state or the sponsoring firm."""
    assert posts(text) == set()


def test_a_member_of_government_for_sports_keeps_the_post() -> None:
    """« ministre de la Jeunesse et des Sports »: a government's brief, no team."""
    text = "Le Maroc investit. Le Maroc paie. Le ministre de la Jeunesse et des Sports, Karim Alaoui, a parlé."
    assert {holder for holder, _, org in posts(text) if org == "Maroc"} == {"Karim Alaoui"}


@pytest.mark.parametrize(("text", "expected"), [
    ("La délégation vietnamienne, conduite par le vice-ministre de la Défense Dao Quang Lam, est arrivée à Séoul.",
     ("Dao Quang Lam", "text-vice-ministre-de-la-defense", "Vietnam")),
    ("Le directeur de la Coopération Internationale Marc Dupont a signé.",
     ("Marc Dupont", "text-directeur-de-la-cooperation-internationale", None)),
])
def test_a_title_in_its_own_words_ends_where_a_name_the_ner_missed_starts(
        text: str, expected: tuple[str, str, str | None]) -> None:
    """« le vice-ministre de la Défense Dao Quang Lam »: two capitalised proper nouns after the brief are the
    holder's name, not more words of the title."""
    assert expected in posts(text)


def test_a_name_with_a_glued_particle_after_a_title_in_a_list() -> None:
    found = {(holder, post) for holder, post, _ in posts(
        "Il s'est entretenu avec le président Karim Nader, le Premier ministre Omar al-Fahdi ainsi qu'avec les "
        "ministres de la Défense.")}
    assert ("Omar al-Fahdi", "prime-minister") in found
    assert ("Karim Nader", "prime-minister") not in found


@pytest.mark.parametrize(("text", "place"), [
    ("Les avions sont restés sur la base aérienne de Vera Santos.", "Vera Santos"),
    ("Le navire est entré dans le port de Maria Luisa.", "Maria Luisa"),
    ("À José Peixoto, les deux marines ont manœuvré.", "José Peixoto"),
    ("Les frégates ont fait escale, à Pedro Alvares, avant de repartir.", "Pedro Alvares"),
])
def test_a_place_named_like_a_person_is_no_person(text: str, place: str) -> None:
    assert place not in people(text)


def test_a_rank_with_its_complement_is_no_part_of_the_name() -> None:
    assert people("La cérémonie s'est déroulée en présence, entre autres, du Général de Division Idriss Macron, "
                  "Chef d'Etat-major des Armées, du Général de Brigade Karim Nader, Chef d'Etat-major particulier "
                  "du Président.") == {"Idriss Macron", "Karim Nader"}


def test_a_person_after_to_is_still_a_person() -> None:
    assert "Kiran Doa" in people("Le ministre a téléphoné à Kiran Doa, son homologue.")


@pytest.mark.parametrize("text", [
    "La cérémonie a commencé, puis le commandant des forces aériennes Maliennes le Général de brigade pilote "
    "Karim Nader a parlé.",
    "Étaient présents le ministre, Monsieur le Général d'Armée Karim Nader, chef d'état-major, et Paul Ndong.",
])
def test_a_rank_after_an_article_ends_no_name(text: str) -> None:
    assert not any("Général" in name for name in people(text)) and "Karim Nader" in people(text)


def test_name_ending_in_an_organisation_s_name_is_a_person() -> None:
    assert ("Anne Mbala Wagner", "minister-of-foreign-affairs", "Gabon") in posts(
        "Étaient présents les ministres des Affaires étrangères, de la Coopération et de l'Intégration du Gabon, "
        "Anne Mbala Wagner, et du Congo.")


def test_visitor_without_demonym_is_not_of_the_state_visited() -> None:
    """« Le ministre de la Défense X, en visite en Inde »: the minister serves the article's other state."""
    text = ("La Géorgie veut des armes indiennes. Le ministère géorgien a confirmé l'intérêt de l'Inde. "
            "L'Inde produit des canons et l'Inde exporte. Le ministre de la Défense Levan Beridze a exprimé son "
            "intérêt lors d'une visite en Inde.")
    assert ("Levan Beridze", "minister-of-defence", "Géorgie") in posts(text)


def test_bare_president_in_a_visit_report_is_the_host_s() -> None:
    found = analyse_text("La visite des ministres français à Libreville\nLes ministres français et leur délégation "
                         "ont rencontré le président de la République, M. Paul Ndong. La France et la France "
                         "veulent coopérer.")
    holdings = {(f.first("holder").label, f.first("org").label if f.first("org") else None)
                for f in found.facts if f.kind == "post"}
    assert ("Paul Ndong", "Gabon") in holdings


def test_counterpart_with_demonym_spelled_without_diaeresis_and_honorific_in_the_name() -> None:
    """« son homologue koweitien Cheikh X »: the counterpart's post and state; the host is not of that state."""
    found = posts("La France et la France coopèrent. Le ministre de la Défense Jean Morel a reçu son homologue "
                  "koweitien Cheikh Salem Nasser Al Sabah. Le Koweït et le Koweït aussi.")
    assert ("Salem Nasser Al Sabah", "minister-of-defence", "Koweït") in found
    assert ("Jean Morel", "minister-of-defence", "France") in found


def test_title_complementing_an_armed_group_before_it() -> None:
    """« les FSR du commandant X »: the commander of the group named before the title."""
    assert ("Ali Hamdan Musa", "commander", "Forces de soutien rapide") in posts(
        "Les combats opposent l'armée aux FSR du commandant Ali Hamdan Musa depuis avril.")


def test_post_in_brackets_after_each_name() -> None:
    """« X (ambassadeur polonais), Y (PDG de Z) »: the post in brackets is the name's before it."""
    found = posts("L'accord a été signé en présence de Jan Kowalski (ambassadeur polonais) et de Marta Nilsen "
                  "(PDG de Kongsberg).")
    assert ("Jan Kowalski", "ambassador", "Pologne") in found
    assert ("Marta Nilsen", "chief-executive-officer", "Kongsberg") in found


def test_list_of_names_each_followed_by_its_post() -> None:
    """« X, directeur de cabinet adjoint du chef de l'État, Y, ambassadeur itinérant, »: a title without article
    after a name and its comma is that name's; the title inside another's complement is no one's."""
    found = posts("La délégation comprenait Paul Mbala, directeur de cabinet adjoint du chef de l'État, Jean "
                  "Kasongo, ambassadeur itinérant, et Marie Ilunga.")
    assert ("Paul Mbala", "text-directeur-de-cabinet-adjoint", None) in found
    assert ("Jean Kasongo", "ambassador", None) in found
    assert not any(post == "head-of-state" for _, post, _ in found)


def test_junior_minister_and_the_head_of_government_in_his_title() -> None:
    found = posts("La cérémonie a eu lieu en présence du ministre délégué auprès du chef du gouvernement, chargé "
                  "du budget, Karim Alaoui, et de plusieurs officiers.")
    assert {post for holder, post, _ in found if holder == "Karim Alaoui"} == {"minister-delegate"}


def test_qualified_adviser_of_a_named_president() -> None:
    """« le conseiller principal du président X pour l'Afrique, Y »: Y is the adviser, X the president."""
    found = posts("Le ministre était accompagné du conseiller principal du président Ilkka Virtanen pour l'Afrique, "
                  "Anna Lind.")
    assert ("Anna Lind", "adviser") in {(holder, post) for holder, post, _ in found}
    assert not any(holder == "Ilkka Virtanen" and post == "adviser" for holder, post, _ in found)


@pytest.mark.parametrize(("text", "holder", "post"), [
    ("Kim Min-su, le chef de l'AIEA, a refusé de commenter.", "Kim Min-su", "chief"),
    ("Le cardinal Marco Bellini, patriarche de Venise, a appelé au calme.", "Marco Bellini", "text-patriarche"),
    ("Le cardinal Marco Bellini, patriarche de Paris, a appelé au calme.", "Marco Bellini", "patriarch"),
])
def test_posts_named_by_their_own_noun(text: str, holder: str, post: str) -> None:
    """« chef » is named « chef » (not « dirigeant »); a patriarch of a see the data knows or not."""
    assert any(p.startswith(post) for h, p, _ in posts(text) if h == holder)


def test_person_whose_surname_is_a_weapon_s_name() -> None:
    """« le Général-major Prénom Mistral »: a first name and a rank make the weapon's name a surname."""
    found = analyse_text("Titre\nLa délégation comprenait des diplomates et le Général-major Paul Mistral.")
    assert [m.label for m in found.mentions.values() if m.cls == "Person"] == ["Paul Mistral"]
    assert not any(m.cls == "WeaponSystem" for m in found.mentions.values())


def test_spokesperson_of_a_state_s_government_is_of_the_state() -> None:
    assert ("Hans Weber", "spokesperson", "Allemagne") in posts(
        "Un porte-parole de l'exécutif allemand, Hans Weber, a démenti l'information.")


def test_first_name_that_is_a_city_s_name() -> None:
    """« le ministre de l'Industrie, Ryad Nom, »: a city's name then a surname between commas is a person."""
    found = posts("La cérémonie a eu lieu en présence du ministre de l'Industrie et du Commerce, Riyad Berrada, et "
                  "du ministre du Budget, Karim Alaoui.")
    assert "Riyad Berrada" in {holder for holder, _, _ in found}


def test_possessive_company_post_is_in_the_company_named_last() -> None:
    """« X, son PDG »: the company's chief executive, not the state the sentence is about."""
    assert ("Jean Martin", "chief-executive-officer", "MBDA") in posts(
        "Le contrat a été signé avec le missilier MBDA. Le ministère polonais a diffusé une photo où l'on voit "
        "Jean Martin, son PDG.")


def test_prime_minister_without_a_state_serves_the_state_the_article_is_about() -> None:
    assert ("Nikos Papas", "prime-minister", "Grèce") in posts(
        "La Grèce modernise son armée de l'air. Athènes a commandé des avions. Le Premier ministre Nikos Papas a "
        "salué l'accord.")


@pytest.mark.parametrize(("text", "expected"), [
    ("L'Agence internationale de l'énergie atomique (AIEA), dirigée par Paulo Ferreira, réclame un accès aux sites.",
     ("Paulo Ferreira", "leader", "AIEA")),
    ("Thales, groupe que préside depuis l'an dernier Marc Durand, livrera les radars.",
     ("Marc Durand", "president", "Thales")),
    ("Le groupe Thales, présidé par Marc Durand, livrera les radars.", ("Marc Durand", "president", "Thales")),
])
def test_post_given_by_a_verb(text: str, expected: tuple[str, str, str]) -> None:
    """« l'AIEA, dirigée par X », « Y, groupe que préside X »: the verb makes X head of the body (post-frames.tsv)."""
    assert expected in posts(text)


def test_a_meeting_chaired_by_someone_is_no_post() -> None:
    assert posts("La réunion, présidée par Marc Durand, a duré deux heures.") == set()


def test_family_name_written_first_then_alone_after_a_title() -> None:
    """« Choi Min-jun ... l'ambassadeur sud-coréen Choi »: the family name comes first in the full name."""
    assert ("Choi Min-jun", "ambassador", "Corée du Sud") in posts(
        "La signature a eu lieu en présence de Choi Min-jun. « Cet accord est historique », a déclaré "
        "l'ambassadeur sud-coréen Choi.")


_ABOUT_SUPPLIER = "La Turquie a livré des drones. La Turquie et la Turquie coopèrent. "


@pytest.mark.parametrize(("headline", "state"), [
    pytest.param("Mali : l'armée reçoit des drones", "Mali", id="state-before-colon"),
    pytest.param("Bamako : l'armée reçoit des drones", "Mali", id="capital-before-colon"),
    pytest.param("Mali - Niger : l'armée reçoit des drones", "Turquie", id="two-states-set-nothing"),
    pytest.param("Drones : l'armée reçoit des appareils", "Turquie", id="no-place-before-colon"),
    pytest.param("L'armée du Mali reçoit des drones : une première", "Turquie", id="colon-far-from-start"),
])
def test_minister_without_a_state_serves_the_state_the_headline_is_set_in(headline: str, state: str) -> None:
    """« Mali : ... »: a minister named without a demonym is the state's the headline is set in, not the state the
    article names most (here the supplier); a headline naming two states, or none, before its colon sets none."""
    found = analyse_text(headline + "\n" + _ABOUT_SUPPLIER + "Le ministre de la Défense, Paul Keita, a salué "
                         "l'arrivée des appareils.")
    assert {(f.first("holder").label, f.first("org").label) for f in found.facts if f.kind == "post"} == \
        {("Paul Keita", state)}


def test_visitor_is_not_of_the_state_the_headline_is_set_in() -> None:
    found = analyse_text("Mali : l'armée reçoit des drones\nLa Turquie et le Mali coopèrent. La Turquie a livré des "
                         "drones. Le ministre de la Défense, Paul Keita, en visite au Mali, a salué la livraison.")
    assert {f.first("org").label for f in found.facts if f.kind == "post"} == {"Turquie"}


def test_a_person_keeps_the_state_the_article_gave_their_post() -> None:
    """« le ministre togolais de la Défense X » then « le ministre de la Défense X »: still Togo, not the state
    the article names most."""
    found = posts(_ABOUT_SUPPLIER + "Le ministre togolais de la Défense, Paul Adjo, a reçu les appareils. « C'est "
                  "un grand jour », a déclaré le ministre de la Défense Paul Adjo.")
    assert found == {("Paul Adjo", "minister-of-defence", "Togo")}


@pytest.mark.parametrize(("text", "expected"), [
    ("La présidente de la Commission européenne, Anna Lind, a annoncé un prêt.",
     ("Anna Lind", "president-of-the-european-commission", "Commission européenne")),
    ("Jan Berg, président de la Commission européenne, a annoncé un prêt.",
     ("Jan Berg", "president-of-the-european-commission", "Commission européenne")),
])
def test_post_the_data_names_with_its_body_is_in_that_body(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in posts(text)


def test_name_after_a_relative_clause_holds_the_title() -> None:
    """« Le ministre, qui s'exprimait devant les députés, X a déclaré »: X is the minister, no member of
    parliament (a plural title is not one name's)."""
    found = posts("Le ministre de la Défense, qui s'exprimait devant les députés, Jean Morel a déclaré que l'accord "
                  "serait signé.")
    assert found == {("Jean Morel", "minister-of-defence", None)}
    assert posts("Les présidents Paul Morel et Luiz Ramos ont assisté à une cérémonie.") == \
        {("Paul Morel", "president", None), ("Luiz Ramos", "president", None)}  # no comma: the title is theirs


def forms(text: str) -> set[tuple[str, str | None]]:
    return {(p.holder, p.form) for p in posts_told(text)}


@pytest.mark.parametrize(("text", "form"), [
    ("La présidente de la Commission européenne, Anna Lind, a annoncé un prêt.",
     "présidente de la Commission européenne"),
    ("La ministre déléguée aux Armées, Anna Lind, a visité la base.", "ministre déléguée"),
    ("La Première ministre Anna Lind a visité la base.", "Première ministre"),
    ("La directrice générale, Anna Lind, a visité la base.", "directrice générale"),
    ("Le président de la Commission européenne, Anna Lind, a annoncé un prêt.", None),
    ("La ministre de la Défense, Anna Lind, a visité la base.", None),
])
def test_post_as_the_article_genders_it(text: str, form: str | None) -> None:
    """The holding keeps the title's feminine words (kg:titleAsWritten); a title written as the data names the
    post keeps none."""
    assert forms(text) == {("Anna Lind", form)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Le chef d'état-major de l'armée nigériane, le général Musa Bello, a inspecté les avions.",
     ("Musa Bello", "chief-of-defence-staff", "Nigeria")),
    ("Le porte-parole du ministère de la Défense du Japon, Kenji Sato, a démenti.",
     ("Kenji Sato", "spokesperson", "Japon")),
])
def test_post_heading_a_state_s_body_is_the_state_s(text: str, expected: tuple[str, str, str]) -> None:
    """A ministry, an army or an agency of a state in the title's complement: the post is that state's."""
    assert expected in posts(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre de la Défense, Jean Morel, en visite au Maroc, a rencontré son homologue, Karim Benali.",
     {("Karim Benali", "minister-of-defence", "Maroc"), ("Jean Morel", "minister-of-defence", None)}),
    ("Lors de sa visite à Rabat, le ministre français de la Défense, Jean Morel, a vu son homologue Karim Benali.",
     {("Karim Benali", "minister-of-defence", "Maroc"), ("Jean Morel", "minister-of-defence", "France")}),
    ("Le ministre marocain de la Défense, Jean Morel, en visite au Maroc, a vu son homologue, Karim Benali.",
     {("Jean Morel", "minister-of-defence", "Maroc")}),
])
def test_counterpart_met_on_a_visit_is_the_host_s(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    """« en visite au Maroc, X a rencontré son homologue Y »: Y is the host's; not when X is the host's own."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre malaisien de la Défense, Ali Hasan, effectue une visite officielle au Vietnam à l'invitation du "
     "ministre de la Défense Tran Van Minh.", ("Tran Van Minh", "minister-of-defence", "Vietnam")),
    ("En visite à Dakar, le ministre ghanéen de la Défense Kofi Mensah a été reçu par le ministre des Affaires "
     "étrangères Awa Ndiaye.", ("Awa Ndiaye", "minister-of-foreign-affairs", "Sénégal")),
    ("Le Premier ministre indien Raj Kumar, en visite à Tokyo, s'est entretenu avec le ministre de la Défense "
     "Kenji Sato.", ("Kenji Sato", "minister-of-defence", "Japon")),
])
def test_minister_a_visitor_meets_is_the_host_s(text: str, expected: tuple[str, str, str]) -> None:
    """A visit's other side (who invites, receives or talks with the visitor) serves the state visited."""
    assert expected in posts(text)


@pytest.mark.parametrize(("text", "holder"), [
    ("Lors de la visite du ministre de la Défense Paul Martin en Inde, un accord a été signé.", "Paul Martin"),
    ("Le ministre marocain de l'Intérieur Omar Alaoui, accompagné du chef d'état-major Karim Bennani, est en visite "
     "à Madrid.", "Karim Bennani"),
    ("L'accord a été signé après un entretien entre le président Paul Martin, en visite au Sénégal, et le Premier "
     "ministre ivoirien Awa Koné.", "Paul Martin"),
])
def test_visitor_and_their_party_are_not_the_host_s(text: str, holder: str) -> None:
    """The visit's own complement and the visitor's party are no host: no state rather than the visited one."""
    assert all(org not in {"Inde", "Espagne", "Sénégal"} for name, _post, org in posts(text) if name == holder)


@pytest.mark.parametrize(("text", "expected"), [
    ("Selon Kwame Mensah, conseiller à la jeunesse et aux sports au sein de l'administration intérimaire, Accra "
     "négocie l'achat de blindés.", ("Kwame Mensah", "text-conseiller-a-la-jeunesse-et-aux-sports", "Ghana")),
    ("Le colonel Yaw Boateng, directeur de la communication, a annoncé l'arrivée des véhicules.",
     ("Yaw Boateng", "text-directeur-de-la-communication", "Ghana")),
    ("Le commodore de l'air Kofi Asante, directeur des relations publiques et de l'information, a confirmé la "
     "commande.", ("Kofi Asante", "text-directeur-des-relations-publiques-et-de-l-information", "Ghana")),
    ("Le commandant général Ama Owusu a déclaré que les blindés sont urgents.", ("Ama Owusu", "commander", "Ghana")),
])
def test_post_of_a_state_s_body_or_forces_serves_the_state_the_article_is_about(
        text: str, expected: tuple[str, str, str]) -> None:
    """No state named, but the apposition names a state's body (« au sein de l'administration ») or the holder a
    military rank: the post is the state's the article is about, as a minister's."""
    assert expected in posts_in(_GHANA + text)


@pytest.mark.parametrize("text", [
    "Selon Anna Lind, directrice des ventes de la société, Accra négocie l'achat de blindés.",
    "Le directeur commercial Paul Martin a déclaré que les blindés seront livrés.",
    "Selon Paul Martin, conseiller au sein de l'administration Biden, Accra négocie l'achat de blindés.",
])
def test_post_of_no_state_s_body_nor_rank_takes_no_state(text: str) -> None:
    assert all(org != "Ghana" for _name, _post, org in posts_in(_GHANA + text))


_GHANA = "Le Ghana veut acheter des blindés\n\nAccra a lancé un appel d'offres.\n\n"


def posts_in(article: str) -> set[tuple[str, str, str | None]]:
    """posts() of a whole article, headline included."""
    return {(p.holder, p.tail, p.org) for p in posts_told(article, headline=None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Le contrat a été signé à Canberra par Paul Martin, le Premier ministre australien, et Kim Lee, le président "
     "sud-coréen.", {("Paul Martin", "prime-minister", "Australie"), ("Kim Lee", "president", "Corée du Sud")}),
    ("L'accord a été conclu par Ali Ahmadi, le ministre iranien de la Défense, et Omar Said, le chef d'état-major "
     "irakien.", {("Ali Ahmadi", "minister-of-defence", "Iran"), ("Omar Said", "chief-of-defence-staff", "Irak")}),
    ("Étaient présents Anna Lind, la présidente finlandaise, et Marek Nowak, le ministre polonais des Affaires "
     "étrangères.", {("Anna Lind", "president", "Finlande"),
                     ("Marek Nowak", "minister-of-foreign-affairs", "Pologne")}),
])
def test_names_each_followed_by_its_title_then_and(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    """« X, le titre A, et Y, le titre B »: « , et » after a title starts the next person, no chained complement."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "holder", "post", "org"), [
    ("« Les drones sont testés au front », explique Ahmed Osman, chercheur pour le centre Al Habtoor.",
     "Ahmed Osman", "chercheur", "Al Habtoor"),
    ("« La vente est probable », estime Paul Martin, analyste pour le groupe Kongsberg.",
     "Paul Martin", "analyste", "Kongsberg"),
    ("Le chercheur Paul Martin estime que la vente est probable.", "Paul Martin", "researcher", None),
])
def test_expert_quoted_in_the_institute_they_work_for(text: str, holder: str, post: str, org: str | None) -> None:
    """The experts news quotes hold a post (chercheur, analyste) in the body named after it, to the sentence end."""
    assert any(name == holder and post in found and got == org for name, found, got in posts_text(text))


def posts_text(text: str) -> set[tuple[str, str, str | None]]:
    """posts() with the post read in its own words given by its label."""
    return {(p.holder, p.words or p.tail, p.org) for p in posts_told(text)}


@pytest.mark.parametrize(("text", "holder", "post", "state"), [
    ("Le ministre de la Défense de la République du Kirghizstan, le colonel-général Bakyt Osmonov, s'est entretenu "
     "avec son homologue tadjik.", "Bakyt Osmonov", "minister-of-defence", "Kirghizstan"),
    ("Le chef d'état-major des armées du Niger, le général de corps d'armée Salifou Mainassara, a accueilli la "
     "délégation.", "Salifou Mainassara", "chief-of-defence-staff", "Niger"),
    ("Le chef d'état-major de la marine nigériane, le vice-amiral d'escadre Emeka Okafor, a inauguré le chantier.",
     "Emeka Okafor", "navy-chief", "Nigeria"),
    ("Le ministre burundais de la Défense, le lieutenant-général Alain Ndayishimiye, a signé.",
     "Alain Ndayishimiye", "minister-of-defence", "Burundi"),
    ("Le ministre malien de la Défense, le colonel-major Sadio Keita, a signé l'accord.",
     "Sadio Keita", "minister-of-defence", "Mali"),
    ("Le chef d'état-major de la marine ghanéenne, le contre-amiral Kofi Mensah, a réceptionné les patrouilleurs.",
     "Kofi Mensah", "navy-chief", "Ghana"),
    ("Le commandant de l'armée de l'air kényane, le vice-maréchal de l'air John Omondi, a accueilli les pilotes.",
     "John Omondi", "air-force-chief", "Kenya"),
    ("Le commandant de la marine sénégalaise, le capitaine de vaisseau B.E.M. Moussa Diop, a reçu les marins.",
     "Moussa Diop", "navy-chief", "Sénégal"),
    ("Le chef d'état-major de l'armée de terre ivoirienne, le général de division D.E.M. pilote Yao Kouassi, a "
     "salué les troupes.", "Yao Kouassi", "army-chief", "Côte d'Ivoire"),
])
def test_rank_in_several_words_between_title_and_name(text: str, holder: str, post: str, state: str) -> None:
    """« le ministre de la Défense, le colonel-général X », « le commandant, le colonel B.E.M. pilote X »: X holds
    the post of the title the rank (and its qualifications) follows."""
    assert (holder, post, state) in posts(text)


def test_counterpart_mirrors_the_civil_post_not_the_rank() -> None:
    """« le ministre, le général X, a reçu son homologue »: a minister's counterpart; a general's when no civil
    post is named."""
    found = posts("Le ministre burundais de la Défense, le général Alain Ndayishimiye, a reçu son homologue "
                  "rwandais, Jean Mugisha.")
    assert ("Jean Mugisha", "minister-of-defence", "Rwanda") in found
    assert ("Jean Mugisha", "general", "Rwanda") not in found
    assert ("Issa Traoré", "general", "Mali") in posts("Le général Amadou Sy a reçu son homologue malien, "
                                                       "le général Issa Traoré.")


def test_rank_words_without_a_name_after_them_hold_nothing() -> None:
    found = posts("Le ministre de la Défense, le général de l'armée de terre et le préfet ont visité la base.")
    assert not found


@pytest.mark.parametrize(("text", "holder", "post", "state", "principal"), [
    ("La délégation comprendra le conseiller politique de Netanyahou Dan Levi et un officier.",
     "Dan Levi", "adviser", "Israël", "Benyamin Netanyahou"),
    ("La porte-parole de Poutine, Maria Ivanova, a démenti.", "Maria Ivanova", "spokesperson", "Russie",
     "Vladimir Poutine"),
    ("L'émissaire de Trump Steve Walker est arrivé à Doha.", "Steve Walker", "emissary", "États-Unis",
     "Donald Trump"),
])
def test_a_title_of_a_person_named_by_surname_goes_to_the_next_name(text: str, holder: str, post: str, state: str,
                                                                    principal: str) -> None:
    """« le conseiller de X Y », « la porte-parole de X, Y »: Y advises or speaks for X, in X's state."""
    found = posts(text)
    assert (holder, post, state) in found
    assert not any(who == principal for who, _, _ in found)


@pytest.mark.parametrize("text", [
    "Le conseiller diplomatique du président Ali Hassan, Omar Farah, a dit.",
    "Le chef de cabinet du président Erdogan, Murat Kaya, et le ministre turc de la Défense, Ali Demir, sont arrivés.",
])
def test_the_name_after_an_inner_title_s_holder_holds_only_the_outer_title(text: str) -> None:
    """« le conseiller du président X, Y »: Y is the adviser, not a second president."""
    assert not any(post == "president" and who in {"Omar Farah", "Murat Kaya"} for who, post, _ in posts(text))


@pytest.mark.parametrize("text", [
    "Deux bâtiments feront escale, dont la frégate de défense aérienne Le Chevalier Bayard à Brest.",
    "La corvette Jean Moulin et le patrouilleur Paul Bert sont arrivés au port.",
    "Le sous-marin nucléaire Louis Pasteur a été mis à l'eau mardi.",
])
def test_a_name_after_a_ship_noun_is_the_ship_s(text: str) -> None:
    """Ships are often named after people: « la corvette Jean Moulin » names a ship, no person."""
    assert people(text) == set()


@pytest.mark.parametrize(("text", "who"), [
    ("L'avion du président Jean Dupont a atterri.", "Jean Dupont"),
    ("L'avion de Jean Dupont a atterri.", "Jean Dupont"),
    ("Le sous-marin a été visité par le pilote d'hélicoptère Marc Petit.", "Marc Petit"),
    ("L'hélicoptère transportant le ministre Jean Dupont a atterri.", "Jean Dupont"),
])
def test_a_person_beside_a_weapon_noun_is_still_a_person(text: str, who: str) -> None:
    assert who in people(text)


@pytest.mark.parametrize("text", [
    "Selon des sources rapportées par Jeune Afrique, le pays recevra des hélicoptères.",
    "Le ministre l'a confirmé, selon Le Monde.",
    "D'après le Financial Times, le contrat sera signé en mai.",
])
def test_a_newspaper_quoted_is_no_person(text: str) -> None:
    assert people(text) == set()


def test_a_newspaper_s_title_written_as_a_common_phrase_names_none() -> None:
    """« Le monde entier »: the words of a newspaper's title, not capitalised as one."""
    found = analyse_text("Titre\nLe monde entier regarde le ministre Jean Dupont.")
    assert not any(e.cls == "Company" for e in found.mentions.values())


@pytest.mark.parametrize(("text", "holder", "post", "state"), [
    ("Le ministre qatari de la Défense, Son Altesse le Cheikh Saoud Bin Hamad Bin Jassem Al-Thani, a signé "
     "l'accord.", "Saoud Bin Hamad Bin Jassem Al-Thani", "minister-of-defence", "Qatar"),
    ("Le contrat a été signé en présence du ministre émirien de la Défense, Son Altesse Royale le Prince Rachid Bin "
     "Saïd Bin Hamdan Al-Nahyane.", "Rachid Bin Saïd Bin Hamdan Al-Nahyane", "minister-of-defence",
     "Émirats arabes unis"),
    ("Son Altesse Royale le Prince Fahd ben Turki, ministre saoudien de l'Intérieur, a reçu la délégation.",
     "Fahd ben Turki", "minister-of-the-interior", "Arabie saoudite"),
    ("Sa Majesté le Roi Mohammed VI a présidé à Rabat un conseil des ministres.", "Mohammed VI", "king", "Maroc"),
])
def test_a_style_of_address_stands_between_title_and_name(text: str, holder: str, post: str, state: str) -> None:
    """« Son Altesse Royale le Prince X », « Sa Majesté le Roi X »: the style and its honorifics are no part of the
    name, and a title before or after them is the name's."""
    assert (holder, post, state) in posts(text)


def test_a_style_of_address_alone_makes_no_one() -> None:
    """« Sa Majesté » with no name after it names no one."""
    assert not posts("Le ministre a remercié Sa Majesté pour son soutien à l'armée.")


@pytest.mark.parametrize(("text", "holder", "post", "org"), [
    ("Le vice-ministre omanais de la Défense, le Dr Salim bin Nasser Al-Harthi, a signé le protocole.",
     "Salim bin Nasser Al-Harthi", "text-vice-ministre-omanais-de-la-defense", "Oman"),
    ("Le ministre omanais de la Défense, le Dr Salem bin Hamad Al-Busaidi, a signé.",
     "Salem bin Hamad Al-Busaidi", "minister-of-defence", "Oman"),
    ("Le directeur de l'Agence des achats militaires (AAM), Kofi Mensah, a signé le contrat.",
     "Kofi Mensah", "text-directeur-de-l-agence-des-achats-militaires", "AAM"),
    ("Sous la direction du chef d'état-major de l'air kényan, le général John Omondi, la commission a conclu.",
     "John Omondi", "air-force-chief", "Kenya"),
])
def test_title_and_name_apart_by_a_civility_or_an_acronym(text: str, holder: str, post: str, org: str) -> None:
    """« le Dr X » the NER reads as one miscellany is a person; a body's acronym in brackets between a title and
    its holder's name is read past; « chef d'état-major de l'air » is the air force's chief."""
    assert (holder, post, org) in posts(text)


def test_a_plural_title_after_a_name_is_no_apposition_of_it() -> None:
    """« X, les représentants des ministères ont conclu »: the plural title starts a clause of other people."""
    assert not any(name == "John Omondi" and "representants" in post for name, post, _org in posts(
        "Sous la direction du général John Omondi, les représentants des ministères ont conclu l'achat."))


@pytest.mark.parametrize("text", [
    "Le fils du président kényan, Samuel Otieno, a été nommé à la tête de la compagnie aérienne.",
    "Le gendre du président ghanéen, Kwame Boateng, dirige le fabricant de drones.",
    "L'épouse de l'ambassadeur du Japon, Yuki Tanaka, a inauguré l'école.",
])
def test_a_family_tie_holds_no_post_of_its_complement(text: str) -> None:
    """« le fils du président X, Y »: Y is the son, who holds no post by the title in his noun's complement."""
    assert posts(text) == set()


@pytest.mark.parametrize(("text", "holder", "post", "org"), [
    ("Le PDG du groupe sud-coréen Hanwha Aerospace, Son Jae-il, a annoncé un contrat avec la Pologne.",
     "Son Jae-il", "chief-executive-officer", "Hanwha Aerospace"),
    ("« La vente change la donne », estime Marc Petit, chercheur à l'Institut français des relations "
     "internationales.", "Marc Petit", "text-chercheur-a-l-institut",
     "Institut français des relations internationales"),
])
def test_a_firm_s_post_and_an_expert_s_take_no_state_from_a_demonym(text: str, holder: str, post: str,
                                                                      org: str | None) -> None:
    """« du groupe sud-coréen Hanwha »: the firm the noun goes on to name, not its demonym's state; a researcher
    quoted holds no post of the state an institute's demonym names: the post is in the institute."""
    assert (holder, post, org) in posts(text)


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("Le roi Harald V de Norvège a reçu le président finlandais.", "Harald V", "Norvège"),
    ("Le roi Carl XVI Gustaf de Suède a inauguré le chantier naval.", "Carl XVI Gustaf", "Suède"),
])
def test_a_state_after_a_monarch_s_name_is_the_title_s(text: str, holder: str, state: str) -> None:
    """« le roi Prénom II de Pays »: the state after the name is the king's, no part of his name."""
    assert (holder, "king", state) in posts(text)


def test_the_title_a_family_tie_names_is_held_by_the_name_right_after_it() -> None:
    """« X, gendre du président Y »: Y, right after the title, is the president."""
    assert ("Kwame Mensah", "president", "Ghana") in posts(
        "Kofi Boateng, gendre du président ghanéen Kwame Mensah, dirige le fabricant de drones.")


@pytest.mark.parametrize(("text", "expected"), [
    ("La fête s'est tenue en présence de S.E.M. Carlos Ruiz Mendoza, Ambassadeur du Pérou en Espagne.",
     ("Carlos Ruiz Mendoza", "ambassador", "Pérou")),
    ("L'ambassadeur du Japon au Vietnam, S.E.M. Takeshi Sato, a visité le chantier naval.",
     ("Takeshi Sato", "ambassador", "Japon")),
    ("Étaient présents S.E.Mme Aisha Bello, ministre nigériane de la Défense, et le général Musa.",
     ("Aisha Bello", "minister-of-defence", "Nigeria")),
])
def test_a_style_of_address_glued_to_its_civility_is_no_part_of_the_name(
        text: str, expected: tuple[str, str, str]) -> None:
    """« S.E.M. X » (Son Excellence Monsieur): the style is no part of X's name, and X holds the post after it."""
    assert expected in posts(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le président zambien, son Excellence Hakainde Hichilema, a ouvert la session.",
     ("Hakainde Hichilema", "president", "Zambie")),
    ("Elle a salué la ministre sénégalaise de la Défense, Son Excellence Aminata Ndiaye.",
     ("Aminata Ndiaye", "minister-of-defence", "Sénégal")),
])
def test_a_name_after_his_excellency_is_a_person(text: str, expected: tuple[str, str, str]) -> None:
    """« son Excellence Prénom Nom », which the NER reads as a body (ORG): the name after the style is a person's."""
    assert expected in posts(text)


@pytest.mark.parametrize("text", [
    "Le prix Excellence Afrique Développement a été remis au ministre zambien de la Défense.",
    "Le centre Excellence Kenya Defence a accueilli le ministre zambien de la Défense.",
])
def test_a_body_named_excellence_is_no_person(text: str) -> None:
    assert not {holder for holder, _post, _org in posts(text)} & {"Afrique Développement", "Kenya Defence",
                                                                   "Excellence Afrique Développement"}


@pytest.mark.parametrize(("text", "expected"), [
    ("La rumeur vient d'un entretien donné par Karim Saleh, alors ministre libyen de la Défense.",
     ("Karim Saleh", "minister-of-defence", "Libye")),
    ("L'accord fut signé par Peter Otieno, à l'époque ministre kényan des Affaires étrangères.",
     ("Peter Otieno", "minister-of-foreign-affairs", "Kenya")),
    ("Le texte a été présenté par Kofi Mensah, désormais ministre ghanéen de la Défense.",
     ("Kofi Mensah", "minister-of-defence", "Ghana")),
    ("Le plan a été défendu par Samir Haddad, ex ministre tunisien de la Défense.",  # former-marks.tsv
     ("Samir Haddad", "minister-of-defence", "Tunisie")),
    ("« Le chef suprême des armées, Ahmed Salem [le Premier ministre libyen, ndlr] veut des chars neufs », a "
     "affirmé un porte-parole.", ("Ahmed Salem", "prime-minister", "Libye")),
])
def test_an_apposition_dated_or_in_square_brackets_gives_the_name_its_post(
        text: str, expected: tuple[str, str, str]) -> None:
    assert expected in posts(text)


def test_a_post_in_its_own_words_takes_the_state_of_the_holder_s_other_post_in_the_sentence() -> None:
    """« Le chef suprême des armées, X [le Premier ministre libyen] »: X commands the forces of the
    state his other post names, not those of the state the article is about."""
    found = posts("Le Soudan a livré des camions. « Le chef suprême des armées, Ali Hamdi [le Premier ministre "
                  "libyen, ndlr] veut des camions neufs », a dit un porte-parole.")
    assert {org for holder, _, org in found if holder == "Ali Hamdi"} == {"Libye"}


@pytest.mark.parametrize("text", [
    "Ahmed Salem est arrivé à Tripoli, alors que le ministre de la Défense était absent.",
    "« Le chef suprême des armées, Ahmed Salem veut des chars neufs », a dit un témoin.",
])
def test_no_state_for_a_title_whose_state_the_text_does_not_tell(text: str) -> None:
    assert all(org is None for holder, _, org in posts(text) if holder == "Ahmed Salem")


@pytest.mark.parametrize(("text", "expected"), [
    ("Le président (Recep Tayyip) Erdogan a salué l'accord avec le Qatar.", ("Recep Tayyip Erdogan", "president")),
    ("Le ministre russe de la Défense (Sergueï) Choïgou a inspecté les troupes.",
     ("Sergueï Choïgou", "minister-of-defence")),
])
def test_first_names_in_brackets_between_title_and_surname(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(holder, post) for holder, post, _ in posts(text)}


def test_a_chain_of_titles_before_a_rank_and_a_name_and_one_standing_in_for_it() -> None:
    """« en représentation du Ministre de la Marine et Haut-commandant de la Marine du Chili, Amiral X »: X holds
    the chain's posts, of the state it names; whoever stands in for that post serves that state too; a capitalised
    rank the NER took into the name is no part of it."""
    found = posts("La marine chilienne a reçu deux hélicoptères. La remise a été présidée par le Contre-amiral Pedro "
                  "Vargas, Coordinateur général de l'aviation navale, en représentation du Ministre de la Marine et "
                  "Haut-commandant de la Marine du Chili, Amiral Jorge Pérez Soto, en présence de M. Luis Ortega.")
    assert ("Jorge Pérez Soto", "text-ministre-de-la-marine", "Chili") in found
    assert ("Pedro Vargas", "coordinator", "Chili") in found
    assert {org for _, _, org in found} == {"Chili"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Le texte a été signé par le Ministre de l'Intérieur et Commandant de la Garde nationale du Koweït, Cheikh "
     "Fahad Al-Sabah.", ("Fahad Al-Sabah", "minister-of-the-interior", "Koweït")),
    ("Le colonel Amadou Diallo, directeur de la communication, a pris la parole au nom du président sénégalais.",
     ("Amadou Diallo", "text-directeur-de-la-communication", "Sénégal")),
])
def test_titles_chained_or_stood_in_for_take_the_state_named(text: str, expected: tuple[str, str, str]) -> None:
    assert any(holder.endswith(expected[0]) and post == expected[1] and org == expected[2]
               for holder, post, org in posts(text))


def test_a_title_and_a_relative_before_a_name_give_the_name_no_post() -> None:
    assert not [p for p in posts("Le ministre de la Défense et son épouse, Ana Ruiz, ont visité le musée à Lima.")
                if p[0] == "Ana Ruiz"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre japonais de la Défense s'est entretenu avec son homologue australien. Kenji Tanaka et Mark Wilson "
     "ont échangé hier par visioconférence.",
     {("Kenji Tanaka", "minister-of-defence", "Japon"), ("Mark Wilson", "minister-of-defence", "Australie")}),
    ("La ministre chilienne des Affaires étrangères a reçu son homologue argentin à Santiago. Ana Torres et Pablo "
     "Gómez ont signé un accord.", {("Ana Torres", "minister-of-foreign-affairs", "Chili"),
                                    ("Pablo Gómez", "minister-of-foreign-affairs", "Argentine")}),
    ("Le ministre japonais de la Défense s'est entretenu avec son homologue australien. Kenji Tanaka et sa fille "
     "Yuki Tanaka ont visité le musée.", set()),
])
def test_two_posts_told_alone_then_their_holders_named_together(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    """« Le ministre X de la Défense s'est entretenu avec son homologue Y. A et B ont échangé »: A holds the first
    post, B the second; not a relative named beside one of them."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La réunion s'est tenue en présence de l'ambassadeur du Japon accrédité à Nairobi, Kenji Sato, et du ministre "
     "kényan de la Défense.", {("Kenji Sato", "ambassador", "Japon")}),
    ("L'ambassadrice des États-Unis accréditée au Tchad, Mary Cole, a remis les clés du centre.",
     {("Mary Cole", "ambassador", "États-Unis")}),
    ("L'ambassadeur d'Italie nommé en 2021, Marco Bellini, a présenté ses lettres de créance.",
     {("Marco Bellini", "ambassador", "Italie")}),
    ("Le ministre nigérien de la Défense nommé en 2023, Salifou Mody, a reçu la délégation.",
     {("Salifou Mody", "minister-of-defence", "Niger")}),
    ("Selon l'attaché de défense du Canada en poste à Abidjan, Paul Tremblay, la formation commencera en mai.",
     {("Paul Tremblay", "defence-attache", "Canada")}),
    ("L'ambassadeur en poste à Nairobi, Kenji Sato, a rencontré le ministre.", {("Kenji Sato", "ambassador", None)}),
    ("L'envoyé spécial américain pour le Soudan nommé la semaine dernière, Tom Becker, s'est rendu à Khartoum.",
     {("Tom Becker", "special-envoy", "États-Unis")}),
    ("Le ministre de la Défense a accrédité à Nairobi trois stagiaires, Paul Tremblay et Hans Berger.", set()),
    ("L'ambassadeur du Japon, arrivé à Nairobi hier, a rencontré Paul Tremblay.", set()),
])
def test_a_participle_of_posting_between_title_and_name(text: str, expected: set[tuple[str, str, str | None]]) \
        -> None:
    """« l'ambassadeur de Pays accrédité à Ville, X », « nommé en 2021 », « en poste à Ville »: the phrase that says
    where or since when the post is held stands between the title and its holder, whose state it does not name."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre arménien de la Défense a rencontré ses homologues géorgien Levan Beridze et iranien Reza Karimi "
     "à Erevan.",
     {("Levan Beridze", "minister-of-defence", "Géorgie"), ("Reza Karimi", "minister-of-defence", "Iran")}),
    ("La ministre chilienne de la Défense a reçu hier ses homologues péruvien, Jorge Quispe, et bolivien, Evo Mamani.",
     {("Jorge Quispe", "minister-of-defence", "Pérou"), ("Evo Mamani", "minister-of-defence", "Bolivie")}),
    ("Le président sénégalais a salué ses homologues malien Moussa Keïta, nigérien Ali Mahamane et burkinabé Ibrahim "
     "Kaboré.", {("Moussa Keïta", "president", "Mali"), ("Ali Mahamane", "president", "Niger"),
                 ("Ibrahim Kaboré", "president", "Burkina Faso")}),
    ("Le ministre azerbaïdjanais de la Défense, Elchin Mammadov, s'est exprimé. Le ministre Mammadov a rencontré ses "
     "homologues géorgien Nino Kapanadze et turc Hakan Demir, à Bakou.",
     {("Elchin Mammadov", "minister-of-defence", "Azerbaïdjan"), ("Nino Kapanadze", "minister-of-defence", "Géorgie"),
      ("Hakan Demir", "minister-of-defence", "Turquie")}),
    ("Le ministre philippin de la Défense a reçu ses homologues sud-coréen et japonais, respectivement Kim Dong-hyun "
     "et Kenji Tanaka.", {("Kim Dong-hyun", "minister-of-defence", "Corée du Sud"),
                          ("Kenji Tanaka", "minister-of-defence", "Japon")}),
    ("Le ministre arménien de la Défense a rencontré ses homologues géorgien et iranien à Erevan, a indiqué Levan "
     "Beridze.", set()),
])
def test_plural_counterparts_each_with_its_demonym(text: str, expected: set[tuple[str, str, str]]) -> None:
    """« ses homologues géorgien X et turc Y »: each name after its demonym holds the mirrored post of that state;
    « le ministre X » after « le ministre de la Défense, X » mirrors the post told in full."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Ministère péruvien de la Défense, Walter Quispe, a confirmé mardi la commande de trois hélicoptères.",
     {("Walter Quispe", "minister-of-defence", "Pérou")}),
    ("Le ministère des Affaires étrangères du Pérou, Ana Cecilia Gervasi, a convoqué l'ambassadeur.",
     {("Ana Cecilia Gervasi", "minister-of-foreign-affairs", "Pérou")}),
    ("Le ministère brésilien de la Défense, José Silva, et le ministère argentin de la Défense, Jorge Taiana, ont "
     "signé l'accord.", {("José Silva", "minister-of-defence", "Brésil"),
                         ("Jorge Taiana", "minister-of-defence", "Argentine")}),
    ("Le ministère kényan de la Défense a signé le contrat avec la Turquie, a indiqué Aden Duale.", set()),
    ("Selon le ministère kényan de la Défense, Aden Duale et Paul Okello ont participé à l'exercice.", set()),
    ("Un porte-parole du ministère kényan de la Défense, Aden Duale, a confirmé la livraison.",
     {("Aden Duale", "spokesperson", "Kenya")}),
])
def test_a_ministry_apposed_to_a_name_is_its_minister(text: str, expected: set[tuple[str, str, str]]) -> None:
    """« Le ministère X de la Défense, Prénom Nom, a annoncé »: the name set off by commas after a ministry is its
    minister's; not a name after a ministry that is a title's complement, nor one that starts a clause."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Kenya a reçu des drones de la Turquie. Le Kenya les utilisera contre les shebabs. « Nous avons reçu les "
     "drones », a déclaré un responsable du ministère de la Défense, Paul Okello.",
     {("Paul Okello", "text-responsable-du-ministere-de-la-defense", "Kenya")}),
    ("Selon un haut fonctionnaire de la présidence, Jean Mbala, l'accord sera signé lundi.",
     {("Jean Mbala", "text-fonctionnaire-de-la-presidence", None)}),
    ("Paul Okello, responsable de l'attaque, a été arrêté.", set()),
    ("Un responsable du ministère de la Défense a démenti, tandis que Paul Okello s'est tu.", set()),
])
def test_an_official_of_a_state_body_named_in_apposition(text: str, expected: set[tuple[str, str, str | None]]) \
        -> None:
    """« un responsable du ministère de la Défense, X »: X holds that post in its words, of the state the article
    is about; not « X, responsable de l'attaque », nor a name that is no apposition of the official."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La Jordanie et l'Irak ont renforcé leur coopération militaire. Les ministres de la Défense des deux pays, Karim "
     "Haddad et Ali Jaber, ont signé un accord.",
     {("Karim Haddad", "minister-of-defence", "Jordanie"), ("Ali Jaber", "minister-of-defence", "Irak")}),
    ("Le Ghana et le Togo ont signé un accord. Les chefs d'état-major des deux pays, Kofi Mensah et Komi Agbeko, "
     "étaient présents.", {("Kofi Mensah", "chief-of-defence-staff", "Ghana"),
                           ("Komi Agbeko", "chief-of-defence-staff", "Togo")}),
])
def test_two_names_after_a_title_of_the_two_countries(text: str, expected: set[tuple[str, str, str]]) -> None:
    """« Les ministres de la Défense des deux pays, X et Y »: X and Y, in order, of the pair of states named before."""
    assert posts(text) == expected


def test_a_major_general_s_rank_is_a_post_of_the_body_named() -> None:
    """« X, major général de la Garde nationale du Vermont »: « général » after « major » is the rank's."""
    assert posts("Paul Hartley, major général de la Garde nationale du Vermont, a visité la base de Thiès.") == {
        ("Paul Hartley", "major-general", "Garde nationale du Vermont")}
