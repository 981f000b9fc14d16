"""Generate the reference data for states, cities and government bodies as Turtle.

Inputs are the hand-made tables beside this script (``states.tsv``, ``cities.tsv``,
``bodies.tsv``) and two well-kept libraries:

* pycountry: ISO 3166-1 codes and official names, with the French translations of
  its ``iso3166-1`` gettext catalogue;
* Babel: CLDR short names of territories in French and English.

Outputs are ``ontology/reference/states.ttl``, ``cities.ttl`` and ``bodies.ttl``.
They are written deterministically (sorted subjects, sorted labels) so that a run
on unchanged inputs gives byte-identical files, and each is parsed back with rdflib
before the script ends.

Run from the repository root::

    .venv/bin/python ontology/src/make_reference.py
"""

from __future__ import annotations

import csv
import gettext
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import babel
import pycountry
import rdflib

SRC_DIR = Path(__file__).resolve().parent
REF_DIR = SRC_DIR.parent / "reference"

PREFIXES = {
    "kg": "https://w3id.org/kg-news/ontology#",
    "kgr": "https://w3id.org/kg-news/id/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "wd": "http://www.wikidata.org/entity/",
    "org": "http://www.w3.org/ns/org#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

#: States that are not in ISO 3166-1: alpha-3 -> user-assigned alpha-2 code.
NON_ISO_ALPHA2 = {"XKX": "XK"}

#: Expected number of states: 193 UN members, 2 observers, Kosovo and Taiwan.
EXPECTED_STATES = 197

#: Kinds of body that the script generates from the states table.
GENERATED_KINDS = ("gov", "mod", "mfa", "army")
#: Kinds of body that a hand-made row may have.
BODY_KINDS = (*GENERATED_KINDS, "pres", "hog", "parl", "other")

#: English short names that take "the" after "of" ("Government of the Netherlands").
NAMES_WITH_ARTICLE_EN = frozenset(
    {
        "Bahamas",
        "Central African Republic",
        "Comoros",
        "Czech Republic",
        "Democratic Republic of the Congo",
        "Dominican Republic",
        "Gambia",
        "Maldives",
        "Marshall Islands",
        "Netherlands",
        "Philippines",
        "Republic of the Congo",
        "Seychelles",
        "Solomon Islands",
        "United Arab Emirates",
        "United Kingdom",
        "United States",
    }
)

#: Library names never used as labels: "Congo" alone is the ISO short name of
#: Congo-Brazzaville, but the press uses it for either Congo.
AMBIGUOUS_NAMES = frozenset({"Congo"})

QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ALPHA3_RE = re.compile(r"^[A-Z]{3}$")

#: Capital letters with a diacritic that French press copy often drops ("Etats-Unis").
UNACCENTED_CAPITALS = str.maketrans("ÉÈÊËÎÏÔÀÂÇ", "EEEEIIOAAC")


class ReferenceDataError(ValueError):
    """Raised when the input tables are inconsistent."""


# --------------------------------------------------------------------------- text


def clean(text: str) -> str:
    """Normalise a label: NFC, straight apostrophe, single spaces."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'")
    return " ".join(text.split())


def split_list(cell: str) -> list[str]:
    """Split a comma-separated cell into cleaned, non-empty items."""
    return [clean(item) for item in cell.split(",") if item.strip()]


def split_lang(items: list[str]) -> tuple[list[str], list[str]]:
    """Split items into (French, English); an item ending in ``@en`` is English."""
    french = [item for item in items if not item.endswith("@en")]
    english = [clean(item[:-3]) for item in items if item.endswith("@en")]
    return french, english


def unaccented_capitals(label: str) -> str:
    """Return the label with accented capitals replaced (``État`` -> ``Etat``)."""
    return label.translate(UNACCENTED_CAPITALS)


def slugify(text: str) -> str:
    """Return an ASCII slug: ``"Saint John's"`` -> ``"saint-johns"``."""
    text = clean(text).replace("'", "")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def cldr_variant(name: str | None) -> str | None:
    """Turn a CLDR or ISO display name into a usable label, or None if it is a list form.

    ``"Myanmar (Burma)"`` -> ``"Myanmar"``, ``"Congo - Kinshasa"`` -> ``"Congo-Kinshasa"``,
    ``"St. Kitts & Nevis"`` -> ``"St. Kitts and Nevis"``, ``"Korea, Republic of"`` -> None.
    """
    if not name or "," in name or name in AMBIGUOUS_NAMES:
        return None
    name = re.sub(r"\s*\([^)]*\)", "", name)
    return clean(name.replace(" & ", " and ").replace(" - ", "-")) or None


def with_article_en(name: str) -> str:
    """Return an English country name as used after "of" ("the United States")."""
    return f"the {name}" if name in NAMES_WITH_ARTICLE_EN else name


# --------------------------------------------------------------------------- model


@dataclass
class Labels:
    """Preferred and alternative labels of a resource, in French and English."""

    pref: dict[str, str] = field(default_factory=dict)
    alt: dict[str, list[str]] = field(default_factory=lambda: {"fr": [], "en": []})

    def add_alt(self, lang: str, *labels: str) -> None:
        """Add alternative labels, skipping empty ones and duplicates."""
        for label in labels:
            label = clean(label)
            if label and label not in self.alt[lang]:
                self.alt[lang].append(label)

    def finalise(self, official: dict[str, str] | None = None) -> None:
        """Add accent-less French variants, then sort the alternative labels.

        Alternative labels equal to the preferred label or to the official name
        (``kg:officialName`` is a sub-property of ``skos:altLabel``) are dropped.
        """
        french = [self.pref.get("fr", ""), *self.alt["fr"]]
        self.add_alt("fr", *(unaccented_capitals(label) for label in french if label))
        for lang in ("fr", "en"):
            redundant = {self.pref.get(lang), (official or {}).get(lang)}
            self.alt[lang] = sorted(
                (label for label in self.alt[lang] if label not in redundant),
                key=lambda s: (s.casefold(), s),
            )

    def all_forms(self, lang: str) -> list[str]:
        """Return the preferred label followed by the alternative labels."""
        pref = self.pref.get(lang)
        return ([pref] if pref else []) + self.alt[lang]


@dataclass
class State:
    """A sovereign state (or observer / partially recognised state)."""

    alpha3: str
    alpha2: str
    labels: Labels
    official: dict[str, str]
    demonyms: list[str]
    de_form: str
    qid: str
    capital: str | None = None
    demonyms_en: list[str] = field(default_factory=list)  # read only before an English force noun

    @property
    def slug(self) -> str:
        """Local name of the state's IRI."""
        return f"state-{self.alpha3}"

    @property
    def masc_sg(self) -> str:
        """Masculine singular demonym."""
        return self.demonyms[0]

    @property
    def fem_sg(self) -> str:
        """Feminine singular demonym."""
        return self.demonyms[1]

    @property
    def fem_pl(self) -> str:
        """Feminine plural demonym."""
        return self.demonyms[3]


@dataclass
class City:
    """A city, capital or not."""

    slug: str
    labels: Labels
    state: str
    qid: str
    capital_of: str | None = None


@dataclass
class Body:
    """A government body that stands for a state."""

    slug: str
    kind: str
    state: str
    labels: Labels
    qid: str = ""


# --------------------------------------------------------------------------- inputs


def read_table(path: Path) -> list[dict[str, str]]:
    """Read a tab-separated table; lines starting with ``#`` are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(value is None for value in row.values()):
            raise ReferenceDataError(f"{path.name}: row {number} has a wrong number of cells")
        rows.append({key: value.strip() for key, value in row.items()})
    return rows


def check_qid(qid: str, where: str) -> str:
    """Return the QID if it is empty or well formed, else raise."""
    if qid and not QID_RE.match(qid):
        raise ReferenceDataError(f"{where}: malformed Wikidata id {qid!r}")
    return qid


class Names:
    """Country names from pycountry and Babel (CLDR)."""

    def __init__(self) -> None:
        """Load the CLDR locales and the French ISO 3166-1 catalogue."""
        self.cldr = {lang: babel.Locale(lang).territories for lang in ("fr", "en")}
        self.iso_fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])

    def iso(self, alpha3: str) -> object | None:
        """Return the pycountry record, or None for a code outside ISO 3166-1."""
        return pycountry.countries.get(alpha_3=alpha3)

    def translate_fr(self, english: str) -> str | None:
        """Translate an ISO 3166-1 name into French, or None if it is not translated."""
        french = self.iso_fr.gettext(english)
        return clean(french) if french != english else None


def build_state(row: dict[str, str], names: Names) -> State:
    """Build a state from its row of ``states.tsv`` and the libraries."""
    alpha3 = row["alpha3"]
    where = f"states.tsv {alpha3}"
    if not ALPHA3_RE.match(alpha3):
        raise ReferenceDataError(f"{where}: malformed alpha-3 code")
    country = names.iso(alpha3)
    if country is None and alpha3 not in NON_ISO_ALPHA2:
        raise ReferenceDataError(f"{where}: not an ISO 3166-1 alpha-3 code")
    alpha2 = str(getattr(country, "alpha_2", "")) or NON_ISO_ALPHA2[alpha3]

    cldr_fr = cldr_variant(names.cldr["fr"].get(alpha2))
    cldr_en = cldr_variant(names.cldr["en"].get(alpha2))
    iso_name = getattr(country, "name", None)
    iso_common = getattr(country, "common_name", None)
    iso_official = getattr(country, "official_name", None)

    labels = Labels()
    labels.pref["fr"] = clean(row["pref_fr"]) or cldr_fr or ""
    labels.pref["en"] = clean(row["pref_en"]) or cldr_variant(iso_common or iso_name) or ""
    if not labels.pref["fr"] or not labels.pref["en"]:
        raise ReferenceDataError(f"{where}: no preferred label")
    labels.add_alt("fr", *(v for v in [cldr_fr] if v), *split_list(row["extra_alt_fr"]))
    english_variants = [cldr_variant(v) for v in (iso_name, iso_common, names.cldr["en"].get(alpha2))]
    labels.add_alt("en", *(v for v in [*english_variants, cldr_en] if v))
    labels.add_alt("en", *split_list(row["extra_alt_en"]))

    official: dict[str, str] = {}
    official_en = clean(row["official_en"]) or (clean(iso_official) if iso_official else "")
    official_fr = clean(row["official_fr"]) or (names.translate_fr(iso_official) if iso_official else None)
    if official_fr:
        official["fr"] = official_fr
    if official_en:
        official["en"] = official_en

    demonyms: list[str] = []
    for form in split_list(row["demonyms_fr"]):
        if form != form.lower():
            raise ReferenceDataError(f"{where}: demonym {form!r} is not lower case")
        demonyms.append(form)
    if demonyms and len(demonyms) < 4:
        raise ReferenceDataError(f"{where}: demonyms need the four forms")
    if row["de_form_fr"] and not demonyms:
        raise ReferenceDataError(f"{where}: a major state needs demonyms")

    return State(
        alpha3=alpha3,
        alpha2=alpha2,
        labels=labels,
        official=official,
        demonyms=demonyms,
        de_form=clean(row["de_form_fr"]),
        demonyms_en=split_list(row["demonyms_en"]),
        qid=check_qid(row["state_qid"], where),
    )


def build_capital(row: dict[str, str], state: State) -> City | None:
    """Build the capital city of a state from its row of ``states.tsv``, if any."""
    if not row["capital_fr"]:
        return None
    labels = Labels(pref={"fr": clean(row["capital_fr"]), "en": clean(row["capital_en"])})
    if not labels.pref["en"]:
        raise ReferenceDataError(f"states.tsv {state.alpha3}: capital without English name")
    alt_fr, alt_en = split_lang(split_list(row["capital_alt"]))
    labels.add_alt("fr", *alt_fr)
    labels.add_alt("en", *alt_en)
    return City(
        slug=f"city-{slugify(labels.pref['en'])}",
        labels=labels,
        state=state.alpha3,
        qid=check_qid(row["capital_qid"], f"states.tsv {state.alpha3} capital"),
        capital_of=state.alpha3,
    )


def build_city(row: dict[str, str]) -> City:
    """Build a non-capital city from its row of ``cities.tsv``."""
    labels = Labels(pref={"fr": clean(row["name_fr"]), "en": clean(row["name_en"])})
    alt_fr, alt_en = split_lang(split_list(row["alt"]))
    labels.add_alt("fr", *alt_fr)
    labels.add_alt("en", *alt_en)
    return City(
        slug=f"city-{slugify(labels.pref['en'])}",
        labels=labels,
        state=row["alpha3"],
        qid=check_qid(row["qid"], f"cities.tsv {row['name_en']}"),
    )


def generated_bodies(state: State) -> Iterator[tuple[str, Labels]]:
    """Yield (kind, labels) of the bodies generated from a state's demonyms."""
    if not state.demonyms:
        return
    masc, fem, fem_pl = state.masc_sg, state.fem_sg, state.fem_pl
    of_en = with_article_en(state.labels.pref["en"])

    gov = Labels(pref={"fr": f"gouvernement {masc}", "en": f"Government of {of_en}"})
    gov.add_alt("fr", f"exécutif {masc}", f"autorités {fem_pl}")
    yield "gov", gov
    if not state.de_form:
        return

    mod = Labels(
        pref={"fr": f"ministère de la Défense {state.de_form}", "en": f"Ministry of Defence of {of_en}"}
    )
    mod.add_alt("fr", f"ministère {masc} de la Défense", f"ministère de la Défense {masc}")
    yield "mod", mod

    mfa = Labels(
        pref={
            "fr": f"ministère des Affaires étrangères {state.de_form}",
            "en": f"Ministry of Foreign Affairs of {of_en}",
        }
    )
    mfa.add_alt(
        "fr",
        f"ministère {masc} des Affaires étrangères",
        f"ministère des Affaires étrangères {masc}",
        f"diplomatie {fem}",
    )
    yield "mfa", mfa

    army = Labels(pref={"fr": f"armée {fem}", "en": f"Armed Forces of {of_en}"})
    army.add_alt(
        "fr",
        f"forces armées {fem_pl}",
        f"forces armées {state.de_form}",
        f"forces {fem_pl}",
        f"troupes {fem_pl}",
    )
    yield "army", army


def merge_labels(hand: Labels, generated: Labels) -> Labels:
    """Merge generated labels into a hand-made body; hand-made prefLabels win."""
    merged = Labels(pref=dict(hand.pref))
    for lang in ("fr", "en"):
        merged.pref.setdefault(lang, generated.pref[lang])
        merged.add_alt(lang, *hand.alt[lang], *generated.all_forms(lang))
    return merged


def build_bodies(rows: list[dict[str, str]], states: dict[str, State]) -> list[Body]:
    """Build hand-made bodies and the generated ones, merging same-kind pairs."""
    hand: dict[str, Body] = {}
    by_kind: dict[tuple[str, str], str] = {}
    for row in rows:
        where = f"bodies.tsv {row['id']}"
        slug = f"body-{row['id']}"
        if not re.match(r"^[a-z0-9]+(-[a-zA-Z0-9]+)*$", row["id"]):
            raise ReferenceDataError(f"{where}: malformed id")
        if row["kind"] not in BODY_KINDS:
            raise ReferenceDataError(f"{where}: unknown kind {row['kind']!r}")
        if row["alpha3"] not in states:
            raise ReferenceDataError(f"{where}: unknown state {row['alpha3']!r}")
        if slug in hand:
            raise ReferenceDataError(f"{where}: duplicate id")
        labels = Labels()
        for lang in ("fr", "en"):
            if row[f"pref_{lang}"]:
                labels.pref[lang] = clean(row[f"pref_{lang}"])
            labels.add_alt(lang, *split_list(row[f"alt_{lang}"]))
        if row["kind"] in GENERATED_KINDS:
            key = (row["kind"], row["alpha3"])
            if key in by_kind:
                raise ReferenceDataError(f"{where}: second {row['kind']} body for {row['alpha3']}")
            by_kind[key] = slug
        elif len(labels.pref) < 2:
            raise ReferenceDataError(f"{where}: prefLabels are required for kind {row['kind']}")
        hand[slug] = Body(slug, row["kind"], row["alpha3"], labels, check_qid(row["qid"], where))

    bodies = dict(hand)
    for state in states.values():
        for kind, labels in generated_bodies(state):
            target = by_kind.get((kind, state.alpha3))
            if target:
                body = bodies[target]
                body.labels = merge_labels(body.labels, labels)
            else:
                slug = f"body-{kind}-{state.alpha3}"
                if slug in bodies:
                    raise ReferenceDataError(f"bodies.tsv: id {slug} clashes with a generated body")
                bodies[slug] = Body(slug, kind, state.alpha3, labels)
    for slug, body in hand.items():
        if len(body.labels.pref) < 2:
            raise ReferenceDataError(
                f"bodies.tsv {slug}: no generated {body.kind} body for {body.state} to take labels from"
            )
    return list(bodies.values())


# --------------------------------------------------------------------------- checks


def check_unique(owners: dict[str, set[str]], what: str) -> None:
    """Raise if a key (a label, a demonym, an id) belongs to more than one owner."""
    clashes = {key: sorted(found) for key, found in owners.items() if len(found) > 1}
    if clashes:
        lines = "\n".join(f"  {key!r}: {', '.join(found)}" for key, found in sorted(clashes.items()))
        raise ReferenceDataError(f"{what} shared by several resources:\n{lines}")


def check_states(states: list[State]) -> None:
    """Check the count and the uniqueness of names and demonyms across states."""
    if len(states) != EXPECTED_STATES:
        raise ReferenceDataError(f"states.tsv: {len(states)} states, expected {EXPECTED_STATES}")
    codes = [state.alpha3 for state in states]
    if len(set(codes)) != len(codes):
        raise ReferenceDataError("states.tsv: duplicate alpha-3 code")
    demonyms: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for state in states:
        for form in state.demonyms:
            demonyms[form].add(state.alpha3)
        for form in state.demonyms_en:
            demonyms[f"{form.casefold()}@en"].add(state.alpha3)
        for lang in ("fr", "en"):
            for label in state.labels.all_forms(lang):
                names[f"{label.casefold()}@{lang}"].add(state.alpha3)
    check_unique(demonyms, "Demonyms")
    check_unique(names, "State names")


def check_cities(cities: list[City], states: dict[str, State]) -> None:
    """Check city IRIs, their states and that every capital links back to its state."""
    counts = Counter(city.slug for city in cities)
    duplicates = sorted(slug for slug, count in counts.items() if count > 1)
    if duplicates:
        raise ReferenceDataError(f"Duplicate city IRIs: {', '.join(duplicates)}")
    for city in cities:
        if city.state not in states:
            raise ReferenceDataError(f"{city.slug}: unknown state {city.state!r}")
    by_slug = {city.slug: city for city in cities}
    for state in states.values():
        if state.capital and by_slug[state.capital].capital_of != state.alpha3:
            raise ReferenceDataError(f"{state.slug}: capital {state.capital} is not linked back")


def check_qids(entities: Iterable[tuple[str, str]]) -> None:
    """Check that no Wikidata id is given to two resources."""
    owners: dict[str, set[str]] = defaultdict(set)
    for slug, qid in entities:
        if qid:
            owners[qid].add(slug)
    check_unique(owners, "Wikidata ids")


# --------------------------------------------------------------------------- Turtle


def literal(text: str, lang: str | None = None) -> str:
    """Return a Turtle string literal, with an optional language tag."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def lang_literals(values: dict[str, list[str]] | dict[str, str]) -> list[str]:
    """Return French then English literals of a label mapping."""
    out: list[str] = []
    for lang in ("fr", "en"):
        value = values.get(lang)
        items = [value] if isinstance(value, str) else list(value or [])
        out.extend(literal(item, lang) for item in items if item)
    return out


def resource(subject: str, rdf_type: str, statements: list[tuple[str, list[str]]]) -> str:
    """Return the Turtle block of one resource; statements without objects are skipped."""
    parts = [f"kgr:{subject} a {rdf_type}"]
    for predicate, objects in statements:
        if not objects:
            continue
        if len(objects) <= 2 and sum(len(o) for o in objects) < 70:
            parts.append(f"    {predicate} {', '.join(objects)}")
        else:
            joined = ",\n        ".join(objects)
            parts.append(f"    {predicate}\n        {joined}")
    return " ;\n".join(parts) + " .\n"


def same_as(qid: str) -> list[str]:
    """Return the owl:sameAs object list of a Wikidata id."""
    return [f"wd:{qid}"] if qid else []


def header(what: str) -> str:
    """Return the comment and prefix block that opens every generated file."""
    lines = [
        f"# {what}",
        "# GENERATED by ontology/src/make_reference.py - do not edit by hand;",
        "# edit ontology/src/states.tsv, cities.tsv or bodies.tsv and run the script again.",
        f"# Sources: pycountry {pycountry.__version__} (ISO 3166-1 and its French catalogue),",
        f"# Babel {babel.__version__} (CLDR territory names), and the hand-made tables above.",
        "",
    ]
    lines += [f"@prefix {prefix}: <{iri}> ." for prefix, iri in PREFIXES.items()]
    return "\n".join(lines) + "\n\n"


def states_turtle(states: list[State]) -> str:
    """Serialise the states."""
    blocks = []
    for state in sorted(states, key=lambda s: s.alpha3):
        blocks.append(
            resource(
                state.slug,
                "kg:State",
                [
                    ("skos:prefLabel", lang_literals(state.labels.pref)),
                    ("kg:officialName", lang_literals(state.official)),
                    ("skos:altLabel", lang_literals(state.labels.alt)),
                    ("kg:demonym", [literal(form, "fr") for form in dict.fromkeys(state.demonyms)]
                     + [literal(form, "en") for form in dict.fromkeys(state.demonyms_en)]),
                    ("kg:iso3166Alpha2", [literal(state.alpha2)]),
                    ("kg:iso3166Alpha3", [literal(state.alpha3)]),
                    ("kg:capital", [f"kgr:{state.capital}"] if state.capital else []),
                    ("owl:sameAs", same_as(state.qid)),
                ],
            )
        )
    return header("States: UN members and observers, Kosovo and Taiwan.") + "\n".join(blocks)


def cities_turtle(cities: list[City]) -> str:
    """Serialise the cities."""
    blocks = []
    for city in sorted(cities, key=lambda c: c.slug):
        blocks.append(
            resource(
                city.slug,
                "kg:City",
                [
                    ("skos:prefLabel", lang_literals(city.labels.pref)),
                    ("skos:altLabel", lang_literals(city.labels.alt)),
                    ("kg:inState", [f"kgr:state-{city.state}"]),
                    ("kg:capitalOf", [f"kgr:state-{city.capital_of}"] if city.capital_of else []),
                    ("owl:sameAs", same_as(city.qid)),
                ],
            )
        )
    return header("Cities: capitals of the states, and cities often in the news.") + "\n".join(blocks)


def bodies_turtle(bodies: list[Body]) -> str:
    """Serialise the government bodies."""
    blocks = []
    for body in sorted(bodies, key=lambda b: b.slug):
        blocks.append(
            resource(
                body.slug,
                "kg:GovernmentBody",
                [
                    ("skos:prefLabel", lang_literals(body.labels.pref)),
                    ("skos:altLabel", lang_literals(body.labels.alt)),
                    ("kg:standsFor", [f"kgr:state-{body.state}"]),
                    ("owl:sameAs", same_as(body.qid)),
                ],
            )
        )
    return header("Government bodies that stand for a state.") + "\n".join(blocks)


def write_checked(path: Path, text: str) -> int:
    """Write a Turtle file and parse it back; return its number of triples."""
    path.write_text(text, encoding="utf-8")
    graph = rdflib.Graph()
    graph.parse(path, format="turtle")
    return len(graph)


# --------------------------------------------------------------------------- main


def build() -> tuple[list[State], list[City], list[Body]]:
    """Read the tables, build and check all resources."""
    names = Names()
    state_rows = read_table(SRC_DIR / "states.tsv")
    states: dict[str, State] = {}
    cities: list[City] = []
    for row in state_rows:
        state = build_state(row, names)
        if state.alpha3 in states:
            raise ReferenceDataError(f"states.tsv: duplicate row {state.alpha3}")
        states[state.alpha3] = state
        capital = build_capital(row, state)
        if capital:
            state.capital = capital.slug
            cities.append(capital)
    cities += [build_city(row) for row in read_table(SRC_DIR / "cities.tsv")]
    bodies = build_bodies(read_table(SRC_DIR / "bodies.tsv"), states)

    for state in states.values():
        state.labels.finalise(state.official)
    for labels in (*(c.labels for c in cities), *(b.labels for b in bodies)):
        labels.finalise()

    check_states(list(states.values()))
    check_cities(cities, states)
    check_qids(
        [(s.slug, s.qid) for s in states.values()]
        + [(c.slug, c.qid) for c in cities]
        + [(b.slug, b.qid) for b in bodies]
    )
    return list(states.values()), cities, bodies


def main() -> int:
    """Generate the three Turtle files and report their sizes."""
    try:
        states, cities, bodies = build()
    except ReferenceDataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    REF_DIR.mkdir(parents=True, exist_ok=True)
    outputs = {
        "states.ttl": (states_turtle(states), len(states)),
        "cities.ttl": (cities_turtle(cities), len(cities)),
        "bodies.ttl": (bodies_turtle(bodies), len(bodies)),
    }
    for filename, (text, count) in outputs.items():
        triples = write_checked(REF_DIR / filename, text)
        print(f"{filename}: {count} resources, {triples} triples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
