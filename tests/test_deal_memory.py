"""The article's deal memory (kg.extract.deal_memory), on records built by hand: a supply missing its seller or its
systems takes them from the deal it continues in another sentence; possible deals, other sellers, other recipients'
systems and the systems of another state's makers stay apart."""

from __future__ import annotations

from kg.extract.discourse import facts_of
from kg.kinds import Modality
from kg.records import Attribution, Claim, Entity, Evidence, Fact, SentenceClaims

A, B, C = (Entity(f"state:{x}", x, "State", f"http://example.org/{x}") for x in "ABC")
FIRM = Entity("firm:F", "F", "Company")
WEAPON, OTHER_WEAPON = Entity("w:1", "W1", "WeaponSystem"), Entity("w:2", "W2", "WeaponSystem")
ASSERTED, POSSIBLE = Attribution(), Attribution(Modality.POSSIBLE)


def ev(i: int) -> Evidence:
    return Evidence("art", f"sentence {i}", i * 100, i * 100 + 50)


def support(i: int, kind: str, said: Attribution = ASSERTED, **roles: list[Entity]) -> Fact:
    made = Fact("support", (ev(i),), said).with_attr("support_kind", kind)
    for role, entities in roles.items():
        made = made.with_roles(role, entities)
    return made


def contract(i: int, *parties: Entity, terms: str = "contract") -> Fact:
    return Fact("agreement", (ev(i),), ASSERTED).with_roles("party", list(parties)).with_attr("terms", terms)


def sentence(i: int, *facts: Fact, **cues: object) -> SentenceClaims:
    weapons = tuple(w for f in facts for w in f.get("weapon"))
    return SentenceClaims(i, 0, ev(i), tuple(Claim(f) for f in facts), weapons=weapons, **cues)  # type: ignore[arg-type]


