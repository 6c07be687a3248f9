"""The identifiers people type without thinking are masked, valid or not; the checks (NIR key,
IBAN mod 97) only decide what the person is told."""

import time

import pytest

from mentoring.limits import TEXT_MAX_LENGTH
from partners.masking import explanation, iban_is_valid, mask, nir_is_valid


def nir_with_key(body):
    number = body.upper().replace("2A", "19").replace("2B", "18")
    return f"{body}{97 - int(number) % 97:02d}"


VALID_NIR = nir_with_key("1850578006084")  # a man born in May 1985, Vienne
CORSICAN_NIR = nir_with_key("269052A123456")
BAD_KEY_NIR = VALID_NIR[:-2] + f"{(int(VALID_NIR[-2:]) + 1) % 97:02d}"
VALID_IBAN = "FR7630006000011234567890189"
BAD_IBAN = "FR7630006000011234567890188"


def spaced(value, sizes):
    out, start = [], 0
    for size in sizes:
        out.append(value[start : start + size])
        start += size
    return " ".join(out)


def test_the_nir_key_is_checked_with_corsica():
    assert nir_is_valid(VALID_NIR)
    assert nir_is_valid(CORSICAN_NIR)
    assert nir_is_valid(CORSICAN_NIR.lower())
    assert not nir_is_valid(BAD_KEY_NIR)
    assert not nir_is_valid(CORSICAN_NIR.replace("2A", "2B"))
    assert not nir_is_valid(VALID_NIR[:-1])


def test_the_iban_is_checked_mod_97():
    assert iban_is_valid(VALID_IBAN)
    assert iban_is_valid("DE89 3704 0044 0532 0130 00")
    assert not iban_is_valid(BAD_IBAN)
    assert not iban_is_valid("FR76")


@pytest.mark.parametrize(
    ("text", "kind", "gone"),
    [
        (f"Mon numéro est {VALID_NIR}.", "nir", VALID_NIR),
        (f"sécu : {spaced(VALID_NIR, [1, 2, 2, 2, 3, 3, 2])}", "nir", "006 084"),
        (f"né en Corse, {spaced(CORSICAN_NIR, [1, 2, 2, 2, 3, 3, 2])}", "nir", "123 456"),
        (f"RIB {spaced(VALID_IBAN, [4, 4, 4, 4, 4, 4, 3])} merci", "iban", "3000 6000"),
        (f"IBAN {VALID_IBAN}", "iban", "30006000011234567890189"),
        ("mon numéro fiscal est 0123456789012", "tax", "0123456789012"),
        ("numéro fiscal : 30 12 345 678 901", "tax", "345 678"),
        ("Mon numéro allocataire est 1234567.", "caf", "1234567"),
        ("dossier CAF n° 01234567", "caf", "01234567"),
        ("Appelez-moi au 06 12 34 56 78", "phone", "34 56 78"),
        ("ou au +33 6 12 34 56 78", "phone", "6 12 34"),
        ("mon fixe 02.54.12.34.56", "phone", "54.12.34"),
        ("écrivez à marie.dupont+caf@example.fr svp", "email", "dupont"),
        # A wrong key, a wrong IBAN check: still numbers nobody should write here.
        (f"numéro {BAD_KEY_NIR}", "number", BAD_KEY_NIR),
        (f"IBAN {spaced(BAD_IBAN, [4, 4, 4, 4, 4, 4, 3])}", "number", "3000 6000 0112"),
    ],
)
def test_identifiers_are_masked_and_named(text, kind, gone):
    result = mask(text)
    assert gone not in result.text
    assert kind in result.kinds
    assert not any(char.isdigit() for char in result.text.split("caché")[0][-12:])
    assert explanation(result.kinds)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai 3 enfants et je touche 1200 euros depuis le 12/03/2024.",
        "Ma retraite est suspendue depuis mars, pourquoi ?",
        "Le courrier dit 14 h 30, salle 2, code postal 36000.",
        "Ma caf a baissé de 150 euros.",
        "",
    ],
)
def test_ordinary_sentences_stay_as_written(text):
    result = mask(text)
    assert result.text == text
    assert not result.changed
    assert explanation(result.kinds) == ""


def test_the_explanation_says_what_to_bring():
    words = explanation(mask(f"{VALID_NIR} et 06 12 34 56 78").kinds)
    assert "carte Vitale" in words and "téléphone" in words


# Issue 22's leftover: the CAF's « numéro allocataire » typed bare, without a word that names
# it, the way a hurried or hostile writer would split or glue it.
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("1234567", "1234567"),
        ("Bonjour, 1234567, merci", "1234567"),
        ("c'est le 123 45 67", "45 67"),
        ("c'est le 1 234 567", "234 567"),
        ("c'est le 1\u00a0234\u00a0567 (espaces insécables)", "234\u00a0567"),
        ("c'est le 1\u202f234\u202f567", "234\u202f567"),
        ("c'est le 12  34  567", "34  567"),
        ("c'est le 1.234.567", "234.567"),
        ("c'est le 12-34-567", "34-567"),
        ("c'est le 12 - 34 - 567", "34 - 567"),
        ("c'est le 12/34/567", "34/567"),
        ("c'est le 1_234_567", "234_567"),
        ("c'est le 1 2 3 4 5 6 7", "4 5 6 7"),
        ("numéro1234567", "1234567"),
        ("n°1234567", "1234567"),
        ("CAF1234567", "1234567"),
        ("1234567abc", "1234567"),
        ("mon numero est le1234567merci", "1234567"),
        ("\uff11\uff12\uff13\uff14\uff15\uff16\uff17", "\uff14\uff15\uff16\uff17"),  # full-width
        ("12345678", "12345678"),
        ("https://example.org/mon-compte?id=1234567", "1234567"),
        ("12.3.4567 n'est pas une date", "4567"),
    ],
)
def test_a_bare_seven_digit_number_is_masked_however_it_is_typed(text, gone):
    result = mask(text)
    assert gone not in result.text
    assert sum(char.isdigit() for char in result.text) < 7
    assert result.kinds == ("number",)
    assert "papier" in explanation(result.kinds)


@pytest.mark.parametrize(
    "text",
    [
        "allocataire 123 45 67",
        "mon dossier : 1.234.567",
        "CAF n° 12-34-567",
        "numéro allocataire 0123 4567",
    ],
)
def test_a_split_number_said_near_the_caf_is_named_as_such(text):
    result = mask(text)
    assert result.kinds == ("caf",)
    assert not any(char.isdigit() for char in result.text)
    assert "courrier de la CAF" in explanation(result.kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Mon rendez-vous du 12.03.2024 a été annulé.",
        "le dossier du 1-3-2024 est parti",
        "depuis le 12 03 2024",
        "depuis le 2024-03-12",
        "123456 personnes, 12 345 euros, 5 ans",
    ],
)
def test_dates_and_short_numbers_stay(text):
    result = mask(text)
    assert result.text == text
    assert not result.changed


@pytest.mark.parametrize(
    ("unit", "masked"),
    [("1 ", True), ("1 - ", True), ("1  ", True), ("1.", True), ("1 1 1 - 1 1 1 a ", False)],
)
def test_a_long_run_of_split_digits_is_read_without_backtracking(unit, masked):
    """As long as a message may be, masked whole or (six digits at a time) left, in well under
    a second."""
    text = (unit * 5_000)[:TEXT_MAX_LENGTH]
    started = time.perf_counter()
    result = mask(text)
    assert time.perf_counter() - started < 1
    assert result.changed is masked
    assert any(char.isdigit() for char in result.text) is not masked
