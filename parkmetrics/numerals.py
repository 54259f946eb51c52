"""Reading numbers as Chinese newspapers print them: 3,500 / 18.7 / 十几 / 两 / 三四 / 1.2万亿."""

from __future__ import annotations

from decimal import Decimal

CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
               "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
               "万": Decimal(10) ** 4, "千": Decimal(10) ** 3}


def parse_arabic(text: str) -> Decimal:
    """'3,500' -> 3500, '18.7' -> 18.7, '-0.8' -> -0.8."""
    return Decimal(text.replace(",", ""))


def parse_chinese_integer(text: str) -> int:
    """Chinese integer numerals up to the 万/亿 scale: 十二 -> 12, 两百五十 -> 250, 三千万 -> 30000000."""
    if not text:
        raise ValueError("empty numeral")
    total = 0
    section = 0
    digit = 0
    seen_digit = False
    for char in text:
        if char in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[char]
            seen_digit = True
        elif char in CHINESE_SMALL_UNITS:
            section += (digit if seen_digit else 1) * CHINESE_SMALL_UNITS[char]
            digit = 0
            seen_digit = False
        elif char == "万":
            total += (section + digit) * 10_000
            section = digit = 0
            seen_digit = False
        elif char == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
            seen_digit = False
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + digit


def parse_chinese_amount(text: str) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """Value and bounds of a Chinese numeral phrase.

    Returns ``(value, low, high)``: an exact numeral gives a value; the vague forms
    give bounds only: 十几 -> 11..19, 几十/数十 -> 20..90, 三四 -> 3..4, 几百/数百 -> 200..900.
    """
    if text in ("十几",):
        return None, Decimal(11), Decimal(19)
    if text in ("几十", "数十"):
        return None, Decimal(20), Decimal(90)
    if text in ("几百", "数百"):
        return None, Decimal(200), Decimal(900)
    if text in ("几千", "数千"):
        return None, Decimal(2000), Decimal(9000)
    if text.endswith("几") and len(text) >= 2 and text[-2] in CHINESE_SMALL_UNITS:
        base = parse_chinese_integer(text[:-1])  # 二十几 -> 20, then 21..29
        step = CHINESE_SMALL_UNITS[text[-2]] // 10
        return None, Decimal(base + step), Decimal(base + 9 * step)
    if len(text) == 2 and text[0] in CHINESE_DIGITS and text[1] in CHINESE_DIGITS:
        a, b = CHINESE_DIGITS[text[0]], CHINESE_DIGITS[text[1]]
        if b == a + 1:  # 三四 "three or four"
            return None, Decimal(a), Decimal(b)
    value = Decimal(parse_chinese_integer(text))
    return value, None, None


def step_of_last_digit(number: str) -> Decimal:
    """One step of the last non-zero digit as printed: '30' -> 10, '540' -> 10, '8900' -> 100, '2.5' -> 0.1."""
    clean = number.replace(",", "").lstrip("-")
    if "." in clean:
        whole, frac = clean.split(".", 1)
        frac = frac.rstrip("0")
        if frac:
            return Decimal(1).scaleb(-len(frac))
        clean = whole
    stripped = clean.rstrip("0")
    zeros = len(clean) - len(stripped)
    return Decimal(10) ** zeros if stripped else Decimal(1)


def to_number(value: Decimal | None) -> float | int | None:
    """A JSON-friendly number: integral values as int, others as float."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)
