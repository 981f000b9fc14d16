"""The cross-sentence rules of kg.extract.discourse, on records built by hand: no spaCy, no model."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from kg.extract.discourse import complete, facts_of, merge_within
from kg.kinds import Modality
from kg.records import Amount, Attribution, Claim, Entity, Evidence, Fact, SentenceClaims

A, B, C = (Entity(f"state:{x}", x, "State", f"http://example.org/{x}") for x in "ABC")
VENUE = Entity("city:V", "V", "City", "http://example.org/V")
WEAPON, OTHER_WEAPON = Entity("w:1", "W1", "WeaponSystem"), Entity("w:2", "W2", "WeaponSystem")
ISSUE = Entity("issue:1", "cessez-le-feu", "IssueAtStake")
POSSIBLE = Attribution(Modality.POSSIBLE)
ASSERTED = Attribution()
SUM = Amount(Decimal(100), "EUR")


def ev(i: int) -> Evidence:
    return Evidence("art", f"sentence {i}", i * 100, i * 100 + 50)


def fact(kind: str, i: int, said: Attribution = ASSERTED, **roles: list[Entity]) -> Fact:
    made = Fact(kind, (ev(i),), said)
    for role, entities in roles.items():
        made = made.with_roles(role, entities)
    return made


def sentence(i: int, *claims: Claim | Fact, paragraph: int = 0, **cues: object) -> SentenceClaims:
    wrapped = tuple(c if isinstance(c, Claim) else Claim(c) for c in claims)
    return SentenceClaims(i, paragraph, ev(i), wrapped, **cues)  # type: ignore[arg-type]


def filler(i: int, paragraph: int = 0) -> SentenceClaims:
    return sentence(i, paragraph=paragraph)


def test_talks_between_the_same_sides_are_one_negotiation_at_its_firmest() -> None:
    facts = facts_of([sentence(0, fact("negotiation", 0, POSSIBLE, participant=[A, B])),
                      sentence(1, fact("negotiation", 1, participant=[B, A]))])
    assert len(facts) == 1
    assert facts[0].modality is Modality.ASSERTED
    assert facts[0].evidence == (ev(0), ev(1))


def test_later_talks_with_fewer_sides_are_the_talks_named_before() -> None:
    venue = Fact("venue", (ev(2),), POSSIBLE, (("place", VENUE),), attrs=(("venue_status", "considered"),))
    later = Fact("negotiation", (ev(2),), POSSIBLE, parts=(venue,))
    facts = facts_of([sentence(0, fact("negotiation", 0, participant=[A, B])), filler(1), sentence(2, later)])
    assert [len(f.parts) for f in facts] == [1]
    assert facts[0].evidence == (ev(0), ev(2))


def test_talks_anaphora_does_not_reach_past_its_window() -> None:
    later = Fact("negotiation", (ev(9),), POSSIBLE, parts=(fact("venue", 9, place=[VENUE]),))
    facts = facts_of([sentence(0, fact("negotiation", 0, participant=[A, B])),
                      *(filler(i) for i in range(1, 9)), sentence(9, later)])
    assert facts[0].parts == ()


def test_the_two_sides_are_those_of_the_talks_under_way() -> None:
    pair = Claim(fact("agreement", 1), pair_reference=True)
    facts = facts_of([sentence(0, fact("negotiation", 0, participant=[A, B])), sentence(1, pair)])
    agreements = [f for f in facts if f.kind == "agreement"]
    assert [f.keys("party") for f in agreements] == [{A.key, B.key}]


def test_this_agreement_is_the_one_named_before() -> None:
    first = fact("agreement", 0, party=[A, B]).with_attr("object", "accord")
    this = Claim(fact("agreement", 1).with_attr("object", "accord"), definite=True)
    facts = facts_of([sentence(0, first), sentence(1, this)])
    assert [f.evidence for f in facts] == [(ev(0), ev(1))]


def test_an_agreement_that_is_not_definite_stays_apart() -> None:
    facts = facts_of([sentence(0, fact("agreement", 0, party=[A, B])), sentence(1, fact("agreement", 1))])
    assert [f.evidence for f in facts] == [(ev(0),)]


def test_a_supporter_keeps_its_recipient() -> None:
    facts = facts_of([sentence(0, fact("support", 0, supporter=[A], recipient=[B])), filler(1),
                      sentence(2, fact("support", 2, supporter=[A], weapon=[WEAPON]))])
    assert [(f.keys("supporter"), f.keys("recipient")) for f in facts] == [({A.key}, {B.key})]
    assert facts[0].get("weapon") == [WEAPON]  # told again with the same sides: one fact


def test_a_new_funder_funds_the_recipient_just_before() -> None:
    second = fact("financing", 1, funder=[C])
    second = Fact(second.kind, second.evidence, second.said, second.roles, amounts=(SUM,))
    first = Fact("financing", (ev(0),), Attribution(), (("funder", A), ("recipient", B)), amounts=(SUM,))
    facts = facts_of([sentence(0, first), sentence(1, second)])
    assert [f.keys("recipient") for f in facts] == [{B.key}, {B.key}]


def test_a_recipient_is_not_inherited_across_distant_paragraphs() -> None:
    facts = facts_of([sentence(0, fact("support", 0, supporter=[A], recipient=[B]), paragraph=0),
                      sentence(1, fact("support", 1, supporter=[C]), paragraph=3)])
    assert [f.keys("supporter") for f in facts] == [{A.key}]


def test_a_partner_in_an_agreement_receives() -> None:
    facts = facts_of([sentence(0, fact("agreement", 0, party=[A, B])),
                      sentence(1, fact("support", 1, supporter=[A]))])
    assert [f.keys("recipient") for f in facts if f.kind == "support"] == [{B.key}]


def test_a_purchase_for_oneself_inherits_no_recipient() -> None:
    buy = fact("support", 1, supporter=[C]).with_attr("support_kind", "buy-for")
    facts = facts_of([sentence(0, fact("support", 0, supporter=[A], recipient=[B])), sentence(1, buy)])
    assert len(facts) == 1


def test_definite_systems_are_the_one_named_the_sentence_before() -> None:
    facts = facts_of([sentence(0, weapons=(WEAPON,)),
                      sentence(1, fact("support", 1, supporter=[A], recipient=[B]), weapon_anaphor=True)])
    assert facts[0].get("weapon") == [WEAPON]


def test_systems_without_a_definite_noun_are_not_taken_from_before() -> None:
    facts = facts_of([sentence(0, weapons=(WEAPON,)),
                      sentence(1, fact("support", 1, supporter=[A], recipient=[B]))])
    assert facts[0].get("weapon") == []


def test_a_stray_system_completes_the_latest_support() -> None:
    facts = facts_of([sentence(0, fact("support", 0, supporter=[A], recipient=[B])),
                      sentence(1, weapons=(WEAPON,), actor_states=frozenset({A.key}))])
    assert facts[0].get("weapon") == [WEAPON]
    assert facts[0].evidence == (ev(0), ev(1))


def test_a_stray_system_of_another_actor_stays_out() -> None:
    facts = facts_of([sentence(0, fact("support", 0, supporter=[A], recipient=[B])),
                      sentence(1, weapons=(OTHER_WEAPON,), actor_states=frozenset({C.key}))])
    assert facts[0].get("weapon") == []


def test_issues_right_after_talks_are_what_they_are_about() -> None:
    facts = facts_of([sentence(0, fact("negotiation", 0, participant=[A, B])), sentence(1, issues=(ISSUE,))])
    assert facts[0].get("issue") == [ISSUE]


def test_issues_in_a_sentence_about_something_else_stay_out() -> None:
    money = Fact("financing", (ev(1),), Attribution(), (("funder", A), ("recipient", B)), amounts=(SUM,))
    facts = facts_of([sentence(0, fact("negotiation", 0, participant=[A, B])), sentence(1, money, issues=(ISSUE,))])
    assert facts[0].get("issue") == []


def test_posts_are_told_as_they_come() -> None:
    post = Fact("post", (ev(0),), roles=(("holder", Entity("p", "P", "Person")),), attrs=(("post", "x"),))
    assert facts_of([sentence(0, posts=(post,))]) == [post]


def test_one_sentence_two_words_one_fact_with_the_firmer_source_and_the_most_specific_kind() -> None:
    source = Attribution(Modality.ASSERTED, A, "A")
    grant = Fact("financing", (ev(0),), Attribution(), (("funder", A),), (SUM,), attrs=(("financing_kind", "grant"),))
    loan = Fact("financing", (ev(0),), source, (("funder", A),), (SUM,), attrs=(("financing_kind", "loan"),))
    [merged] = merge_within([Claim(grant), Claim(loan)])
    assert merged.fact.attr("financing_kind") == "loan"
    assert merged.fact.said.source == A


def test_different_givers_in_one_sentence_stay_two_facts() -> None:
    claims = [Claim(fact("support", 0, supporter=[A])), Claim(fact("support", 0, supporter=[C]))]
    assert len(merge_within(claims)) == 2


def test_completeness_follows_the_registry() -> None:
    assert not complete(fact("negotiation", 0, participant=[A]))
    assert complete(fact("negotiation", 0, participant=[A, B]))
    assert not complete(fact("support", 0, supporter=[A]))
    assert not complete(fact("financing", 0, funder=[A]))




def _post(i: int, person: Entity, org: Entity) -> Fact:
    return Fact("post", (ev(i),), roles=(("holder", person), ("org", org)), attrs=(("post", "x"),))


def test_a_person_side_stands_for_the_state_of_the_post_told_later() -> None:
    guest = Entity("person:g", "G", "Person")
    facts = facts_of([sentence(0, fact("negotiation", 0, participant=[A, guest])),
                      sentence(1, fact("negotiation", 1, participant=[A, B]), posts=(_post(1, guest, B),))])
    talks = [f for f in facts if f.kind == "negotiation"]
    assert [f.keys("participant") for f in talks] == [{A.key, B.key}]
    assert talks[0].evidence == (ev(0), ev(1))


def test_people_the_article_never_places_are_no_sides() -> None:
    one, other = Entity("person:1", "P1", "Person"), Entity("person:2", "P2", "Person")
    assert facts_of([sentence(0, fact("negotiation", 0, participant=[one, other]))]) == []
    assert facts_of([sentence(0, fact("negotiation", 0, participant=[A, one]))]) == []


def test_two_people_of_one_state_are_no_talks() -> None:
    one, other = Entity("person:1", "P1", "Person"), Entity("person:2", "P2", "Person")
    told = facts_of([sentence(0, fact("negotiation", 0, participant=[one, other]),
                              posts=(_post(0, one, A), _post(0, other, A)))])
    assert [f for f in told if f.kind == "negotiation"] == []


def test_two_pairs_of_sides_in_one_sentence_stay_two_talks() -> None:
    claims = [Claim(fact("negotiation", 0, participant=[A, B])), Claim(fact("negotiation", 0, participant=[B, C]))]
    assert [m.fact.keys("participant") for m in merge_within(claims)] == [{A.key, B.key}, {B.key, C.key}]
    fewer = [Claim(fact("negotiation", 0, participant=[A, B])), Claim(fact("negotiation", 0, participant=[A]))]
    assert len(merge_within(fewer)) == 1


def test_a_giver_and_a_recipient_of_one_sentence_never_merge_into_a_self_support() -> None:
    received = fact("support", 0, recipient=[A]).with_attr("support_kind", "deliver")
    produced = fact("support", 0, supporter=[A]).with_attr("support_kind", "produce")
    assert [c.fact.keys("supporter") & c.fact.keys("recipient") for c in merge_within([Claim(received),
                                                                                        Claim(produced)])] \
        == [set(), set()]
    assert not facts_of([sentence(0, received, produced)])


def test_a_supply_with_no_supplier_told_with_a_deal_between_its_recipient_and_a_state_is_sold_by_that_state() -> None:
    supply = fact("support", 0, recipient=[A], weapon=[WEAPON]).with_attr("support_kind", "deliver")
    sides = [(f.keys("supporter"), f.keys("recipient")) for f in facts_of([
        sentence(0, supply, fact("agreement", 0, party=[A, B]))]) if f.kind == "support"]
    assert sides == [({B.key}, {A.key})]


def test_the_title_and_the_lede_each_naming_one_party_tell_one_deal() -> None:
    title, lede = fact("agreement", 0, party=[A]), fact("agreement", 1, party=[B])
    assert [f.keys("party") for f in facts_of([sentence(0, title), sentence(1, lede, paragraph=1)])] \
        == [{A.key, B.key}]
    # a deal told further down is another story
    assert not facts_of([sentence(0, title), filler(1, paragraph=1), sentence(2, lede, paragraph=2)])


def test_no_side_gives_to_itself() -> None:
    """A support or a financing whose giver is also its recipient (« avec la livraison de cet avion, nous ... »
    said by the recipient's officer, « nous » read as the giver) is no fact; one between two sides is."""
    assert not complete(fact("support", 1, supporter=[A], recipient=[A]))
    assert not complete(replace(fact("financing", 1, funder=[A, B], recipient=[A]), amounts=(SUM,)))
    assert complete(fact("support", 1, supporter=[A], recipient=[B]))
