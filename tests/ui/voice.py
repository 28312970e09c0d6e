#!/usr/bin/env python3
"""Read aloud in the window, under Xvfb with SDL's disk audio driver standing in for a
loudspeaker: a chapter played with the keyboard only and again with a gamepad only (a
virtual SDL game controller, SKY_TEST_GAMEPAD=1, whose buttons F5-F9 press), each passage
spoken with its numbered choices as it appears, input interrupting, R repeating, and sound
reaching the audio device; then the kiosk, where V and a long press on the attract screen
turn read aloud on and off and say so, and the idle warning is spoken.

    voice.py --bin build/bin
"""
import argparse
import json
import math
import os
import shutil
import struct
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from driver import Game, ROOT  # noqa: E402
from xvfb import Xvfb  # noqa: E402


def spoken(path):
    """The speech log: (ms, interrupt, [segments]) per thing said."""
    out = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                out.append((int(parts[0]), parts[1] == "say", parts[2:]))
    return out


def rms(path):
    with open(path, "rb") as f:
        data = f.read()
    n = len(data) // 2
    if n == 0:
        return 0.0, 0
    samples = struct.unpack("<%dh" % n, data[:n * 2])
    return math.sqrt(sum(s * s for s in samples) / n), n


def first_chapter():
    with open(os.path.join(ROOT, "content", "story.json"), encoding="utf-8") as f:
        return json.load(f)["chapters"][0]


def play_chapter(x, bindir, how):
    """Plays the first chapter with read aloud on, by keys ("keyboard") or pad ("gamepad")."""
    data = tempfile.mkdtemp(prefix=f"skyvoice-{how}-")
    log, audio = os.path.join(data, "spoken.log"), os.path.join(data, "audio.raw")
    with open(os.path.join(data, "settings.json"), "w") as f:
        json.dump({"format": "skywatch-settings", "text_speed": 3}, f)
    os.environ.update(SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE=audio, SKY_SPOKEN_LOG=log,
                      SKY_TEST_GAMEPAD="1" if how == "gamepad" else "0")
    chapter = first_chapter()
    g = Game(x, bindir, data, ["--voice", "--seed", "3", "--size", "1280x720", "--chapter", chapter])
    down, take = ("Down", "Return") if how == "keyboard" else ("F6", "F7")
    try:
        g.wait(lambda: g.screen() == "play" and g.choices_shown(), "the chapter's first passage")
        g.wait(lambda: spoken(log), "the first passage to be spoken")
        said = spoken(log)[0]
        assert said[1], "a new passage interrupts what was being said"
        lines = [l for l in g.text()["lines"] if l]
        words = [seg for seg in said[2] if not seg.startswith("Choice ")]
        at = 0
        for seg in words:  # what was said is the screen's text, in the screen's order
            while at < len(lines) and seg not in lines[at] and lines[at] not in seg:
                at += 1
            assert at < len(lines), f"{seg!r} was spoken but is not on screen in that order: {lines}"
        labels = [t["label"] for t in g.text()["targets"] if t["y"] > 80]
        choices = [seg for seg in said[2] if seg.startswith("Choice ")]
        assert choices == [f"Choice {i + 1}: {l}." for i, l in enumerate(labels)], \
            f"the choices were not spoken after the passage with their numbers: {choices} vs {labels}"
        print(f"ok ({how}): the first passage was spoken, then its choices with their numbers")

        g.key("r")
        g.wait(lambda: len(spoken(log)) >= 2 and spoken(log)[-1][2] == said[2], "R to repeat the passage")
        print(f"ok ({how}): R repeats the passage")

        steps = 0
        start = g.save()["passage"] if g.save() else ""
        while True:
            passage = g.passage()
            if passage and not passage.startswith(chapter + "."):
                break
            before, count, shown = g.steps(), len(spoken(log)), g.text()
            g.key(down)
            g.wait(lambda: g.text()["focused"] != "", f"{down} to put the focus on a choice")
            g.key(take)
            g.wait(lambda: g.steps() == before + 1, f"{take} to take the focused choice")
            g.wait(lambda: g.text()["lines"] != shown["lines"] and (g.lens_card() or g.choices_shown()), "the next screen")
            g.wait(lambda: len(spoken(log)) > count, "the result to be spoken")
            if g.lens_card():
                g.wait(lambda: any("How the lenses read this" in s for e in spoken(log)[count:] for s in e[2]),
                       "the lens card to be spoken")
                g.key(take)
                g.wait(lambda: not g.lens_card() and g.choices_shown(), "the lens card to close")
            steps += 1
            assert steps < 40, "the chapter did not end"
        log_now = spoken(log)
        assert any(not e[2] for e in log_now), "input never interrupted speech"
        focus = [e for e in log_now if len(e[2]) == 1 and e[2][0][:2] in ("1.", "2.", "3.", "4.")]
        assert focus, "moving the focus did not say the focused choice"
        level, n = rms(audio)
        assert n > 0 and level > 200, f"the audio device got silence (rms {level:.0f} over {n} samples)"
        print(f"ok ({how}): played chapter '{chapter}' in {steps} steps from {start}; {len(log_now)} utterances; "
              f"focus spoken {len(focus)} times; audio out rms {level:.0f} over {n / 22050:.1f} s")
    finally:
        g.quit()
        with open(os.path.join(data, "skywatch.log")) as f:
            report = [l.strip() for l in f if "first audio after" in l]
        if report:
            print(f"   {report[-1]}")
        shutil.rmtree(data, ignore_errors=True)


