#!/usr/bin/env python3
"""The kiosk under Xvfb, driven by real X input: visitors cannot leave (Escape, Alt+F4, F11
do nothing), a touch starts a visit, choices are tallied, the idle prompt comes and
Continue keeps the visit, and only the curator's chord and PIN close it.

    kiosk.py --bin build/bin
"""
import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from driver import Game  # noqa: E402
from xvfb import Xvfb  # noqa: E402


# The game's clock runs RATE times faster than the wall's, so every timeout below is in game
# seconds and takes 1/RATE of that in wall time. IDLE leaves room for the longest wait between
# a visitor's inputs (the first passage appears in about 13 game seconds).
RATE = 20
IDLE = 30


def attract_card(g):
    t = g.text()
    return t["lines"][2] if t and t["screen"] == "attract" and len(t["lines"]) > 2 else None


def drawn_after_now(g, what):
    """Waits for a frame that began after the keys sent so far: the attract loop shows a new
    card twice (the first new one may have been drawn before the keys arrived)."""
    for n in range(2):
        card = attract_card(g)
        g.wait(lambda: attract_card(g) not in (None, card), f"{what} (attract card {n + 1})")


def pin_entered(g, digits):
    """Types the digits one at a time, each seen as a star before the next (two in one frame
    could not be told apart), then presses Return."""
    for i, d in enumerate(digits):
        g.key(d)
        g.wait(lambda: "*" * (i + 1) + " " in g.text()["lines"], f"PIN digit {i + 1} to show")
    g.key("Return")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    a = ap.parse_args()
    data = tempfile.mkdtemp(prefix="skykiosk-")
    config = os.path.join(data, "kiosk.json")
    with open(config, "w") as f:
        json.dump({"format": "skywatch-kiosk", "idle_timeout_seconds": IDLE, "warning_seconds": 40, "pin": "1357",
                   "route": "kiosk", "attract_seconds": 3}, f)
    with Xvfb(1280, 720) as x:
        g = Game(x, a.bin, data, ["--kiosk", "--config", config, "--seed", "5", "--clock-rate", str(RATE)], timeout=30)
        try:
            g.wait(lambda: g.screen() == "attract", "the attract loop")
            g.key("Escape", "alt+F4", "F11", "ctrl+q")
            drawn_after_now(g, "the kiosk to go on after Escape, Alt+F4, F11 and Ctrl+Q")
            assert g.proc.poll() is None, "the kiosk closed for a visitor"
            assert g.screen() == "attract"
            print("ok: Escape, Alt+F4, F11 and Ctrl+Q do not close the kiosk")

            g.key("space")
            g.wait(lambda: g.screen() == "play", "a visit to begin")
            # Three steps end on a passage whose button is not labelled Continue, so the idle
            # prompt's Continue below is the only one on screen.
            for _ in range(3):
                g.choose_on_screen(1)
            db = sqlite3.connect(os.path.join(data, "tallies.db"))
            tallied = db.execute("SELECT SUM(count) FROM tallies").fetchone()[0]
            visits = db.execute("SELECT SUM(count) FROM visits").fetchone()[0]
            db.close()
            assert tallied and tallied >= 1 and visits == 1, f"tallies {tallied}, visits {visits}"
            print(f"ok: a visit began with a key and {tallied} decision(s) were tallied")

            g.key("Escape")
            g.wait(lambda: g.screen() == "menu", "the kiosk's menu")
            labels = [t["label"] for t in g.text()["targets"]]
            assert "Quit" not in labels and "Title screen" not in labels, f"a way out in the kiosk menu: {labels}"
            g.key("Escape")
            g.wait(lambda: g.screen() == "play", "the story again")
            print("ok: the kiosk's menu has no Quit and no title screen")

            start = time.time()
            g.wait(lambda: "Still there?" in g.text()["lines"], "the idle prompt")
            waited = (time.time() - start) * RATE
            assert IDLE * 0.86 <= waited <= IDLE * 1.27, f"the prompt came after {waited:.1f} game seconds, not {IDLE}"
            g.click("Continue")
            g.wait(lambda: "Still there?" not in g.text()["lines"], "Continue to close the prompt")
            assert g.screen() == "play"
            print(f"ok: 'Still there?' came after {waited:.1f} s idle; Continue kept the visit")

            g.key("ctrl+alt+shift+k")
            g.wait(lambda: "Curator: enter the PIN" in g.text()["lines"], "the PIN prompt")
            pin_entered(g, "2468")
            # Refused: the prompt stays, emptied, in a frame drawn after the PIN was checked.
            g.wait(lambda: "Curator: enter the PIN" in g.text()["lines"] and " " in g.text()["lines"],
                   "a wrong PIN to be refused (the kiosk must stay open)")
            assert g.proc.poll() is None, "a wrong PIN closed the kiosk"
            pin_entered(g, "1357")
            g.proc.wait(timeout=10)
            assert g.proc.returncode == 0, f"exit status {g.proc.returncode}"
            print("ok: a wrong PIN is refused; the curator's chord and PIN close the kiosk")
        finally:
            g.quit()
    shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
