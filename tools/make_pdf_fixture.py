"""Write tests/fixtures/normalise/seed_excerpt.pdf: a two-page PDF of a normalised seed excerpt.

Run by hand (needs reportlab and the WenQuanYi Micro Hei font, Debian fonts-wqy-microhei); the PDF
is committed, so the tests need neither. Lines are drawn as a PDF of a policy text would hold them:
wrapped mid-sentence, a page marker at the foot of the first page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "normalise" / "seed_excerpt.pdf"
PAGES = [
    ["发改振兴〔2021〕1618号", "二、坚持创新引领，增强产业核心竞争力",
     "（四）全面增强制造业竞争力。推进制造业智能化改造，支持沈阳机器人、洛阳农",
     "机装备、株洲先进轨道交通装备等国家制造业创新中心建设。", "— 3 —"],
    ["（九）推动制造业绿色发展。支持唐山、包头、鞍山、吉林、大庆等“钢城”“油城”",
     "通过技术创新等方式加快转型。"],
]


def main() -> None:
    pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
    pdf = canvas.Canvas(str(OUT))
    for lines in PAGES:
        pdf.setFont("wqy", 11)
        for index, line in enumerate(lines):
            pdf.drawString(60, 800 - 20 * index, line)
        pdf.showPage()
    pdf.save()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
