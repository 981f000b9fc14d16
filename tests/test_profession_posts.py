"""Posts named by a profession (sentences written for these tests): « le journaliste X », « l'actrice Y », « le
réalisateur Z »; a bare « représentant » is no post (it took others' posts on unseen news)."""

from __future__ import annotations

from tests.conftest import posts


def test_a_journalist_with_a_demonym_serves_no_office_but_is_named_so() -> None:
    found = posts("L'enquête sur la disparition du journaliste norvégien Lars Hovland se poursuit à Oslo.")
    assert ("Lars Hovland", "journalist", "Norvège") in found


def test_an_actress_and_a_film_director() -> None:
    found = posts("À Lisbonne, l'actrice Inês Carvalho a présenté la soirée. Le jeune réalisateur Rui Tavares a "
                  "montré son court métrage.")
    assert {(holder, tail) for holder, tail, _ in found} >= {("Inês Carvalho", "actor"),
                                                             ("Rui Tavares", "film-director")}


def test_special_and_permanent_representatives_keep_their_own_posts() -> None:
    found = posts("Le représentant spécial de l'ONU, Olav Berg, et le représentant permanent de la Suède, Nils "
                  "Ek, ont parlé.")
    tails = {(holder, tail) for holder, tail, _ in found}
    assert ("Olav Berg", "special-envoy") in tails
    assert ("Nils Ek", "permanent-representative") in tails
    assert ("Olav Berg", "representative") not in tails
