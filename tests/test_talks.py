"""Talks as real news tells them: state visits, « autour de la même table », sides named by their delegation,
talks with one side left unsaid (issue 12). Sentences written for the purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.conftest import build_text, rows
from tests.test_extractors import PUBLISHED, Case, check, params

TALKS = [
    Case("visit-of-head-of-state", "La visite à Nairobi du président ghanéen a duré deux jours.", "negotiation",
         {"participant": {"Ghana", "Kenya"}}, venues={"Nairobi"}),
    Case("visit-to-a-city-that-is-no-capital", "La visite à Osaka du premier ministre indien s'est achevée mardi.",
         "negotiation", {"participant": {"Inde", "Japon"}}, venues={"Osaka"}),
    Case("visit-made-by", "Un accord naval était au menu de la visite effectuée à Jakarta par le ministre "
         "australien de la Défense.", "negotiation", {"participant": {"Australie", "Indonésie"}},
         venues={"Jakarta"}),
    Case("visit-possessive-and-meeting", "Le ministre norvégien des Affaires étrangères s'exprimait une semaine "
         "après sa visite à Varsovie, où il a rencontré le premier ministre polonais.", "negotiation",
         {"participant": {"Norvège", "Pologne"}}, venues={"Varsovie"}),
    Case("around-the-same-table", "Le Chili, la Bolivie et le Pérou sont autour de la même table à Lima pour "
         "régler leur différend.", "negotiation", {"participant": {"Chili", "Bolivie", "Pérou"}},
         venues={"Lima"}),
    Case("side-named-by-its-state", "Les émissaires qataris ont rencontré la délégation soudanaise et la partie "
         "tchadienne de Mahamat Ali Hassan.", "negotiation", {"participant": {"Qatar", "Soudan", "Tchad"}}),
    Case("met-object-read-as-predicate", "Le président chilien Pedro Rojas et le président bolivien Luis Ortega "
         "étaient en Argentine. Plus tôt, Rojas avait rencontré Ortega à Lima.", "negotiation",
         {"participant": {"Chili", "Bolivie"}}, venues={"Lima"}),
    Case("summit-of-a-city", "Le sommet d'Osaka entre le président chilien et le premier ministre japonais a "
         "duré trois heures.", "negotiation", {"participant": {"Chili", "Japon"}}, venues={"Osaka"}),
    Case("talks-at-a-seat-of-government", "Vendredi, la rencontre entre le président uruguayen et le président "
         "bolivien à l'Élysée a été tendue.", "negotiation", {"participant": {"Uruguay", "Bolivie"}},
         venues={"Paris", "palais de l'Élysée"}),
    Case("went-somewhere-for-talks", "Le ministre chilien des Affaires étrangères s'est rendu à Lima pour des "
         "entretiens avec son homologue péruvien.", "negotiation", {"participant": {"Chili", "Pérou"}},
         venues={"Lima"}),
    Case("had-a-talk-with", "Le président uruguayen a eu un entretien avec le président bolivien à La Paz.",
         "negotiation", {"participant": {"Uruguay", "Bolivie"}}, venues={"La Paz"}),
    Case("talks-as-the-frame-of-the-sentence", "À l'issue des pourparlers de Montevideo, l'Islande et le Paraguay "
         "ont publié un communiqué.", "negotiation", {"participant": {"Islande", "Paraguay"}},
         venues={"Montevideo"}),
    Case("armed-group-as-a-side", "L'Angola a salué le début des \"discussions techniques\" entre l'armée "
         "congolaise et son rival, le Mouvement du 23 mars (M23).", "negotiation",
         {"participant": {"République démocratique du Congo", "M23"}}),
    Case("visit-someone-makes", "Le président chilien effectue une visite de trois jours au Pérou.",
         "negotiation", {"participant": {"Chili", "Pérou"}}),
    Case("one-side-is-the-speaker", "Des discussions très avancées ont lieu avec le Vietnam, a réagi une source "
         "gouvernementale sud-coréenne.", "negotiation", {"participant": {"Corée du Sud", "Vietnam"}},
         "reported"),
    Case("talks-held-in-a-state", "Des discussions indirectes entre le Chili et la Bolivie ont eu lieu à Oman.",
         "negotiation", {"participant": {"Chili", "Bolivie"}}, venues={"Oman"}),
    Case("visit-in-a-title-to-a-capital-named-as-its-state", "Une visite du ministre chilien des Affaires "
         "étrangères à Singapour", "negotiation", {"participant": {"Chili", "Singapour"}}, venues={"Singapour"},
         headline=True),
    Case("visit-to-a-state-whose-capital-bears-its-name", "Le ministre chilien de la Défense effectue une visite "
         "de travail au Koweït.", "negotiation", {"participant": {"Chili", "Koweït"}}, venues={"Koweït City"}),
    Case("talks-still-to-come-are-planned", "Le gouvernement chilien a annoncé la prochaine rencontre avec la "
         "Bolivie.", "negotiation", {"participant": {"Chili", "Bolivie"}}, "possible"),
    Case("received-after-the-city-read-as-its-apposition", "Le président chilien Pedro Rojas a signé un contrat en "
         "recevant à Santiago le Premier ministre britannique John Smith.", "negotiation",
         {"participant": {"Chili", "Royaume-Uni"}}, venues={"Santiago"}),
    Case("talks-in-the-capital-named-by-its-demonym", "Des pourparlers entre le Chili et la Bolivie se sont tenus "
         "dans la capitale péruvienne.", "negotiation", {"participant": {"Chili", "Bolivie"}}, venues={"Lima"}),
    Case("met-in-the-capital-of-a-state", "Le président chilien a rencontré son homologue bolivien dans la capitale "
         "du Pérou.", "negotiation", {"participant": {"Chili", "Bolivie"}}, venues={"Lima"}),
    Case("went-somewhere-to-talk", "Une délégation chilienne s'est rendue à Quito pour discuter avec les "
         "autorités.", "negotiation", {"participant": {"Chili", "Équateur"}}, venues={"Quito"}),
    Case("on-a-visit-in-a-title", "Le ministre chilien de la Défense en visite au Pérou", "negotiation",
         {"participant": {"Chili", "Pérou"}}, headline=True),
    Case("met-while-on-a-visit", "Le ministre chilien, en visite à Lima, a rencontré le président péruvien.",
         "negotiation", {"participant": {"Chili", "Pérou"}}, venues={"Lima"}),
    Case("met-after-arriving", "Le ministre chilien, arrivé jeudi à Lima, a rencontré son homologue péruvien.",
         "negotiation", {"participant": {"Chili", "Pérou"}}, venues={"Lima"}),
    Case("meeting-within-a-visit", "Le président chilien est arrivé lundi à Lima pour une visite de deux jours au "
         "cours de laquelle il rencontrera le président péruvien.", "negotiation",
         {"participant": {"Chili", "Pérou"}}, venues={"Lima"}),
    Case("two-states-examine-together", "Le Chili et la Bolivie examinent le renforcement de leur coopération "
         "navale.", "negotiation", {"participant": {"Chili", "Bolivie"}}),
    Case("minister-and-counterpart-agree", "Le président chilien et son homologue bolivien ont convenu de relancer "
         "leur commission mixte.", "negotiation", {"participant": {"Chili", "Bolivie"}}),
    Case("raised-with-a-partner", "Le ministre chilien a évoqué avec son homologue bolivien la sécurité de leur "
         "frontière.", "negotiation", {"participant": {"Chili", "Bolivie"}}),
    Case("phone-conversation", "Le ministre chilien a eu une conversation téléphonique avec son homologue "
         "bolivien.", "negotiation", {"participant": {"Chili", "Bolivie"}}),
    Case("met-on-the-sidelines-of-an-event-named-by-its-city", "En marge du forum de Lima, le ministre chilien a "
         "rencontré son homologue équatorien.", "negotiation", {"participant": {"Chili", "Équateur"}},
         venues={"Lima"}),
    Case("met-in-the-city-a-relative-clause-hangs-on", "Le ministre chilien s'est rendu à La Paz, où il a "
         "rencontré le président bolivien.", "negotiation", {"participant": {"Chili", "Bolivie"}},
         venues={"La Paz"}),
    Case("a-state-spelt-in-one-word", "La RDCongo a entamé des discussions avec l'Angola.", "negotiation",
         {"participant": {"République démocratique du Congo", "Angola"}}),
    Case("received-a-counterpart-named-by-demonym", "Le ministre chilien de la Défense a reçu lundi à Lima son "
         "homologue équatorien.", "negotiation", {"participant": {"Chili", "Équateur"}}, venues={"Lima"}),
]


@pytest.mark.parametrize("case", params(TALKS))
def test_talks(case: Case) -> None:
    check(case)


def _talks(text: str) -> list[Fact]:
    return [f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "negotiation"]


def _sides(talks: list[Fact]) -> list[set[str]]:
    return [{e.label for e in f.get("participant")} for f in talks]


def _venues(talks: list[Fact]) -> set[str]:
    return {e.label for f in talks for part in f.parts for e in part.get("place")}


def test_both_leaders_are_the_sides_of_their_own_sentence() -> None:
    text = ("Titre\nLe président chilien a rencontré le président bolivien à La Paz.\n"
            "Vendredi soir, la rencontre entre le président péruvien et le président équatorien à Quito a été "
            "marquée par une atmosphère tendue, les deux dirigeants étant entrés dans une discussion aiguë.")
    talks = _talks(text)
    assert _sides(talks) == [{"Chili", "Bolivie"}, {"Pérou", "Équateur"}]


def test_the_two_countries_of_the_deal_just_told_are_the_sides_of_the_talks() -> None:
    text = ("Titre\nLe président chilien et le roi de Jordanie signent un contrat géant.\n"
            "« Ils vont repartir avec de nombreux chèques », avait déclaré le président chilien à l'ouverture des "
            "discussions officielles entre les deux pays au palais royal à Amman.")
    talks = _talks(text)
    assert _sides(talks) == [{"Chili", "Jordanie"}]
    assert _venues(talks) == {"Amman"}


def test_venue_at_a_seat_through_the_cli(tmp_path: Path) -> None:
    graph = build_text(tmp_path, "Titre\nLa rencontre entre le président polonais et le président roumain à la "
                                 "Maison Bleue a duré une heure.\n")
    found = rows(graph, "negotiations")
    assert {r["participantLabel"] for r in found} == {"Pologne", "Roumanie"}
    assert {r.get("venueLabel") for r in found} == {"Séoul", "Maison Bleue (Cheong Wa Dae)"}


def test_a_place_right_after_an_issue_is_where_the_issue_lies() -> None:
    """« des pourparlers de cessez-le-feu à X »: X is what the ceasefire is about; « de paix à Y » keeps Y."""
    talks = _talks("Titre\nLes pourparlers de cessez-le-feu à Gaza entre le Chili et la Bolivie ont repris.")
    assert _sides(talks) == [{"Chili", "Bolivie"}]
    assert _venues(talks) == set()
    assert _venues(_talks("Titre\nLes pourparlers de paix à Genève entre le Chili et la Bolivie ont repris.")) \
        == {"Genève"}


def test_a_city_that_hosts_something_else_is_no_venue() -> None:
    """« accueillir l'Expo à X »: X hosts an exhibition, not the talks; « accueillir leur réunion » is the talks."""
    talks = _talks("Titre\nLe président chilien a rencontré le président bolivien. Les deux dirigeants ont aussi "
                   "abordé la candidature du Pérou pour accueillir l'Expo 2030 à Osaka.")
    assert _sides(talks) == [{"Chili", "Bolivie"}]
    assert _venues(talks) == set()
    assert _venues(_talks("Titre\nLe président chilien a rencontré le président bolivien. Vienne est pressentie "
                          "pour accueillir leur prochaine réunion.")) == {"Vienne"}


