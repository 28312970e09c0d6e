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


RATE = 10


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    a = ap.parse_args()
    data = tempfile.mkdtemp(prefix="skykiosk-")
    config = os.path.join(data, "kiosk.json")
    with open(config, "w") as f:
        json.dump({"format": "skywatch-kiosk", "idle_timeout_seconds": 15, "warning_seconds": 20, "pin": "1357",
                   "route": "kiosk"}, f)
    with Xvfb(1280, 720) as x:
        # The game's clock runs RATE times faster: the 15 s idle timeout takes 15/RATE s.
        g = Game(x, a.bin, data, ["--kiosk", "--config", config, "--seed", "5", "--clock-rate", str(RATE)], timeout=30)
        try:
            g.wait(lambda: g.screen() == "attract", "the attract loop")
            for key in ("Escape", "alt+F4", "F11", "ctrl+q"):
                g.key(key)
            time.sleep(0.3)
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
            assert 13 <= waited <= 19, f"the prompt came after {waited:.1f} game seconds, not 15"
            g.click("Continue")
            g.wait(lambda: "Still there?" not in g.text()["lines"], "Continue to close the prompt")
            assert g.screen() == "play"
            print(f"ok: 'Still there?' came after {waited:.1f} s idle; Continue kept the visit")

            g.key("ctrl+alt+shift+k")
            g.wait(lambda: "Curator: enter the PIN" in g.text()["lines"], "the PIN prompt")
            for d in "0000":
                g.key(d)
            g.key("Return")
            time.sleep(0.5)
            assert g.proc.poll() is None, "a wrong PIN closed the kiosk"
            for d in "1357":
                g.key(d)
            g.key("Return")
            g.proc.wait(timeout=10)
            assert g.proc.returncode == 0, f"exit status {g.proc.returncode}"
            print("ok: a wrong PIN is refused; the curator's chord and PIN close the kiosk")
        finally:
            g.quit()
    shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
