"""Who is calling: an API key or an HS256 JWT, or nobody when auth is off (local dev).

A JWT must carry ``exp``: a token that never expires is a password that cannot be rotated, so
one without it is refused (401) even when its signature is good. ``exp`` is checked with a
small leeway (``PERSONALMEM_JWT_LEEWAY_SECONDS``) for clock skew between issuer and server.

With auth on, the caller's user id comes from the credential and a user id named in a path,
body or query must equal it (403 otherwise). With auth off there is no identity to check
against, so endpoints that act on a chat or memory by id require the caller's user id and
compare it with the owner instead.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import jwt

from agent.api.errors import forbidden, invalid, unauthorized
from agent.api.schemas import MAX_USER_ID, USER_ID_PATTERN
from agent.settings import Settings

_USER_ID = re.compile(USER_ID_PATTERN)


@dataclass(frozen=True)
class Authenticator:
    """Checks credentials against ``PERSONALMEM_API_KEYS`` and ``PERSONALMEM_JWT_SECRET``."""

    api_keys: Mapping[str, str] = field(default_factory=dict)
    jwt_secret: str | None = None
    jwt_leeway_seconds: int = 30

    @classmethod
    def from_settings(cls, settings: Settings) -> Authenticator:
        secret = settings.jwt_secret.get_secret_value() if settings.jwt_secret else None
        return cls(api_keys=settings.api_key_map(), jwt_secret=secret or None,
                   jwt_leeway_seconds=settings.jwt_leeway_seconds)

    @property
    def enabled(self) -> bool:
        return bool(self.api_keys) or self.jwt_secret is not None

    def identify(self, api_key: str | None, bearer: str | None) -> str | None:
        """The caller's user id; None when auth is off. Raises 401 on a missing/bad token."""
        if not self.enabled:
            return None
        token = api_key or bearer
        if not token:
            raise unauthorized("Missing credentials: send 'X-API-Key: <key>' or "
                               "'Authorization: Bearer <key or JWT>'.")
        user = self._user_for_key(token)
        if user is None and self.jwt_secret is not None:
            user = self._user_for_jwt(token)
        if user is None:
            raise unauthorized("Invalid API key or token.")
        return user

    def _user_for_key(self, token: str) -> str | None:
        # Compare against every key in constant time, so timing does not reveal a prefix.
        found = None
        for key, user in self.api_keys.items():
            if hmac.compare_digest(key.encode(), token.encode()):
                found = user
        return found

    def _user_for_jwt(self, token: str) -> str | None:
        assert self.jwt_secret is not None
        try:
            claims = jwt.decode(token, self.jwt_secret, algorithms=["HS256"],
                                leeway=self.jwt_leeway_seconds,
                                options={"require": ["exp", "sub"]})
        except jwt.MissingRequiredClaimError as exc:
            # Claims are checked after the signature: only the secret's holder learns this.
            if exc.claim == "exp":
                raise unauthorized("The token has no 'exp' claim; tokens must expire.") from exc
            return None
        except jwt.ExpiredSignatureError as exc:
            raise unauthorized("The token has expired.") from exc
        except jwt.PyJWTError:
            return None
        sub = claims.get("sub")
        if not isinstance(sub, str) or not valid_user_id(sub):
            return None
        return sub


def valid_user_id(value: str) -> bool:
    return 0 < len(value) <= MAX_USER_ID and _USER_ID.match(value) is not None


def acting_user(caller: str | None, claimed: str | None,
                where: str = "query parameter or body") -> str:
    """The user a request acts as.

    Auth on: the token's user; a different ``claimed`` user is a 403. Auth off: ``claimed``,
    which is then required, because ownership checks need someone to compare with.
    """
    if caller is not None:
        if claimed is not None and claimed != caller:
            raise forbidden(f"The credentials are not for user '{claimed}'.")
        return caller
    if claimed is None:
        raise invalid(f"user_id is required ({where}) when auth is off.")
    return claimed