def test_a_visit_that_frames_another_fact_gives_its_host_city_to_the_talks_with_that_host() -> None:
    """« ... a été signé lors d'une visite dans la capitale péruvienne du président chilien »: no talks of its own,
    but the talks under way with the host state are held there; talks with another state are not."""
    talks = _talks("Titre\nLe Chili négocie l'achat de blindés péruviens. L'accord a été signé lors d'une visite "
                   "officielle dans la capitale péruvienne du président chilien.")
    assert _sides(talks) == [{"Chili", "Pérou"}]
    assert _venues(talks) == {"Lima"}
    assert _venues(_talks("Titre\nLe Chili négocie l'achat de blindés péruviens. L'accord a été signé lors d'une "
                          "visite à Quito du président chilien.")) == set()


def test_one_side_is_the_state_the_article_is_about() -> None:
    text = ("Titre\nLe Brésil a livré six avions Super Tucano au Paraguay.\n"
            "Des discussions sont également en cours avec l'Uruguay.")
    talks = _talks(text)
    assert _sides(talks) == [{"Brésil", "Uruguay"}]


def test_a_person_side_is_the_state_of_the_post_told_after() -> None:
    text = ("Jorge Salinas reçoit Pedro Alvarado à Lima\n"
            "Le président péruvien Jorge Salinas a reçu son homologue chilien, Pedro Alvarado, lundi.")
    talks = _talks(text)
    assert _sides(talks) == [{"Pérou", "Chili"}]
    assert _venues(talks) == {"Lima"}


