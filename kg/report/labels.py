"""The words of the report in French and English, and how numbers and dates read in each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

LANGUAGES = ("fr", "en")

KINDS = {
    "fr": {"negotiation": "négociation", "agreement": "accord", "support": "soutien militaire",
           "financing": "financement", "post": "fonction"},
    "en": {"negotiation": "negotiation", "agreement": "agreement", "support": "military support",
           "financing": "financing", "post": "post held"},
}
MODALITIES = {
    "fr": {"asserted": "affirmé", "reported": "rapporté", "possible": "possible", "denied": "démenti"},
    "en": {"asserted": "asserted", "reported": "reported", "possible": "possible", "denied": "denied"},
}
VENUE_STATUS = {
    "fr": {"confirmed": "confirmé", "reported": "rapporté", "considered": "envisagé", "rejected": "écarté"},
    "en": {"confirmed": "confirmed", "reported": "reported", "considered": "considered", "rejected": "rejected"},
}
TEXT = {
    "fr": {
        "title": "Rapport kg", "summary": "Synthèse", "articles": "Articles", "period": "Période couverte",
        "facts": "Faits", "by_kind": "Faits par type et modalité", "central": "Acteurs les plus centraux",
        "network": "Réseau des acteurs", "timeline": "Chronologie", "table": "Faits et preuves",
        "disagreements": "Divergences entre sources", "kind": "Type", "actors": "Acteurs", "weapon": "Arme",
        "amount": "Montant", "date": "Date", "modality": "Modalité", "attribution": "Attribué à",
        "evidence": "Preuve", "total": "Total", "actor": "Acteur", "score": "PageRank", "none": "—",
        "no_date": "aucune date", "no_facts": "Aucun fait.", "no_dated": "Aucun fait daté.",
        "no_disagreement": "Aucune divergence : les articles ne se contredisent pas.",
        "single_article": "Un seul article : pas de comparaison entre sources.",
        "filter": "Filtrer le tableau…", "show_all": "Tout afficher", "selected": "Acteur choisi :",
        "group": "Regrouper par communauté", "min_weight": "Liens d'au moins", "min_weight_unit": "fait(s)",
        "hint": "Glisser pour déplacer, molette pour zoomer, cliquer un acteur pour voir ses faits.",
        "fit": "Recentrer", "shown": "faits affichés",
        "more_sentence": "autre phrase", "more_sentences": "autres phrases",
        "disagree_modality": "modalités opposées", "disagree_amount": "montants différents",
        "generated": "Produit par kg", "scope": "Périmètre", "since": "depuis le", "until": "jusqu'au",
        "community": "communauté", "no_year": "année inconnue", "filters": "Filtres du réseau",
        "show_more": "Afficher la suite", "left": "restants",
    },
    "en": {
        "title": "kg report", "summary": "Summary", "articles": "Articles", "period": "Period covered",
        "facts": "Facts", "by_kind": "Facts by kind and modality", "central": "Most central actors",
        "network": "Actor network", "timeline": "Timeline", "table": "Facts and evidence",
        "disagreements": "Where sources disagree", "kind": "Kind", "actors": "Actors", "weapon": "Weapon",
        "amount": "Amount", "date": "Date", "modality": "Modality", "attribution": "Attributed to",
        "evidence": "Evidence", "total": "Total", "actor": "Actor", "score": "PageRank", "none": "—",
        "no_date": "no date", "no_facts": "No fact.", "no_dated": "No dated fact.",
        "no_disagreement": "No disagreement: the articles do not contradict each other.",
        "single_article": "A single article: no comparison between sources.",
        "filter": "Filter the table…", "show_all": "Show all", "selected": "Selected actor:",
        "group": "Group by community", "min_weight": "Ties of at least", "min_weight_unit": "fact(s)",
        "hint": "Drag to pan, scroll to zoom, click an actor to see its facts.",
        "fit": "Fit", "shown": "facts shown", "more_sentence": "more sentence", "more_sentences": "more sentences",
        "disagree_modality": "opposite modalities", "disagree_amount": "different amounts",
        "generated": "Made by kg", "scope": "Scope", "since": "since", "until": "until",
        "community": "community", "no_year": "year unknown", "filters": "Network filters",
        "show_more": "Show more", "left": "left",
    },
}
MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def format_amount(value: Decimal, currency: str, lang: str) -> str:
    """3900000000 SEK -> « 3 900 000 000 SEK » (fr, narrow no-break spaces) or « 3,900,000,000 SEK » (en)."""
    text = f"{value:,f}" if value != value.to_integral_value() else f"{value.to_integral_value():,}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return f"{text} {currency}".strip()


def format_date(iso: str, lang: str) -> str:
    """« 2025-02-17 » -> « 17 févr. 2025 »; a date without a year (« --02-17 ») -> « 17 févr. »."""
    year, _, rest = iso.partition("-") if not iso.startswith("--") else ("", "", iso[2:])
    try:
        month, day = (int(part) for part in rest.split("-")[:2])
        name = MONTHS[lang][month - 1]
    except (ValueError, IndexError):
        return iso
    if lang == "en":
        return f"{name} {day}, {year}" if year else f"{name} {day}"
    return f"{day} {name} {year}".strip()


def parse_date(iso: str) -> dt.date | None:
    """A full ISO date, else None (dates without a year cannot be placed in a period)."""
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None
