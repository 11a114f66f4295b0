"""URL inputs: fetched from a local HTTP server on 127.0.0.1, with a size limit and a timeout."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.normalise import read_source
from kg.normalise.fetch import as_url, fetch, fetch_inputs, url_list

PAGE = Path(__file__).resolve().parents[2] / "gold" / "texts" / "govcn-057.html"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/missing":
            self.send_error(404)
            return
        body = PAGE.read_bytes() if self.path != "/big" else b"x" * 50_000
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client stopped reading at its size limit
            pass

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_url_is_fetched_into_a_copy_that_reads_like_the_page(server, tmp_path):
    [copy] = fetch_inputs([Path(f"{server}/page.html")], tmp_path / "sources")  # as typer passes it
    assert copy.parent == tmp_path / "sources" and copy.read_bytes() == PAGE.read_bytes()
    assert read_source(copy).text == read_source(PAGE).text


def test_a_file_listing_urls_fetches_each(server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# two pages\n{server}/a.html\n\n{server}/b.html\n", encoding="utf-8")
    assert url_list(listing) == [f"{server}/a.html", f"{server}/b.html"]
    copies = fetch_inputs([listing, PAGE], tmp_path / "sources")
    assert len(copies) == 3 and copies[2] == PAGE and copies[0] != copies[1]


def test_a_policy_text_is_no_url_list(tmp_path):
    text = tmp_path / "policy.txt"
    text.write_text("关于支持沈阳市发展的通知\nhttps://www.gov.cn/\n", encoding="utf-8")
    assert url_list(text) is None
    assert as_url("https:/www.gov.cn/zhengce/x.htm") == "https://www.gov.cn/zhengce/x.htm"
    assert as_url("seeds/policy.txt") is None


@pytest.mark.parametrize(("path", "limits", "message"), [
    ("/missing", {}, "HTTP 404"),
    ("/big", {"max_bytes": 10_000}, "more than the limit of 10,000 bytes"),
    ("/slow", {"timeout": 0.3}, "no answer within 0.3 s"),
])
def test_errors_are_one_line_naming_the_url(server, path, limits, message):
    with pytest.raises(InputError, match=message) as error:
        fetch(server + path, **limits)
    assert str(error.value).startswith(server + path)


def test_an_unreachable_server_is_an_input_error():
    with pytest.raises(InputError, match="cannot fetch"):
        fetch("http://127.0.0.1:9/", timeout=2)
