#!/usr/bin/env python3
"""Bad files in the window: missing fonts only degrade the look (a warning, the game
runs); a damaged save and settings are reported on screen and kept aside, byte for byte.

    bad_files.py --bin build/bin
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from driver import Game, ROOT  # noqa: E402
from xvfb import Xvfb  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    a = ap.parse_args()
    data = tempfile.mkdtemp(prefix="skybad-")
    with Xvfb(1280, 720) as x:
        shot = os.path.join(data, "nofonts.png")
        r = subprocess.run([os.path.join(a.bin, "skywatch"), "--data-dir", data, "--content", os.path.join(ROOT, "content"),
                            "--screenshot", shot], env=x.env(SKY_FONT_DIR="/nonexistent", SKY_CJK_FONT="/nonexistent/cjk.ttc"),
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and os.path.getsize(shot) > 0, r.stderr
        assert "cannot load /nonexistent/NotoSerif-Regular.ttf" in r.stderr, r.stderr
        assert "no Chinese font found" in r.stderr, r.stderr
        print("ok: without its fonts the game still draws, on the built-in font, and says which are missing")

        damaged = b"{\"format\": \"skywatch-save\", \"version\": 1, \"story\": \"sky_is_watching\", \"seed\": [\x00"
        with open(os.path.join(data, "autosave.json"), "wb") as f:
            f.write(damaged)
        with open(os.path.join(data, "settings.json"), "w") as f:
            f.write('{"format": "skywatch-settings", "text_speed": "fast"}')
        g = Game(x, a.bin, data, ["--size", "1280x720"])
        try:
            g.wait(lambda: g.screen() == "title", "the title screen")
            g.wait(lambda: any("Your settings could not be read" in line for line in g.text()["lines"]), "the settings message")
            g.click("OK")
            g.wait(lambda: not any("Your settings could not be read" in line for line in g.text()["lines"]), "the message to close")
            g.click("Continue")
            g.wait(lambda: any("Your saved game could not be read" in line for line in g.text()["lines"]), "the save message")
            assert g.screen() == "title"
            kept = os.path.join(data, "autosave.json.unreadable-1")
            with open(kept, "rb") as f:
                assert f.read() == damaged, "the damaged save was not kept as it was"
            assert os.path.exists(os.path.join(data, "settings.json.unreadable-1"))
            print("ok: a damaged save and settings are reported on screen and kept aside, byte for byte")
            g.click("OK")
            g.click("New game")
            g.wait(lambda: g.screen() == "play" and g.steps() == 0, "a new game after the damaged save")
            print("ok: a new game starts and saves beside the kept file")
        finally:
            g.quit()
    shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
