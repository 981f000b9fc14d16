"""The RDF namespaces kg writes, as closed namespaces: a typo fails at import, not silently in a query."""

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
KGR = Namespace("https://w3id.org/kg-news/id/")


class KG(DefinedNamespace):
    """The kg ontology (ontology/kg.ttl)."""

    _NS = Namespace("https://w3id.org/kg-news/ontology#")
    _fail = True

    Actor: object
    State: object
    Organisation: object
    InternationalOrganisation: object
    GovernmentBody: object
    Company: object
    ArmedGroup: object
    Person: object
    Place: object
    City: object
    WeaponSystem: object
    WeaponType: object
    IssueAtStake: object
    Fact: object
    Negotiation: object
    Agreement: object
    MilitarySupport: object
    Financing: object
    PostHolding: object
    VenueClaim: object
    Evidence: object

    standsFor: object
    capital: object
    capitalOf: object
    inState: object
    country: object
    demonym: object
    officialName: object
    iso3166Alpha2: object
    iso3166Alpha3: object
    weaponType: object
    manufacturer: object
    genericNoun: object
    titleHead: object
    titleComplement: object
    usualRole: object
    usualPostIn: object

    article: object
    sentence: object
    charStart: object
    charEnd: object
    modality: object
    attributedTo: object
    sourceText: object
    participant: object
    venue: object
    place: object
    venueStatus: object
    format: object
    issue: object
    startDate: object
    endDate: object
    date: object
    party: object
    object: object
    amount: object
    approximate: object
    supporter: object
    recipient: object
    weapon: object
    supportKind: object
    funder: object
    financingKind: object
    holder: object
    post: object
