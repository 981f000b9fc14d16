"""Talks told the many ways newsrooms tell them: a paraphrase grid that crosses the event (a verb, a noun, a visit,
a trip, a call), the voice, the actor (a person by title, a state, a capital, a ministry, a firm, an organisation),
where the venue and the sides are told (the same sentence, the one before or after, a dateline, a headline), and the
genre (dispatch, communiqué, interview); with the negatives beside them (war, trade, sport, plans, denials, a
signing alone). Sentences and names written for the purpose."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from kg.kinds import Modality
from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_extractors import PUBLISHED


@dataclass(frozen=True)
class Cell:
    """An article (its first line is the title) and the firm talks it tells: each expected talks' sides (all of them
    among one fact's sides) and venues (exactly, or None: not checked); `absent`: labels no talks may have as
    a side. No talks expected: no asserted or reported talks at all."""

    id: str
    text: str
    talks: list[tuple[set[str], set[str] | None]] = field(default_factory=list)
    absent: set[str] = field(default_factory=set)


def _firm_talks(text: str) -> list[Fact]:
    facts = analyse_text(text, published=PUBLISHED).facts
    return [f for f in facts if f.kind == "negotiation" and f.modality in {Modality.ASSERTED, Modality.REPORTED}]


def _show(talks: list[Fact]) -> list[tuple[list[str], list[str]]]:
    return [(sorted(e.label for e in f.get("participant")), sorted(e.label for p in f.parts for e in p.get("place")))
            for f in talks]


T = "Titre\n"

GRID = [
    # --- the event as a verb or a noun, the actor as a person, a state, a capital, a ministry, a firm
    Cell("verb-titles-venue-before-object", T + "Le ministre vietnamien de la Défense a rencontré mardi à Hanoï son "
         "homologue philippin.", [({"Vietnam", "Philippines"}, {"Hanoï"})]),
    Cell("noun-subject-held-in", T + "La rencontre entre le président kényan et le président ougandais s'est tenue "
         "à Kampala.", [({"Kenya", "Ouganda"}, {"Kampala"})]),
    Cell("capitals-as-states", T + "Hanoï et Manille ont tenu des pourparlers mardi à Hanoï.",
         [({"Vietnam", "Philippines"}, {"Hanoï"})]),
    Cell("ministry-and-seat-of-government", T + "Le ministère sud-coréen de la Défense a mené des consultations avec "
         "le Pentagone à Séoul.", [({"Corée du Sud", "États-Unis"}, {"Séoul"})]),
    Cell("firm-as-a-side", T + "Le ministère indonésien de la Défense a négocié avec Dassault Aviation l'achat de "
         "Rafale.", [({"Indonésie", "Dassault Aviation"}, None)]),
    Cell("talks-under-way-in-a-city", T + "Des négociations entre la Pologne et Hanwha Aerospace sont en cours à "
         "Varsovie.", [({"Pologne", "Hanwha Aerospace"}, {"Varsovie"})]),
    Cell("passive-received-by", T + "Le ministre philippin a été reçu à Hanoï par le président vietnamien.",
         [({"Vietnam", "Philippines"}, {"Hanoï"})]),
    Cell("host-of-talks-between-two-others", T + "Pékin a accueilli des pourparlers entre l'Arabie saoudite et "
         "l'Iran.", [({"Arabie saoudite", "Iran"}, {"Pékin"})]),
    Cell("city-before-the-talks", T + "À Doha, les négociateurs soudanais et tchadiens ont repris les discussions "
         "mardi.", [({"Soudan", "Tchad"}, {"Doha"})]),
    # --- the venue or the sides told in another sentence
    Cell("venue-in-the-next-sentence", T + "Les pourparlers entre le Soudan et le Tchad se sont ouverts lundi. Ils "
         "se tiennent à Doha.", [({"Soudan", "Tchad"}, {"Doha"})]),
    Cell("meeting-noun-held-in-the-next-sentence", T + "Le président colombien a rencontré son homologue "
         "vénézuélien. La réunion s'est tenue à Caracas.", [({"Colombie", "Venezuela"}, {"Caracas"})]),
    Cell("organisation-head-met-with-the-verb", T + "Le ministre estonien s'est entretenu avec le secrétaire "
         "général de l'OTAN à Bruxelles.", [({"Estonie", "OTAN"}, {"Bruxelles"})], absent={"Belgique"}),
    Cell("pronoun-after-a-sentence-of-people-places-nothing", T + "Le président français a rencontré le Premier "
         "ministre indien. Elle se tient à Paris depuis lundi.", [({"France", "Inde"}, set())]),
    Cell("whereabouts-then-pronoun", T + "Le ministre turc des Affaires étrangères était à Bagdad lundi. Il s'est "
         "entretenu avec le Premier ministre irakien.", [({"Turquie", "Irak"}, {"Bagdad"})]),
    Cell("trip-then-pronoun", T + "Le ministre turc des Affaires étrangères s'est rendu à Bagdad lundi. Il a "
         "rencontré le Premier ministre irakien.", [({"Turquie", "Irak"}, {"Bagdad"})]),
    Cell("arrival-then-named-counterpart", T + "Le ministre français des Armées est arrivé en Arménie dimanche. Il a "
         "rencontré son homologue Aram Sarkissian lundi.", [({"France", "Arménie"}, {"Arménie"})]),
    Cell("deal-then-discussions-of-a-second-batch", T + "Le Pérou a commandé six hélicoptères à Airbus en 2021. Des "
         "discussions concernant un deuxième lot sont en cours.", [({"Pérou", "Airbus"}, None)]),
    Cell("contract-then-negotiations-of-more", T + "La marine indonésienne a signé un contrat avec Naval Group pour "
         "deux sous-marins. Des négociations portant sur deux unités supplémentaires ont débuté.",
         [({"Indonésie", "Naval Group"}, None)]),
    Cell("talks-about-more-of-a-deal-between-two-states", T + "La Grèce et la France ont signé un contrat pour trois "
         "frégates. Des négociations sur une quatrième unité sont en cours.", [({"Grèce", "France"}, None)]),
    # --- a head of state or minister titled alone: the state from the dispatch, the headline, the article
    Cell("dispatch-head-of-state-receives-counterpart", "Visite\nDAKAR, 5 mars (AFP) — Le président de la "
         "République a reçu mardi son homologue gambien.", [({"Sénégal", "Gambie"}, {"Dakar"})]),
    Cell("dispatch-titled-guest", "Visite\nABOU DHABI, 5 mars (AFP) — Le président émirien a reçu mardi le Premier "
         "ministre indien.", [({"Émirats arabes unis", "Inde"}, {"Abou Dhabi"})]),
    Cell("head-of-state-named-before", T + "Le président kényan William Otieno a inauguré une route. Le président a "
         "reçu son homologue tanzanien mardi.", [({"Kenya", "Tanzanie"}, None)]),
    Cell("head-of-state-of-the-headline", "Kenya : le président reçoit son homologue tanzanien\nLe président a reçu "
         "mardi son homologue tanzanien au palais présidentiel de Nairobi.", [({"Kenya", "Tanzanie"}, {"Nairobi"})]),
    Cell("head-of-state-of-the-article", T + "Le Ghana renforce ses liens avec ses voisins. Le chef de l'État a reçu "
         "lundi son homologue togolais à Accra.", [({"Ghana", "Togo"}, {"Accra"})]),
    Cell("dateline-on-its-own-line", "Visite\nBakou, 13 juillet, AZERTAC\nLe ministre azerbaïdjanais de la Défense "
         "s'est entretenu jeudi avec une délégation conduite par le ministre géorgien de la Défense.",
         [({"Azerbaïdjan", "Géorgie"}, {"Bakou"})]),
    Cell("state-of-a-cause-is-no-side", "Coopération\nLe ministre tunisien de la Défense effectue une visite au "
         "Koweït. Il a réaffirmé la solidarité de la Tunisie avec la cause palestinienne et le peuple palestinien. Le "
         "ministre a exprimé la volonté de renforcer la coopération avec le Koweït. Lors de sa rencontre avec le "
         "Premier ministre koweïtien, il a été question de sécurité.", [({"Tunisie", "Koweït"}, {"Koweït City"})],
         absent={"Palestine"}),
    # --- a journey told by its own noun
    Cell("first-trip-to-a-state", T + "Le premier voyage du président argentin en Israël a débuté lundi.",
         [({"Argentine", "Israël"}, None)]),
    Cell("trip-someone-makes", T + "Le ministre indien de la Défense a entamé mardi un voyage officiel au Japon.",
         [({"Inde", "Japon"}, None)]),
    Cell("tour-of-two-states", T + "La tournée du Premier ministre australien au Japon et en Corée du Sud a débuté "
         "lundi.", [({"Australie", "Japon"}, None), ({"Australie", "Corée du Sud"}, None)]),
    Cell("staying-for-a-state-visit", T + "Le président ghanéen Kwame Mensah se trouve au Togo pour une visite "
         "d'État de deux jours.", [({"Ghana", "Togo"}, {"Togo"})]),
    Cell("tour-each-host-its-venue", T + "La tournée du Premier ministre australien au Japon et en Corée du Sud "
         "a débuté lundi.", [({"Australie", "Japon"}, {"Japon"}), ({"Australie", "Corée du Sud"}, {"Corée du Sud"})]),
    Cell("tour-made-by-a-light-verb", T + "Le président sud-africain a effectué une tournée en Angola, au Botswana "
         "et en Zambie.", [({"Afrique du Sud", "Angola"}, {"Angola"}), ({"Afrique du Sud", "Botswana"}, {"Botswana"}),
                           ({"Afrique du Sud", "Zambie"}, {"Zambie"})]),
    Cell("tour-that-leads-to-states", T + "Le président ghanéen a entamé une tournée qui le mènera au Kenya, en "
         "Ouganda puis au Rwanda.", [({"Ghana", "Kenya"}, {"Kenya"}), ({"Ghana", "Ouganda"}, {"Ouganda"}),
                                     ({"Ghana", "Rwanda"}, {"Rwanda"})]),
    Cell("tour-that-led-to-states", T + "La tournée du président sénégalais l'a conduit en Mauritanie puis au Mali.",
         [({"Sénégal", "Mauritanie"}, {"Mauritanie"}), ({"Sénégal", "Mali"}, {"Mali"})]),
    Cell("tour-of-a-state-of-several-words", T + "Le Premier ministre indien a effectué une tournée de trois jours "
         "aux Émirats arabes unis et au Qatar.", [({"Inde", "Émirats arabes unis"}, None), ({"Inde", "Qatar"}, None)]),
    Cell("visited-three-states", T + "Le ministre chinois des Affaires étrangères a visité l'Égypte, la Tunisie et "
         "le Togo.", [({"Chine", "Égypte"}, {"Égypte"}), ({"Chine", "Tunisie"}, {"Tunisie"}),
                      ({"Chine", "Togo"}, {"Togo"})]),
    Cell("visited-two-cities", T + "Le président français a visité Lima et Santiago.",
         [({"France", "Pérou"}, {"Lima"}), ({"France", "Chili"}, {"Santiago"})]),
    Cell("visit-to-two-cities", T + "Le ministre japonais de la Défense a effectué une visite à Manille puis à "
         "Jakarta.", [({"Japon", "Philippines"}, {"Manille"}), ({"Japon", "Indonésie"}, {"Jakarta"})]),
    Cell("trip-of-a-minister-to-a-city", T + "Le déplacement du ministre turc de la Défense à Bakou s'est achevé "
         "mardi.", [({"Turquie", "Azerbaïdjan"}, {"Bakou"})]),
    Cell("delegation-led-by-a-minister", T + "Le président chinois a reçu une délégation menée par le ministre "
         "russe de la Défense.", [({"Chine", "Russie"}, set())]),
    Cell("surname-after-a-title-on-a-stay", T + "Le président malawite Peter Banda a salué l'accord. Le président "
         "Banda se trouve actuellement au Rwanda pour une visite d'État.", [({"Malawi", "Rwanda"}, {"Rwanda"})]),
    # --- an organisation's seat is the venue, not a side
    Cell("organisation-seat-is-no-side", T + "Le ministre lituanien de la Défense a eu des échanges avec le "
         "secrétaire général de l'OTAN à Bruxelles.", [({"Lituanie", "OTAN"}, {"Bruxelles"})], absent={"Belgique"}),
    Cell("organisation-head-met-at-its-seat", T + "Le président sénégalais a rencontré le président de la "
         "Commission de l'Union africaine à Addis-Abeba.", [({"Sénégal", "Union africaine"}, {"Addis-Abeba"})],
         absent={"Éthiopie"}),
    # --- a regional government as a side, by the title of its head
    Cell("regional-government-head-meets", T + "Le président du Gouvernement régional du Kurdistan a rencontré le "
         "Premier ministre irakien à Bagdad.", [({"Gouvernement régional du Kurdistan", "Irak"}, {"Bagdad"})]),
    Cell("regional-government-head-received", T + "Le président turc a reçu le Premier ministre du Gouvernement "
         "régional du Kurdistan à Ankara.", [({"Turquie", "Gouvernement régional du Kurdistan"}, {"Ankara"})]),
    Cell("meeting-with-a-named-head-of-a-body", T + "La délégation turque s'est rendue à Erbil. La rencontre a eu "
         "lieu avec le président du Gouvernement régional du Kurdistan, Karim Talabani.",
         [({"Turquie", "Gouvernement régional du Kurdistan"}, None)]),
    # --- « congolais »: the Congo its capital or the article tells
    Cell("congolese-in-brazzaville", T + "Le ministre congolais de la Défense a rencontré son homologue angolais à "
         "Brazzaville.", [({"République du Congo", "Angola"}, {"Brazzaville"})],
         absent={"République démocratique du Congo"}),
    Cell("congolese-in-kinshasa", T + "Le ministre congolais de la Défense a rencontré son homologue angolais à "
         "Kinshasa.", [({"République démocratique du Congo", "Angola"}, {"Kinshasa"})]),
    Cell("congolese-of-an-article-on-brazzaville", T + "Brazzaville renforce sa coopération avec Luanda. Le ministre "
         "congolais de la Défense a rencontré jeudi son homologue angolais.", [({"République du Congo", "Angola"},
                                                                                None)],
         absent={"République démocratique du Congo"}),
    # --- the venue as a frame, a visit, a seat, a building
    Cell("on-the-margins-of-a-summit", T + "En marge du sommet de Bakou, le président kazakh a rencontré le "
         "président turc.", [({"Kazakhstan", "Turquie"}, {"Bakou"})]),
    Cell("during-a-visit", T + "Le ministre chilien a rencontré le président péruvien lors de sa visite à Lima.",
         [({"Chili", "Pérou"}, {"Lima"})]),
    Cell("at-a-seat-in-a-city", T + "Les ministres de la Défense du Chili et du Pérou se sont réunis au siège de "
         "l'OEA à Washington.", [({"Chili", "Pérou"}, {"Washington"})]),
    Cell("building-and-city", T + "Le président égyptien s'est entretenu avec le roi de Jordanie au palais "
         "Raghadan à Amman.", [({"Égypte", "Jordanie"}, {"Amman"})]),
    Cell("city-after-a-named-counterpart", T + "Le ministre français a conclu sa tournée par un entretien avec son "
         "homologue brésilien, Carlos Mendes, à Brasilia.", [({"France", "Brésil"}, {"Brasilia"})]),
    Cell("on-an-air-base-of-a-city", T + "Le ministre français a rencontré son homologue nigérien sur la base "
         "aérienne de Niamey.", [({"France", "Niger"}, {"Niamey"})]),
    Cell("talks-about-a-base-are-not-held-on-it", T + "Les entretiens entre le ministre russe et son homologue "
         "syrien ont porté sur la base navale de Tartous.", [({"Russie", "Syrie"}, set())]),
    Cell("dispatch-city-with-an-article", "Visite\nLe Caire, 5 mars (MENA) — Le président égyptien a reçu mardi le "
         "roi de Jordanie.", [({"Égypte", "Jordanie"}, {"Le Caire"})]),
    Cell("dispatch-call-is-held-nowhere", "Appel\nLe Caire, 5 mars (NILE) — Le président égyptien s'est entretenu "
         "par téléphone avec son homologue soudanais.", [({"Égypte", "Soudan"}, set())], absent={"NILE"}),
    Cell("a-call-is-held-nowhere", T + "Le président sénégalais s'est entretenu par téléphone avec son homologue "
         "malien.", [({"Sénégal", "Mali"}, set())]),
    Cell("interview-we-discussed", T + "« Nous avons discuté avec nos partenaires indiens de la coproduction », a "
         "déclaré le ministre français des Armées à New Delhi.", [({"France", "Inde"}, {"New Delhi"})]),
    Cell("interview-we-discussed-told-at-home", T + "« Nous avons discuté avec nos partenaires indiens de la "
         "coproduction », a déclaré le ministre français des Armées à Paris.", [({"France", "Inde"}, set())]),
    Cell("interview-we-by-the-source-before", T + "Selon le ministre serbe de la Défense, « nous discutons avec la "
         "Chine de nouveaux systèmes ».", [({"Serbie", "Chine"}, set())]),
    Cell("interview-we-told-by-a-president", T + "Selon le président colombien, « nous avons eu des discussions "
         "franches avec le Venezuela ».", [({"Colombie", "Venezuela"}, set())]),
    # sides signing together at a stated place meet there (session 59: signing ceremonies are talks in the golds)
    Cell("signing-at-a-place", T + "Le Maroc et l'Espagne ont signé un accord de défense à Rabat.",
         [({"Maroc", "Espagne"}, {"Rabat"})]),
    # --- negatives: sport, trade, war, plans, hypotheses, denials, a signing with no place
    Cell("sport-match", T + "Le Brésil a battu l'Argentine lors du match disputé à Rio."),
    Cell("trade-exchanges", T + "Les échanges commerciaux entre la Chine et le Vietnam ont progressé."),
    Cell("fighting", T + "Les combats entre l'armée soudanaise et les Forces de soutien rapide se poursuivent à "
         "Khartoum."),
    Cell("possible-meeting", T + "Le président chilien pourrait rencontrer son homologue bolivien à Lima le mois "
         "prochain."),
    Cell("hypothetical-meeting", T + "Si les conditions sont réunies, le président turc rencontrera son homologue "
         "syrien à Ankara."),
    Cell("denied-meeting", T + "Le Kremlin a démenti toute rencontre entre les présidents russe et ukrainien à "
         "Istanbul."),
    Cell("signing-alone", T + "Le Maroc et l'Espagne ont signé un accord de défense."),
    Cell("displaced-civilians", T + "Le déplacement de milliers de civils vers la frontière turque inquiète "
         "l'ONU."),
    Cell("match-during-a-stay", T + "Le président ghanéen se trouve à Lomé pour assister à un match de football."),
    Cell("council-meeting-after-a-deal", T + "La France et l'Inde ont signé un contrat. La réunion du conseil "
         "s'est tenue à Paris."),
    Cell("soldiers-stand-ready", T + "Les soldats sont fatigués. Ils se tiennent prêts à intervenir à Goma."),
    Cell("more-of-a-deal-only-considered", T + "Le Pérou a commandé six hélicoptères à Airbus. Des discussions "
         "concernant un deuxième lot pourraient débuter."),
    Cell("tour-only-considered", T + "Le président kényan envisage une tournée en Ouganda et au Rwanda."),
    Cell("unquoted-we-of-a-source", T + "Selon l'agence russe, nous discutons avec la Chine."),
    Cell("visited-a-factory", T + "Le ministre indien a visité une usine de Dassault Aviation."),
    Cell("tourists-visited-a-state", T + "Des touristes américains ont visité l'Égypte."),
    Cell("visit-only-possible", T + "Le président pourrait visiter la Chine l'an prochain."),
    Cell("fans-trip", T + "Le voyage des supporters argentins en Israël a été annulé."),
    Cell("home-affairs-discussions-after-a-deal", T + "Le Pérou a commandé six hélicoptères à Airbus. Des "
         "discussions sur le budget agitent le Parlement."),
    Cell("head-of-state-at-home", T + "Le Ghana renforce ses routes. Le président a inauguré lundi un pont à "
         "Kumasi."),
]


MISSES = {
}


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=MISSES[c.id], strict=True)]
                                               if c.id in MISSES else []) for c in GRID])
def test_talk_grid(cell: Cell) -> None:
    check_cell(cell)


def check_cell(cell: Cell) -> None:
    """The cell's firm talks are exactly those it expects (sides and venues), none with a side it rules out."""
    talks = _firm_talks(cell.text)
    if not cell.talks:
        assert talks == [], _show(talks)
    for sides, venues in cell.talks:
        found = [f for f in talks if sides <= {e.label for e in f.get("participant")}]
        assert found, f"no talks between {sides}: {_show(talks)}"
        if venues is not None:
            assert {e.label for f in found for p in f.parts for e in p.get("place")} == venues, _show(talks)
    assert not {e.label for f in talks for e in f.get("participant")} & cell.absent, _show(talks)
