"""Give big freed buffers back to the operating system at once (glibc only).

glibc serves a freed large block's size from the heap next time (its "dynamic mmap
threshold"), and heap memory is rarely returned: the tens of megabytes of arrays that an
index build uses for a moment would then stay in the process for its whole life. A fixed
threshold keeps every block over 1 MiB in its own mapping, unmapped when freed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number
_THRESHOLD = 1 << 20


@cache
def release_big_blocks_promptly() -> bool:
    """Set glibc's mmap threshold once per process; False where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, _THRESHOLD))
    except (OSError, AttributeError):  # musl or no libc found: nothing to tune
        return False
