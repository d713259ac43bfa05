"""The web page's files: served at / and /ui, all from this origin, shipped in the package."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from agent.api.web_page import ASSETS_URL, CONTENT_SECURITY_POLICY, install_web_page
from agent.web import static_dir

ROOT = Path(__file__).resolve().parents[3]


def client() -> TestClient:
    app = FastAPI()
    install_web_page(app)
    return TestClient(app)


def test_the_page_is_served_at_the_root_with_a_same_origin_policy() -> None:
    resp = client().get("/")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    assert resp.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "default-src 'self'" in CONTENT_SECURITY_POLICY
    assert '<script type="module" src="ui/app.js">' in resp.text


def test_every_asset_the_page_names_is_served() -> None:
    http = client()
    html = (static_dir() / "index.html").read_text()
    names = re.findall(r'(?:src|href)="ui/([^"]+)"', html)
    assert {"app.js", "style.css", "favicon.svg"} <= set(names)
    modules = re.findall(r'from "\./([^"]+)"', (static_dir() / "app.js").read_text())
    assert modules == ["api.js"]
    for name in [*names, *modules]:
        assert http.get(f"{ASSETS_URL}/{name}").status_code == 200, name


def test_no_file_refers_to_another_host() -> None:
    for path in static_dir().iterdir():
        text = path.read_text()
        # The SVG's XML namespace is an identifier, never fetched.
        text = text.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re.I), path.name


def test_the_files_are_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "agent.web" in config["packages"]
    assert config["package-data"]["agent.web"] == ["static/*"]
    assert {p.name for p in static_dir().iterdir()} == {
        "index.html", "app.js", "api.js", "style.css", "favicon.svg"}
