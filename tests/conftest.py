"""Shared fixtures: the seed document and one in-process build of it for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed built once, written to a temporary out/ folder (graph files on disk)."""
    from kg.pipeline import run_build

    out = tmp_path_factory.mktemp("seed-out")
    report = run_build([SEEDS], out)
    return report, out


def _docx_of(page: Path, out: Path) -> Path:
    """Write ``out`` (python-docx) holding the normalised lines of ``page``, one Word paragraph each."""
    import docx

    from kg.normalise import load

    document = docx.Document()
    for line in load(page).text.split("\n"):
        document.add_paragraph(line)
    document.save(str(out))
    return out


@pytest.fixture(scope="session")
def docx_of():
    """The ``.docx`` fixture generator: ``docx_of(page, out)`` makes a Word file from a development page."""
    return _docx_of


def _chinese(number: int) -> str:
    """``12`` → ``十二`` (below a hundred)."""
    tens, units = divmod(number, 10)
    text = f"{'零一二三四五六七八九'[tens] if tens > 1 else ''}十" if tens else ""
    return text + ("零一二三四五六七八九"[units] if units or not tens else "")


def _compilation(count: int = 12, *, lines: bool = True) -> str:
    """The first ``count`` laws of the gold set (``ext-*.txt``, most with chapters), each a part (第…编)
    titled by its first line, under the title 法规汇编; without ``lines`` all on one line, each heading
    after a sentence end so that it still opens a part."""
    laws = [path.read_text(encoding="utf-8") for path in sorted((REPO / "gold" / "texts").glob("ext-*.txt"))[:count]]
    if lines:
        return "法规汇编\n" + "\n".join(f"第{_chinese(n)}编 {law.splitlines()[0]}\n{law}"
                                        for n, law in enumerate(laws, start=1))
    return "法规汇编。" + "".join(f"第{_chinese(n)}编{law.splitlines()[0]}。" + "".join(law.splitlines())
                              for n, law in enumerate(laws, start=1))


@pytest.fixture
def compilation():
    """A large text made of real ones: ``compilation(count, lines=True)`` (see ``_compilation``)."""
    return _compilation
