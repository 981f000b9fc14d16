"""One entity and one event across articles (issue 10): the corpus identity stage, its graph and `kg explain`.
Names and sentences written for the purpose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kg.graphfile import load_graph
from kg.identity import Form, name_key, resolve
from kg.namespaces import KG, KGR, SCHEMA
from kg.oxigraph_store import open_store
from kg.rdf import merged
from tests.conftest import run

TALKS = ("Pourparlers à Reykjavik entre la Norvège et la Finlande\n\nLe ministre norvégien de la Défense, Aksel "
         "Hovdenakk, a rencontré mardi 3 mars 2026 à Reykjavik son homologue finlandais pour des pourparlers sur la "
         "sécurité arctique.\n")
SURNAME = ("Nouvelle séance de négociations entre la Norvège et la Finlande à Reykjavik\n\nLes délégations se sont "
           "retrouvées à Reykjavik, a indiqué le ministre Hovdennak.\n")
SPELLING = "Budget de défense norvégien\n\nLe ministre norvégien de la Défense, Aksel Hovdenak, a présenté le budget.\n"
NAMESAKE = "Budget suédois\n\nLe ministre suédois des Finances, Aksel Hovdennak, a présenté le budget lundi.\n"
FULLER = ("Budget de défense norvégien\n\nLe ministre norvégien de la Défense, Aksel Bjørn Hovdenakk, a présenté le "
          "budget.\n")
MAREN = "Musée danois\n\nLa ministre danoise de la Culture, Maren Solvik, a inauguré un musée.\n"
TOR = "Budget islandais\n\nLe ministre islandais des Finances, Gunnar Solvik, a présenté le budget lundi.\n"
LONE = "Un musée à Copenhague\n\nSolvik a salué le projet de musée à Copenhague.\n"


def _write(folder: Path, **texts: str) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [str(folder / f"{name}.txt") for name in texts]


def _build(folder: Path, **texts: str) -> Graph:
    out = folder / "out.trig"
    result = run("build", *_write(folder, **texts), "-o", str(out), "--published", "2026-03-04", "-j", "1", "-q")
    assert result.exit_code == 0, result.output
    return merged(load_graph(str(out)))


def _people(dataset: Graph) -> dict[str, set[str]]:
    """Person IRI -> sources of the articles that mention it."""
    found: dict[str, set[str]] = {}
    for article, _, person in dataset.triples((None, SCHEMA.mentions, None)):
        if (person, None, SCHEMA.Person) in dataset or str(person).startswith("https://w3id.org/kg-news/id/person-"):
            found.setdefault(str(person), set()).add(Path(str(dataset.value(article, KG.source))).stem)
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Graph]:
    folder = tmp_path_factory.mktemp("identity")
    return folder, _build(folder, talks=TALKS, surname=SURNAME, spelling=SPELLING)


def test_full_name_then_surname_and_two_spellings_are_one_person(corpus: tuple[Path, Graph]) -> None:
    _, dataset = corpus
    people = _people(dataset)
    assert list(people.values()) == [{"talks", "surname", "spelling"}], people
    [iri] = people
    assert "person-aksel-hovdenak" in iri  # a full name (ties: most articles, then the smallest label)
    assert {str(o) for o in dataset.objects(URIRef(iri), SKOS.altLabel)} >= {"Hovdennak", "Aksel Hovdenakk"}
    merged = set(dataset.subjects(OWL.sameAs, URIRef(iri)))
    assert len(merged) == 1  # « Aksel Hovdenakk »; a lone surname gets no owl:sameAs (others may write it too)


def test_explain_lists_each_merged_mention_and_why(corpus: tuple[Path, Graph]) -> None:
    folder, _ = corpus
    result = run("explain", "Hovdennak", str(folder / "out.trig"))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Aksel Hovdenak (kgr:person-aksel-hovdenak-")
    assert any("« Hovdennak » in" in line and "surname.txt: surname -> Aksel Hovdenak" in line for line in lines)
    assert any("« Aksel Hovdenakk » in" in line and "talks.txt: variant" in line for line in lines)
    unknown = run("explain", "Personne Inconnue", str(folder / "out.trig"))
    assert unknown.exit_code == 2 and unknown.output.count("\n") <= 2 and "Traceback" not in unknown.output


def test_same_talks_in_two_articles_are_one_event_with_both_evidences(corpus: tuple[Path, Graph]) -> None:
    _, dataset = corpus
    facts = sorted(set(dataset.subjects(KG.event, None)), key=str)
    assert len(facts) == 2 and len(set(dataset.objects(None, KG.event))) == 1
    for fact in facts:  # each source keeps its own fact, modality and evidence
        assert (fact, None, KG.Negotiation) in dataset and dataset.value(fact, KG.modality) is not None
    result = run("query", "queries/events.rq", str(corpus[0] / "out.trig"), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 2  # header + one event


def test_namesakes_of_two_states_stay_two(tmp_path: Path) -> None:
    dataset = _build(tmp_path, talks=TALKS, namesake=NAMESAKE)
    assert sorted(map(sorted, _people(dataset).values())) == [["namesake"], ["talks"]]
    assert not _same_as(dataset)
    assert "conflict" in run("explain", "Aksel Hovdennak", str(tmp_path / "out.trig")).output


def test_surname_that_fits_two_full_names_stays_apart(tmp_path: Path) -> None:
    dataset = _build(tmp_path, maren=MAREN, tor=TOR, lone=LONE)
    assert sorted(map(sorted, _people(dataset).values())) == [["maren"], ["tor"]]  # the lone « Solvik » is no one
    out = run("explain", "Maren Solvik", str(tmp_path / "out.trig")).output
    assert "« Solvik » in" in out and "ambiguous" in out


def test_store_resolves_a_new_article_against_the_stored_ones(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    first, second, third = _write(tmp_path, talks=TALKS, surname=SURNAME, fuller=FULLER)
    for path in (first, second):
        assert run("build", path, "--store", store, "--published", "2026-03-04", "-j", "1", "-q").exit_code == 0
    with open_store(store, read_only=True) as corpus:
        dataset = merged(corpus.dataset())
    people = _people(dataset)
    assert list(people.values()) == [{"talks", "surname"}]
    assert len(set(dataset.subjects(KG.event, None))) == 2
    assert run("build", third, "--store", store, "--published", "2026-03-04", "-j", "1", "-q").exit_code == 0
    with open_store(store, read_only=True) as corpus:
        dataset = merged(corpus.dataset())
    [(old, new)] = _same_as(dataset)
    assert "aksel-hovdenakk" in old and "person-aksel-bj" in new  # the fuller name; old graphs untouched
    assert "« Aksel Hovdenakk » in" in run("explain", "Aksel Bjørn Hovdenakk", "--store", store).output
    # the views follow the merge: one person, whichever article named him
    actors = run("view", "actors", "--store", store, "--format", "json", "--kind", "person")
    assert actors.exit_code == 0, actors.output
    assert [n["label"] for n in json.loads(actors.stdout)["nodes"]] == ["Aksel Bjørn Hovdenakk"]


def _same_as(graph: Graph) -> list[tuple[str, str]]:
    """owl:sameAs between corpus entities (the reference data's links to Wikidata left out)."""
    return [(str(s), str(o)) for s, o in graph.subject_objects(OWL.sameAs) if str(o).startswith(str(KGR))]


def _form(label: str, article: str, states: frozenset[str] = frozenset()) -> Form:
    return Form(f"urn:{label}", f"urn:{label}", label, "Person", frozenset({article}), states)


def test_resolution_does_not_depend_on_input_order() -> None:
    forms = [_form("Ivan Petrenko", "a"), _form("Iwan Petrenko", "b"), _form("Ivan Petrenkko", "c"),
             _form("Petrenko", "d")]
    first, second = resolve(forms), resolve(list(reversed(forms)))
    assert {u: f.iri for u, f in first.canonical.items()} == {u: f.iri for u, f in second.canonical.items()}
    assert name_key("Wladymyr Khovdenakk") == name_key("Vladimir Hovdenak") == ("vladimir", "hovdenak")


def test_pruned_article_leaves_the_identity_graph(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    first, second = _write(tmp_path, talks=TALKS, surname=SURNAME)
    assert run("build", first, second, "--store", store, "--published", "2026-03-04", "-j", "1", "-q").exit_code == 0
    with open_store(store, read_only=True) as corpus:
        pruned = URIRef(corpus.known_articles()[second].graph)
        dataset = merged(corpus.dataset())
    assert (None, KG.seenIn, pruned) in dataset and set(dataset.subjects(KG.event, None))
    assert "surname.txt" in run("explain", "Aksel Hovdenakk", "--store", store).output
    assert run("build", first, "--store", store, "--prune", "-q").exit_code == 0
    with open_store(store, read_only=True) as corpus:
        dataset = merged(corpus.dataset())
    assert (None, KG.seenIn, pruned) not in dataset
    assert not set(dataset.subjects(None, KG.Event)) and not set(dataset.subjects(KG.event, None))
    decisions = set(dataset.subjects(RDF.type, KG.IdentityDecision))
    assert all(dataset.value(d, KG.seenIn) is not None for d in decisions)  # a decision seen nowhere goes
    assert "surname.txt" not in run("explain", "Aksel Hovdenakk", "--store", store).output


def test_talks_join_one_event_through_a_chain_and_others_stay_out() -> None:
    """Talks A and B meet by their dates, B and C by a place (A and C by neither): one event of the three; talks of
    the same sides with no date or place in common, and talks of other sides, stay out of it."""
    import datetime as dt

    from kg.identity_rdf import Talks, event_triples

    sides, others = frozenset({"state-a", "state-b"}), frozenset({"state-a", "state-c"})
    day = dt.date(2026, 3, 3)
    talks = [Talks("fact-a", "graph-1", sides, day, day, frozenset(), None),
             Talks("fact-b", "graph-2", sides, day, day + dt.timedelta(days=9), frozenset({"city-x"}), None),
             Talks("fact-c", "graph-3", sides, day + dt.timedelta(days=40), None, frozenset({"city-x"}), None),
             Talks("fact-d", "graph-4", sides, day + dt.timedelta(days=90), None, frozenset({"city-y"}), None),
             Talks("fact-e", "graph-5", others, day, day, frozenset({"city-x"}), None)]
    triples = list(event_triples(talks))
    events = {o for _, p, o in triples if p == KG.event}
    assert len(events) == 1
    assert {str(s) for s, p, _ in triples if p == KG.event} == {"fact-a", "fact-b", "fact-c"}
    assert sorted(str(o) for _, p, o in triples if p == KG.seenIn) == ["graph-1", "graph-2", "graph-3"]


def test_talks_grouped_in_two_steps_make_the_groups_of_one() -> None:
    """A store build groups each article's talks with the groups kept from the earlier ones: the same groups as all
    the talks grouped at once, whatever the step."""
    import datetime as dt

    from kg.identity_rdf import Talks, _root, talk_groups

    sides = frozenset({"state-a", "state-b"})
    day, later = dt.date(2026, 5, 4), dt.date(2026, 6, 3)
    talks = [Talks("fact-a", "graph-1", sides, day, day, frozenset(), None),
             Talks("fact-b", "graph-2", sides, later, later, frozenset({"city-x"}), None),
             Talks("fact-c", "graph-3", sides, day, day + dt.timedelta(days=31), frozenset(), None),
             Talks("fact-d", "graph-4", sides, None, None, frozenset({"city-y"}), None),
             Talks("fact-e", "graph-5", sides, None, None, frozenset({"city-x"}), None)]

    def groups(parent: list[int]) -> set[frozenset[str]]:
        found: dict[int, set[str]] = {}
        for i, talk in enumerate(talks):
            found.setdefault(_root(parent, i), set()).add(talk.fact)
        return {frozenset(g) for g in found.values()}

    at_once = groups(talk_groups(talks))
    assert at_once == {frozenset({"fact-a", "fact-b", "fact-c", "fact-e"}), frozenset({"fact-d"})}
    for step in range(1, len(talks)):
        assert groups(talk_groups(talks, talk_groups(talks[:step]))) == at_once
