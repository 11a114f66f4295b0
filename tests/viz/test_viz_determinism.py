"""Analysis files and pages do not depend on Python's string hashing (set order)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GRAPHS = Path(__file__).resolve().parents[1] / "fixtures" / "graphs"
SCRIPT = """
import sys
from pathlib import Path
from kg.analyse import run_analyze
from kg.viz import run_viz
run_analyze(Path(sys.argv[1]), Path(sys.argv[2]), by="year")
run_viz(Path(sys.argv[1]), Path(sys.argv[2]), [])
"""


def test_outputs_identical_under_different_hash_seeds(tmp_path):
    repo = Path(__file__).resolve().parents[2]
    for seed in ("1", "2"):
        env = os.environ | {"PYTHONHASHSEED": seed,
                            "PYTHONPATH": os.pathsep.join(filter(None, [str(repo), os.environ.get("PYTHONPATH")]))}
        subprocess.run([sys.executable, "-W", "ignore", "-c", SCRIPT, str(GRAPHS / "small.trig"),
                        str(tmp_path / seed)], check=True, env=env, timeout=120)
    names = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert len(names) == 12 + 7  # pages and network files (12); citations and the analyses by year (7)
    for name in names:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