def test_where_the_two_sides_arrive_is_the_venue_of_their_talks() -> None:
    text = ("Titre\nLe président chilien et le président bolivien se retrouvent pour un sommet.\n"
            "Les avions des deux dirigeants ont atterri sur une base aérienne, à Lima, dans la matinée.")
    talks = _talks(text)
    assert _sides(talks) == [{"Chili", "Bolivie"}]
    assert _venues(talks) == {"Lima"}


def test_this_visit_is_between_the_parties_of_the_agreement_just_told() -> None:
    text = ("Titre\nLe ministre chilien et son homologue bolivien ont signé un accord sur leur frontière.\n"
            "Cette visite intervient après des mois de tension.")
    talks = _talks(text)
    assert _sides(talks) == [{"Chili", "Bolivie"}]


@pytest.mark.parametrize("sentence", [
    "Cette visite a duré deux jours.",  # a visit told before that names nobody
    "Les deux dirigeants sont arrivés à Lima.",  # an arrival with no talks under way
    "Le ministre chilien est arrivé à Lima.",  # anyone's arrival is no talks
    "Jorge Salinas a rencontré Pedro Alvarado à Lima.",  # people the article never places are no sides
    "Le Pérou a annoncé un don de vaccins en marge d'une visite à Quito du président péruvien.",  # a frame only
    "La visite à Lima du président péruvien a duré deux jours.",  # no host abroad
    "La table ronde sur le climat a eu lieu à Lyon.",  # a table nobody sits around
    "Le musée a reçu la visite de nombreux touristes à Madrid.",  # no visiting state
    "À l'issue des discussions, la Norvège a publié un communiqué.",  # one side after the frame
    "Après le sommet, le président chilien a parlé de la Bolivie.",  # no list of actors after the frame
    "La Pologne a eu des mots durs sur les négociations avec la Russie.",  # the talks are no object of « avoir »
    "Le ministre chilien a évoqué la Bolivie dans son discours.",  # one side raises a subject alone
    "Présent à Lima, le ministre chilien a évoqué la construction d'une usine.",  # a place is no second side
    "Les conversations entre Chiliens et Boliviens se multiplient sur les réseaux.",  # no call between sides
])
def test_no_talks(sentence: str) -> None:
    facts = analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts
    assert [f for f in facts if f.kind == "negotiation"] == []