def sales(facts: list[Fact]) -> list[tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    return [(f.keys("supporter"), f.keys("recipient"), f.keys("weapon")) for f in facts if f.kind == "support"]


# « A s'offre vingt W. ... B est venu à la rescousse en fournissant les W »: B sells A the W
def test_a_purchase_is_the_sale_of_those_systems_told_later_by_its_seller() -> None:
    facts = facts_of([sentence(0, support(0, "buy-for", supporter=[A], weapon=[WEAPON])), sentence(1),
                      sentence(2, support(2, "deliver", supporter=[B], weapon=[WEAPON]))])
    assert sales(facts) == [({B.key}, {A.key}, {WEAPON.key})]


def test_a_possible_purchase_takes_no_seller() -> None:
    facts = facts_of([sentence(0, support(0, "buy-for", POSSIBLE, supporter=[A], weapon=[WEAPON])),
                      sentence(1, support(1, "deliver", supporter=[B], weapon=[WEAPON]))])
    assert sales(facts) == []


def test_a_seller_of_other_systems_or_one_of_two_sellers_is_not_the_buyers() -> None:
    other = facts_of([sentence(0, support(0, "buy-for", supporter=[A], weapon=[WEAPON])),
                      sentence(1, support(1, "deliver", supporter=[B], weapon=[OTHER_WEAPON]))])
    two = facts_of([sentence(0, support(0, "buy-for", supporter=[A], weapon=[WEAPON])),
                    sentence(1, support(1, "deliver", supporter=[B], weapon=[WEAPON])),
                    sentence(2, support(2, "sell", supporter=[C], weapon=[WEAPON]))])
    assert sales(other) == [] and sales(two) == []


# « A achète vingt W. Le gouvernement de A a signé un contrat avec B pour la livraison des appareils »
def test_a_purchase_is_sold_by_the_one_state_the_buyer_signed_a_contract_with() -> None:
    facts = facts_of([sentence(0, support(0, "buy-for", supporter=[A], weapon=[WEAPON])),
                      sentence(1, contract(1, A, B))])
    assert sales(facts) == [({B.key}, {A.key}, {WEAPON.key})]


def test_a_cooperation_deal_or_contracts_with_two_states_name_no_seller() -> None:
    cooperation = facts_of([sentence(0, support(0, "buy-for", supporter=[A], weapon=[WEAPON])),
                            sentence(1, contract(1, A, B, terms="cooperation"))])
    two = facts_of([sentence(0, support(0, "buy-for", supporter=[A], weapon=[WEAPON])),
                    sentence(1, contract(1, A, B)), sentence(2, contract(2, A, C))])
    assert sales(cooperation) == [] and sales(two) == []


# « B vendra cent missiles à A. Les missiles W, fabriqués par <firme de B>, équiperont ... »: the sale's systems
def test_a_sale_takes_the_systems_its_sellers_firm_makes_in_the_next_sentence() -> None:
    facts = facts_of([sentence(0, support(0, "sell", supporter=[B], recipient=[A])),
                      sentence(1, support(1, "produce", supporter=[FIRM], weapon=[WEAPON]), weapon_anaphor=True,
                               firm_homes=((FIRM, B),))])
    assert sales(facts) == [({B.key}, {A.key}, {WEAPON.key})]


def test_the_systems_of_another_states_maker_or_of_another_recipient_stay_apart() -> None:
    enemy = facts_of([sentence(0, support(0, "sell", supporter=[B], recipient=[A])),
                      sentence(1, support(1, "produce", supporter=[FIRM], weapon=[WEAPON]), weapon_anaphor=True,
                               firm_homes=((FIRM, C),))])
    elsewhere = facts_of([sentence(0, support(0, "sell", supporter=[B], recipient=[A])),
                          sentence(1, support(1, "produce", supporter=[B], weapon=[WEAPON]), weapon_anaphor=True),
                          sentence(2, support(2, "deliver", supporter=[B], recipient=[C], weapon=[WEAPON]))])
    unnamed = facts_of([sentence(0, support(0, "sell", supporter=[B], recipient=[A])),
                        sentence(1, support(1, "produce", supporter=[B], weapon=[WEAPON]))])
    assert sales(enemy) == [({B.key}, {A.key}, frozenset())]
    assert ({B.key}, {A.key}, frozenset()) in sales(elsewhere)
    # a sale told in general words takes the systems of the sentence right after it, anaphor or not (bare_supplies)
    assert sales(unnamed) == [({B.key}, {A.key}, frozenset({WEAPON.key}))]


# The same on texts written for these tests
def test_a_purchase_headline_is_sold_by_the_state_of_the_contract_signed_next() -> None:
    from tests.test_deals import supplies

    text = ("Le Pérou achète 12 hélicoptères NH90. Le gouvernement péruvien a officiellement signé lundi un contrat "
            "avec l'Italie, a indiqué le ministère.")
    assert supplies(text) == {("italie", "perou")}
    text = ("Le Pérou pourrait acheter 12 hélicoptères NH90. Le gouvernement péruvien a signé lundi un contrat avec "
            "l'Italie pour des navires.")
    assert supplies(text) == set()





# « B a conclu des contrats pour son W auprès de A et de C », C's W told elsewhere by D: one list, one system
def test_one_suppliers_sales_told_in_one_sentence_share_the_system_it_names() -> None:
    from kg.extract.bare_supplies import systems_of_bare_supplies
    from kg.extract.story import Told

    other = Entity("state:D", "D", "State", "http://example.org/D")
    told = [Told(support(0, "sell", supporter=[B], recipient=[r]), 0) for r in (A, C)]
    told.append(Told(support(1, "deliver", supporter=[other], recipient=[C], weapon=[WEAPON]), 1))
    listed = SentenceClaims(0, 0, ev(0), weapons=(WEAPON,), actor_states=frozenset({A.key, B.key, C.key}))
    systems_of_bare_supplies(told, [listed, sentence(1)])
    assert [t.fact.keys("weapon") for t in told[:2]] == [{WEAPON.key}, {WEAPON.key}]
