"""Posts whose title news narrows or stands in for (sentences written for these tests): a brief after the title
(« chargé de ... »), a deputy's title built on another post (« l'adjoint au chef d'état-major »), a firm named
by its noun (« le directeur du groupe »), a demonstrative stand-in for an official told before (« ce
responsable, X »), a name the NER reads as an organisation right after a title word (« le ministre X »); a title
that opens the clause after a name and its comma (« X, le président turc a été reçu ») is no apposition of that
name; a second title joined by « et » (« X, prince héritier et Premier ministre ») is the same person's."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.extract.ner_reading import ner_candidates
from kg.nlp import parse
from tests.test_posts import people, posts, posts_in


def held(text: str) -> set[tuple[str, str]]:
    """(holder, post IRI suffix) of every post fact of a text."""
    return {(holder, post) for holder, post, _ in posts(text)}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("La Belgique renforce son armée. Le ministre délégué chargé des Anciens combattants, Paul Girard, "
                 "a inauguré la base.", {("Paul Girard", "minister-delegate")}, id="junior-minister-brief"),
    pytest.param("La secrétaire d'État chargée de la Mer, Claire Dubois, a visité le chantier naval.",
                 {("Claire Dubois", "secretary-of-state")}, id="feminine-brief"),
    pytest.param("La Pologne achète des chars. Le vice-ministre polonais de la Défense chargé des acquisitions, Jan "
                 "Wrona, a signé le contrat.", {("Jan Wrona", "text-vice-ministre-polonais-de-la-defense")},
                 id="deputy-minister-brief"),
    pytest.param("Le ministre a chargé Paul Girard de la mission de liaison.", set(), id="verb-is-no-brief"),
])
def test_brief_after_the_title(text: str, expected: set[tuple[str, str]]) -> None:
    """« chargé de ... » after a title narrows the post: the name after it holds the post."""
    assert held(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Selon l'agence officielle, Ahmed Salem, l'adjoint au chef d'état-major de l'armée jordanienne, a "
                 "signé le document.",
                 {("Ahmed Salem", "text-adjoint-au-chef-d-etat-major-de-l-armee-jordanienne", "Jordanie")},
                 id="name-then-deputy"),
    pytest.param("L'accord a été signé par l'adjointe du directeur du renseignement marocain, Leila Bennani.",
                 {("Leila Bennani", "text-adjointe-du-directeur-du-renseignement-marocain", "Maroc")},
                 id="deputy-then-name"),
    pytest.param("Le chef d'état-major de l'armée jordanienne, Ali Hamdan, et son adjoint ont visité la base.",
                 {("Ali Hamdan", "chief-of-defence-staff", "Jordanie")}, id="deputy-unnamed"),
])
def test_deputy_of_a_post(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    """« l'adjoint au chef d'état-major » is the deputy's own post, not the chief's."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Le constructeur Kongsberg a signé un contrat record. « Nous sommes prêts », a déclaré le directeur "
                 "du groupe, Lars Holm.", ("Lars Holm", "text-directeur-du-groupe", "Kongsberg"), id="group"),
    pytest.param("Saab a remporté la commande. La PDG de l'entreprise, Karin Berg, a salué une étape.",
                 ("Karin Berg", "text-pdg-de-l-entreprise", "Saab"), id="firm"),
    pytest.param("Rheinmetall a livré les obus. Le président de la société, Hans Keller, a annoncé une usine.",
                 ("Hans Keller", "text-president-de-la-societe", "Rheinmetall"), id="company"),
    pytest.param("Thales a remporté un contrat. Le chef du groupe armé, Abou Karim, a revendiqué l'attaque.",
                 ("Abou Karim", "text-chef-du-groupe-arme", None), id="armed-group-is-no-firm"),
    pytest.param("Thales a remporté un contrat. Le Hezbollah a riposté, a dit le chef du groupe, Abou Karim.",
                 ("Abou Karim", "text-chef-du-groupe", None), id="chief-of-the-group-is-no-manager"),
])
def test_firm_named_by_its_noun(text: str, expected: tuple[str, str, str | None]) -> None:
    """« le directeur du groupe, X »: the post is in the firm the article named."""
    assert posts(text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Le contrat a été signé mardi, a annoncé un porte-parole du ministère chilien de la Défense. Les "
                 "livraisons commenceront en mai, a précisé ce responsable, Jorge Pérez Soto.",
                 {("Jorge Pérez Soto", "spokesperson", "Chili")}, id="this-official"),
    pytest.param("Le ministre colombien de la Défense a salué l'accord. Les avions seront livrés en 2026, a ajouté "
                 "ce haut responsable, Andrés Gómez, devant la presse.",
                 {("Andrés Gómez", "minister-of-defence", "Colombie")}, id="this-senior-official"),
    pytest.param("Un porte-parole de l'armée péruvienne a confirmé l'achat. Les hélicoptères arriveront en juin, a "
                 "dit cet officiel, Luis Quispe, aux journalistes.",
                 {("Luis Quispe", "spokesperson", "Pérou")}, id="this-officer"),
    pytest.param("Les livraisons commenceront en mai, a précisé ce responsable, Jorge Pérez Soto.", set(),
                 id="no-post-told-before"),
    pytest.param("Le porte-parole de l'armée péruvienne, Ana Flores, a confirmé l'achat. Les hélicoptères arriveront "
                 "en juin, a dit ce responsable, Luis Quispe.", {("Ana Flores", "spokesperson", "Pérou")},
                 id="post-told-before-has-a-holder"),
    pytest.param("Le conseiller du président colombien, Juan Ruiz, a confirmé l'achat. Les avions arriveront en mai, "
                 "a dit ce responsable, Pedro Gil.", {("Juan Ruiz", "adviser", "Colombie")},
                 id="post-in-a-complement-is-not-told"),
])
def test_stand_in_for_an_official(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    """« ce responsable, X » names the post told last with no holder."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "name", "person"), [
    pytest.param("« Le pays est prêt », a déclaré le ministre Audrius Kaminskas.", "Audrius Kaminskas", True,
                 id="minister"),
    pytest.param("« Le système sera prêt », a affirmé le général Tomas Venclova.", "Tomas Venclova", True,
                 id="general"),
    pytest.param("« Nous sommes prêts », a dit le président Arvydas Sabonis.", "Arvydas Sabonis", True,
                 id="president"),
    pytest.param("Le contrat a été signé avec le groupe Kongsberg Gruppen.", "Kongsberg Gruppen", False,
                 id="firm-after-a-common-noun"),
])
def test_name_the_ner_reads_as_an_organisation_after_a_title(text: str, name: str, person: bool) -> None:
    """The NER may read « Prénom Nom » after « le ministre » as an organisation: a name right after a word that
    names the person after it is a person's."""
    doc = next(parse([text]))
    start = next(t.i for t in doc if name.startswith(t.text))
    doc.ents = [Span(doc, start, start + len(name.split()), label="ORG")]
    found = {(doc[s:e].text, how) for s, e, how, _ in ner_candidates(doc, frozenset({"ministre", "général",
                                                                                     "président"}))}
    assert found == {(name, "ner-person" if person else "ner-org")}


@pytest.mark.parametrize("text", [
    pytest.param("Le roman de Lucie Marchal (trad. Paul Dray, Albin Michel) a reçu le prix.", id="citation"),
    pytest.param("Son essai sur la dissuasion paraît chez Odile Jacob en mars.", id="chez"),
    pytest.param("Le livre, publié aux éditions Robert Laffont, raconte la guerre.", id="editions"),
])
def test_publishers_are_no_people(text: str) -> None:
    """A publisher whose name is shaped like a person's (reference data) is no person."""
    assert not {"Albin Michel", "Odile Jacob", "Robert Laffont"} & people(text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("L'Inde et la Russie ont signé un accord. Le ministre indien de la Défense a salué un pas décisif. "
                 "« Nous avançons », a déclaré le ministre Arjun Mehta.",
                 {("Arjun Mehta", "minister-of-defence", "Inde")}, id="minister-named-later"),
    pytest.param("Le ministre estonien des Affaires étrangères a critiqué Moscou. Selon le ministre Tarmo Kask, la "
                 "menace grandit.", {("Tarmo Kask", "minister-of-foreign-affairs", "Estonie")},
                 id="foreign-minister-named-later"),
    pytest.param("La ministre lettone de la Défense a visité la base. La ministre Ilze Ozola a ensuite rencontré les "
                 "soldats.", {("Ilze Ozola", "minister-of-defence", "Lettonie")}, id="feminine"),
])
def test_bare_title_names_the_post_told_before(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    """A lone title told without a name (« le ministre indien de la Défense a salué »), then « le ministre X »:
    X holds the post told before, in its state; not when that post was told with its holder's name."""
    assert posts(text) == expected
    named = posts("Le ministre indien de la Défense, Arjun Mehta, a salué l'accord. Le ministre Vikram Rao, chargé "
                  "des Finances, a approuvé le budget.")
    assert {post for holder, post, _ in named if holder != "Arjun Mehta"} <= {"minister"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Accompagné de son ministre de l'Intérieur, Karim Haddad, le président tunisien a été reçu.",
                 {("Karim Haddad", "minister-of-the-interior")}, id="incise-then-subject"),
    pytest.param("Après avoir salué Jonas Berg, le ministre norvégien a signé l'accord.", set(),
                 id="object-then-subject"),
    pytest.param("Selon Marta Ruiz, la ministre espagnole a quitté la réunion.", set(), id="source-then-subject"),
    pytest.param("Le contrat a été signé par Marta Ruiz, la ministre espagnole de la Défense.",
                 {("Marta Ruiz", "minister-of-defence")}, id="apposition-at-the-end"),
    pytest.param("Marta Ruiz, ministre espagnole de la Défense a signé le contrat.",
                 {("Marta Ruiz", "minister-of-defence")}, id="apposition-without-its-closing-comma"),
    pytest.param("Marta Ruiz, la ministre de la Défense espagnole a signé le contrat.",
                 {("Marta Ruiz", "minister-of-defence")}, id="name-opens-the-sentence"),
    pytest.param("On notera que Marta Ruiz, la ministre espagnole de la Défense est aussi députée.",
                 {("Marta Ruiz", "minister-of-defence")}, id="name-opens-the-clause-after-que"),
])
def test_title_that_opens_the_clause(text: str, expected: set[tuple[str, str]]) -> None:
    """« X, le président turc a été reçu »: a title with its article that its verb follows is the clause's
    subject, not an apposition of the name before the comma; without its article it still is one."""
    assert held(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Omar Haddad, prince héritier et Premier ministre jordanien, a reçu la délégation.",
                 {("Omar Haddad", "crown-prince"), ("Omar Haddad", "prime-minister")}, id="two-titles"),
    pytest.param("Le chef de l'État, Omar Haddad, et le Premier ministre ont reçu la délégation.",
                 {("Omar Haddad", "head-of-state")}, id="second-title-has-its-own-holder"),
])
def test_titles_joined_by_and(text: str, expected: set[tuple[str, str]]) -> None:
    """« X, prince héritier et Premier ministre »: the second title of a name's apposition is that name's too."""
    assert held(text) == expected