def test_the_president_on_a_visit_in_a_title_is_the_visitor_not_the_host() -> None:
    text = ("Bolivie : le président Luis Alberto Quispe en visite à Lima\n"
            "Le président bolivien, Luis Alberto Quispe, a terminé mardi une visite de deux jours à Lima, au Pérou. "
            "Lundi, il a pu s'entretenir avec son homologue.")
    talks = _talks(text)
    assert {"Bolivie", "Pérou"} in _sides(talks)
    assert _venues(talks) == {"Lima"}


def test_a_call_with_a_counterpart_is_talks_and_an_appeal_is_none() -> None:
    text = ("Titre\nLe Chili a déployé des troupes à sa frontière.\n"
            "Pourquoi cet appel avec le ministre bolivien de la Défense ? Le Pérou a lancé un appel au calme.")
    assert _sides(_talks(text)) == [{"Chili", "Bolivie"}]


def test_a_call_for_tenders_is_no_talks() -> None:
    assert not _talks("Titre\nPour cet appel d'offres, le groupe chilien était en concurrence avec un groupe bolivien.")


def test_talks_are_held_where_a_sentence_before_placed_a_side() -> None:
    """« X est à Lima. Il a rencontré Y »: held in the city told just before, when it lies in a side's state or
    the side who meets is staying there now (a forum abroad); a city of a third state where someone else stays, a
    call, or a city told long before gives no venue."""
    text = ("Titre\nLe ministre chilien de la Défense est à La Paz depuis lundi.\n"
            "Il a rencontré le président bolivien.")
    assert _venues(_talks(text)) == {"La Paz"}
    text = ("Titre\nLe ministre chilien de la Défense est à Quito depuis lundi.\n"
            "Il a rencontré le président bolivien.")
    assert _venues(_talks(text)) == {"Quito"}
    text = ("Titre\nLe ministre péruvien de l'Économie est à Quito depuis lundi.\n"
            "Le ministre chilien de la Défense a rencontré le président bolivien.")
    assert _venues(_talks(text)) == set()
    text = ("Titre\nLe ministre chilien de la Défense est à La Paz depuis lundi.\n"
            "Il a eu un entretien téléphonique avec le président bolivien.")
    assert _venues(_talks(text)) == set()
    text = ("Titre\nLe ministre chilien de la Défense était à La Paz en mars.\nLa saison des pluies a commencé.\n"
            "Les récoltes sont bonnes.\nLe ministre chilien a rencontré le président bolivien.")
    assert _venues(_talks(text)) == set()


def test_an_event_named_by_its_city_places_the_talks_framed_by_it() -> None:
    text = ("Titre\nLe patron de la société Thales a assisté au Santiago Air Show.\n"
            "En marge de cet événement, il s'est réuni avec le ministre chilien de la Défense.")
    assert _venues(_talks(text)) == {"Santiago"}


