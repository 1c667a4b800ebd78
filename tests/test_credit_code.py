import pytest

from adminapp import credit_code
from tests.factories import credit_code as make_code


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000600037341L", make_code(7)])
def test_valid_codes(code):
    assert credit_code.problem(code) is None
    assert credit_code.is_valid(code.lower())


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("91350100M000100Y4", "must be 18 characters (has 17)"),
        ("91350100M000100Y44", "check digit is 4, should be 3"),
        ("91350100I000100Y43", "not allowed in a credit code: I"),
        ("9135010OM00S100Y43", "not allowed in a credit code: O S"),
    ],
)
def test_invalid_codes_say_why(code, message):
    assert message in credit_code.problem(code)


def test_every_single_character_change_is_caught():
    code = "91350100M000100Y43"
    for i in range(17):
        for ch in credit_code.CHARSET:
            if ch != code[i]:
                changed = code[:i] + ch + code[i + 1 :]
                assert credit_code.problem(changed) is not None
