"""Sums of money in French text: "1,8 milliard de couronnes suédoises", "1,5 Md€", "deux milliards d'euros"."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from text_to_num import text2num

from kg.extract.currency_families import ABROAD, bare_families
from kg.extract.lexicon import currencies, word_list
from kg.records import Amount

_SCALES = {"milliard": 10**9, "milliards": 10**9, "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9,
           "bn": 10**9, "million": 10**6, "millions": 10**6, "m": 10**6, "mn": 10**6, "mio": 10**6,
           "mille": 10**3, "k": 10**3, "billion": 10**12, "billions": 10**12,
           # the Indian numbering scale, as South Asian papers write sums in rupees (« 66 000 crores de roupies »)
           "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5}
_APPROX = r"(?P<approx>environ|près\s+de|presque|quelque|quelques|plus\s+de|au\s+moins|moins\s+de|jusqu'à|" \
          r"autour\s+de|approximativement|un\s+peu\s+plus\s+de|un\s+peu\s+moins\s+de|pas\s+moins\s+de)?\s*"
# « 12, 5 milliards »: a decimal comma followed by a stray space, read as one number only before a scale word (a list
# « 2, 3 ou 4 » has none)
_STRAY = r"\d{1,3}, \d{1,2}(?=\s*(?:mi?ll?i?ards?|mi?ll?i?ons?|mds?|mrds?)\b)"
_DIGITS = _STRAY + r"|\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_WORDS = (r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
          r"vingt|trente|quarante|cinquante|soixante|cent|cents|mille)(?:[\s-](?:et[\s-])?(?:un|une|deux|trois|"
          r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|vingts|trente|"
          r"quarante|cinquante|soixante|cent|cents))*")
# « 750 mllions », « 2 milards »: a scale word with one letter dropped is still the scale
_SCALE = r"(?P<scale>mi?ll?i?ards?|mi?ll?i?ons?|mille|billions?|crores?|lakhs?|mds?|mrds?|mn|mio|bn|m|k)\.?"
_MISSPELT = re.compile(r"mi?ll?i?(?P<unit>ard|on)(?P<plural>s?)")


def _scale(word: str | None) -> int | None:
    """The multiplier of a scale word (« milliards », « M », « mllions »), None if there is none."""
    word = (word or "").lower().rstrip(".")
    if (misspelt := _MISSPELT.fullmatch(word)) is not None and word not in _SCALES:
        word = f"milli{misspelt['unit']}{misspelt['plural']}"
    return _SCALES.get(word)
# « un milliard et 700 millions de riyals », « 2 millions 500 000 euros »: one sum told in two parts, a bigger scale
# first; the parts add up (read in `_headed`)
_HEAD = (rf"(?P<head>(?P<head_number>{_DIGITS}|{_WORDS})\s+(?P<head_scale>mi?ll?i?ards?|billions?|mi?ll?i?ons?)"
         r"\s+(?:et\s+)?)")
_HALF = r"(?P<half>et\s+demie?\s+)"  # « un milliard et demi de dollars »: one scale and a half
# « une cinquantaine de millions de dollars », « une centaine de millions d'euros »: a round number told as a
# collective noun (a number word and « -aine »), always approximate
_COLLECTIVE = r"(?:une?\s+)?(?P<collective>[a-zé]+aine)\s+d(?:e\s+|')(?=\s*(?:mi?ll?i?ards?|mi?ll?i?ons?)\b)"


# « 1.124 milliards de dollars »: one dot before a scale word, three digits after it not ending in 0, is a decimal
# point (an English figure); « 8.800 milliards de wons », « 2.400,8 millions » group thousands (a round group, a
# decimal comma after it)
_POINT_BEFORE_SCALE = re.compile(r"\d{1,3}\.\d\d[1-9]")


@dataclass(frozen=True)
class MoneySpan:
    start: int
    end: int
    amount: Amount
    conversion: bool = False  # no sum of its own: the bracketed equivalent of the sum before it, or a comparison
    part: bool = False  # « 9 milliards d'euros, dont 2 milliards pour les avions »: a part of the sum before it


@cache
def _pattern() -> re.Pattern[str]:
    forms = sorted(currencies(), key=len, reverse=True)
    currency = "|".join(re.escape(f) for f in forms)
    return re.compile(
        rf"(?<![\w,.]){_APPROX}{_HEAD}?(?P<number>{_COLLECTIVE}|{_DIGITS}|{_WORDS})\s*(?:{_SCALE}\s*{_HALF}?)?"
        rf"(?:(?:de|d'|d\u2019|s'|s\u2019)\s*)?"  # « s'euros »: a « d' » mistyped
        rf"(?P<currency>{currency})(?![\w])",
        re.IGNORECASE,
    )


def parse_number(text: str) -> Decimal:
    """'4,2' -> 4.2, '1 000' -> 1000, '2.5' -> 2.5, 'deux' -> 2, 'trois cents' -> 300."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text.strip())
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", cleaned):  # 1.000.000 or 1.000,5
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        pass
    try:
        return Decimal(text2num(text.strip().lower(), "fr"))
    except ValueError:
        raise ValueError(f"not a number: {text!r}") from None


