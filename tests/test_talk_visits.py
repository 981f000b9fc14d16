"""Visits told the ways real dispatches tell them: a signing the visit frames (« lors d'une visite au Kenya, le
ministre X a signé »), a visit « auprès de son homologue », a journey to a state for talks (« s'est rendu au
Zimbabwe pour renforcer les liens »), with the negatives beside them (a visit at home, a planned one, a refusal, a
bare journey). Sentences and names written for the purpose; checked as the talk grid checks its cells
(tests/test_talk_grid.py)."""

from __future__ import annotations

import pytest

from tests.test_talk_grid import Cell, T, check_cell

GRID = [
    # --- a signing framed by a visit: its subject is the visitor, the state visited the host and the venue
    Cell("visit-frames-a-signing-state", T + "Lors d'une visite de travail au Kenya, le ministre de la Défense du "
         "Niger, le général Amadou Sani, a paraphé avec son homologue, Joseph Kamau, un accord militaire.",
         [({"Niger", "Kenya"}, {"Kenya"})]),
    Cell("visit-frames-a-signing-city", T + "Au cours d'une visite officielle à Nairobi, le ministre ivoirien de la "
         "Défense, Paul Koffi, a signé avec son homologue kényan un mémorandum d'entente.",
         [({"Côte d'Ivoire", "Kenya"}, {"Nairobi"})]),
    Cell("visit-frames-a-signing-no-partner", T + "Pendant une visite de deux jours au Paraguay, la ministre "
         "argentine de la Défense, Laura Ortiz, a signé un accord de coopération navale.",
         [({"Argentine", "Paraguay"}, {"Paraguay"})]),
    # --- a visit made « auprès de son homologue »: the state named after is the one visited
    Cell("visit-beside-counterpart-in-state", T + "Le ministre ougandais de la Défense avait effectué en juillet une "
         "visite de travail auprès de son homologue au Bénin.", [({"Ouganda", "Bénin"}, {"Bénin"})]),
    Cell("visit-beside-counterpart-state-on-adverb", T + "Le chef d'état-major sénégalais a effectué une visite de "
         "travail auprès de son homologue en Mauritanie la semaine dernière.",
         [({"Sénégal", "Mauritanie"}, {"Mauritanie"})]),
    # --- an official of one state goes to another: a visit, held there
    Cell("journey-to-a-state-by-named-official", T + "Le président du Kazakhstan, Arman Seitkali, s'est rendu en "
         "Mongolie dans le but de renforcer les liens entre les deux pays.", [({"Kazakhstan", "Mongolie"},
                                                                               {"Mongolie"})]),
    Cell("journey-to-a-state-by-title", T + "Le ministre turc de la Défense s'est rendu mardi en Libye pour "
         "discuter de la coopération militaire.", [({"Turquie", "Libye"}, {"Libye"})]),
    Cell("journey-by-an-ally-described", T + "Ce déplacement survient deux mois après que le président du Pérou, "
         "Luis Vega, un autre proche allié de la Chine, s'est rendu au Ghana dans le but de renforcer les liens "
         "entre les deux pays.", [({"Pérou", "Ghana"}, {"Ghana"})]),
    Cell("journey-aim-across-an-aside", T + "La présidente du Ghana, Ama Owusu, s'est rendue au Togo dans le but, "
         "d'après la présidence, de consolider la coopération sécuritaire.", [({"Ghana", "Togo"}, {"Togo"})]),
    Cell("journey-to-a-city-moved", T + "Le Premier ministre japonais s'est déplacé à Manille pour renforcer la "
         "coopération maritime.", [({"Japon", "Philippines"}, {"Manille"})]),
    # --- a place inside the phrase naming a source is the source's, not the talks' venue
    Cell("place-of-the-source", T + "Les ministres kényan et ougandais ont discuté pendant deux jours, selon une "
         "source diplomatique à Kampala.", [({"Kenya", "Ouganda"}, set())]),
    Cell("place-of-the-talks-after-a-source", T + "Selon l'agence, les ministres kényan et ougandais se sont "
         "rencontrés à Kampala.", [({"Kenya", "Ouganda"}, {"Kampala"})]),
    # --- a bare « en visite » beside the one who signs (subject, or agent of a passive signing)
    Cell("on-visit-agent-of-a-passive-signing", T + "L'accord de coopération en cas de catastrophe a été signé par le "
         "ministre bhoutanais de la Défense, Karma Dorji, en visite en Inde, et son homologue Rajesh Kumar mardi à "
         "New Delhi, a annoncé le gouvernement.", [({"Bhoutan", "Inde"}, {"New Delhi"})]),
    Cell("on-visit-subject-of-a-signing", T + "Le ministre bhoutanais de la Défense, Karma Dorji, en visite en Inde, a "
         "signé mardi à New Delhi un accord avec son homologue Rajesh Kumar.", [({"Bhoutan", "Inde"}, {"New Delhi"})]),
    Cell("on-visit-agent-no-city", T + "Le protocole a été signé par la ministre zambienne des Affaires étrangères, "
         "en visite au Kenya, et son homologue kényan.", [({"Zambie", "Kenya"}, {"Kenya"})]),
    Cell("on-visit-sole-agent", T + "Le mémorandum d'entente a été paraphé jeudi par le général Oumar Traoré, chef "
         "d'état-major de l'armée malienne, en visite officielle au Sénégal.", [({"Mali", "Sénégal"}, {"Sénégal"})]),
    # --- « la visite, à X, du ministre Y »: the visitor told after the place set off by commas
    Cell("visit-place-then-visitor-in-commas", T + "La récente visite, à Hanoï, du chef de la diplomatie "
         "indonésienne, Budi Santoso, a fait avancer le projet de frégates.", [({"Indonésie", "Vietnam"}, {"Hanoï"})]),
    Cell("visit-state-then-visitor-in-commas", T + "La visite, en Mongolie, du ministre japonais de la Défense a été "
         "jugée fructueuse.", [({"Japon", "Mongolie"}, {"Mongolie"})]),
    Cell("met-person-described-by-a-state-post", T + "Le ministre malien a rencontré Ivan Petrov, nouveau chef de la "
         "diplomatie russe.", [({"Mali", "Russie"}, set())]),
    Cell("met-person-described-by-an-international-post", T + "Le ministre malien a rencontré Mark Rutte, secrétaire "
         "général de l'OTAN.", [({"Mali", "OTAN"}, set())]),
    Cell("president-on-a-visit-not-a-ship", T + "Le président kényan est arrivé à Kampala pour une visite de deux "
         "jours.", [({"Kenya", "Ouganda"}, {"Kampala"})]),
    Cell("visit-place-then-counterpart-in-commas", T + "La visite, à Oulan-Bator, de son homologue japonais a permis "
         "de relancer la coopération.", [({"Japon", "Mongolie"}, {"Oulan-Bator"})]),
    # --- a trip made at the invitation of a host official: a visit with talks, an organisation's too
    Cell("trip-at-invitation-of-counterpart", T + "Le ministre équatorien de la Défense s'est rendu en Uruguay à "
         "l'invitation de son homologue uruguayen.", [({"Équateur", "Uruguay"}, {"Uruguay"})]),
    Cell("trip-of-organisation-at-invitation", T + "Le général Hans Berg, président du comité militaire de l'Union "
         "européenne, s'est rendu au Ghana à l'invitation du chef d'état-major des armées ghanéennes.",
         [({"Union européenne", "Ghana"}, {"Ghana"})]),
]

