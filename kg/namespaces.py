"""The RDF namespaces kg writes, as closed namespaces: a typo fails at import, not silently in a query."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
KGR = Namespace("https://w3id.org/kg-news/id/")


class KG(DefinedNamespace):
    """The kg ontology (ontology/kg.ttl)."""

    _NS = Namespace("https://w3id.org/kg-news/ontology#")
    _fail = True

    Actor: URIRef
    State: URIRef
    Organisation: URIRef
    InternationalOrganisation: URIRef
    GovernmentBody: URIRef
    Company: URIRef
    ArmedGroup: URIRef
    Person: URIRef
    Place: URIRef
    City: URIRef
    Building: URIRef
    WeaponSystem: URIRef
    WeaponType: URIRef
    IssueAtStake: URIRef
    Fact: URIRef
    Negotiation: URIRef
    Agreement: URIRef
    MilitarySupport: URIRef
    Financing: URIRef
    PostHolding: URIRef
    VenueClaim: URIRef
    Evidence: URIRef
    IdentityDecision: URIRef
    Event: URIRef

    standsFor: URIRef
    capital: URIRef
    capitalOf: URIRef
    inState: URIRef
    houses: URIRef
    country: URIRef
    multinational: URIRef
    namesProducts: URIRef
    renamedAs: URIRef
    demonym: URIRef
    combiningForm: URIRef
    monarchOf: URIRef
    memberState: URIRef
    officialName: URIRef
    sharedDemonym: URIRef
    iso3166Alpha2: object
    iso3166Alpha3: object
    weaponType: URIRef
    manufacturer: URIRef
    genericNoun: URIRef
    titleHead: URIRef
    titleAsWritten: URIRef
    titleComplement: URIRef
    postOfState: URIRef
    usualRole: URIRef
    usualPostIn: URIRef

    article: URIRef
    sentence: URIRef
    charStart: URIRef
    charEnd: URIRef
    modality: URIRef
    attributedTo: URIRef
    sourceText: URIRef
    source: URIRef
    contentHash: URIRef
    dateline: URIRef
    articleGraph: URIRef
    participant: URIRef
    venue: URIRef
    place: URIRef
    venueStatus: URIRef
    format: URIRef
    issue: URIRef
    startDate: URIRef
    endDate: URIRef
    date: URIRef
    party: URIRef
    object: URIRef
    amount: URIRef
    approximate: URIRef
    equivalent: URIRef
    supporter: URIRef
    recipient: URIRef
    weapon: URIRef
    supportKind: URIRef
    funder: URIRef
    financingKind: URIRef
    holder: URIRef
    post: URIRef
    form: URIRef
    formEntity: URIRef
    decidedFor: URIRef
    rule: URIRef
    seenIn: URIRef
    event: URIRef


# A DefinedNamespace finds an attribute through its metaclass at every access (2.5 µs, a new URIRef each time):
# its terms as class attributes are read directly; a name not declared above still fails.
for _name in KG.__annotations__:
    setattr(KG, _name, KG._NS[_name])
del _name
