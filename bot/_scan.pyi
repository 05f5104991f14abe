"""Types of the C extension bot/_scan.c (see bot/fact_scan.py for what it does)."""

from array import array
from collections.abc import Callable, Iterable, Sequence

Entry = tuple[int, bytes, bytes, int]

def scan(
    texts: Iterable[str],
    entries: dict[str, Entry],
    new_entry: Callable[[str], Entry],
    percento: Entry,
    openings: set[int],
    phrases: Callable[[Sequence[int]], list[int]],
    /,
) -> tuple[bytearray, bytearray, bytearray, bytearray]: ...
def group(
    postings: array[int] | bytearray, counts: array[int] | bytearray, keys: int, /
) -> tuple[bytes, bytes, bytes]: ...
