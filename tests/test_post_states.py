"""The state of a post whose title names none (sentences written for these tests): the state the article clearly
names most, else the one the sentence names as an actor, never the other side of a pair of posts, and none for an
article about two states named about as often."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import post_states, posts, posts_told

ROLE = "https://w3id.org/kg-news/id/role-"


TWO_STATES = "Le Chili et le Pérou discutent de leur frontière. Le Chili veut la paix et le Pérou aussi. "


def test_article_about_two_states_named_as_often_gives_no_state() -> None:
    assert post_states(TWO_STATES + "Le ministre de la Défense, Jaime Quispe, a salué un progrès.") == {
        "Jaime Quispe": None}


@pytest.mark.parametrize("sentence", [
    "Selon le ministre de la Défense, Jaime Quispe, Lima négocie avec le Chili l'achat de chars.",
    "Le ministre de la Défense, Jaime Quispe, a confirmé que les autorités péruviennes achèteront des chars.",
    "Le ministre de la Défense, Jaime Quispe, a annoncé un accord de défense avec Santiago pour la défense du Pérou.",
])
def test_the_state_the_sentence_names_as_an_actor_breaks_a_tie(sentence: str) -> None:
    """« Lima négocie avec le Chili », « les autorités péruviennes », « la défense du Pérou »: the holder's side;
    a state after « avec » is the other side."""
    assert post_states(TWO_STATES + sentence)["Jaime Quispe"] == "Pérou"


@pytest.mark.parametrize("sentence", [
    "Le ministre d'État Omar Salem et le ministre de la Défense du Pérou, Jaime Quispe, ont signé un accord.",
    "Le ministre d'État Omar Salem a reçu Jaime Quispe, ministre de la Défense du Pérou.",
    "Omar Salem, ministre délégué à la Défense, et Jaime Quispe, ministre de la Défense du Pérou, ont parlé.",
])
def test_a_post_beside_another_state_s_post_is_not_of_that_state(sentence: str) -> None:
    """The article names Peru most, but the post named beside the Peruvian minister's serves the other side."""
    text = ("Le Pérou et les Émirats arabes unis coopèrent. Le Pérou achète, le Pérou forme, le Pérou paie. "
            "Les Émirats arabes unis vendent. ")
    assert post_states(text + sentence)["Omar Salem"] == "Émirats arabes unis"


def test_a_state_clearly_named_most_still_serves_an_unnamed_minister() -> None:
    text = ("La Bolivie modernise son armée. La Bolivie achète des avions et la Bolivie forme ses pilotes. "
            "Le Paraguay observe. Le Paraguay s'inquiète. ")
    assert post_states(text + "Le ministre de la Défense, Jaime Quispe, a salué un progrès.") == {
        "Jaime Quispe": "Bolivie"}


@pytest.mark.parametrize("story", [
    "Le Ghana achète des hélicoptères chinois. Les hélicoptères chinois arriveront en mai. La Chine livrera aussi "
    "des pièces. Le Ghana paiera comptant. ",
    "Le Ghana commande des drones turcs. Des drones de combat turcs et des blindés turcs suivront. La Turquie "
    "formera les pilotes. Le Ghana paiera comptant. ",
    "Le Ghana reçoit des chars russes. Ces chars russes remplacent des avions russes. La Russie a confirmé. "
    "Le Ghana paiera comptant. ",
])
def test_the_demonym_of_a_weapon_does_not_make_the_supplier_the_story_s_state(story: str) -> None:
    """« des hélicoptères chinois »: where the hardware comes from; the buyer is who the article is about."""
    assert post_states(story + "Le ministre de la Défense, Kofi Mensah, a salué la livraison.") == {
        "Kofi Mensah": "Ghana"}


def test_the_demonym_of_a_people_still_names_the_state() -> None:
    story = "Le Ghana achète des hélicoptères. Les autorités chinoises et les diplomates chinois ont confirmé. " \
        "La Chine livrera. "
    assert post_states(story + "Le ministre de la Défense, Kofi Mensah, a salué la livraison.") == {
        "Kofi Mensah": "Chine"}


