"""JWTs must expire: ``exp`` is required and checked with the configured leeway."""

from __future__ import annotations

import time
from typing import Any

import jwt
import pytest

from agent.api.auth import Authenticator
from agent.api.errors import ApiError
from agent.settings import Settings

SECRET = "unit-test-jwt-secret-long-enough-for-hs256"


def token(**claims: Any) -> str:
    return jwt.encode({"sub": "alice", **claims}, SECRET, algorithm="HS256")


def auth(leeway: int = 30) -> Authenticator:
    return Authenticator(jwt_secret=SECRET, jwt_leeway_seconds=leeway)


def rejection(authenticator: Authenticator, bearer: str) -> ApiError:
    with pytest.raises(ApiError) as caught:
        authenticator.identify(None, bearer)
    assert caught.value.status == 401 and caught.value.code == "unauthorized"
    return caught.value


def test_a_token_with_exp_identifies_its_subject() -> None:
    assert auth().identify(None, token(exp=int(time.time()) + 60)) == "alice"


def test_a_token_without_exp_is_refused_with_a_clear_message() -> None:
    assert "'exp'" in rejection(auth(), token()).message


def test_expiry_is_checked_with_the_leeway() -> None:
    ten_seconds_ago = token(exp=int(time.time()) - 10)
    assert auth(leeway=30).identify(None, ten_seconds_ago) == "alice"
    assert "expired" in rejection(auth(leeway=0), ten_seconds_ago).message
    assert "expired" in rejection(auth(leeway=30), token(exp=int(time.time()) - 60)).message


def test_a_forged_token_learns_nothing_about_its_claims() -> None:
    forged = jwt.encode({"sub": "alice"}, "another-secret-that-is-at-least-32-bytes",
                        algorithm="HS256")
    assert rejection(auth(), forged).message == "Invalid API key or token."


def test_the_leeway_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERSONALMEM_JWT_SECRET", SECRET)
    assert Authenticator.from_settings(Settings()).jwt_leeway_seconds == 30
    monkeypatch.setenv("PERSONALMEM_JWT_LEEWAY_SECONDS", "5")
    assert Authenticator.from_settings(Settings()).jwt_leeway_seconds == 5
    monkeypatch.setenv("PERSONALMEM_JWT_LEEWAY_SECONDS", "-1")
    with pytest.raises(ValueError):
        Settings()