def collective_number(word: str) -> Decimal:
    """« cinquantaine » -> 50, « dizaine » -> 10, « centaine » -> 100: the number word the collective noun is made
    of (text_to_num reads it); ValueError if it is made of none (« semaine »)."""
    stem = word.lower().removesuffix("aine")
    for number in (stem, f"{stem}e", stem.removesuffix("z") + "x"):
        if number and number.isalpha():
            try:
                return Decimal(text2num(number, "fr"))
            except ValueError:
                pass
    raise ValueError(f"not a collective number: {word!r}")


def find_amounts(text: str, families: dict[str, str] | None = None) -> list[MoneySpan]:
    """Every sum of money in `text`, in order. `families` remembers the last explicit currency per family
    ("couronne" -> "NOK") so that a later bare "couronnes" resolves; it is updated in place."""
    families = {} if families is None else families
    found: list[MoneySpan] = []
    for match in _pattern().finditer(text):
        try:
            number = collective_number(match["collective"]) if match["collective"] else parse_number(match["number"])
        except ValueError:
            continue
        if match["scale"] and _POINT_BEFORE_SCALE.fullmatch(match["number"] or ""):
            number = Decimal(match["number"])  # « 1.124 milliards »: a decimal point, no thousands
        value = (number + (Decimal("0.5") if match["half"] else 0)) * (_scale(match["scale"]) or 1)
        currency, end = match["currency"].lower(), match.end()
        if _WORD_AFTER_SYMBOL.fullmatch(match["currency"]):  # « 20 millions $ au Chili »: « au » is no « $ AU »
            currency, end = match["currency"][0], match.start("currency") + 1
        if currency.endswith(("€", "$")) and currency[:-1] in _SCALES:  # "Md€": the scale is inside the symbol
            # (« 100 millions US$ »: a country's letters, no scale)
            value = number * _SCALES.get(currency[:-1], 1)
        code = currencies()[currency]
        value, start = _headed(text, match, value)
        if code.startswith("?"):
            family, _, default = code[1:].partition(":")
            code = families.get(family, default)
            if found and code == found[-1].amount.currency and default != "?" and _converts(text, found[-1], start):
                code = default  # « 655 millions de dollars australiens (425 millions de dollars) »: another dollar
            if code == "?":
                continue
        elif (its_family := bare_families().get(currency.split()[0])) is not None:
            families[its_family] = code  # an explicit currency: its family's bare name is it from now on
        amount = Amount(value, code, bool(match["approx"] or match["collective"]), text[start:end].strip())
        if found and (_CONVERSION.fullmatch(text[found[-1].end:start]) or (
                _converts(text, found[-1], start) and code != found[-1].amount.currency)):
            # « 12 milliards de couronnes (1 milliard d'euros) »: the original sum stays the sum
            before = _other_than(found[-1], code, families)
            found[-1] = replace(before, amount=replace(before.amount, equivalent=replace(amount, approximate=True)))
            found.append(MoneySpan(start, end, amount, conversion=True))
            continue
        # « contre 11 milliards un an plus tôt »: a sum given for comparison is no sum of the fact
        compared = _COMPARISON.search(text[max(0, start - 30):start]) is not None or _earned(text, end)
        part = bool(found) and _PART_OF.search(text[found[-1].end:start]) is not None
        found.append(MoneySpan(start, end, amount, conversion=compared, part=part))
    return _added(text, _gapped(text, _with_parts(text, _ranged(text, found))))


def _headed(text: str, match: re.Match[str], value: Decimal) -> tuple[Decimal, int]:
    """The sum and its start: « un milliard et 700 millions » adds its bigger part to the rest; a range's low end
    (« entre 2 milliards et 2,5 milliards ») or a rest no smaller than the part's scale is no such sum."""
    start = match.start("approx") if match["approx"] else match.start("number")
    if not match["head"] or match["half"]:
        return value, start
    scale = _scale(match["head_scale"]) or 1
    if value >= scale or re.search(r"\bentre\s+$", text[max(0, match.start() - 10):match.start("head")], re.I):
        return value, start
    try:
        head = parse_number(match["head_number"]) * scale
    except ValueError:
        return value, start
    return head + value, match.start("approx") if match["approx"] else match.start("head")


# a symbol, a space and a word in small letters: the symbol, then a word of the sentence (« au », « ce »); the
# country's letters of a dollar are capitals (« $ AU », « $ CA »)
_WORD_AFTER_SYMBOL = re.compile(r"[$€£¥]\s+[a-zé]+")
_COMPARISON = re.compile(r"\b(?:comparativement\s+à|par\s+rapport\s+à|contre|comparé\s+à|au\s+lieu\s+de)\s+$",
                         re.IGNORECASE)