def test_a_state_s_bodies_name_it_too() -> None:
    """« les autorités ghanéennes », « l'armée ghanéenne »: the article is about that state's institutions."""
    story = "Les autorités ghanéennes ont commandé des radars. La Chine livrera en mai et la Chine formera les " \
        "équipes. L'armée ghanéenne attend. La marine ghanéenne aussi. "
    assert post_states(story + "Le ministre de la Défense, Kofi Mensah, a salué la livraison.") == {
        "Kofi Mensah": "Ghana"}


def test_a_visiting_supplier_s_minister_keeps_his_state() -> None:
    """The supplier's hardware named by its demonym, its navy by its body: its minister abroad is still its own."""
    story = "La France veut vendre des frégates françaises au Pérou. La marine française fera escale à Lima. "
    assert post_states(story + "Le ministre de la Défense, Paul Girard, en visite au Pérou, a rencontré son "
                       "homologue.")["Paul Girard"] == "France"


@pytest.mark.parametrize("sentence", [
    "Le ministre de la Défense, Jaime Quispe, a annoncé des livraisons d'armes au Chili, selon Lima.",
    "Selon Lima, le ministre de la Défense, Jaime Quispe, défend l'aide militaire au Chili.",
    "Le ministre de la Défense, Jaime Quispe, a vanté le soutien du Pérou à Santiago.",
])
def test_the_state_a_noun_s_help_goes_to_is_the_other_side(sentence: str) -> None:
    """« les livraisons d'armes au Chili », « le soutien à Santiago »: the side helped, not the holder's."""
    assert post_states(TWO_STATES + sentence)["Jaime Quispe"] == "Pérou"


def test_a_known_head_of_a_body_named_by_a_state_post_is_not_that_body_s() -> None:
    """« le Premier ministre X » of someone the reference data knows as a body's head: a state's post."""
    story = "La Norvège achète des frégates. La Norvège paiera et la Norvège formera ses marins. "
    assert post_states(story + "Le Premier ministre Jens Stoltenberg a salué l'accord.") == {
        "Jens Stoltenberg": "Norvège"}
    assert post_states(story + "Le secrétaire général Jens Stoltenberg a salué l'accord.") == {
        "Jens Stoltenberg": "OTAN"}


def _states_of(text: str) -> dict[str, str | None]:
    return {p.holder: p.org for p in posts_told(text, headline=None)}


BODY = "\nLe Chili a confirmé. Le Pérou a confirmé. Le Chili et le Pérou ont signé. "


@pytest.mark.parametrize(("headline", "state"), [
    ("Le Chili va livrer des blindés au Pérou", "Chili"),
    ("Le Pérou achète des blindés au Chili", "Pérou"),
    ("Le Pérou recevra ses premiers blindés chiliens", "Pérou"),
])
def test_a_tie_goes_to_the_side_the_headline_tells_the_story_from(headline: str, state: str) -> None:
    """Two states named as often: an unnamed minister is of the state the headline makes its subject."""
    assert _states_of(headline + BODY + "Le ministre de la Défense, Jaime Quispe, a salué un progrès.") == {
        "Jaime Quispe": state}


@pytest.mark.parametrize(("headline", "state"), [
    ("Le Chili va livrer des blindés au Pérou", "Chili"),
    ("Le Pérou veut acheter des blindés au Chili", "Pérou"),
])
def test_a_tie_the_sentence_names_both_sides_of_goes_to_the_headline_s_side(headline: str, state: str) -> None:
    """Two states named as often, both actors of the post's sentence (one giving, one receiving): the side the
    headline tells the story from, not none."""
    sentence = "Le Chili compte livrer des blindés à l'armée du Pérou, selon une lettre adressée au ministre de " \
        "la Défense Jaime Quispe."
    assert _states_of(headline + BODY + sentence) == {"Jaime Quispe": state}


def test_a_tie_the_sentence_names_other_sides_of_is_not_the_headline_s() -> None:
    """The headline's side is not among the two states the sentence names as actors: still no guess."""
    text = "Le Chili va livrer des blindés au Pérou\nLa Bolivie a confirmé. L'Équateur a confirmé. La Bolivie et " \
        "l'Équateur ont signé. "
    sentence = "La Bolivie compte livrer des blindés à l'armée de l'Équateur, selon une lettre adressée au " \
        "ministre de la Défense Jaime Quispe."
    assert _states_of(text + sentence) == {"Jaime Quispe": None}


