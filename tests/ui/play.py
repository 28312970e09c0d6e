#!/usr/bin/env python3
"""The window, played by real X input under Xvfb: starts a new game from the title screen,
plays the prologue into Mr. Zhu's chapter with the keyboard, rewinds, chooses with the
mouse, opens the panels, is killed with SIGKILL mid-chapter, and resumes where it was.

    play.py --bin build/bin
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from driver import Game, ROOT  # noqa: E402
from xvfb import Xvfb  # noqa: E402


def reference_passage(bindir, choices, seed):
    """Where the same seed and choices lead, from a run of --choices (no input events)."""
    data = tempfile.mkdtemp(prefix="skyref-")
    try:
        subprocess.run([os.path.join(bindir, "skywatch"), "--data-dir", data, "--seed", str(seed), "--content",
                        os.path.join(ROOT, "content"), "--choices", ",".join(map(str, choices)), "--screenshot",
                        os.path.join(data, "shot.png")], env=os.environ | {"SDL_VIDEODRIVER": "x11"},
                       check=True, capture_output=True, timeout=60)
        with open(os.path.join(data, "autosave.json")) as f:
            return json.load(f)["passage"]
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    a = ap.parse_args()
    data = tempfile.mkdtemp(prefix="skyplay-")
    with open(os.path.join(data, "settings.json"), "w") as f:
        json.dump({"format": "skywatch-settings", "text_speed": 3}, f)  # instant text: steps are quick
    seed = 7
    with Xvfb(1280, 720) as x:
        os.environ["DISPLAY"] = x.display
        g = Game(x, a.bin, data, ["--seed", str(seed), "--size", "1280x720"])
        try:
            g.wait(lambda: g.screen() == "title", "the title screen")
            assert "New game" in [t["label"] for t in g.text()["targets"]], "no New game on the title screen"
            g.key("Return")
            g.wait(lambda: g.screen() == "play" and g.steps() == 0, "a new game")
            print("ok: Enter on the title screen starts a new game")

            # Keyboard only: play the prologue until Mr. Zhu's chapter begins.
            taken = []
            while not g.passage().startswith("zhu."):
                g.choose_by_key(1)
                taken.append(1)
                assert len(taken) < 40, "the prologue did not end"
            assert g.passage() == reference_passage(a.bin, taken, seed), "keyboard play went somewhere else"
            print(f"ok: the keyboard played the prologue in {len(taken)} steps to {g.passage()}")

            # Arrow keys and Enter: move to a choice and take it.
            n, shown = g.steps(), g.text()
            g.key("Down")
            g.key("Return")
            g.wait(lambda: g.steps() == n + 1 and g.text() != shown, "Down and Enter to take a choice")
            taken.append(1)
            if g.lens_card():
                g.key("space")
                g.wait(lambda: not g.lens_card(), "the lens card to close")
            g.key("BackSpace")
            g.wait(lambda: g.steps() == n, "the step to be undone")
            taken.pop()
            print("ok: Down then Enter takes a choice")

            # Rewind one step with Backspace.
            before = g.passage()
            g.key("BackSpace")
            g.wait(lambda: g.steps() == len(taken) - 1, "the rewind to be saved")
            assert g.passage() == reference_passage(a.bin, taken[:-1], seed)
            g.choose_by_key(1)
            assert g.passage() == before
            print("ok: Backspace rewinds one step, and the same choice leads back")

            # The mouse: click a choice by its place on screen.
            targets = [t for t in g.text()["targets"] if t["y"] > 80]
            n = g.steps()
            g.click(targets[0]["label"])
            g.wait(lambda: g.steps() == n + 1, "the clicked choice to be saved")
            taken.append(1)
            if g.lens_card():
                g.click("Continue")
                g.wait(lambda: not g.lens_card(), "the lens card to close by click")
            print(f"ok: a mouse click chose '{targets[0]['label']}'")

            # Panels by key, and back with Escape.
            for key, screen in (("e", "essay"), ("g", "glossary"), ("h", "history")):
                g.key(key)
                g.wait(lambda: g.screen() == screen, f"the {screen} panel")
                g.key("Escape")
                g.wait(lambda: g.screen() == "play", f"the story after {screen}")
            print("ok: E, G and H open the essay, glossary and history; Escape returns")

            # SIGKILL mid-chapter, then resume.
            g.choose_by_key(1)
            taken.append(1)
            where, lines, steps = g.passage(), g.text()["lines"], g.steps()
            g.kill()
            print(f"ok: killed with SIGKILL at {where} after {steps} steps")
        except Exception:
            g.quit()
            raise

        g = Game(x, a.bin, data, ["--size", "1280x720"])
        try:
            g.wait(lambda: g.screen() == "title", "the title screen after the crash")
            assert "Continue" in [t["label"] for t in g.text()["targets"]], "no Continue after the crash"
            g.key("Return")
            g.wait(lambda: g.screen() == "play", "the resumed game")
            assert g.passage() == where and g.steps() == steps, "resumed somewhere else"
            g.wait(lambda: g.text()["lines"] == lines, "the same text as before the crash")
            assert g.passage() == reference_passage(a.bin, taken, seed)
            print(f"ok: Continue resumed at {where} with the same text")

            # Rewind survives the restart: the history was rebuilt from the save.
            before = g.text()
            g.key("BackSpace")
            # The save is written before the frame that shows it: wait for the screen too, or
            # the next click aims at the screen from before the rewind.
            g.wait(lambda: g.steps() == steps - 1 and g.text() != before, "a rewind after resuming")
            print("ok: rewinding still works after resuming")

            # Mouse only: play the rest of Mr. Zhu's chapter by clicking, lens cards included.
            clicks = 0
            while not g.passage().startswith("liu."):
                if g.lens_card():
                    g.click("Continue")
                    g.wait(lambda: not g.lens_card(), "the lens card to close")
                    continue
                n, shown = g.steps(), g.text()
                choice = [t for t in shown["targets"] if t["y"] > 80][0]["label"]
                g.click(choice)
                g.wait(lambda: g.steps() == n + 1 and g.text() != shown, f"the click on '{choice}'")
                clicks += 1
                assert clicks < 40, "Mr. Zhu's chapter did not end"
            print(f"ok: the mouse alone played Mr. Zhu's chapter to {g.passage()} in {clicks} clicks")

            g.key("Escape")
            g.wait(lambda: g.screen() == "menu", "the menu")
            g.click("Quit")
            g.proc.wait(timeout=10)
            assert g.proc.returncode == 0, f"quit with status {g.proc.returncode}"
            print("ok: Quit from the menu exits cleanly")
        finally:
            g.quit()

    # Text appears at reading pace; a click shows it all.
    with open(os.path.join(data, "settings.json"), "w") as f:
        json.dump({"format": "skywatch-settings", "text_speed": 0}, f)
    with Xvfb(1280, 720) as x:
        g = Game(x, a.bin, data, ["--size", "1280x720", "--seed", "3", "--new"])
        try:
            g.wait(lambda: g.screen() == "play", "a new game at slow text speed")
            partial = g.text()
            assert not [t for t in partial["targets"] if t["y"] > 80], "choices showed before the text finished"
            g.xdo("mousemove", "640", "300")
            g.xdo("click", "1")
            g.wait(lambda: [t for t in g.text()["targets"] if t["y"] > 80], "the click to reveal the passage")
            assert len(g.text()["lines"]) >= len(partial["lines"])
            print("ok: text appears gradually, and a click shows all of it with the choices")
        finally:
            g.quit()
    shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