def test_talks_during_the_trip_told_before_are_held_where_it_put_the_visitor() -> None:
    """« Lors de ce déplacement »: a demonstrative noun of a trip points back to the city the sentences before put
    the visitor in, even where the sentence names a state inside the title of the one met."""
    text = ("Titre\nLe protocole a été signé à Santiago, la capitale du Chili, devant le ministre péruvien de la "
            "Défense.\nLe texte porte sur la formation.\nLors de cette visite, le ministre péruvien s'est "
            "entretenu avec le président du Sénat chilien et le délégué du gouvernement au Chili.")
    assert _venues(_talks(text)) == {"Santiago"}


def test_a_dateline_with_its_state_or_a_capital_district_places_the_talks() -> None:
    """« SANTIAGO, Chili — », « Santiago D.C. » on the line after the lede: where talks with no venue are held."""
    visit = "Le ministre japonais de la Défense a rencontré mardi son homologue chilien, en visite dans le pays."
    assert _venues(_talks(f"Titre\nSANTIAGO, Chili \u2013 {visit}")) == {"Santiago"}
    assert _venues(_talks(f"Titre\nLe Chili et le Japon renforcent leurs liens.\nSantiago D.C. {visit}")) == {
        "Santiago"}



def test_the_two_countries_are_the_pair_the_title_names() -> None:
    """« les chefs des marines des deux pays »: a pair named inside the subject; with no talks nor deal told
    before, the two states of the title (else of the lede) are the sides."""
    text = ("Le Chili et la Bolivie vers un partenariat naval\n"
            "Lors d'une réunion tenue lundi, les chefs des marines des deux pays ont abordé l'achat de patrouilleurs.\n"
            "Lors d'une rencontre tenue mardi à La Paz, les chefs des marines des deux pays ont évoqué la formation.")
    talks = _talks(text)
    assert _sides(talks) == [{"Chili", "Bolivie"}]
    assert _venues(talks) == {"La Paz"}
    text = ("Titre\nLe Chili et la Bolivie renforcent leur coopération navale.\n"
            "Au cours d'une rencontre à La Paz, les ministres de la Défense des deux pays ont évoqué la formation.")
    assert _sides(_talks(text)) == [{"Chili", "Bolivie"}]
    text = ("Chili, Bolivie et Pérou : la saison des pluies\n"
            "Au cours d'une rencontre à La Paz, les ministres de la Défense des deux pays ont évoqué la formation.")
    assert _sides(_talks(text)) == []


def test_talks_with_no_venue_are_held_where_the_dispatch_is_filed_from() -> None:
    """« SANTIAGO (Agence) - »: the dateline city, when it lies in a side's state and the talks are no call."""
    visit = "Le ministre japonais de la Défense effectue une visite officielle au Chili à l'invitation de son " \
        "homologue."
    assert _venues(_talks(f"Titre\nSantiago (Agence) - {visit}")) == {"Santiago"}
    assert _venues(_talks(f"Titre\nQuito (Agence) - {visit}")) == {"Chili"}  # a city of neither: the state visited
    assert _venues(_talks("Titre\nTokyo (Agence) - Le ministre japonais de la Défense effectue une visite "
                          "officielle à Santiago.")) == {"Santiago"}
    assert _venues(_talks("Titre\nTokyo (Agence) - Le président chilien a eu un entretien téléphonique avec le "
                          "Premier ministre japonais.")) == set()


def test_the_dateline_is_no_venue_of_talks_the_article_places_elsewhere() -> None:
    """Talks between sides the article already placed elsewhere (« ... à Vienne », then the same sides thanking
    their host) are not held where the dispatch is filed from."""
    text = ("Titre\nEREVAN, 8 mars (Agence) — Les ministres arménien et géorgien se sont entretenus mardi à Vienne.\n"
            "La frontière reste fermée.\nLes récoltes sont bonnes.\nLa saison des pluies commence.\n"
            "Les ministres ont exprimé leur gratitude à la partie autrichienne pour avoir accueilli les négociations "
            "de paix entre l'Arménie et la Géorgie.")
    assert _venues(_talks(text)) == {"Vienne"}


VISITED = [
    ("Le ministre chilien, en visite au Pérou, s'est entretenu avec son homologue péruvien.", {"Chili", "Pérou"},
     {"Pérou"}),
    ("Lors de sa venue en Inde, le président chilien a rencontré le Premier ministre indien.", {"Chili", "Inde"},
     {"Inde"}),
    ("Le ministre uruguayen de la Défense, en visite officielle en Bolivie, a rencontré son homologue bolivien.",
     {"Uruguay", "Bolivie"}, {"Bolivie"}),
    ("Pendant son séjour en Équateur, le ministre colombien a eu un entretien avec le président équatorien.",
     {"Colombie", "Équateur"}, {"Équateur"}),
    # a city named for the talks is their venue, not the state around it
    ("Le ministre chilien, en visite au Pérou, a rencontré son homologue péruvien à Lima.", {"Chili", "Pérou"},
     {"Lima"}),
]


