"""One spelling for a store (``oxigraph:DIR``), old forms deprecated, typos refused before any work."""

from __future__ import annotations

import pytest

from kg.errors import UsageError
from kg.options import graph_spec, store_spec, view_names


def test_the_canonical_store_spelling_passes_unchanged(capsys):
    assert store_spec("oxigraph:out/store") == "oxigraph:out/store"
    assert graph_spec("oxigraph:out/store") == "oxigraph:out/store"
    assert graph_spec("out/graph.trig") == "out/graph.trig"
    assert capsys.readouterr().err == ""


def test_a_bare_folder_is_the_old_spelling_and_is_deprecated(tmp_path, capsys):
    assert store_spec(str(tmp_path)) == f"oxigraph:{tmp_path}"
    assert graph_spec(str(tmp_path)) == f"oxigraph:{tmp_path}"
    err = capsys.readouterr().err.splitlines()
    assert err == [f"policykg: warning: --store {tmp_path} is deprecated; write --store oxigraph:{tmp_path}",
                   f"policykg: warning: --graph {tmp_path} is deprecated; write --graph oxigraph:{tmp_path}"]


@pytest.mark.parametrize("check", [store_spec, graph_spec])
@pytest.mark.parametrize("value", ["oxigarph:out/store", "oxigraph:", "fuseki:http"])
def test_a_mistyped_store_names_the_accepted_form(check, value):
    with pytest.raises(UsageError, match="accepted: .*oxigraph:DIR"):
        check(value)


def test_views_are_checked_by_name():
    assert view_names(["geo", "timeline"]) == ["geo", "timeline"]
    with pytest.raises(UsageError, match="unknown view map .choose from full, cities, geo, timeline"):
        view_names(["map"])