def kiosk(x, bindir):
    data = tempfile.mkdtemp(prefix="skyvoice-kiosk-")
    log, audio = os.path.join(data, "spoken.log"), os.path.join(data, "audio.raw")
    config = os.path.join(data, "kiosk.json")
    with open(config, "w") as f:
        json.dump({"format": "skywatch-kiosk", "idle_timeout_seconds": 15, "warning_seconds": 20, "voice": False}, f)
    os.environ.update(SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE=audio, SKY_SPOKEN_LOG=log, SKY_TEST_GAMEPAD="0")
    g = Game(x, bindir, data, ["--kiosk", "--config", config, "--seed", "5"], timeout=30)
    try:
        g.wait(lambda: g.screen() == "attract", "the attract screen")
        time.sleep(1)
        assert not spoken(log), "the kiosk spoke with read aloud off"
        g.key("v")
        g.wait(lambda: any("Read aloud is on" in s for e in spoken(log) for s in e[2]), "V to turn read aloud on, aloud")
        g.wait(lambda: any("Touch to begin" in s for e in spoken(log) for s in e[2]), "the attract screen to be spoken")
        assert g.screen() == "attract", "V started the visit"
        print("ok (kiosk): V on the attract screen turns read aloud on and says so, then reads the screen")

        g.xdo("mousemove", "640", "360")
        g.xdo("mousedown", "1")
        time.sleep(2.6)
        g.xdo("mouseup", "1")
        g.wait(lambda: any("Read aloud is off" in s for e in spoken(log) for s in e[2]), "a long press to turn it off, aloud")
        time.sleep(0.5)
        assert g.screen() == "attract", "the long press started the visit"
        print("ok (kiosk): a long press toggles read aloud, says so, and does not start the visit")

        g.key("v")
        g.wait(lambda: sum("Read aloud is on" in s for e in spoken(log) for s in e[2]) >= 2, "V again")
        g.key("Return")
        g.wait(lambda: g.screen() == "play", "the visit to begin")
        g.wait(lambda: any(s.startswith("Choice 1: ") for e in spoken(log) for s in e[2]), "the first passage to be spoken")
        print("ok (kiosk): the visit is read aloud")
        g.wait(lambda: any("Still there?" in s for e in spoken(log) for s in e[2]), "the idle warning to be spoken")
        print("ok (kiosk): the idle warning is spoken")
    finally:
        g.quit()
        shutil.rmtree(data, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    a = ap.parse_args()
    with Xvfb(1280, 720) as x:
        os.environ["DISPLAY"] = x.display
        play_chapter(x, a.bin, "keyboard")
        play_chapter(x, a.bin, "gamepad")
        kiosk(x, a.bin)
    print("voice: all passed")


if __name__ == "__main__":
    main()