@pytest.mark.parametrize(("text", "sides", "venues"), VISITED)
def test_talks_during_a_visit_to_a_state_are_held_in_it(text: str, sides: set[str], venues: set[str]) -> None:
    """« X, en visite au Pérou, a rencontré son homologue »: with no city named, the state visited is the venue."""
    talks = _talks(f"Titre\n{text}")
    assert _sides(talks) == [sides]
    assert _venues(talks) == venues


def test_a_visit_another_sentence_tells_places_no_talks() -> None:
    """A visit told in a sentence of its own is no venue of the talks told before it."""
    talks = _talks("Titre\nLe ministre chilien a rencontré son homologue bolivien. Il avait effectué une visite en "
                   "Inde en mars.")
    assert (_sides(talks[:1]), _venues(talks[:1])) == ([{"Chili", "Bolivie"}], set())


OWNED = [
    ("Le ministre australien a parlé vendredi. Sa rencontre avec son homologue japonais a duré deux heures.",
     [{"Australie", "Japon"}]),
    ("La ministre italienne a pris la parole jeudi. Son entretien avec son homologue grec a porté sur les "
     "migrations.", [{"Italie", "Grèce"}]),
    ("Le Premier ministre indien a parlé lundi. Sa rencontre avec son homologue japonais a duré une heure.",
     [{"Inde", "Japon"}]),
    # talks of one owner with no partner « avec » are no talks of two sides
    ("Le ministre chilien a parlé vendredi. Sa rencontre a duré deux heures.", []),
]


@pytest.mark.parametrize(("text", "sides"), OWNED)
def test_the_owner_of_talks_with_a_partner_is_a_side(text: str, sides: list[set[str]]) -> None:
    """« Sa rencontre avec son homologue japonais »: the one whose talks they are, told before, is a side."""
    assert _sides(_talks(f"Titre\n{text}")) == sides


SPOKEN_IN = [
    ("À Ottawa cette semaine, les ministres canadien et norvégien de la Défense ont par ailleurs assuré qu'ils "
     "accueilleraient volontiers des unités.", {"Ottawa"}),
    ("À Canberra ce mois-ci, les ministres australien et néo-zélandais ont par ailleurs déclaré qu'ils "
     "recevraient volontiers des navires.", {"Canberra"}),
    ("À Lima, les ministres chilien et bolivien de la Défense ont affirmé vouloir coopérer.", {"Lima"}),
]


@pytest.mark.parametrize(("text", "venues"), SPOKEN_IN)
def test_officials_of_two_states_speaking_together_in_a_city_talk_there(text: str, venues: set[str]) -> None:
    """« À Washington, les ministres A et B ont assuré »: the city they speak in is the venue, however parsed."""
    assert _venues(_talks(f"Titre\n{text}")) == venues


MET_ON_ARRIVAL = [
    ("Le ministre chilien de la Défense est arrivé au Pérou et a rencontré son homologue.", [{"Chili", "Pérou"}],
     {"Pérou"}),
    ("Le ministre chilien, en visite en Bolivie, s'est entretenu avec son homologue.", [{"Chili", "Bolivie"}],
     {"Bolivie"}),
    ("Le ministre chilien de la Défense s'est rendu en Équateur où il a rencontré son homologue.",
     [{"Chili", "Équateur"}], {"Équateur"}),
    # an institution of the host state, in the city a fronted frame of arrival names (kg.extract.where_clause)
    ("À son arrivée à Quito, le ministre chilien s'est rendu au Parlement équatorien où il a rencontré le président "
     "de la commission de la défense.", [{"Chili", "Équateur"}], {"Quito"}),
    # a city of another state is not where the institution is
    ("À son arrivée à Lima, le ministre chilien s'est rendu au Parlement équatorien où il a rencontré le président "
     "de la commission de la défense.", [{"Chili", "Équateur"}], set()),
    # a counterpart of no state, with no visit told, is no side
    ("Le ministre chilien de la Défense a rencontré son homologue.", [], set()),
]


@pytest.mark.parametrize(("text", "sides", "venues"), MET_ON_ARRIVAL)
def test_a_visitors_counterpart_is_the_host_states(text: str, sides: list[set[str]], venues: set[str]) -> None:
    """« X est arrivé au Pérou et a rencontré son homologue »: the counterpart is the state visited's."""
    talks = _talks(f"Titre\n{text}")
    assert (_sides(talks), _venues(talks)) == (sides, venues)


