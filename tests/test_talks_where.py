"""Talks the first-seen pages of session 33 showed: a titled subject the parser hangs on a fronted phrase (« Lors
de sa venue à X, le ministre Y, Z, a rencontré ... ») is the main verb's subject; being in, or going to, a state,
its city or its parliament « où il a discuté / rencontré » is talks with that state; talks « avec » a list of
states are one pair at a time with the one who conducts them. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_talks_apart import _each, _told

TOLD = [
    # a fronted phrase, then the title and name set off by commas: the subject of the main verb
    ("À son arrivée à Lima, le ministre français de la Défense, Jean-Yves Le Guen, a rencontré le président "
     "péruvien.", _each(({"France", "Pérou"}, set()))),
    # being in a state « où il a discuté »: talks with that state, there
    ("Le ministre italien de la Défense, Marco Rossi, a signé un contrat au Caire. M. Rossi était en outre lundi au "
     "Kenya où il a également discuté des hélicoptères italiens.",
     _each(({"Italie", "Kenya"}, set()))),
    # a city of the state: held in it
    ("Le ministre italien de la Défense, Marco Rossi, était lundi à Mombasa où il a discuté de la sécurité "
     "maritime.", _each(({"Italie", "Kenya"}, {"Mombasa"}))),
    # a city of the subject's own state: no talks
    ("Le ministre italien de la Défense, Marco Rossi, était lundi à Milan où il a discuté de la sécurité "
     "maritime.", []),
    # a parliament named by its state's demonym
    ("Le ministre italien de la Défense, Marco Rossi, s'est rendu au Parlement kényan où il a rencontré son "
     "président.", _each(({"Italie", "Kenya"}, set()))),
    # talks « avec » a list: the speaker's state with each
    ("Le ministre sud-coréen de la défense, Kim Min-soo, a révélé, lors d'un salon organisé à Séoul, que des "
     "négociations étaient en cours avec la Norvège, le Danemark et l'Estonie, en vue de l'achat d'obusiers.",
     _each(({"Corée du Sud", "Norvège"}, set()), ({"Corée du Sud", "Danemark"}, set()),
           ({"Corée du Sud", "Estonie"}, set()))),
    ("La Corée du Sud est en négociations avec la Norvège et l'Estonie.",
     _each(({"Corée du Sud", "Norvège"}, set()), ({"Corée du Sud", "Estonie"}, set()))),
    # told as held all together: one table
    ("Des négociations trilatérales sont en cours avec la Norvège et le Danemark, a indiqué le ministre "
     "sud-coréen.", _each(({"Corée du Sud", "Norvège", "Danemark"}, set()))),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_talks_told(text: str, expected: list[tuple[frozenset[str], frozenset[str]]]) -> None:
    assert _told(text) == expected
