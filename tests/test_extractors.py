"""Each fact extractor on sentences written for these tests: the exact roles it finds, and the modality.

Every sentence holds one fact of the kind under test, in a phrasing of its own (active, passive, participle, « entre X
et Y », « avec X », headline without a verb, titles before and after a name, capital, demonym, government body),
with negated, conditional, modal and reported variants. State labels are the French prefLabels of the reference data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_modality import fold

PUBLISHED = dt.date(2025, 6, 2)
ROLE_IRI = "https://w3id.org/kg-news/id/role-"
BODY = "Le calendrier reste inconnu."  # follows a headline; says nothing


@dataclass(frozen=True)
class Case:
    id: str
    sentence: str
    kind: str
    roles: dict[str, set[str]]  # role -> labels, exactly what the fact must hold
    modality: str = "asserted"
    amount: tuple[Decimal, str] | None = None  # value in units, ISO 4217 code
    venues: set[str] = field(default_factory=set)  # negotiation venues, when the sentence names one
    source: str | None = None  # expected attribution (source label, else source text)
    post: str | None = None  # post facts: the role IRI suffix (minister-of-defence)
    headline: bool = False  # the sentence is the article's title, followed by a body that says nothing
    known_miss: str | None = None  # a general cause the extractor does not handle yet (reported as xfail)

    def text(self) -> str:
        return f"{self.sentence}\n{BODY}" if self.headline else f"Titre\n{self.sentence}"


def money(value: str, currency: str) -> tuple[Decimal, str]:
    return Decimal(value), currency


SUPPORT = [
    Case("active-past", "La Pologne a livré des chars Leopard 2 à la Lituanie.", "support",
         {"supporter": {"Pologne"}, "recipient": {"Lituanie"}, "weapon": {"Leopard 2"}}),
    Case("passive-par", "Des systèmes NASAMS ont été livrés à la Lettonie par la Norvège.", "support",
         {"supporter": {"Norvège"}, "recipient": {"Lettonie"}, "weapon": {"NASAMS"}}),
    Case("participle-livres-par", "L'armée estonienne utilise des obusiers K9 Thunder livrés par la Corée du Sud.",
         "support", {"supporter": {"Corée du Sud"}, "recipient": {"Estonie"}, "weapon": {"K9 Thunder"}}),
    Case("capitals-metonymy", "Varsovie envoie des obusiers Krab à Kiev.", "support",
         {"supporter": {"Pologne"}, "recipient": {"Ukraine"}, "weapon": {"Krab"}}),
    Case("demonym-subject", "Les Japonais ont cédé des systèmes Patriot aux Philippines.", "support",
         {"supporter": {"Japon"}, "recipient": {"Philippines"}, "weapon": {"Patriot"}}),
    Case("body-pentagone", "Le Pentagone a transféré des lance-roquettes Himars à Taïwan.", "support",
         {"supporter": {"États-Unis"}, "recipient": {"Taïwan"}, "weapon": {"Himars"}}),
    Case("headline-no-verb", "Nouvelle livraison de canons Caesar de la France à l'Arménie", "support",
         {"supporter": {"France"}, "recipient": {"Arménie"}, "weapon": {"Caesar"}}, headline=True),
    Case("title-before-name", "Le ministre finlandais de la Défense, Mikko Laine, a cédé des obusiers K9 Thunder à "
         "l'Estonie.", "support", {"supporter": {"Finlande"}, "recipient": {"Estonie"}, "weapon": {"K9 Thunder"}}),
    Case("buy-for", "Le Danemark a acheté des chars Leopard 1 pour l'Ukraine.", "support",
         {"supporter": {"Danemark"}, "recipient": {"Ukraine"}, "weapon": {"Leopard 1"}}),
    Case("train-demonym-object", "Le Royaume-Uni forme des soldats ukrainiens sur des chars Challenger 2.", "support",
         {"supporter": {"Royaume-Uni"}, "recipient": {"Ukraine"}, "weapon": {"Challenger 2"}},
         known_miss="the tagger reads « forme » as the noun (a form), so no training verb is seen"),
    Case("negated", "La Suède n'a pas livré de chasseurs Gripen à la Hongrie.", "support",
         {"supporter": {"Suède"}, "recipient": {"Hongrie"}, "weapon": {"Gripen"}}, "denied"),
    Case("refused-capital", "Séoul refuse de livrer des obusiers K9 Thunder à l'Ukraine.", "support",
         {"supporter": {"Corée du Sud"}, "recipient": {"Ukraine"}, "weapon": {"K9 Thunder"}}, "denied"),
    Case("conditional", "La Turquie livrerait des drones Bayraktar TB2 au Mali.", "support",
         {"supporter": {"Turquie"}, "recipient": {"Mali"}, "weapon": {"Bayraktar TB2"}}, "reported"),
    Case("modal", "Le Japon pourrait envoyer des systèmes Patriot aux Philippines.", "support",
         {"supporter": {"Japon"}, "recipient": {"Philippines"}, "weapon": {"Patriot"}}, "possible"),
    Case("reported-selon", "Selon Reuters, l'Inde a vendu des missiles BrahMos aux Philippines.", "support",
         {"supporter": {"Inde"}, "recipient": {"Philippines"}, "weapon": {"BrahMos"}}, "reported", source="Reuters"),
]

FINANCING = [
    Case("active-loan", "Le Japon a accordé un prêt de 3 milliards de dollars aux Philippines.", "financing",
         {"funder": {"Japon"}, "recipient": {"Philippines"}}, amount=money("3e9", "USD")),
    Case("passive-par", "Une aide de 500 millions d'euros a été versée à la Moldavie par l'Allemagne.", "financing",
         {"funder": {"Allemagne"}, "recipient": {"Moldavie"}}, amount=money("5e8", "EUR")),
    Case("capital-pour", "Oslo débloque 2 milliards de couronnes norvégiennes pour la défense de la Lituanie.",
         "financing", {"funder": {"Norvège"}, "recipient": {"Lituanie"}}, amount=money("2e9", "NOK")),
    Case("body-maison-blanche", "La Maison Blanche a promis 800 millions de dollars à Taïwan.", "financing",
         {"funder": {"États-Unis"}, "recipient": {"Taïwan"}}, amount=money("8e8", "USD")),
    Case("demonym-subject", "Les Suédois verseront 300 millions d'euros à la Finlande.", "financing",
         {"funder": {"Suède"}, "recipient": {"Finlande"}}, amount=money("3e8", "EUR")),
    Case("demonym-adjective-noun", "Un prêt japonais de 2 milliards de dollars à l'Indonésie entre en vigueur mardi.",
         "financing", {"funder": {"Japon"}, "recipient": {"Indonésie"}}, amount=money("2e9", "USD")),
    Case("headline-no-verb", "Garantie de 1 milliard d'euros de la France à la Roumanie", "financing",
         {"funder": {"France"}, "recipient": {"Roumanie"}}, amount=money("1e9", "EUR"), headline=True),
    Case("refused", "La Suède refuse de verser 300 millions d'euros à la Hongrie.", "financing",
         {"funder": {"Suède"}, "recipient": {"Hongrie"}}, "denied", amount=money("3e8", "EUR")),
    Case("negated", "Le Canada n'a pas garanti de prêt de 400 millions de dollars canadiens à la Lettonie.",
         "financing", {"funder": {"Canada"}, "recipient": {"Lettonie"}}, "denied", amount=money("4e8", "CAD")),
    Case("conditional", "Le Qatar aurait accordé un prêt de 500 millions de dollars à la Turquie.", "financing",
         {"funder": {"Qatar"}, "recipient": {"Turquie"}}, "reported", amount=money("5e8", "USD")),
    Case("modal", "La Corée du Sud pourrait accorder une garantie de 1 milliard de dollars à la Pologne.", "financing",
         {"funder": {"Corée du Sud"}, "recipient": {"Pologne"}}, "possible", amount=money("1e9", "USD")),
    Case("reported-selon", "Selon Bloomberg, l'Arabie saoudite a versé 2 milliards de dollars au Pakistan.",
         "financing", {"funder": {"Arabie saoudite"}, "recipient": {"Pakistan"}}, "reported",
         amount=money("2e9", "USD"), source="Bloomberg"),
]

NEGOTIATION = [
    Case("entre-x-et-y", "Des négociations entre le Japon et la Corée du Sud se sont tenues lundi à Tokyo.",
         "negotiation", {"participant": {"Japon", "Corée du Sud"}}, venues={"Tokyo"}),
    Case("coordinated-subjects", "L'Inde et le Pakistan ont entamé des pourparlers à Doha.", "negotiation",
         {"participant": {"Inde", "Pakistan"}}, venues={"Doha"}),
    Case("verb-avec", "La Grèce négocie avec la Turquie à Athènes.", "negotiation",
         {"participant": {"Grèce", "Turquie"}}, venues={"Athènes"}),
    Case("capitals-venue-capital", "Erevan et Bakou ont repris leurs discussions à Washington.", "negotiation",
         {"participant": {"Arménie", "Azerbaïdjan"}}, venues={"Washington"}),
    Case("title-before-homologue", "Le ministre indien des Affaires étrangères a rencontré son homologue chinois à "
         "Pékin.", "negotiation", {"participant": {"Inde", "Chine"}}, venues={"Pékin"}),
    Case("title-after-name", "Mehmet Yildiz, ministre turc des Affaires étrangères, a rencontré à Ankara son "
         "homologue syrien.", "negotiation", {"participant": {"Turquie", "Syrie"}}, venues={"Ankara"}),
    Case("headline-no-verb", "Pourparlers entre l'Inde et la Chine à Pékin", "negotiation",
         {"participant": {"Inde", "Chine"}}, venues={"Pékin"}, headline=True),
    Case("demonym-subjects", "Les Sud-Coréens et les Japonais discutent à Séoul de la menace nord-coréenne.",
         "negotiation", {"participant": {"Corée du Sud", "Japon"}}, venues={"Séoul"}),
    Case("negated", "La Serbie n'a pas négocié avec le Kosovo.", "negotiation",
         {"participant": {"Serbie", "Kosovo"}}, "denied"),
    Case("refused", "La Corée du Nord refuse toute négociation avec la Corée du Sud.", "negotiation",
         {"participant": {"Corée du Nord", "Corée du Sud"}}, "denied"),
    Case("conditional", "Des pourparlers entre l'Inde et la Chine se seraient tenus à Pékin.", "negotiation",
         {"participant": {"Inde", "Chine"}}, "reported", venues={"Pékin"}),
    Case("modal", "L'Inde et le Pakistan pourraient reprendre les négociations à Riyad.", "negotiation",
         {"participant": {"Inde", "Pakistan"}}, "possible", venues={"Riyad"}),
    Case("reported-selon", "Selon Yonhap, la Corée du Sud et le Japon ont entamé des discussions à Séoul.",
         "negotiation", {"participant": {"Corée du Sud", "Japon"}}, "reported", venues={"Séoul"}, source="Yonhap"),
]

AGREEMENT = [
    Case("active-avec", "La Finlande a signé un accord de coopération militaire avec les États-Unis.", "agreement",
         {"party": {"Finlande", "États-Unis"}}),
    Case("coordinated-subjects", "Le Japon et les Philippines ont signé un accord de défense mutuelle.", "agreement",
         {"party": {"Japon", "Philippines"}}),
    Case("passive-entre", "Un contrat a été signé entre la Pologne et la Corée du Sud pour 180 chars K2 Black Panther.",
         "agreement", {"party": {"Pologne", "Corée du Sud"}}),
    Case("passive-par", "Un accord de sécurité a été ratifié par le Japon et l'Australie.", "agreement",
         {"party": {"Japon", "Australie"}}),
    Case("capitals", "Athènes et Paris ont conclu un accord sur l'achat de frégates FDI.", "agreement",
         {"party": {"Grèce", "France"}}),
    Case("amount", "La Pologne a signé avec les États-Unis un contrat de 10 milliards de dollars pour des "
         "hélicoptères AH-64 Apache.", "agreement", {"party": {"Pologne", "États-Unis"}}, amount=money("1e10", "USD")),
    Case("headline-no-verb", "Accord de défense entre la Suède et la Finlande", "agreement",
         {"party": {"Suède", "Finlande"}}, headline=True),
    Case("demonyms", "Les Indiens ont conclu un contrat avec les Français pour 26 avions Rafale.", "agreement",
         {"party": {"Inde", "France"}}),
    Case("body-pentagone", "Le Pentagone a signé un contrat avec la Pologne pour des missiles Patriot.", "agreement",
         {"party": {"États-Unis", "Pologne"}}),
    Case("title-before-name", "Le Premier ministre japonais, Kenji Mori, a signé un accord avec l'Australie.",
         "agreement", {"party": {"Japon", "Australie"}}),
    Case("negated-aucun", "Aucun accord n'a été signé entre le Japon et la Chine.", "agreement",
         {"party": {"Japon", "Chine"}}, "denied"),
    Case("refused", "La Finlande a refusé de signer le traité avec la Russie.", "agreement",
         {"party": {"Finlande", "Russie"}}, "denied"),
    Case("conditional", "L'Indonésie aurait signé un contrat avec la Turquie pour des drones Anka.", "agreement",
         {"party": {"Indonésie", "Turquie"}}, "reported"),
    Case("modal", "La Grèce et la Turquie pourraient signer un accord de non-agression.", "agreement",
         {"party": {"Grèce", "Turquie"}}, "possible"),
    Case("reported-selon", "Selon le Financial Times, l'Inde a signé un contrat avec la France.", "agreement",
         {"party": {"Inde", "France"}}, "reported", source="Financial Times"),
]

POSTS = [
    Case("title-before-name", "Le ministre polonais de la Défense, Jan Kowalczyk, s'est rendu à Vilnius.", "post",
         {"holder": {"Jan Kowalczyk"}, "org": {"Pologne"}}, post="minister-of-defence"),
    Case("title-after-name", "Ingrid Dahl, ministre norvégienne des Affaires étrangères, a reçu son homologue.",
         "post", {"holder": {"Ingrid Dahl"}, "org": {"Norvège"}}, post="minister-of-foreign-affairs"),
    Case("de-state-name", "Le président de la Corée du Sud, Park Min-ho, est arrivé à Tokyo.", "post",
         {"holder": {"Park Min-ho"}, "org": {"Corée du Sud"}}, post="president"),
    Case("body-pentagone", "Le porte-parole du Pentagone, John Miller, a répondu aux journalistes.", "post",
         {"holder": {"John Miller"}, "org": {"Pentagone"}}, post="spokesperson"),
    Case("title-no-comma", "Le Premier ministre suédois Lars Berg a reçu des journalistes.", "post",
         {"holder": {"Lars Berg"}, "org": {"Suède"}}, post="prime-minister"),
    Case("feminine-title", "La ministre finlandaise de la Défense, Anna Koskinen, a visité une base aérienne.", "post",
         {"holder": {"Anna Koskinen"}, "org": {"Finlande"}}, post="minister-of-defence"),
    Case("ambassador-posted-abroad", "L'ambassadeur japonais à Séoul, Kenji Sato, a été convoqué.", "post",
         {"holder": {"Kenji Sato"}, "org": {"Japon"}}, post="ambassador"),
]


def show(fact: Fact) -> str:
    roles = {role: sorted(e.label for e in fact.get(role)) for role in dict(fact.roles)}
    return f"{fact.kind} {fact.modality.value} {roles} {[(str(a.value), a.currency) for a in fact.amounts]}"


def check(case: Case) -> None:
    graph = analyse_text(case.text(), published=PUBLISHED)
    facts = [f for f in graph.facts if f.kind == case.kind]
    assert len(facts) == 1, f"{len(facts)} {case.kind} facts: {[show(f) for f in graph.facts]}"
    fact = facts[0]
    roles = {role: {e.label for e in fact.get(role)} for role in dict(fact.roles)}
    assert roles == case.roles, show(fact)
    assert fact.modality.value == case.modality, show(fact)
    if case.amount is not None:
        assert [(a.value, a.currency) for a in fact.amounts] == [case.amount], show(fact)
    if case.venues:
        assert {e.label for part in fact.parts for e in part.get("place")} == case.venues, show(fact)
    if case.source is not None:
        said = fact.said.source.label if fact.said.source else fact.said.source_text
        assert said is not None and fold(said) == fold(case.source), f"source {said!r}"
    if case.post is not None:
        assert fact.attr("post") == ROLE_IRI + case.post


def params(cases: list[Case]) -> list[object]:
    """Cases as pytest params; a known miss is an expected failure with its cause, so it shows in the report
    and turns into a pass (XPASS) once fixed."""
    return [pytest.param(case, id=case.id, marks=[pytest.mark.xfail(reason=case.known_miss, strict=True)]
                         if case.known_miss else []) for case in cases]


@pytest.mark.parametrize("case", params(SUPPORT))
def test_support(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", params(FINANCING))
def test_financing(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", params(NEGOTIATION))
def test_negotiation(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", params(AGREEMENT))
def test_agreement(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("case", params(POSTS))
def test_post(case: Case) -> None:
    check(case)


def test_weapons_named_after_their_type_noun() -> None:
    """« véhicules blindés brésiliens Guarani », « avion de transport C-27J Spartan »: reference data rows."""
    found = analyse_text("Titre\nL'armée veut acheter des véhicules blindés brésiliens Guarani et un avion de "
                         "transport militaire C-27J Spartan.")
    assert {m.label for m in found.mentions.values() if m.cls == "WeaponSystem"} == {"Guarani", "C-27J Spartan"}


def test_a_first_person_whose_speaker_is_a_first_person_again_ends() -> None:
    """« nous » read through the subject of a verb of saying that is « il », whose antecedent is « nous » again:
    the article is still read (no endless recursion), and no one is made up for « nous »."""
    text = ("Titre\n\nLe ministre norvégien a indiqué que « nous avons commandé 54 chars » et il a ajouté que nous "
            "les recevrons.")
    assert analyse_text(text).facts is not None


@pytest.mark.parametrize(("text", "modality"), [
    ("La Norvège a-t-elle livré des drones au Niger ?", "possible"),
    ("Est-ce que la Norvège a signé un accord avec l'Inde ?", "possible"),
    ("La Norvège a livré des obusiers au Niger ?", "possible"),
    ("Pourquoi la Turquie a-t-elle livré des drones au Niger ?", "asserted"),  # asks why, takes it as done
    ("Et que sait-on des négociations entre la Norvège et l'Inde ?", "asserted"),
    ("La Norvège a livré des obusiers au Niger.", "asserted"),
])
def test_a_yes_no_question_asserts_nothing(text: str, modality: str) -> None:
    found = [f for f in analyse_text(f"Titre\n\n{text}").facts if f.kind in {"support", "agreement", "negotiation"}]
    assert found and {f.modality.value for f in found} == {modality}
