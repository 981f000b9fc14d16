"""Reading article sources: HTML pages, JSON Lines, folders, globs and dispatch datelines."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import expand_inputs, parse_article, read_articles

PAGE = """<!doctype html><html><head><title>Le Quotidien | Un accord de défense</title>
<meta property="og:url" content="https://journal.example/defense/accord">
<link rel="canonical" href="https://journal.example/defense/accord">
<meta property="article:published_time" content="2025-03-04T08:00:00+01:00"></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Un accord de défense</h1><time datetime="2025-03-04">4 mars 2025</time>
<p>Le Portugal a signé mardi avec le Chili un accord de coopération militaire qui prévoit des exercices communs.</p>
<p>Les deux ministres de la Défense se sont retrouvés à Lisbonne pour la signature, a indiqué le ministère.</p>
<p>Le texte prévoit aussi une formation commune des officiers de marine et un échange régulier de renseignements
sur les routes maritimes de l'Atlantique Sud, selon un communiqué publié dans la soirée.</p>
<p>Les deux pays discutaient depuis deux ans de ce rapprochement, interrompu un temps par des élections.</p>
</article><footer>Tous droits réservés. Abonnez-vous à la lettre.</footer></body></html>"""


def test_html_page_gives_main_text_title_once_date_and_url(tmp_path: Path) -> None:
    page = tmp_path / "accord.html"
    page.write_text(PAGE, encoding="utf-8")
    [article] = read_articles(str(page))
    assert article.title == "Un accord de défense"
    assert article.text.count("Un accord de défense") == 1
    assert article.published == dt.date(2025, 3, 4)
    assert article.url == "https://journal.example/defense/accord"
    assert "Lisbonne" in article.text
    assert "Accueil" not in article.text and "Abonnez-vous" not in article.text


def test_json_lines_gives_one_article_per_line(tmp_path: Path) -> None:
    lines = [{"text": "Le Chili achète des frégates.", "title": "Frégates", "published": "2025-01-02",
              "url": "https://a.example/1"},
             {"text": "Titre seul\nLe Pérou commande des hélicoptères."}]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n\n", encoding="utf-8")
    first, second = read_articles(str(corpus))
    assert (first.title, first.published, first.url, first.source) == (
        "Frégates", dt.date(2025, 1, 2), "https://a.example/1", "https://a.example/1")
    assert first.text.startswith("Frégates\nLe Chili")
    assert second.title == "Titre seul" and second.url is None and second.source.endswith("corpus.jsonl:2")


@pytest.mark.parametrize(("line", "message"), [
    ("not json", "not a JSON object"),
    ('{"title": "sans texte"}', "needs a non-empty"),
    ('{"text": "x", "published": "mars"}', "not a YYYY-MM-DD"),
])
def test_json_lines_errors_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"text": "Titre\\nTexte."}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"bad\.jsonl:2: .*{message}"):
        read_articles(str(corpus))


def test_folders_expand_recursively_and_globs_match(tmp_path: Path) -> None:
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.jsonl", "sub/notes.csv", ".hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = expand_inputs([str(tmp_path)])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "sub/b.md", "sub/deeper/c.jsonl"]
    assert expand_inputs([str(tmp_path / "**" / "*.md"), str(tmp_path / "sub" / "b.md")]) == [
        str(tmp_path / "sub" / "b.md")]
    with pytest.raises(InputError, match="no file matches"):
        expand_inputs([str(tmp_path / "*.pdf")])


@pytest.mark.parametrize(("first_line", "place", "date", "body"), [
    ("MONTEVIDEO, 5 mars 2024 (AFP) — L'Uruguay a signé.", "Montevideo", dt.date(2024, 3, 5), "L'Uruguay a signé."),
    ("Quito (Reuters) - L'Équateur commande.", "Quito", None, "L'Équateur commande."),
    ("SAINT-DOMINGUE, 1er juin — Texte.", "Saint-Domingue", None, "Texte."),
    ("HANOÏ, 9 sept. 2024 (Agence) -- Le Viêt Nam achète.", "Hanoï", dt.date(2024, 9, 9), "Le Viêt Nam achète."),
    ("La Bolivie - un pays enclavé.", None, None, "La Bolivie - un pays enclavé."),
    ("Le ministre (bolivien) - non.", None, None, "Le ministre (bolivien) - non."),
    ("Tbilissi, 13 juillet 2024, AGENCE", "Tbilissi", dt.date(2024, 7, 13), "Suite."),  # a line of its own
    ("Rabat, le 2 mars 2024 (MAP)", "Rabat", dt.date(2024, 3, 2), "Suite."),
    ("Quito, 3 hommes, AFP", None, None, "Quito, 3 hommes, AFP"),
    ("QUITO, Équateur \u2013 L'Équateur commande.", "Quito", None, "L'Équateur commande."),  # the city, then its state
    ("Quito, Équateur \u2013 non.", None, None, "Quito, Équateur \u2013 non."),
    ("Lima D.C. Les ministres se sont réunis.", "Lima", None, "Les ministres se sont réunis."),  # a capital district
    ("Lima D.C. accueille le sommet.", None, None, "Lima D.C. accueille le sommet."),
    ("Asuncion - le 3 mai 2021-Le ministre a reçu.", "Asuncion", dt.date(2021, 5, 3), "Le ministre a reçu."),
    ("Montevideo \u2013 12 juin 2020 \u2013 Le président.", "Montevideo", dt.date(2020, 6, 12), "Le président."),
    ("La réunion - le 3 mai 2021-Le texte.", None, None, "La réunion - le 3 mai 2021-Le texte."),  # a sentence
    ("Quito - le 3 hommes 2021-Non.", None, None, "Quito - le 3 hommes 2021-Non."),  # no month
    ("VIENNE, 12 avril 2024. /AFP/. La Hongrie achète.", "Vienne", dt.date(2024, 4, 12), "La Hongrie achète."),
    ("Vienne, 12 avril. /AFP/. non.", None, None, "Vienne, 12 avril. /AFP/. non."),  # a wire's slashed agency
    ("Quito, 5 mars 2024, AGENCE - L'Équateur commande.", "Quito", dt.date(2024, 3, 5), "L'Équateur commande."),
    ("Asuncion, 1er juin, ABC \u2014 Le Paraguay achète.", "Asuncion", None, "Le Paraguay achète."),  # its agency
    ("Quito, 3 hommes, AFP - non.", None, None, "Quito, 3 hommes, AFP - non."),  # after a comma: no month
    ("Quito, 5 mars, le ministre - non.", None, None, "Quito, 5 mars, le ministre - non."),
    ("Tbilissi, le 4 mai 2019.", "Tbilissi", dt.date(2019, 5, 4), "Suite."),  # a full date, a line of its own
    ("Quito, le 4 mai.", None, None, "Quito, le 4 mai."),  # no year, no agency: a sentence as well
    ("Lima, 8 avr (Agence) Le Pérou achète.", "Lima", None, "Le Pérou achète."),  # an agency and no dash
    ("Lima (Agence) Le Pérou achète.", None, None, "Lima (Agence) Le Pérou achète."),  # no dash and no date
    ("Jean Dupont (Parti) Le texte.", None, None, "Jean Dupont (Parti) Le texte."),
    ("AGENCE-Lima (Pérou) \u2013 Le Pérou achète.", "Lima", None, "Le Pérou achète."),  # agency-city
    ("Quito, 07 oct. 2019 (Agence).- Le Pérou achète.", "Quito", dt.date(2019, 10, 7), "Le Pérou achète."),  # « ).- »
    ("Lima (Agence). Le Pérou achète.", None, None, "Lima (Agence). Le Pérou achète."),  # a dot and no dash
])
def test_dateline_gives_place_and_date_and_leaves_the_sentence(first_line: str, place: str | None,
                                                               date: dt.date | None, body: str) -> None:
    article = parse_article(f"Titre\n{first_line}\nSuite.", "x")
    assert (article.dateline, article.published) == (place, date)
    assert article.paragraphs[1].text == body
    assert article.text[article.paragraphs[1].start:].startswith(body)


def test_dateline_without_year_takes_the_publication_year() -> None:
    article = parse_article("Titre\nLIMA, 2 février (AFP) — Texte.", "x", dt.date(2023, 2, 3))
    assert (article.dateline, article.published) == ("Lima", dt.date(2023, 2, 3))


def test_a_capital_district_opens_the_line_after_the_lede() -> None:
    """« Lima D.C. Les ministres ... »: a capital district with no dash, on the line after the lede."""
    article = parse_article("Titre\nLe Pérou et l'Équateur renforcent leurs liens.\nLima D.C. Les ministres se sont "
                            "réunis.", "x")
    assert article.dateline == "Lima"
    assert article.paragraphs[2].text == "Les ministres se sont réunis."
    assert parse_article("Titre\nUn lede.\nSuite.\nLima D.C. Les ministres.", "x").dateline is None


def test_a_dispatch_with_no_title_opens_with_its_dateline() -> None:
    """« Place, day month, AGENCY » as a dispatch's first line, no title before it: the dateline (kept as the
    title); a first line that only dates is no dateline."""
    article = parse_article("Tbilissi, 4 mai, AGENCE\nLe ministre a reçu son homologue.\nSuite.", "x")
    assert (article.dateline, article.title) == ("Tbilissi", "Tbilissi, 4 mai, AGENCE")
    assert parse_article("Quito, 4 mai 2021.\nTexte.", "x").dateline is None
    assert parse_article("Quito, ville des Andes\nTexte.", "x").dateline is None
