#!/usr/bin/env python3
"""The layout check under Xvfb: one layoutcheck process draws every screen at every window
shape (390x844 up to 3840x2160) and both ends of the text-size range, and fails on overlapping
boxes, clipped text, small touch targets or small body text (see docs/layout.md).

    layout.py --bin build/bin [layoutcheck arguments...]
"""
import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from xvfb import Xvfb  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    a, rest = ap.parse_known_args()
    # The screen must hold the largest window: 4K, and the portrait kiosk's 1920 rows.
    with Xvfb(3840, 2160) as x:
        r = subprocess.run([os.path.join(a.bin, "layoutcheck")] + rest, env=x.env(), timeout=170)
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
