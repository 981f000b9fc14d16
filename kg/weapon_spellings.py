"""The other spellings of weapon systems' names the press writes: designators with or without their hyphen or spaces
(« K-2 », « K2 », « Su 30 »), a name's number after a space or a hyphen (« Zorvak 2000 », « Zorvak-2000 »), joined
names (« SkyHawk », « Sky-Hawk ») and names with the plural « s » (« des Gripens »)."""

from __future__ import annotations

import re

from kg.gazetteer import WEAPON, SurfaceForm

_DESIGNATOR = re.compile(r"([A-Za-z]{1,4})-?(\d[0-9A-Za-z]*)")
_JOINED = re.compile(r"([A-Z][a-z]{2,})-?([A-Z][a-z]{2,})")  # « SkyHawk », « Sky-Hawk »: two capitalised words


def designator_spellings(forms: list[SurfaceForm]) -> list[SurfaceForm]:
    """« K2 » and « K-2 », « Su-57 » and « Su57 », « SkyHawk » and « Sky-Hawk »: a weapon's designator or joined
    name is written with or without a hyphen; the other spelling names the same system unless it names another."""
    taken = {f.text.lower() for f in forms}
    found: list[SurfaceForm] = []
    for form in forms:
        match = (_DESIGNATOR.fullmatch(form.text) or _JOINED.fullmatch(form.text)) if form.how == WEAPON else None
        for text in (f"{match[1]}-{match[2]}", f"{match[1]}{match[2]}") if match else ():
            if text.lower() not in taken:
                taken.add(text.lower())
                found.append(SurfaceForm(text, form.entity, WEAPON))
    return found


_PLURABLE = re.compile(r"(?:.* )?[A-Z][a-z]{2,}[a-rt-wy]")  # a name ending in a capitalised word (not in s, x, z)


def plural_names(forms: list[SurfaceForm]) -> list[SurfaceForm]:
    """« des Gripens », « les Saab Gripens », « 150 Blackhawks »: the press may give a system's name the plural
    « s »; that spelling names the system unless it is a name of anything else."""
    taken = {f.text.lower() for f in forms}
    found: list[SurfaceForm] = []
    for form in forms:
        text = f"{form.text}s"
        if form.how == WEAPON and _PLURABLE.fullmatch(form.text) and text.lower() not in taken:
            taken.add(text.lower())
            found.append(SurfaceForm(text, form.entity, WEAPON))
    return found


_SPACED_DESIGNATOR = re.compile(r"([A-Za-z]{1,4})-?(\d+)([A-Za-z]{0,2})")


def spaced_designators(forms: list[SurfaceForm]) -> list[SurfaceForm]:
    """« C 295 W », « Su 30 », « AGM 114 »: a designator written with its letters, digits and version letter apart
    names the system; only with two letters or three digits (« F 16 », « A 4 » may be roads or paper sizes), a
    version letter only after three digits."""
    taken = {f.text.lower() for f in forms}
    found: list[SurfaceForm] = []
    for form in forms:
        match = _SPACED_DESIGNATOR.fullmatch(form.text) if form.how == WEAPON else None
        if match is None or (len(match[1]) < 2 and len(match[2]) < 3) or (match[3] and len(match[2]) < 3):
            continue
        text = f"{match[1]} {match[2]}" + (f" {match[3]}" if match[3] else "")
        if text.lower() not in taken:
            taken.add(text.lower())
            found.append(SurfaceForm(text, form.entity, WEAPON))
    return found


_NAME_AND_NUMBER = re.compile(r"(.*[A-Za-z]{3,})([ -])(\d[0-9A-Za-z]*)")  # « Standard Missile 6 », « Zorvak-2000 »


def numbered_spellings(forms: list[SurfaceForm]) -> list[SurfaceForm]:
    """« Standard Missile 6 » and « Standard Missile-6 », « Zorvak 2000 » and « Zorvak-2000 »: a name's number is
    written after a space or a hyphen; the other spelling names the same system unless it names another."""
    taken = {f.text.lower() for f in forms}
    found: list[SurfaceForm] = []
    for form in forms:
        match = _NAME_AND_NUMBER.fullmatch(form.text) if form.how == WEAPON else None
        text = f"{match[1]}{'-' if match[2] == ' ' else ' '}{match[3]}" if match else ""
        if text and text.lower() not in taken:
            taken.add(text.lower())
            found.append(SurfaceForm(text, form.entity, WEAPON))
    return found


def other_spellings(forms: list[SurfaceForm]) -> list[SurfaceForm]:
    """The spellings the reference forms lack, each step reading the forms the steps before it added."""
    found = spaced_designators(forms)
    found += numbered_spellings(forms + found)
    found += plural_names(forms + found)
    return found + designator_spellings(forms + found)
