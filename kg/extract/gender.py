"""A post as the article genders it: « la présidente de la Commission européenne », « la ministre déléguée »,
« la directrice générale », « la cheffe de la diplomatie » hold the posts the data names in the masculine; the
holding keeps the title's feminine words (kg:titleAsWritten) so the post is named as the article names it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.people import RoleIndex
from kg.gazetteer import Role


def feminine_of(masculine: str, written: str) -> bool:
    """Whether `written` is the feminine of `masculine` (président/présidente, directeur/directrice,
    délégué/déléguée, chef/cheffe, conseiller/conseillère, premier/première)."""
    m, w = masculine.lower(), written.lower()
    return w in {m + "e", m + "fe", m + "ne"} or (m.endswith("eur") and w in {m[:-3] + "rice", m[:-3] + "euse"}) or \
        (m.endswith("er") and w == m[:-2] + "ère")


def written_form(words: list[Token], label: str) -> str | None:
    """The post's label with the words the text writes in the feminine (`words` from the title's start), or
    None when the text writes it as the label does."""
    out, changed = label.split(), False
    for k, (word, token) in enumerate(zip(out, words, strict=False)):
        if token.lower_ == word.lower():
            continue
        if not feminine_of(word, token.text):
            break
        out[k], changed = word[0] + token.text[1:] if word[:1].isupper() else token.lower_, True
    return " ".join(out) if changed else None



def alias_form(words: list[Token], role: Role, index: RoleIndex) -> str | None:
    """A post the text names by another of its names than its label (« le chef du gouvernement » for the Premier
    ministre, « la cheffe de la diplomatie » for the ministre des Affaires étrangères; `words` from the title's
    start): that name as written, so the post is named as the article names it; None for the label's own head."""
    head, lower = role.label.split()[0], [t.lower_ for t in words]
    if not words or feminine_of(head, words[0].text):
        return None
    names = [n for n, r, _ in index.get(lower[0], []) if r.iri == role.iri and tuple(lower[:len(n)]) == n]
    if not names:
        return None
    said = max(names, key=len)
    if lower[0] == head.lower() and (len(said) == 1 or " ".join(said) in role.label.lower()):
        return _complement_form(words, role)  # the label's own words (« ministre »), not another name of the post
    if "".join(said) in {name.lower().replace(" ", "") for name in role.by_names}:
        return None  # « le patron de la diplomatie »: a by-name of the post, which keeps its label
    return " ".join(t.text for t in words[:len(said)]).replace("' ", "'")


def _complement_form(words: list[Token], role: Role) -> str | None:
    """« le ministre des Relations extérieures » for the ministre des Affaires étrangères: the post's head with
    another of its complements than the label's, as written; None for the label's own words."""
    said = " ".join(t.text for t in words).replace("' ", "'")
    if said.lower() == role.label.lower():
        return None
    forms = {f"{head} {complement}".lower() for head in role.heads for complement in role.complements}
    return said if said.lower() in forms else None
