"""Personal identity codes for demo trainees, only from the temporary range 900–999: a real
person's code can never be generated, and the app flags these codes as temporary."""

from __future__ import annotations

import random
from datetime import date

_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# Since 2023 each century has several signs; most codes still use the classic ones.
_SIGNS = {1900: ("-Y" "XWVU", (88, 4, 3, 2, 2, 1)), 2000: ("ABCDEF", (88, 4, 3, 2, 2, 1))}


def hetu_code(birth_date: date, sign: str, number: int) -> str:
    digits = f"{birth_date:%d%m%y}{number:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{_CHECK[int(digits) % 31]}"


class TemporaryHetus:
    """Unique temporary HETUs; the individual number's parity follows the old convention
    (odd for men, even for women) only because real codes look like that."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, birth_date: date, parity: int | None) -> str:
        signs, weights = _SIGNS[2000 if birth_date.year >= 2000 else 1900]
        while True:
            sign = self.rng.choices(signs, weights)[0]
            number = self.rng.randint(900, 999)
            if parity is not None and number % 2 != parity:
                number = number + 1 if number < 999 else 998
            code = hetu_code(birth_date, sign, number)
            if code not in self.used:
                self.used.add(code)
                return code