def test_a_headline_with_two_subjects_breaks_no_tie() -> None:
    assert _states_of("Le Chili et le Pérou signent un accord" + BODY + "Le ministre de la Défense, Jaime "
                      "Quispe, a salué un progrès.") == {"Jaime Quispe": None}


def test_a_dispatch_names_its_own_state_s_minister_without_a_demonym() -> None:
    """« LIMA (Agence) - Le ministre des Affaires étrangères a reçu son homologue chilien »: the dateline's state,
    and the talks between it and the counterpart's."""
    text = "Titre\nLIMA, 3 mars (Agence) - Le ministre des Affaires étrangères, Jaime Quispe, a reçu lundi son " \
        "homologue chilien, Pedro Rojas. Les deux ministres ont passé en revue la coopération bilatérale."
    graph = analyse_text(text)
    assert post_states(text.partition("\n")[2]) == {"Jaime Quispe": "Pérou", "Pedro Rojas": "Chili"}
    assert [{e.label for e in f.get("participant")} for f in graph.facts if f.kind == "negotiation"] == [
        {"Pérou", "Chili"}]


def test_the_states_a_minister_has_visited_are_not_his() -> None:
    """« après avoir visité le Laos et le Cambodge »: states the holder visits are not his post's."""
    text = ("La Thaïlande renforce ses liens régionaux. La Thaïlande forme des officiers. Le Laos et le Cambodge "
            "coopèrent. Le Laos signe. Le Cambodge signe. Après avoir visité le Laos et le Cambodge, le ministre de "
            "la Défense, Somchai Wongsa, est arrivé au Vietnam. Le Laos et le Cambodge approuvent.")
    assert post_states(text)["Somchai Wongsa"] == "Thaïlande"


def test_a_delegation_s_leader_and_its_host() -> None:
    """« a accueilli la délégation japonaise, conduite comme l'an passé par le vice-ministre X »: X serves the
    delegation's state however the parser hangs the agent, and the host serves the other state."""
    text = ("Le Vietnam et le Japon renforcent leur coopération. Le Vietnam reçoit. Le Japon aide. Le Vietnam "
            "signe. Le général Tran Van Minh, vice-ministre de la défense, en charge des relations extérieures, a "
            "accueilli la délégation japonaise, conduite comme l'an passé par le vice-ministre de la défense Kenji "
            "Sato.")
    assert post_states(text) == {"Tran Van Minh": "Vietnam", "Kenji Sato": "Japon"}


@pytest.mark.parametrize("sentence", [
    "La chargée d'affaires Laura Finch a assisté à la réunion avec le ministre tunisien Ali Ben Salah.",
    "L'ambassadrice Laura Finch a assisté à la cérémonie à Tunis.",
])
def test_a_diplomat_without_a_state_serves_the_one_not_hosting_them(sentence: str) -> None:
    text = "La Tunisie et les États-Unis coopèrent. La Tunisie reçoit des avions. Les États-Unis livrent. "
    assert post_states(text + sentence)["Laura Finch"] == "États-Unis"


def test_a_diplomat_posted_in_the_only_state_named_often_gets_no_state() -> None:
    text = "Le Mali achète des drones. Le Mali paie. Le Mali forme ses pilotes. "
    assert post_states(text + "L'ambassadeur Ahmet Kaya a assisté à la livraison à Bamako.") == {"Ahmet Kaya": None}


