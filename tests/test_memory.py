"""Big freed buffers leave the process: an index build must not keep its scratch arrays."""

from __future__ import annotations

import subprocess
import sys

# Allocates and frees a 32 MB array a few times, each followed by a small allocation that
# would pin glibc's heap top; prints how much the resident memory grew, in MB.
_PROBE = """
import sys
import numpy as np
if sys.argv[1] == "tuned":
    from bot.memory import release_big_blocks_promptly
    assert release_big_blocks_promptly()
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
before, kept = rss(), []
for _ in range(4):
    scratch = np.ones(4_000_000, dtype=np.int64)
    kept.append(np.ones(1000))
    del scratch
print(rss() - before)
"""


def _growth(mode: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def test_freed_big_arrays_go_back_to_the_system() -> None:
    """With the tuning, memory freed by big arrays is returned at once (without it, glibc
    keeps serving those sizes from a heap that does not shrink: +30 MB here). The bot runs
    on Linux with glibc (Debian, the Docker image, CI)."""
    assert _growth("tuned") < 8