@cache
def _business_results() -> re.Pattern[str]:
    metrics = "|".join(re.escape(word) for word in sorted(word_list("business-metrics.tsv"), key=len, reverse=True))
    return re.compile(rf"\s*(?:de\s+|d['\u2019]\s*)(?:{metrics})(?:s|x)?\b", re.IGNORECASE)


def _earned(text: str, end: int) -> bool:
    """« X (19 milliards d'euros de chiffre d'affaires) », « 2 millions de bénéfice »: what a firm earns or loses in a
    year, told by the sum, is no sum of a deal."""
    return _business_results().match(text, end) is not None


# « 11 milliards d'euros (avaient été signés), dont 2 milliards d'euros pour ... » (the approximation is matched
# with the sum)
_PART_OF = re.compile(r"(?:^\s*|,\s*)dont\s+$", re.IGNORECASE)
# « "estimée à 2 milliards de dollars" (1,8 milliard d'euros) »: the quote closes on the sum, the bracket converts it
_CONVERSION = re.compile(r'\s*["\u201d\u00bb]?\s*\(\s*(?:soit\s+|environ\s+|près\s+de\s+|plus\s+de\s+|quelque\s+)?',
                         re.IGNORECASE)
# « 273 millions de dollars, soit 252 millions d'euros »: the sum in another currency (« 750 millions d'euros,
# soit 375 millions par frégate » is a share, no conversion)
# (« 8 millions de dollars soit près de 5 milliards de F CFA »: the comma may be left out)
_RESTATED = re.compile(r"\s*,?\s*soit\s+", re.IGNORECASE)
_PART = re.compile(rf"\s*,?\s*dont\s+(?:environ\s+|près\s+de\s+|plus\s+de\s+)?(?P<number>{_DIGITS}|{_WORDS})"
                   rf"(?:\s+{_SCALE})?(?![\w%])(?!\s*(?:%|pour\s*cent|par\s|de\s|d')\w*)", re.IGNORECASE)


def _other_than(before: MoneySpan, code: str, families: dict[str, str]) -> MoneySpan:
    """« 2 milliards de dollars (1,5 milliard USD) » in an article on a state of another dollar: a bare name
    restated in its family's default currency is not that currency; it is the named state's."""
    if before.amount.currency != code:
        return before
    bare = currencies().get(before.amount.text.split()[-1].lower(), "")
    family = bare[1:].partition(":")[0] if bare.startswith("?") else None
    own = families.get(f"{family}{ABROAD}") if family else None
    return before if own is None else replace(before, amount=replace(before.amount, currency=own))


def _converts(text: str, before: MoneySpan, start: int) -> bool:
    """The sum at `start` restates the one before it (« (soit ... », « , soit ... »)."""
    between = text[before.end:start]
    return bool(_CONVERSION.fullmatch(between) or _RESTATED.fullmatch(between))


# « X a promis 50 millions d'euros, Y 8 millions (...) »: a list whose verb is said once, a bare scaled number
# after the next giver (a few words, no verb told) is a sum in the currency of the one before
# (« X dépense 3 milliards de dollars pour l'équipement, Y un peu plus de 2 milliards »: the first sum's purpose, one
# noun after « pour », may stand before the comma)
_GAPPED = re.compile(r"(?P<purpose>\s+pour\s+(?:l[ae]s?\s+|l['\u2019]|des\s+|du\s+|leurs?\s+|s[ao]n\s+|ses\s+)?"
                     r"[a-zéèêàâîôûç-]+)?(?P<comma>\s*,)\s*(?:et\s+)?(?:(?:l[ae]s?|l'|les?|chacune?|des|du|de|d')\s*)?"
                     r"[A-ZÉÈÀ][\w'\u2019-]*"
                     r"(?:\s+[\w'\u2019-]+){0,4}?\s+(?P<number>\d+(?:,\d+)?)\s+(?P<scale>milliards?|millions?)"
                     r"(?![\w])(?!\s*(?:de\s|d['\u2019]|%|pour\s*cent))")


def _gapped(text: str, found: list[MoneySpan]) -> list[MoneySpan]:
    """« l'Union a promis 50 millions d'euros, la France 8 millions, ... »: each giver of a list told with its verb
    once gives a sum in the currency of the sum before it."""
    out: list[MoneySpan] = []
    for span in found:
        out.append(span)
        while (match := _GAPPED.match(text, out[-1].end)) is not None and not out[-1].conversion and \
                not out[-1].part and not any(out[-1].end < f.start < match.end() for f in found) and \
                not _VERB_LIKE.search(text, match.start("comma"), match.start("number")):
            start = match.start("number")
            value = parse_number(match["number"]) * (_scale(match["scale"]) or 1)
            out.append(MoneySpan(start, match.end(), Amount(value, out[-1].amount.currency, False,
                                                            text[start:match.end()])))
    return out