@pytest.mark.parametrize(("text", "holder", "state"), [
    pytest.param("Bahreïn a acheté des blindés. Le roi Salman Farid a inspecté les véhicules.", "Salman Farid",
                 "Bahreïn", id="king"),
    pytest.param("Le Koweït achète des hélicoptères. La France les livrera. L'émir Jaber Nasser a salué l'achat.",
                 "Jaber Nasser", "Koweït", id="emir-beside-a-republic"),
    pytest.param("Brunei a commandé des patrouilleurs au Japon. Le sultan Omar Karim a visité le chantier.",
                 "Omar Karim", "Brunei", id="sultan-beside-an-empire-of-no-sultan"),
    pytest.param("L'Espagne et l'Italie ont signé un accord. Le prince héritier Felipe Durán a assisté à la "
                 "signature.", "Felipe Durán", "Espagne", id="heir-beside-a-republic"),
])
def test_monarch_by_a_bare_title_reigns_in_the_one_state_whose_crown_bears_it(text: str, holder: str,
                                                                                state: str) -> None:
    """« le roi X » outside a visit report: the one state the article names whose crown bears that title
    (ontology/reference/monarchies.ttl)."""
    assert post_states(text)[holder] == state


def test_monarch_of_an_article_naming_two_kingdoms_gets_no_state() -> None:
    assert post_states("La Suède et la Norvège ont signé un accord. Le roi Harald Lind a salué l'accord.") == {
        "Harald Lind": None}


@pytest.mark.parametrize(("text", "holder", "post"), [
    pytest.param("BERLIN, 3 juin (AFP) - Le ministre fédéral de la Défense, Jonas Becker, a promis des chars.",
                 "Jonas Becker", "minister-of-defence", id="federal-minister"),
    pytest.param("WASHINGTON, 2 mai (AFP) - Le sous-secrétaire d'État aux Affaires politiques, Tom Reilly, a "
                 "rencontré ses alliés.", "Tom Reilly", "text-sous-secretaire-d-etat-aux-affaires-politiques",
                 id="under-secretary"),
    pytest.param("WASHINGTON, 2 mai (AFP) - La secrétaire adjointe à la Défense, Ann Carver, a signé l'accord.",
                 "Ann Carver", "text-secretaire-adjointe", id="own-words-title-with-a-government-brief"),
])
def test_posts_of_a_government_told_in_their_own_words_serve_the_dispatch_s_state(text: str, holder: str,
                                                                                   post: str) -> None:
    """« ministre fédéral de la Défense », « sous-secrétaire », « secrétaire adjointe à la Défense »: posts of a
    state's government, whose state the dateline gives when the title names none."""
    found = analyse_text("Titre\n" + text)
    posts = {(f.first("holder").label, (f.attr("post") or "").removeprefix(ROLE),
              org.label if (org := f.first("org")) else None) for f in found.facts if f.kind == "post"}
    state = "Allemagne" if text.startswith("BERLIN") else "États-Unis"
    assert (holder, post, state) in posts


def test_an_acting_diplomat_s_embassy_names_their_state() -> None:
    """« chargée d'affaires par intérim de l'ambassade américaine au Niger »: the embassy's state, not the host."""
    assert post_states("Le Niger a reçu l'avion des mains de Mary Hall, chargée d'affaires par intérim de "
                       "l'ambassade américaine au Niger.")["Mary Hall"] == "États-Unis"


@pytest.mark.parametrize(("text", "state"), [
    pytest.param("Le ministre tchèque de la Défense, Karel Dvorak, est arrivé en Géorgie mardi soir. Il a rencontré "
                 "son homologue Levan Beridze le lendemain.", "Géorgie", id="visit-told-the-sentence-before"),
    pytest.param("Le ministre tchèque de la Défense, Karel Dvorak, a quitté Prague mardi. Il a rencontré son "
                 "homologue Levan Beridze le lendemain.", None, id="no-visit-no-state"),
])
def test_a_counterpart_without_a_state_is_of_the_state_visited_the_sentence_before(text: str,
                                                                                    state: str | None) -> None:
    """« X est arrivé en Géorgie. Il a rencontré son homologue Y »: the counterpart is the host's."""
    assert post_states(text).get("Levan Beridze") == state