WELCOMED = [
    ("Le président chilien Pedro Rojas a été accueilli par le ministre de la Défense du Pérou à Lima.",
     [{"Chili", "Pérou"}]),
    ("Le président chilien a accueilli à Santiago le Premier ministre péruvien Juan Soto.", [{"Chili", "Pérou"}]),
    ("Le roi de Jordanie a été accueilli lundi par le président égyptien avant leur entretien.",
     [{"Jordanie", "Égypte"}]),
    # a host of no one, or someone welcomed by no side, is no talks
    ("La capitale chilienne accueille des réfugiés boliviens.", []),
    ("Le Premier ministre indien a été accueilli à Tokyo par une foule nombreuse.", []),
]


@pytest.mark.parametrize(("text", "sides"), WELCOMED)
def test_someone_welcomed_by_a_host_meets_them(text: str, sides: list[set[str]]) -> None:
    """« X a été accueilli par le ministre Y », « Y a accueilli le Premier ministre X »: the two are the sides."""
    assert _sides(_talks(f"Titre\n{text}")) == sides


GATHERED = [
    ("Une réunion trilatérale entre le Chili, la Bolivie et le Pérou s'est tenue à Lima.",
     [{"Chili", "Bolivie", "Pérou"}], {"Lima"}),
    ("La réunion entre l'Inde et le Pakistan a eu lieu mardi à Doha.", [{"Inde", "Pakistan"}], {"Doha"}),
    ("Les chefs d'État du Mali, du Niger et du Tchad ont adopté jeudi à Niamey une feuille de route commune.",
     [{"Mali", "Niger", "Tchad"}], {"Niamey"}),
    ("Les ministres de la Défense du Chili et du Pérou ont annoncé à Lima un exercice commun.", [{"Chili", "Pérou"}],
     {"Lima"}),
    ("Les dirigeants de l'Inde et du Japon ont validé mardi à Tokyo un plan de coopération.", [{"Inde", "Japon"}],
     {"Tokyo"}),
    # a meeting of one body, or two states (not their officials) deciding, is no talks
    ("La réunion du conseil municipal de Lima a duré trois heures.", [], set()),
    ("La réunion de l'OTAN à Bruxelles a porté sur la défense aérienne.", [], set()),
    ("À Dakar, la France et le Sénégal ont validé le projet.", [], set()),
]


@pytest.mark.parametrize(("text", "sides", "venues"), GATHERED)
def test_a_meeting_of_several_states_is_one_negotiation(text: str, sides: list[set[str]], venues: set[str]) -> None:
    """« une réunion trilatérale entre A, B et C », « les dirigeants de A, B et C ont adopté à X »: one negotiation
    with every party, held where they meet."""
    talks = _talks(f"Titre\n{text}")
    assert (_sides(talks), _venues(talks)) == (sides, venues)


OWN_CLAUSE = [
    ("Le Chili dépêche des émissaires en Bolivie ; nouvelles discussions entre le Pérou et l'Équateur.",
     [{"Pérou", "Équateur"}], set()),
    ("La Norvège envoie des diplomates à Oslo ; des pourparlers indirects entre le Pérou et l'Équateur",
     [{"Pérou", "Équateur"}], set()),
    ("La rencontre entre le président chilien et le président bolivien a suscité de vives réactions à Lima.",
     [{"Chili", "Bolivie"}], set()),
    ("Les pourparlers entre le Chili et la Bolivie ont été critiqués à Lima.", [{"Chili", "Bolivie"}], set()),
    # a verb of talks taking place places them
    ("Les pourparlers entre le Chili et la Bolivie ont eu lieu à Lima.", [{"Chili", "Bolivie"}], {"Lima"}),
    ("La rencontre entre le Chili et la Bolivie s'est tenue mardi à Quito.", [{"Chili", "Bolivie"}], {"Quito"}),
]


@pytest.mark.parametrize(("text", "sides", "venues"), OWN_CLAUSE)
def test_talks_take_sides_and_venue_from_their_own_clause(text: str, sides: list[set[str]], venues: set[str]) -> None:
    """Past a semicolon is another clause; the place of what talks cause is not where they are held."""
    talks = _talks(f"Titre\n{text}")
    assert (_sides(talks), _venues(talks)) == (sides, venues)


MAINTAINED = [
    ("Auparavant, le Sénégal entretenait des relations avec la Turquie et l'Inde dans ce domaine.", []),
    ("Le Chili entretient de bonnes relations avec le Pérou.", []),
    ("La Bolivie entretient des liens étroits avec l'Argentine.", []),
    # « s'entretenir avec »: talks
    ("Le ministre chilien s'est entretenu avec son homologue péruvien.", [{"Chili", "Pérou"}]),
    ("Le ministre chilien s'entretiendra jeudi avec son homologue bolivien.", [{"Chili", "Bolivie"}]),
]


@pytest.mark.parametrize(("text", "sides"), MAINTAINED)
def test_relations_a_state_maintains_are_no_talks(text: str, sides: list[set[str]]) -> None:
    """« entretenir des relations avec X » maintains ties; only « s'entretenir avec X » is talks."""
    assert _sides(_talks(f"Titre\n{text}")) == sides


