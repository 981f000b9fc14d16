"""A standing tie its sides call their own (« notre partenariat », « leur partenariat stratégique ») is the tie
they already have, no deal of the story; one told signed or made stays a deal. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.kinds import Modality
from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _deals(text: str) -> list[frozenset[str]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return [frozenset(e.label for _, e in f.roles) for f in found if f.kind == "agreement"
            and f.modality in {Modality.ASSERTED, Modality.REPORTED}]


def test_a_new_phase_of_our_partnership_is_no_deal() -> None:
    assert not _deals("Le Kenya et l'Éthiopie ont bâti depuis trente ans une relation solide. Les récentes ventes "
                      "d'avions montrent notre capacité à ouvrir une nouvelle phase de notre partenariat stratégique "
                      "pour les dix prochaines années.")


def test_their_partnership_praised_after_a_visit_is_no_deal() -> None:
    assert not _deals("Le président ghanéen s'est rendu au Togo. Les deux dirigeants ont évoqué l'avenir de leur "
                      "partenariat économique, a indiqué la présidence.")


def test_their_partnership_signed_is_a_deal() -> None:
    assert frozenset({"Kenya", "Éthiopie"}) in _deals(
        "Le Kenya et l'Éthiopie ont signé mardi leur premier partenariat stratégique.")


def test_a_partnership_listed_among_the_axes_of_a_cooperation_is_no_deal() -> None:
    assert not _deals("Les ministres kényan et éthiopien ont passé en revue les axes de leur coopération : échanges "
                      "d'officiers, formation des cadets, recherche stratégique, partenariat relatif au déminage, "
                      "soutien aux opérations de paix.")


def test_a_partnership_set_beside_a_signed_deal_stays_a_deal() -> None:
    assert frozenset({"Kenya", "Éthiopie"}) in _deals(
        "Le Kenya et l'Éthiopie ont signé mardi un accord de défense, partenariat stratégique pour dix ans.")