def test_a_firm_named_in_an_apposition_before_a_quote_is_the_post_s() -> None:
    """« X, vice-présidente pour l'Afrique chez Firm Defense & Security : "..." »: the firm of a multi-word name,
    the apposition ended by the colon that opens the quote."""
    assert post_states("Ana Lopes, vice-présidente commerciale pour l'Afrique chez Embraer Defense & Security : "
                       "\"Nous sommes honorés par cette décision.\"") == {"Ana Lopes": "Embraer Defense & Security"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Le commandant de la FAB, le général Marc Oliva, a reçu les pilotes.", ("Marc Oliva", "general", "Brésil")),
    ("Le chef d'état-major des FAA, le général Antonio Gomes, a visité Luanda.",
     ("Antonio Gomes", "general", "Angola")),
    ("Le Mali renforce son armée. Le Mali achète des drones. Le chef de l'EMGA, le général Moussa Keita, a "
     "inspecté les troupes.",
     ("Moussa Keita", "chief-of-defence-staff", "Mali")),
    ("Le général Jean Mbala, chef d'état-major des FARDC, est arrivé à Goma.",
     ("Jean Mbala", "general", "République démocratique du Congo")),
])
def test_a_national_force_named_by_its_acronym_gives_its_state(text: str, expected: tuple[str, str, str]) -> None:
    """A national force the press names by its acronym (reference data, bodies.tsv) or a general staff's acronym
    (« l'EMGA »): the post is in that force, and the holder's rank serves its state."""
    assert expected in posts(text)


@pytest.mark.parametrize(("text", "holder", "state", "not_state"), [
    ("Le Niger a reçu à Niamey le général Tom Baker, commandant des forces américaines en Afrique.",
     "Tom Baker", "États-Unis", "Niger"),
    ("Au Tchad, le général Luc Morel, commandant des forces françaises au Sahel, a rencontré les autorités.",
     "Luc Morel", "France", "Tchad"),
    ("Le Ghana a accueilli le général Ron Vance, chef d'Africom, à Accra.", "Ron Vance", "États-Unis", "Ghana"),
])
def test_a_rank_serves_the_state_of_the_holder_s_foreign_post(text: str, holder: str, state: str,
                                                              not_state: str) -> None:
    """« le général X, commandant des forces américaines en Afrique » received in Niger is a US general."""
    found = posts(text)
    assert (holder, "general", state) in found
    assert not any(h == holder and org == not_state for h, _, org in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le secrétaire d'État auprès du ministre des Armées, Luc Durand, a visité la base.",
     ("Luc Durand", "secretary-of-state", "France")),
    ("Le Sénégal modernise sa marine. Le Sénégal achète des patrouilleurs. Luc Diop, secrétaire d'État auprès du "
     "Premier ministre, a visité la base.", ("Luc Diop", "secretary-of-state", "Sénégal")),
    ("Le ministre délégué auprès du ministre malien de la Défense, Moussa Traoré, a reçu son homologue nigérien.",
     ("Moussa Traoré", "minister-delegate", "Mali")),
])
def test_a_junior_member_of_government_serves_the_state_of_the_one_they_are_attached_to(
        text: str, expected: tuple[str, str, str]) -> None:
    """« secrétaire d'État auprès du ministre des Armées »: a junior post of a government is a state's office,
    in the state of the minister it is attached to (« auprès de »)."""
    assert expected in posts(text)


def test_a_post_without_a_state_after_one_the_article_placed_serves_the_same_side() -> None:
    """« Le Mali est satisfait, a déclaré le ministre de la Défense, A » (Mali's), then, in a story that names the
    United States as often, « le général B, chef d'état-major des armées »: the side the untold posts are on."""
    found = analyse_text("Titre\nLe Mali a reçu un avion des États-Unis.\nLe Mali est satisfait, a déclaré le "
                         "ministre de la Défense, Sadio Keïta.\nLes États-Unis ont promis un second appareil.\nLa "
                         "cérémonie s'est déroulée en présence du général de division Oumar Diarra, chef d'état-major "
                         "des armées.")
    states = {fact.first("org").label for fact in found.facts if fact.kind == "post" and fact.first("org") is not None
              and fact.first("holder").label == "Oumar Diarra"}
    assert states == {"Mali"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre grec de la Défense Nikos Dendias est en visite officielle en Égypte.\nMardi, la délégation grecque "
     "s'est entretenue avec le président Ahmed Fathi et le Premier ministre Moustafa Kamel.",
     {"Ahmed Fathi": "Égypte", "Moustafa Kamel": "Égypte"}),
    ("Le ministre grec de la Défense Nikos Dendias est en visite officielle en Égypte.\nLe chef d'état-major des "
     "armées, le général Kostas Floros, qui l'accompagne, a salué la coopération.", {}),
])
def test_the_hosts_met_by_a_visiting_side_the_sentence_after_the_visit(text: str, expected: dict[str, str]) -> None:
    """« X est en visite en Égypte. La délégation grecque s'est entretenue avec le président Y »: Y is the host's;
    not a post named without the visiting side facing it (« le chef d'état-major, qui l'accompagne »)."""
    found = analyse_text("Titre\n" + text)
    states = {fact.first("holder").label: fact.first("org").label for fact in found.facts
              if fact.kind == "post" and fact.first("org") is not None and fact.first("holder").label in
              {"Ahmed Fathi", "Moustafa Kamel", "Kostas Floros"}}
    assert states == expected