NEGATIVES = [
    Cell("visit-in-commas-postponed", T + "La visite, à Lima, du chef de la diplomatie chilienne a été reportée."),
    Cell("visit-postponed-after-incise", T + "La visite à Quito du ministre colombien, prévue lundi, a été "
         "ajournée."),
    Cell("visit-postponed-by-visitor", T + "Le président kényan a reporté sa visite en Ouganda."),
    # --- a warship's port call is no visit of state
    Cell("port-call-of-a-carrier", T + "Le porte-avions américain est arrivé à Manille pour une visite de cinq jours."),
    Cell("port-call-of-a-named-frigate", T + "La frégate indienne INS Talwar est arrivée à Mombasa pour une visite de "
         "trois jours."),
    # --- a group that only describes the person met, in an apposition after the name, is no side
    Cell("met-person-described-as-head-of-a-group", T + "Le ministre malien a rencontré Ivan Petrov, nouveau chef du "
         "groupe Wagner."),
    Cell("visit-in-commas-of-tourists", T + "La visite, à Nairobi, de touristes allemands a augmenté."),
    Cell("on-visit-signing-only-possible", T + "L'accord pourrait être signé par le ministre bhoutanais, en visite en "
         "Inde, et son homologue indien."),
    Cell("on-visit-refuses-to-sign", T + "Le ministre bhoutanais, en visite en Inde, a refusé de signer l'accord "
         "proposé par son homologue."),
    Cell("on-visit-signs-no-deal", T + "Le ministre bhoutanais de la Défense, en visite en Inde, a signé le livre "
         "d'or du mémorial."),
    Cell("signer-to-visit-later", T + "L'accord a été signé par le ministre népalais de la Défense, qui se rendra "
         "en Chine le mois prochain."),
    Cell("journey-to-a-front", T + "Le président ukrainien s'est rendu sur le front près de Bakhmout."),
    Cell("journey-at-home", T + "Le président brésilien s'est rendu à São Paulo pour inaugurer une usine."),
    Cell("journey-for-a-match", T + "Le ministre chilien s'est rendu au Qatar pour assister à la Coupe du monde de "
         "football."),
    Cell("journey-for-a-summit", T + "Le président ivoirien s'est rendu à Bruxelles pour le sommet de l'OTAN."),
    Cell("journey-only-possible", T + "Le président péruvien pourrait se rendre en Bolivie l'an prochain."),
    Cell("journey-into-exile", T + "L'ancien président s'est rendu en Espagne pour échapper à la justice."),
    Cell("journey-for-a-ceremony", T + "Le président sénégalais s'est rendu en Gambie pour décorer des soldats "
         "sénégalais."),
    Cell("journey-aim-across-an-aside-elsewhere", T + "Le président malien s'est rendu en Algérie dans le but, "
         "selon son entourage, de se faire soigner."),
    Cell("journey-for-a-prize", T + "Le Premier ministre malaisien s'est rendu à Séoul afin de recevoir un prix."),
    Cell("bare-journey", T + "Le général Moussa Diallo, qui dirige Bamako depuis le coup d'État, s'était rendu en "
         "Russie en début d'année."),
    Cell("journey-then-signing", T + "Le Premier ministre danois s'est rendu lundi à Oslo, où il a signé un accord "
         "de partenariat."),
    Cell("journey-of-troops", T + "Des soldats français se sont rendus au Tchad."),
    Cell("visit-at-home-frames-a-signing", T + "Lors d'une visite à Lagos, le ministre nigérian de la Défense a "
         "signé un accord avec la société Ardent Marine."),
    Cell("planned-visit-frames-a-signing", T + "Lors d'une prochaine visite au Japon, le ministre australien de la "
         "Défense pourrait signer un accord."),
    Cell("visit-frames-a-refusal", T + "Lors d'une visite au Kenya, le ministre nigérien a refusé de signer un "
         "accord avec son homologue."),
    Cell("visit-beside-counterpart-planned", T + "Le ministre ghanéen prévoit une visite de travail auprès de son "
         "homologue au Togo."),
]


@pytest.mark.parametrize("cell", [pytest.param(c, id=c.id) for c in GRID + NEGATIVES])
def test_visit_grid(cell: Cell) -> None:
    check_cell(cell)
