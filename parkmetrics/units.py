"""Display of normalised amounts: yuan as 亿元 / 万元 in Chinese, billion / million in English."""

from __future__ import annotations

import math


def format_money(yuan: float, lang: str, currency: str = "CNY", usd_rate: float | None = None) -> str:
    if yuan is None or (isinstance(yuan, float) and math.isnan(yuan)):
        return "—"
    if currency == "USD":
        if not usd_rate:
            return "—"
        dollars = yuan / usd_rate
        if lang == "zh":
            return f"{dollars / 1e8:.2f}亿美元" if abs(dollars) >= 1e8 else f"{dollars / 1e4:,.0f}万美元"
        return f"US${dollars / 1e9:.2f} bn" if abs(dollars) >= 1e9 else f"US${dollars / 1e6:,.1f} m"
    if lang == "zh":
        if abs(yuan) >= 1e8:
            return f"{yuan / 1e8:,.2f}".rstrip("0").rstrip(".") + "亿元"
        return f"{yuan / 1e4:,.2f}".rstrip("0").rstrip(".") + "万元"
    if abs(yuan) >= 1e9:
        return f"{yuan / 1e9:,.2f}".rstrip("0").rstrip(".") + " bn yuan"
    return f"{yuan / 1e6:,.2f}".rstrip("0").rstrip(".") + " m yuan"