@pytest.mark.parametrize("text", [
    "Le ministre chilien, en visite au Pérou, pourrait rencontrer son homologue péruvien.",
    "Une réunion trilatérale entre le Chili, la Bolivie et le Pérou pourrait se tenir à Lima.",
    "Une éventuelle réunion entre le Chili et la Bolivie est évoquée à Lima.",
])
def test_talks_only_considered_stay_possible(text: str) -> None:
    """Talks a visit, a meeting of several states or a gathering only might hold are possible, out of the answers
    (queries/negotiations.rq keeps asserted and reported talks)."""
    assert [f.modality.value for f in _talks(f"Titre\n{text}")] == ["possible"]


VISITED_BEFORE = [
    ("Le ministre chilien est arrivé mardi en Bolivie. Il s'est entretenu avec le président bolivien.",
     [{"Chili", "Bolivie"}], {"Bolivie"}),
    ("Le président kényan est en visite en Ouganda depuis lundi. Il a rencontré son homologue ougandais.",
     [{"Kenya", "Ouganda"}], {"Ouganda"}),
    ("Le Premier ministre grec se trouve en Italie depuis lundi. Il a rencontré son homologue italien.",
     [{"Grèce", "Italie"}], {"Italie"}),
    # a call is held nowhere; talks with a third state are not placed in the one visited
    ("Le ministre chilien est arrivé mardi en Bolivie. Il a eu un entretien téléphonique avec le président "
     "bolivien.", [{"Chili", "Bolivie"}], set()),
    ("Le ministre chilien est arrivé mardi en Bolivie. Mercredi, il a rencontré le président péruvien.",
     [{"Chili", "Pérou"}], set()),
]


@pytest.mark.parametrize(("text", "sides", "venues"), VISITED_BEFORE)
def test_talks_right_after_a_visit_are_held_in_the_state_visited(text: str, sides: list[set[str]],
                                                                  venues: set[str]) -> None:
    """« Le ministre est en visite en Ouganda. Il a rencontré son homologue. »: held in the state visited."""
    talks = _talks(f"Titre\n{text}")
    assert (_sides(talks), _venues(talks)) == (sides, venues)


@pytest.mark.parametrize("text", [
    "Le ministre chilien a rendu visite à son homologue péruvien à Lima.",
    "Le ministre chilien a rendu visite au président péruvien.",
    "Le ministre chilien a rendu visite au Pérou mardi.",
    "Le ministre chilien a rendu visite à Lima, où il a vu son homologue.",
    "Le ministre chilien a rendu une visite de courtoisie au président péruvien.",
    "Le général chilien Jorge Soto a rendu visite au chef d'état-major de la marine péruvienne.",
])
def test_a_visit_paid_to_an_official_is_talks_with_his_state(text: str) -> None:
    """« X a rendu visite à son homologue Y », « ... au Pérou », « une visite de courtoisie à Y »: the bare or
    indefinite noun under « rendre » is a visit made to that official's state, or to the state (or city) named; a
    visit paid to one's own troops abroad is none."""
    assert [{e.label for e in f.get("participant")} for f in _talks(f"Titre\n{text}")] == [{"Chili", "Pérou"}]


def test_a_visit_paid_to_troops_is_no_talks() -> None:
    assert _talks("Titre\nLe ministre chilien a rendu visite aux soldats chiliens déployés au Pérou.") == []
    assert _talks("Titre\nLe ministre chilien a rendu la visite du président péruvien possible.") == []


@pytest.mark.parametrize("text", [
    "Le président ghanéen a accordé une audience à l'ambassadeur du Brésil.",
    "Le président ghanéen a accordé mardi une audience à l'ambassadeur du Brésil à Accra.",
])
def test_an_audience_granted_to_an_official_of_a_state_is_talks_with_it(text: str) -> None:
    """« accorder une audience à l'ambassadeur de X »: the official the audience is granted stands for X."""
    assert _sides(_talks(f"Titre\n{text}")) == [{"Ghana", "Brésil"}]


def test_an_audience_granted_to_the_press_is_no_talks() -> None:
    assert _talks("Titre\nLe président ghanéen a accordé une audience à la presse du Brésil.") == []


def test_a_seat_named_by_its_korean_name_is_the_same_building(tmp_path: Path) -> None:
    graph = build_text(tmp_path, "Titre\nLe président polonais a reçu mardi son homologue roumain à Cheong Wa Dae "
                                 "pour un entretien.\n")
    found = rows(graph, "negotiations")
    assert {r.get("venueLabel") for r in found} == {"Séoul", "Maison Bleue (Cheong Wa Dae)"}