_VERB_LIKE = re.compile(r"\b(?:\w+ant|a|ont|avait|avaient|est|sont|était|compte|comptent|pour|avec|sur)\b",
                        re.IGNORECASE)


def _with_parts(text: str, found: list[MoneySpan]) -> list[MoneySpan]:
    """« 9 milliards d'euros, dont 5 pour les avions »: a bare number after « dont » is a part of the sum before
    it, in its scale and currency."""
    out: list[MoneySpan] = []
    for span in found:
        out.append(span)
        match = _PART.match(text, span.end)
        if match is None or span.conversion:
            continue
        try:
            number = parse_number(match["number"])
        except ValueError:
            continue
        whole = span.amount
        scale = _scale(match["scale"])
        if scale is None:
            scale = next((s for s in (10**12, 10**9, 10**6, 10**3) if whole.value >= s), 1)
        start = match.start("number")
        part = Amount(number * scale, whole.currency, False, text[start:match.end()])
        out.append(MoneySpan(start, match.end(), part, part=True))
    return out


# « un prêt de 100 millions de dollars pour des vedettes, ainsi que 500 millions pour des radars », « deux contrats
# de 400 millions d'euros, pour des canons (200 millions) et des missiles (200 millions) », « 1,5 milliard d'euros sur
# un total de 5,5 milliards »: a bare scaled number after « ainsi que », in brackets after a noun or after « un total
# de », later in the sentence of a sum, is a sum in that sum's currency (a share of it in brackets)
_ADDED = re.compile(r"(?:,?\s*ainsi\s+que\s+(?:de\s+|d['\u2019])?|(?P<bracket>\(\s*)|\b(?:sur\s+)?un\s+total\s+de\s+)"
                    r"(?P<number>\d+(?:,\d+)?)\s+(?P<scale>milliards?|millions?)(?![\w])"
                    r"(?!\s*(?:de\s|d['\u2019]|%|pour\s*cent))", re.IGNORECASE)


def _added(text: str, found: list[MoneySpan]) -> list[MoneySpan]:
    """« ..., ainsi que 500 millions pour ... », « ... (200 millions) », « sur un total de 5,5 milliards »: the sums
    added to the one before them in the same sentence, its shares and its total, in its currency; a bracket right
    after the sum restates it, no share."""
    out: list[MoneySpan] = []
    for at, span in enumerate(found):
        out.append(span)
        if span.conversion or span.part:
            continue
        stop = found[at + 1].start if at + 1 < len(found) else len(text)
        sentence_end = re.search(r"[.!?](?:\s|$)", text[span.end:stop])
        for match in _ADDED.finditer(text, span.end, span.end + sentence_end.start() if sentence_end else stop):
            if match["bracket"] and not text[span.end:match.start()].strip(" ,"):
                continue
            start = match.start("number")
            value = parse_number(match["number"]) * (_scale(match["scale"]) or 1)
            out.append(MoneySpan(start, match.end(), Amount(value, span.amount.currency, False,
                                                            text[start:match.end()]), part=bool(match["bracket"])))
    return out


# « entre 2,1 et 2,7 milliards d'euros », « de 3 à 4 millions de dollars »: the low end of a range, a bare number,
# shares the scale and the currency of the high end told after it
_LOW_END = re.compile(r"(?:\bentre\s+(?P<between>\d+(?:,\d+)?)\s+et|\bde\s+(?P<from>\d+(?:,\d+)?)\s+à)\s+$",
                      re.IGNORECASE)
_SCALED = re.compile(rf"\s*(?P<number>{_DIGITS})\s*{_SCALE}\s", re.IGNORECASE)


def _ranged(text: str, found: list[MoneySpan]) -> list[MoneySpan]:
    """« entre 2,1 et 2,7 milliards d'euros »: both ends of a range are sums, the low one in the high one's scale
    and currency, listed after the high one as a part of its deal's sum."""
    out: list[MoneySpan] = []
    for span in found:
        low = _LOW_END.search(text, max(0, span.start - 30), span.start)
        high = _SCALED.match(span.amount.text + " ")
        if low is not None and high is not None and not span.conversion and span.amount.value and \
                (scale := _scale(high["scale"])) is not None:
            number = low["between"] or low["from"]
            start = low.start("between") if low["between"] else low.start("from")
            value = parse_number(number) * scale
            out.append(span)
            if value < span.amount.value:  # a part of the range's sum, told after the sum it belongs to
                out.append(MoneySpan(start, start + len(number), Amount(value, span.amount.currency, True, number),
                                     part=True))
            continue
        out.append(span)
    return out

