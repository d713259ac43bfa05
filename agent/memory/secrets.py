"""Secret and credential detection, offline.

Built on presidio-analyzer's pattern recognizers (checksums included: Luhn for cards, IBAN
mod-97), which need no NER model, plus a few pattern recognizers of ours for credentials
presidio has no recognizer for (API keys, "my password is ...").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SECRET_ENTITIES = (
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_BANK_NUMBER", "US_PASSPORT", "US_ITIN",
    "CRYPTO", "UK_NHS", "API_KEY", "CREDENTIAL", "BANK_ACCOUNT", "NATIONAL_ID",
)
# Words that name a national ID, tax or social-security number, in the languages we serve;
# a number of five or more characters after one of them is a secret whatever its format.
NATIONAL_ID_WORDS = (
    r"ssn|social security(?: number)?|national (?:id|insurance)(?: number)?|passport(?: number|"
    r" no\.?)?|ni number|tax (?:id|number|code|file number|identification number)|tin|nino|"
    r"dni|nie|nif|"
    r"personalausweis(?:nummer)?|id number|identity (?:card|number)|driver'?s licen[cs]e"
    r"(?: number)?|num[ée]ro (?:fiscal|de s[ée]curit[ée] sociale|d'identification|de "
    r"passeport|de carte d'identit[ée])|s[ée]curit[ée] sociale|steuer-?id|steuer-?"
    r"identifikationsnummer|steuernummer|sozialversicherungsnummer|codice fiscale|"
    r"burgerservicenummer|bsn|cpf|cnpj|pesel|aadhaar|pan(?: number| card)?|sin|tfn|"
    r"personnummer|nss|curp|rfc|rut|cuit|n[úu]mero de (?:identificaci[óo]n|seguridad social|"
    r"contribuinte|identidade)|codice identificativo|num[ée]ro de s[ée]cu|s[ée]cu|"
    r"(?:tc )?kimlik(?: numaram| numarası| no)?|cpr(?:-nummer)?|rodné číslo|cnp|nik|ktp|"
    r"numer (?:dowodu|pesel)|dowód osobisty|bvn|nin|mã số thuế|căn cước|cccd|"
    r"kitambulisho|henkilötunnus|fødselsnummer"
)
# Words for a password in the other languages the rules read.
PASSWORD_WORDS = (r"wachtwoord|hasło|haslo|lösenord|heslo|parolă|parola|şifre|şifrem|sifre|"
                  r"kata sandi|mật khẩu|nenosiri|salasana|adgangskode|passord|jelszó|clave|"
                  r"codice pin|código pin")
# Presidio's US_BANK_NUMBER and passport patterns are context-boosted digit runs; alone they
# score low, so a lower bar applies when the words around them say what they are.
MIN_SCORE = 0.3


@dataclass(frozen=True)
class SecretSpan:
    """Where a secret sits in a text and what kind it is."""

    entity: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _recognizers() -> list[Any]:
    """Build the recognizers once; importing presidio costs ~1 s, so it happens lazily."""
    from presidio_analyzer import Pattern, PatternRecognizer
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        CryptoRecognizer,
        IbanRecognizer,
        UsBankRecognizer,
        UsItinRecognizer,
        UsPassportRecognizer,
        UsSsnRecognizer,
    )

    ours = [
        PatternRecognizer(
            supported_entity="API_KEY",
            patterns=[
                Pattern("openai", r"\bsk-(?:proj-)?[A-Za-z0-9_-]{16,}", 0.9),
                Pattern("aws", r"\bAKIA[0-9A-Z]{16}\b", 0.9),
                Pattern("github", r"\bgh[pousr]_[A-Za-z0-9]{20,}\b", 0.9),
                Pattern("slack", r"\bxox[abprs]-[A-Za-z0-9-]{10,}", 0.9),
                Pattern("google", r"\bAIza[0-9A-Za-z_-]{30,}\b", 0.9),
                Pattern("jwt", r"\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+", 0.9),
                Pattern("private key", r"-----BEGIN [A-Z ]*PRIVATE KEY-----", 1.0),
            ],
        ),
        PatternRecognizer(
            supported_entity="CREDENTIAL",
            patterns=[
                Pattern(
                    "stated credential",
                    r"(?i)\b(?:pass?wo?rd|passwd|pwd|passwort|contraseña|mot de passe|senha|"
                    r"passcode|"
                    r"pin(?: code)?|"
                    r"api[ _-]?key|secret(?: key)?|access token|auth token|token|private key|"
                    r"recovery (?:code|phrase)|seed phrase|security code|cvv|cvc)\b"
                    r"(?:\s+(?:for|to|of|on)\s+[\w.@-]+)*(?:\s+(?:please|pls|btw))?"
                    r"\s*(?:is|was|=|:|es|est|ist|é)\s*\S+",
                    0.9,
                ),
            ],
        ),
        PatternRecognizer(
            supported_entity="CREDENTIAL",
            patterns=[
                # "moje hasło do banku, bo ciągle je zapominam: Kotek#2024", "mijn wachtwoord
                # is Tulp2024!": the word, a short gap, then "is" or a colon and the secret
                Pattern(
                    "stated credential, other languages",
                    rf"(?i)\b(?:{PASSWORD_WORDS})\b[^\n]{{0,60}}?(?:\s(?:is|er|är|je|jest|"
                    r"este|adalah|là|ni|es|est|ist|é|è|on)\s+|\s*[:=]\s*)\S+",
                    0.9,
                ),
            ],
        ),
        PatternRecognizer(
            supported_entity="BANK_ACCOUNT",
            patterns=[
                Pattern(
                    "account number",
                    r"(?i)\b(?:account|acct|routing|sort code|bsb)(?: number| no\.?| #)?\s*"
                    r"(?:is|:)?\s*[\d -]{6,}",
                    0.8,
                ),
                # A card number named as one, whether or not its checksum holds (a typo
                # in a real card number is still most of a card number).
                Pattern(
                    "stated card number",
                    r"(?i)\b(?:visa|mastercard|amex|(?:credit|debit|bank) ?card|card)"
                    r"(?: number| no\.?| #)?\s*(?:is|:)?\s*\d(?:[ -]?\d){11,18}\b",
                    0.8,
                ),
            ],
        ),
        PatternRecognizer(
            supported_entity="NATIONAL_ID",
            patterns=[
                Pattern(
                    "national id or tax number",
                    rf"(?i)\b(?:{NATIONAL_ID_WORDS})\b[^0-9\n]{{0,60}}?"
                    r"(?=[A-Z0-9 ./-]*\d{2})[A-Z0-9][A-Z0-9 ./-]{4,}[A-Z0-9]",
                    0.8,
                ),
            ],
        ),
    ]
    predefined = [
        CreditCardRecognizer(), IbanRecognizer(), UsSsnRecognizer(), UsBankRecognizer(),
        UsPassportRecognizer(), UsItinRecognizer(), CryptoRecognizer(),
    ]
    return predefined + _national_recognizers() + ours


# Presidio's recognizers for national ID, tax and social-security numbers, most with their
# checksums (PESEL, Aadhaar, Codice Fiscale, NIF/NIE, Steuer-ID, personnummer, ...).
NATIONAL_RECOGNIZERS = (
    "AuTfnRecognizer", "AuMedicareRecognizer", "CaSinRecognizer", "DeTaxIdRecognizer",
    "DeIdCardRecognizer", "DePassportRecognizer", "DeSocialSecurityRecognizer",
    "EsNieRecognizer", "EsNifRecognizer", "FiPersonalIdentityCodeRecognizer",
    "InAadhaarRecognizer", "InPanRecognizer", "ItFiscalCodeRecognizer", "KrRrnRecognizer",
    "NgNinRecognizer", "NhsRecognizer", "PhTinRecognizer", "PlPeselRecognizer",
    "SePersonnummerRecognizer", "SgFinRecognizer", "ThTninRecognizer",
    "TrNationalIdRecognizer", "UkNinoRecognizer", "ZaIdNumberRecognizer",
)


def _national_recognizers() -> list[Any]:
    """Those of ``NATIONAL_RECOGNIZERS`` this presidio version has (names come and go)."""
    from presidio_analyzer import predefined_recognizers

    found = []
    for name in NATIONAL_RECOGNIZERS:
        cls = getattr(predefined_recognizers, name, None)
        if cls is not None:
            recognizer = cls()
            recognizer.supported_entities = ["NATIONAL_ID"]
            found.append(recognizer)
    return found


def find_secrets(text: str) -> list[SecretSpan]:
    """Every secret-looking span in ``text`` (empty when there is none)."""
    spans: list[SecretSpan] = []
    for recognizer in _recognizers():
        entities = list(recognizer.supported_entities)
        for result in recognizer.analyze(text, entities, None) or []:
            context_boost = _has_context(text, result.start, recognizer)
            if result.score >= MIN_SCORE or (context_boost and result.score > 0):
                spans.append(SecretSpan(result.entity_type, result.start, result.end))
    return spans


def _has_context(text: str, start: int, recognizer: Any) -> bool:
    words = [w.lower() for w in getattr(recognizer, "context", None) or []]
    window = text[max(0, start - 40):start].lower()
    return any(w in window for w in words)