@pytest.mark.parametrize(("article", "expected"), [
    pytest.param("Le ministre tunisien de la Défense en visite au Koweït\n\nLe ministre a rencontré plusieurs "
                 "responsables.\n\nReçu par le prince héritier, Cheikh Nasser Al-Ahmad, le ministre a salué la "
                 "coopération.", ("Nasser Al-Ahmad", "crown-prince", "Koweït"), id="crown-prince"),
    pytest.param("Le ministre malien de la Défense en visite au Maroc\n\nReçu par le roi, Hassan Benali, le ministre "
                 "a salué la coopération.", ("Hassan Benali", "king", "Maroc"), id="king"),
])
def test_monarch_of_the_visited_state(article: str, expected: tuple[str, str, str]) -> None:
    """A monarch named by a bare title in the report of a visit its headline tells is the host's, like a
    president."""
    assert expected in posts_in(article)


@pytest.mark.parametrize("text", [
    "Monsieur l'Ambassadeur,",
    "Madame la Ministre de la Défense,",
    "Le ministre de la Défense,",
])
def test_title_and_comma_ending_the_sentence(text: str) -> None:
    """A salutation that is only a title and its comma (« Monsieur l'Ambassadeur, ») ends the sentence where the
    reader looks for a name after the comma: no post, and no fault."""
    assert held(text) == set()
