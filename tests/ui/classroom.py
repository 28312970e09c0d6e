#!/usr/bin/env python3
"""The classroom under Xvfb, by real X input: the teacher picks the 15-minute lesson, enters
the class's votes with number keys at each key decision, the majority is taken, and at the
end the debrief exports the lesson report (Markdown, votes CSV, chart).

    classroom.py --bin build/bin
"""
import argparse
import csv
import glob
import json
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from driver import Game  # noqa: E402
from xvfb import Xvfb  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    a = ap.parse_args()
    data = tempfile.mkdtemp(prefix="skyclass-")
    with open(os.path.join(data, "classroom-settings.json"), "w") as f:
        json.dump({"format": "skywatch-settings", "text_speed": 3, "text_size": 1}, f)
    with Xvfb(1280, 720) as x:
        g = Game(x, a.bin, data, ["--classroom", "--size", "1280x720", "--seed", "9"], timeout=20)
        try:
            g.wait(lambda: g.screen() == "title", "the classroom's title screen")
            g.click("A 15-minute lesson (15 minutes)")
            g.wait(lambda: g.screen() == "play", "the lesson to begin")
            votes_cast = 0
            for _ in range(80):
                t = g.text()
                if any(line.startswith("Ending: ") for line in t["lines"]):
                    break
                if "Discussion timer" in t["lines"] and not t["moving"]:
                    # The class votes: two for the second option, one for the first. Each key
                    # is seen on screen before the next is pressed.
                    def counts():
                        return [int(line.rsplit(": ", 1)[1]) for line in g.text()["lines"]
                                if re.match(r"^[1-9]\. .*: [0-9]+$", line)]
                    g.wait(lambda: counts() and not any(counts()), "a fresh vote")
                    before = g.steps()
                    for key, option, want in (("2", 1, 1), ("2", 1, 2), ("1", 0, 1)):
                        g.key(key)
                        g.wait(lambda: counts()[option] == want, f"vote {want} for option {option + 1}")
                    shown = g.text()
                    g.key("Return")  # go with the majority
                    g.wait(lambda: g.steps() == before + 1, "the class's decision")
                    votes_cast += 1
                    g.wait(lambda: g.text() != shown and (g.lens_card() or (g.choices_shown() and not g.text()["moving"])),
                           "what follows")
                    if g.lens_card():
                        g.key("space")
                        g.wait(lambda: not g.lens_card(), "the lens card to close")
                else:
                    g.choose_by_key(1)
            assert votes_cast >= 3, f"only {votes_cast} votes"
            print(f"ok: the class voted at {votes_cast} key decisions and the majority was taken each time")

            assert g.save()["route"] == "class15", "the lesson ran on another route"
            g.click("Debrief")
            g.wait(lambda: g.screen() == "debrief", "the debrief")
            g.click("Export the lesson report")
            g.wait(lambda: any(line.startswith("Wrote ") for line in g.text()["lines"]), "the export")
            folders = glob.glob(os.path.join(data, "lessons", "*"))
            assert len(folders) == 1, folders
            files = sorted(os.listdir(folders[0]))
            assert files == ["lens-pattern.png", "lesson.md", "votes.csv"], files
            with open(os.path.join(folders[0], "votes.csv")) as f:
                rows = list(csv.DictReader(f))
            taken = [r for r in rows if r["chosen"] == "yes"]
            assert len(taken) == votes_cast
            assert all(r["votes"] == "2" for r in taken), "the majority was not taken"
            with open(os.path.join(folders[0], "lesson.md")) as f:
                assert f.read().startswith("# Lesson report: The Sky Is Watching")
            print(f"ok: the debrief exported {', '.join(files)}; votes.csv shows the majority taken each time")
        finally:
            g.quit()
    shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