@pytest.mark.parametrize("sentence", [
    "Le président chilien Pablo Ruiz a été destitué. Il a été remplacé par sa vice-présidente Ana Soto.",
    "Le président chilien Pablo Ruiz a nommé son vice-président Marco Soto.",
    "Le président chilien Pablo Ruiz est arrivé avec son ministre de la Défense, Marco Soto.",
])
def test_a_post_told_with_a_possessive_is_of_the_possessor_s_state(sentence: str) -> None:
    """« sa vice-présidente », « son ministre »: the post of the state of the person the possessive stands for."""
    found = post_states(sentence)
    assert found[next(name for name in found if name != "Pablo Ruiz")] == "Chili"


def test_a_deputy_chief_of_mission_serves_the_state_of_its_demonym_not_the_one_it_is_posted_in() -> None:
    found = analyse_text("Titre\nOnt assisté à la cérémonie le sous-chef de mission canadien au Chili Marc Trudel.")
    assert [(dict(f.attrs)["post"].removeprefix(ROLE), f.first("org").label) for f in found.facts
            if f.kind == "post"] == [("deputy-chief-of-mission", "Canada")]


def test_a_dispatch_s_agency_after_a_comma_still_names_its_city() -> None:
    """« SANTIAGO, 3 mars, AGENCE - Le président de la République a reçu ... »: the agency after a comma, no
    brackets; the host the dispatch names by no state is of the dateline's state."""
    text = "Titre\nSantiago, 3 mars, AGENCE - Le président de la République, Pedro Rojas, a reçu lundi le " \
        "conseiller spécial du président péruvien, Jaime Quispe. Le Pérou veut vendre des avions. Le Pérou " \
        "propose aussi des blindés."
    assert post_states(text.partition("\n")[2]) == {"Pedro Rojas": "Chili", "Jaime Quispe": "Pérou"}


@pytest.mark.parametrize("text", [
    # a dispatch with no title, its dateline a line of its own
    "Tbilissi, 4 mai, AGENCE\nLe ministre de la Défense, Irakli Nodia, s'est entretenu mardi avec l'ambassadeur du "
    "Japon, Kenji Sato, sur la coopération militaire.",
    # an agency in brackets and no dash before the lede
    "Coopération\nTbilissi, 4 mai (AGENCE) Le ministre de la Défense, Irakli Nodia, s'est entretenu mardi avec "
    "l'ambassadeur du Japon, Kenji Sato, sur la coopération militaire.",
    # a full date on a line of its own
    "Coopération\nTbilissi, le 4 mai 2024.\nLe ministre de la Défense, Irakli Nodia, s'est entretenu mardi avec "
    "l'ambassadeur du Japon, Kenji Sato, sur la coopération militaire.",
])
def test_every_dateline_shape_gives_the_dispatch_s_own_official_its_state(text: str) -> None:
    """Whatever shape its dateline takes, a dispatch's own official named by no state serves the dateline's state,
    and the talks are between it and the guest's."""
    graph = analyse_text(text)
    holders = {h.label: [o.label for o in f.get("org")] for f in graph.facts if f.kind == "post"
               for h in f.get("holder")}
    assert holders["Irakli Nodia"] == ["Géorgie"]
    assert [{e.label for e in f.get("participant")} for f in graph.facts if f.kind == "negotiation"] == [
        {"Géorgie", "Japon"}]

