"""Talks as newsrooms word them beyond « rencontrer » and « négocier » (issue 12): a visit that is what a journey
is for, « parler avec », a call « au téléphone », « un échange », « un tête-à-tête », « des consultations », the
session of a joint commission, a counterpart hosted, two capitals whose subject the parser loses, sides of « entre »
named by their titles (« une réunion entre le ministre X, A, et le général B, chef de ... »); and the place of
what talks are about, which is no venue. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

WORDS = [
    # a visit that is what a journey is for: the one who goes visits the state of the place gone to
    Case("arrived-for-a-visit", "Le ministre grec de la Défense est arrivé lundi à Nicosie pour une visite de deux "
         "jours.", "negotiation", {"participant": {"Grèce", "Chypre"}}, venues={"Nicosie"}),
    Case("arrived-for-an-official-visit", "La ministre indonésienne des Affaires étrangères est arrivée mardi à "
         "Canberra pour une visite officielle.", "negotiation", {"participant": {"Indonésie", "Australie"}},
         venues={"Canberra"}),
    Case("arrived-for-a-state-visit", "Le président kényan est arrivé à Addis-Abeba pour une visite d'État de "
         "trois jours.", "negotiation", {"participant": {"Kenya", "Éthiopie"}}, venues={"Addis-Abeba"}),
    Case("went-to-a-state-for-a-visit", "Le ministre chilien de la Défense s'est rendu au Pérou pour une visite de "
         "travail.", "negotiation", {"participant": {"Chili", "Pérou"}}, venues={"Pérou"}),
    # « parler avec », « échanger avec », a call « au téléphone »: held nowhere
    Case("spoke-with-a-person", "Le président Emmanuel Macron a parlé avec Vladimir Poutine samedi.", "negotiation",
         {"participant": {"France", "Russie"}}),
    Case("spoke-with-a-counterpart", "Le président chilien a parlé avec son homologue argentin mardi.",
         "negotiation", {"participant": {"Chili", "Argentine"}}),
    Case("spoke-on-the-phone-with", "Le chancelier allemand a parlé au téléphone avec le Premier ministre "
         "canadien.", "negotiation", {"participant": {"Allemagne", "Canada"}}),
    Case("had-someone-on-the-phone", "Le président brésilien a eu son homologue colombien au téléphone jeudi.",
         "negotiation", {"participant": {"Brésil", "Colombie"}}),
    Case("exchanged-with", "Le ministre chilien a échangé avec son homologue péruvien à Lima.", "negotiation",
         {"participant": {"Chili", "Pérou"}}, venues={"Lima"}),
    # « un échange », « des échanges », « un tête-à-tête » with an official
    Case("had-a-meeting-with-on-a-visit", "La ministre grecque de la Défense Eleni Kosta, en visite officielle au "
         "Kenya, a eu un rendez-vous cordial avec son homologue kényan.", "negotiation",
         {"participant": {"Grèce", "Kenya"}}, venues={"Kenya"}),
    Case("a-long-exchange", "Le président sénégalais a eu un long échange avec son homologue mauritanien à Dakar.",
         "negotiation", {"participant": {"Sénégal", "Mauritanie"}}, venues={"Dakar"}),
    Case("exchanges-hung-on-the-verb", "Le ministre kényan des Affaires étrangères a eu des échanges avec son "
         "homologue éthiopien à Nairobi.", "negotiation", {"participant": {"Kenya", "Éthiopie"}},
         venues={"Nairobi"}),
    Case("a-tete-a-tete", "Le président chilien a eu un tête-à-tête avec le président péruvien à Lima.",
         "negotiation", {"participant": {"Chili", "Pérou"}}, venues={"Lima"}),
    # a partner « avec » the parser hangs on the verb whose object the talks are
    Case("talks-noun-with-hung-on-the-verb", "Le président égyptien a eu un entretien en tête-à-tête avec le roi "
         "de Jordanie.", "negotiation", {"participant": {"Égypte", "Jordanie"}}),
    Case("meeting-placed-before-its-partner", "Le président kényan a eu une rencontre informelle à Nairobi avec le "
         "roi du Maroc.", "negotiation", {"participant": {"Kenya", "Maroc"}}, venues={"Nairobi"}),
    Case("working-session-with", "Le président ghanéen a eu une séance de travail à Accra avec le Premier ministre "
         "togolais.", "negotiation", {"participant": {"Ghana", "Togo"}}, venues={"Accra"}),
    Case("working-session-of-two-officials", "Le président ghanéen et son homologue togolais ont eu une séance de "
         "travail samedi à Lomé.", "negotiation", {"participant": {"Ghana", "Togo"}}, venues={"Lomé"}),
    # « des consultations », the session of a joint commission, between sides named by states or demonyms
    Case("consultations-of-two-demonyms", "Les chefs de la diplomatie grecque et française ont tenu des "
         "consultations à Athènes.", "negotiation", {"participant": {"Grèce", "France"}}, venues={"Athènes"}),
    Case("consultations-of-ministers", "Les ministres de la Défense chilien et argentin ont tenu des consultations "
         "à Santiago.", "negotiation", {"participant": {"Chili", "Argentine"}}, venues={"Santiago"}),
    Case("political-military-consultations", "L'Inde et le Japon ont tenu des consultations politico-militaires à "
         "New Delhi.", "negotiation", {"participant": {"Inde", "Japon"}}, venues={"New Delhi"}),
    Case("session-of-a-joint-commission", "Moscou et Alger ont tenu la 10e session de leur commission mixte de "
         "coopération militaro-technique.", "negotiation", {"participant": {"Russie", "Algérie"}}),
    Case("session-in-a-capital", "La Corée du Sud et l'Australie ont tenu la quatrième session de leur commission "
         "mixte à Séoul.", "negotiation", {"participant": {"Corée du Sud", "Australie"}}, venues={"Séoul"}),
    # two capitals whose subject the parser loses under a light verb
    Case("capitals-led-talks", "Canberra et Wellington ont mené de nouvelles discussions sur la vente d'armes.",
         "negotiation", {"participant": {"Australie", "Nouvelle-Zélande"}}),
    Case("capitals-had-talks", "Washington et Tokyo ont eu des entretiens sur la sécurité régionale.",
         "negotiation", {"participant": {"États-Unis", "Japon"}}),
    # a counterpart hosted, the host's demonym after the complement of his title
    Case("hosted-a-counterpart", "Le ministre de la Défense hongrois a accueilli son homologue slovaque à Budapest.",
         "negotiation", {"participant": {"Hongrie", "Slovaquie"}}, venues={"Budapest"}),
    Case("hosted-a-counterpart-in-the-capital", "Le ministre de la Défense chilien a accueilli son homologue "
         "argentin à Santiago.", "negotiation", {"participant": {"Chili", "Argentine"}}, venues={"Santiago"}),
    # a visitor the dispatch gives no state of comes from the state of the city it is filed from
    Case("visitor-of-the-dispatch-state", "SANTIAGO, 3 mai (Agence) - Le général Pedro Alvarez, chef d'état-major, "
         "a entamé lundi une visite officielle au Pérou, à l'invitation de son homologue péruvien.", "negotiation",
         {"participant": {"Chili", "Pérou"}}),
    Case("minister-of-the-dispatch-state", "LIMA, 3 mai (Agence) - Le ministre Jorge Salinas a entamé lundi une "
         "visite officielle au Chili.", "negotiation", {"participant": {"Pérou", "Chili"}}),
    Case("president-hosted-a-counterpart", "Le président ghanéen a accueilli son homologue ivoirien à Accra.",
         "negotiation", {"participant": {"Ghana", "Côte d'Ivoire"}}, venues={"Accra"}),
    # the sides of « entre » named by their titles: each name's post gives its state
    Case("between-titled-people", "Le pacte a été signé à Nairobi, à l'issue d'une réunion bilatérale entre le "
         "général Paul Otieno, chef d'état-major des forces ougandaises, et le général Ali Hassan, chef de la défense "
         "du Kenya.",
         "negotiation", {"participant": {"Ouganda", "Kenya"}}, venues={"Nairobi"}),
    Case("between-ministers", "À l'issue d'une réunion entre le ministre ghanéen, Kofi Mensah, et la ministre "
         "togolaise, Afi Kodjo, un accord a été signé à Lomé.", "negotiation",
         {"participant": {"Ghana", "Togo"}}, venues={"Lomé"}),
    Case("between-a-minister-and-a-counterpart", "Des discussions entre le ministre croate de la Défense et son "
         "homologue slovène ont eu lieu à Zagreb.", "negotiation", {"participant": {"Croatie", "Slovénie"}},
         venues={"Zagreb"}),
    Case("meeting-held-between", "Une réunion a eu lieu à Montevideo entre le ministre uruguayen, Luis Pérez, et le "
         "ministre paraguayen, Juan Gómez.", "negotiation", {"participant": {"Uruguay", "Paraguay"}},
         venues={"Montevideo"}),
]


@pytest.mark.parametrize("case", params(WORDS))
def test_talk_words(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    # a call is held nowhere, and the place of what talks are about is where that lies
    "Lors d'un entretien téléphonique avec le Premier ministre indien, le chancelier allemand a évoqué la guerre en "
    "Ukraine.",
    "Lors d'un entretien téléphonique avec le président chilien, le président argentin a évoqué la crise au "
    "Venezuela.",
    "Le président brésilien s'est entretenu au téléphone avec le président chilien de la guerre au Soudan.",
    "Le président chilien a parlé avec son homologue argentin de la situation en Bolivie.",
])
def test_what_talks_are_about_is_no_venue(sentence: str) -> None:
    talks = [f for f in analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts if f.kind == "negotiation"]
    assert len(talks) == 1 and len(talks[0].get("participant")) == 2
    assert [p for f in talks for p in f.parts] == []


def test_a_place_talks_are_held_in_stays_their_venue() -> None:
    sentence = "Le président chilien a rencontré son homologue argentin à Lima pour évoquer la guerre au Soudan."
    talks = [f for f in analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts if f.kind == "negotiation"]
    assert {e.label for f in talks for p in f.parts for e in p.get("place")} == {"Lima"}


@pytest.mark.parametrize("sentence", [
    "Le Chili a battu l'Argentine lors d'une rencontre de football à Santiago.",  # a match
    "Le président chilien a parlé de la crise au Venezuela.",  # « parler de » with no partner
    "Le ministre chilien a parlé de l'Argentine lors d'une conférence de presse.",  # a state spoken of
    "Les échanges commerciaux entre le Chili et le Pérou ont augmenté.",  # trade
    "Le Chili a des échanges commerciaux avec la Chine.",  # trade with a state, no official
    "Les soldats chiliens ont eu un échange de tirs avec des soldats péruviens à la frontière.",  # fighting
    "Le Chili a procédé à un échange de prisonniers avec le Pérou.",  # an exchange of something
    "Le président chilien a échangé des prisonniers avec le Pérou.",  # exchanging something
    "Le Chili a échangé des données avec le Pérou.",
    "Le parlement chilien a ouvert sa session à Santiago.",  # one state's session
    "L'Inde a choisi le Rafale à l'issue d'une consultation internationale.",  # a tender
    "Des touristes chiliens sont arrivés à Lima pour une visite du musée.",  # no visitor of state
    "Le président chilien a répondu au téléphone.",  # no one on the phone
    "Le général Pedro Alvarez, chef d'état-major, a entamé lundi une visite officielle au Pérou.",  # no dispatch
    "LIMA, 3 mai (Agence) - Le ministre Jorge Salinas a entamé lundi une visite officielle à Lima.",  # at home
    "La Bolivie et le Paraguay ont eu des échanges commerciaux records.",  # states trading, no officials
    "Les soldats boliviens et paraguayens ont eu un échange de tirs.",
    "Le Chili et le Pérou ont eu une séance houleuse au Parlement.",
])
def test_no_talks_in_these_words(sentence: str) -> None:
    facts = analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts
    assert [f for f in facts if f.kind == "negotiation" and f.modality.value in {"asserted", "reported"}] == []


@pytest.mark.parametrize("sentence", [
    "Le président chilien pourrait parler avec son homologue argentin à Buenos Aires.",
    "Le Chili et le Pérou envisagent des consultations à Lima.",
    "Le président chilien doit arriver à Lima pour une visite officielle.",
])
def test_talks_only_planned_or_possible_are_not_asserted(sentence: str) -> None:
    facts = analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts
    assert all(f.modality.value not in {"asserted", "reported"} for f in facts if f.kind == "negotiation")


def test_a_party_of_the_deal_discussed_is_no_side() -> None:
    """« pour discuter de la mise en œuvre de l'accord de paix avec X »: X is the deal's party, not a side."""
    text = "Titre\nLe Hamas a annoncé qu'une délégation du groupe a rencontré à Lima le chef du renseignement " \
        "péruvien pour discuter de la mise en œuvre de l'accord de trêve avec la Bolivie."
    facts = analyse_text(text, published=PUBLISHED).facts
    assert [{e.label for e in f.get("participant")} for f in facts if f.kind == "negotiation"] == [
        {"Hamas", "Pérou"}]
    facts = analyse_text("Titre\nLe Chili négocie un nouveau contrat de drones avec le Pérou.").facts
    assert [{e.label for e in f.get("participant")} for f in facts if f.kind == "negotiation"] == [
        {"Chili", "Pérou"}]  # the deal negotiated is the object: its « avec » is the side
