#!/usr/bin/env python3
"""Golden screens: draws each screen of the game under Xvfb and compares it with what was
approved in tests/screens/: its text exactly (every line and target, in order, each target's
box within a few pixels), and its picture by build/bin/imgdiff (see tools/image_compare.h).

    screens.py --bin build/bin --out build/screens            compare
    screens.py --bin build/bin --out build/screens --approve  make the current pictures golden
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from xvfb import Xvfb  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
GOLDEN = os.path.join(ROOT, "tests", "screens")

# name: (window size, arguments, settings overrides[, the X screen's size])
# A kiosk runs full screen: its X screen is its size (portrait kiosks: 1080x1920).
PORTRAIT_SCREEN = "1080x1920"
CASES = {
    "title": ("1280x720", ["--screen", "title"], {}),
    "scene": ("1280x720", ["--choices", "1,1,1", "--screen", "scene"], {}),
    "scene-speakers": ("1280x720", ["--chapter", "zhu", "--choices", "1", "--screen", "scene"], {}),
    "lenses": ("1280x720", ["--choices", "1,1,1,1", "--screen", "lenses"], {}),
    "essay": ("1280x720", ["--choices", "1,1,1,1,1,1,1,1,1,1,1,1,1,1", "--screen", "essay"], {}),
    "glossary": ("1280x720", ["--screen", "glossary"], {}),
    "history": ("1280x720", ["--choices", "1,1,1,1,1", "--screen", "history"], {}),
    "settings": ("1280x720", ["--screen", "settings"], {}),
    "scene-contrast": ("1280x720", ["--choices", "1,1,1", "--screen", "scene"], {"high_contrast": True}),
    "scene-large-text": ("1280x720", ["--chapter", "zhu", "--choices", "1", "--screen", "scene"], {"text_size": 4}),
    "scene-1080p": ("1920x1080", ["--chapter", "liu", "--choices", "1", "--screen", "scene"], {}),
    "kiosk-attract": ("1280x720", ["--kiosk", "--screen", "attract"], {}),
    "class-decision": ("1280x720", ["--classroom", "--route", "class15", "--choices", "1,1,1", "--screen", "scene"], {}),
    "title-zh": ("1280x720", ["--lang", "zh", "--screen", "title"], {}),
    "scene-zh": ("1280x720", ["--lang", "zh", "--chapter", "zhu", "--choices", "1", "--screen", "scene"], {}),
    "lenses-zh": ("1280x720", ["--lang", "zh", "--choices", "1,1,1,1", "--screen", "lenses"], {}),
    "glossary-zh": ("1280x720", ["--lang", "zh", "--screen", "glossary"], {}),
    "scene-zh-large-text": ("1280x720", ["--lang", "zh", "--chapter", "zhu", "--choices", "1", "--screen", "scene"], {"text_size": 4}),
    "journey": ("1280x720", ["--route", "kiosk", "--choices", ",".join(["1"] * 30), "--screen", "journey"], {}),
    # Portrait kiosks and the classroom's projector (issue 14; docs/layout.md).
    "scene-portrait": ("1080x1920", ["--choices", "1,1,1", "--screen", "scene"], {}, PORTRAIT_SCREEN),
    "lenses-portrait": ("1080x1920", ["--choices", "1,1,1,1", "--screen", "lenses"], {}, PORTRAIT_SCREEN),
    "kiosk-attract-portrait": ("1080x1920", ["--kiosk", "--screen", "attract"], {}, PORTRAIT_SCREEN),
    "class-title": ("1280x720", ["--classroom", "--screen", "title"], {}),
}


BOX_SLACK = 3  # pixels a target's box may move (font hinting differs a little between machines)


def text_differences(golden, actual):
    """What differs between two exported screen texts; [] when they agree."""
    out = []
    if golden["screen"] != actual["screen"]:
        out.append(f"screen {actual['screen']!r}, approved {golden['screen']!r}")
    if golden["lines"] != actual["lines"]:
        for i in range(max(len(golden["lines"]), len(actual["lines"]))):
            g = golden["lines"][i] if i < len(golden["lines"]) else None
            a = actual["lines"][i] if i < len(actual["lines"]) else None
            if g != a:
                out.append(f"line {i + 1}: {a!r}, approved {g!r}")
                break
    gl = [t["label"] for t in golden["targets"]]
    al = [t["label"] for t in actual["targets"]]
    if gl != al:
        out.append(f"targets {al}, approved {gl}")
    else:
        for g, a in zip(golden["targets"], actual["targets"]):
            if any(abs(g[k] - a[k]) > BOX_SLACK for k in ("x", "y", "w", "h")):
                out.append(f"target {a['label']!r} at {[a[k] for k in ('x', 'y', 'w', 'h')]}, "
                           f"approved {[g[k] for k in ('x', 'y', 'w', 'h')]}")
    return out


def check_the_checker():
    """The text comparison must be able to fail: a lost line, swapped targets and a box moved
    by more than the slack are each caught (on the approved scene)."""
    with open(os.path.join(GOLDEN, "scene.json")) as f:
        golden = json.load(f)
    assert text_differences(golden, json.loads(json.dumps(golden))) == []
    lost = json.loads(json.dumps(golden))
    del lost["lines"][2]
    swapped = json.loads(json.dumps(golden))
    swapped["targets"][-1], swapped["targets"][-2] = swapped["targets"][-2], swapped["targets"][-1]
    moved = json.loads(json.dumps(golden))
    moved["targets"][-1]["y"] += BOX_SLACK + 1
    for edited in (lost, swapped, moved):
        assert text_differences(golden, edited), "the screen text comparison missed an edit"


def settings_file(path, overrides):
    s = {"format": "skywatch-settings"}
    s.update(overrides)
    with open(path, "w") as f:
        json.dump(s, f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--approve", action="store_true")
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    if not a.approve:
        check_the_checker()
    failures = []
    screens = sorted({c[3] if len(c) > 3 else "1920x1080" for c in CASES.values()})
    for screen in screens:
        sw, sh = (int(v) for v in screen.split("x"))
        with Xvfb(sw, sh) as x:
            for name, case in CASES.items():
                size, args, overrides = case[:3]
                if (case[3] if len(case) > 3 else "1920x1080") != screen or (a.only and name not in a.only):
                    continue
                data = tempfile.mkdtemp(prefix="skyscreen-")
                try:
                    if overrides:
                        settings_file(os.path.join(data, "settings.json"), overrides)
                    shot = os.path.join(a.out, name + ".png")
                    cmd = [os.path.join(a.bin, "skywatch"), "--data-dir", data, "--seed", "1", "--size", size,
                           "--content", os.path.join(ROOT, "content"), "--screenshot", shot] + args
                    r = subprocess.run(cmd, env=x.env(SKY_SCREEN_TEXT=os.path.join(a.out, name + ".json")),
                                       capture_output=True, text=True, timeout=60)
                    if r.returncode != 0 or not os.path.exists(shot):
                        failures.append(f"{name}: skywatch failed ({r.returncode}): {r.stderr.strip()}")
                        continue
                    golden = os.path.join(GOLDEN, name + ".png")
                    golden_text = os.path.join(GOLDEN, name + ".json")
                    text = os.path.join(a.out, name + ".json")
                    if a.approve:
                        shutil.copyfile(shot, golden)
                        shutil.copyfile(text, golden_text)
                        print(f"approved {name}")
                        continue
                    if not os.path.exists(golden) or not os.path.exists(golden_text):
                        failures.append(f"{name}: no golden picture or text in {GOLDEN} (run scripts/approve-screens)")
                        continue
                    with open(golden_text) as g, open(text) as t:
                        for d in text_differences(json.load(g), json.load(t)):
                            failures.append(f"{name}: text: {d}")
                    d = subprocess.run([os.path.join(a.bin, "imgdiff"), golden, shot, "--diff",
                                        os.path.join(a.out, name + ".diff.png")], capture_output=True, text=True)
                    print(f"{name}: {d.stdout.strip()}")
                    if d.returncode != 0:
                        failures.append(f"{name}: differs from its golden picture; see {a.out}/{name}.diff.png "
                                        "(re-approve with scripts/approve-screens if the change is intended)")
                finally:
                    shutil.rmtree(data, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
