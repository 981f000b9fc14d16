"""A title in lower case right after a name whose comma the text leaves out is that name's post (« X ministre de
la Défense du Pays a déclaré »), its complement read up to the clause's verb; an envoy's posting (« chargé
d'affaires de A en B ») names the story's host, whose state a post the story gives none takes, unless the article
is more about the envoy's side; the rank of an officer the sentence gives a post in an organisation of states
takes no state from the story (sentences written for these tests)."""

from __future__ import annotations

from kg.pipeline import analyse_text


def post_states(text: str) -> dict[str, tuple[str, str | None]]:
    """Holder -> (the post's IRI tail, the label of its state or body, None without one)."""
    found = analyse_text(text)
    return {fact.first("holder").label: ((fact.attr("post") or "").rsplit("/", 1)[-1],
                                        org.label if (org := fact.first("org")) else None)
            for fact in found.facts if fact.kind == "post"}


def test_a_minister_named_before_his_title_with_no_comma() -> None:
    states = post_states("Titre\nLors de la cérémonie, Ana Ferreira ministre de la Défense du Portugal a déclaré "
                         "que la coopération continuerait.")
    assert states["Ana Ferreira"] == ("role-minister-of-defence", "Portugal")


def test_a_chief_of_staff_named_before_his_title_with_no_comma() -> None:
    states = post_states("Titre\nPedro Alves chef d'état-major des armées du Brésil a inspecté les troupes à Manaus.")
    assert states["Pedro Alves"] == ("role-chief-of-defence-staff", "Brésil")


def test_an_envoy_with_no_comma_serves_the_state_of_the_embassy_not_the_one_posted_in() -> None:
    states = post_states("Titre\nTomas Varga chargé d'affaires près l'ambassade de Hongrie en Bolivie a remis les "
                         "clés des véhicules.")
    assert states["Tomas Varga"] == ("role-charge-d-affaires", "Hongrie")


def test_the_title_with_no_comma_is_the_post_of_the_name_right_before_it_only() -> None:
    states = post_states("Titre\nLe ministre Karim Haddad a reçu mardi Omar Tahiri ministre de la Défense de la "
                         "Tunisie.")
    assert states["Omar Tahiri"] == ("role-minister-of-defence", "Tunisie")
    assert states.get("Karim Haddad", ("", None))[0] != "role-minister-of-defence"



def test_a_name_right_after_the_title_s_comma_still_holds_it() -> None:
    states = post_states("Titre\nLa délégation est composée du ministre bolivien des Affaires étrangères, Carlos "
                         "Quispe ministre de la Justice, Luis Mamani; celui de la Culture, Ana Flores.")
    assert states["Luis Mamani"] == ("role-minister-of-justice", "Bolivie")
    assert states["Carlos Quispe"] == ("role-minister-of-foreign-affairs", "Bolivie")

GIFT = ("Espagne / Niger : don de camions\nL'Espagne a offert vingt camions à l'armée nigérienne. Au cours de la "
        "cérémonie, Luis Ortega{c} chargé d'affaires près l'ambassade d'Espagne au Niger{c} a salué le partenariat. ")


def test_a_minister_given_no_state_in_a_story_told_where_an_envoy_is_posted_is_the_host_s() -> None:
    states = post_states(GIFT.format(c="") + "Aïssa Moussa ministre de la défense s'est félicitée du don.")
    assert states["Luis Ortega"] == ("role-charge-d-affaires", "Espagne")
    assert states["Aïssa Moussa"] == ("role-minister-of-defence", "Niger")
    states = post_states(GIFT.format(c=",") + "La ministre de la Défense, Aïssa Moussa, a salué ce don.")
    assert states["Aïssa Moussa"] == ("role-minister-of-defence", "Niger")


def test_an_envoy_s_posting_leaves_a_post_to_the_side_the_article_is_mostly_about() -> None:
    states = post_states("La France rappelle son ambassadeur\nLa France a décidé de rappeler son ambassadeur. "
                         "Paris a protesté. La France a suspendu sa coopération. L'ambassadeur de France au Niger, "
                         "Marc Durand, a quitté Niamey. La ministre de la Défense, Claire Petit, a dit regretter "
                         "cette décision.")
    assert states["Claire Petit"] == ("role-minister-of-defence", "France")


def test_a_title_with_no_comma_after_a_name_is_not_the_next_listed_name_s() -> None:
    text = ("Titre\nLa cérémonie s'est tenue en présence du général de brigade Karl Weber commandant de l'EUTM Mali "
            "et du colonel Issa Traoré.")
    posts = {(fact.first("holder").label, (fact.attr("post") or "").rsplit("/", 1)[-1])
             for fact in analyse_text(text).facts if fact.kind == "post"}
    assert ("Karl Weber", "role-commander") in posts
    assert ("Issa Traoré", "role-commander") not in posts


def ranks(text: str) -> dict[str, str | None]:
    """Holder -> the state label of their rank of general or colonel (None without one)."""
    return {fact.first("holder").label: (org.label if (org := fact.first("org")) else None)
            for fact in analyse_text(text).facts if fact.kind == "post" and
            (fact.attr("post") or "").endswith(("role-general", "role-colonel"))}


def test_the_rank_of_a_mission_s_commander_takes_no_state_from_the_story() -> None:
    found = ranks("Titre\nLe général Karl Weber, commandant de la Minusma, a inspecté les troupes maliennes. Le "
                  "colonel Issa Traoré, commandant du 3e régiment, a inspecté les troupes maliennes. Le colonel "
                  "Oumar Diarra, chef d'état-major de la Garde nationale, a répondu.")
    assert found["Karl Weber"] is None
    assert found["Issa Traoré"] == "Mali"
    assert found["Oumar Diarra"] == "Mali"


def test_a_state_s_post_in_a_forum_of_states_leaves_the_rank_its_state() -> None:
    found = ranks("Titre\nLa Thaïlande accueille. La Thaïlande a signé. Bangkok a confirmé. Dans le cadre de la "
                  "réunion des ministres de la Défense de l'ASEAN à Bangkok, le général Somchai Prasert, ministre de "
                  "la Défense, a reçu son homologue néo-zélandais.")
    assert found["Somchai Prasert"] == "Thaïlande"
