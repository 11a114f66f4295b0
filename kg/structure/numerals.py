"""Chinese numerals as used in provision numbers (一 … 九十九, 一百…, with 〇/零)."""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_UNITS)


def chinese_to_int(numeral: str) -> int:
    """``"十五"`` → 15, ``"二十"`` → 20, ``"一百零三"`` → 103; ``ValueError`` on anything else."""
    if not numeral:
        raise ValueError("empty numeral")
    if all(ch in _DIGITS for ch in numeral) and len(numeral) > 1:  # 二〇二一 style
        return int("".join(str(_DIGITS[ch]) for ch in numeral))
    total, current = 0, 0
    for ch in numeral:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {numeral!r}")
    return total + current
