"""Drives a running skywatch window with real X input (xdotool) and reads what it shows
(the SKY_SCREEN_TEXT export) and what it saved (autosave.json)."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


class Game:
    def __init__(self, xvfb, bindir, data, args=(), timeout=15):
        if not shutil.which("xdotool"):
            sys.exit("xdotool is not installed (Debian package xdotool); scripts/test installs it")
        self.x, self.data, self.timeout = xvfb, data, timeout
        self.text_path = os.path.join(data, "screen-text.json")
        if os.path.exists(self.text_path):
            os.remove(self.text_path)
        cmd = [os.path.join(bindir, "skywatch"), "--data-dir", data, "--content", os.path.join(ROOT, "content")] + list(args)
        self.log = open(os.path.join(data, "skywatch.log"), "a")
        self.proc = subprocess.Popen(cmd, env=xvfb.env(SKY_SCREEN_TEXT=self.text_path), stdout=self.log, stderr=self.log)
        self.window = None
        self.wait(lambda: self.text() is not None, "the first frame")
        out = self.xdo("search", "--sync", "--onlyvisible", "--name", "The Sky Is Watching", capture=True)
        self.window = out.split()[0]
        self.xdo("windowfocus", "--sync", self.window)

    # -- observing ---------------------------------------------------------------------
    def text(self):
        try:
            with open(self.text_path) as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def screen(self):
        t = self.text()
        return t["screen"] if t else None

    def save(self):
        names = ("autosave.json", "classroom-autosave.json")
        try:
            name = next(n for n in names if os.path.exists(os.path.join(self.data, n)))
            with open(os.path.join(self.data, name)) as f:
                return json.load(f)
        except (OSError, ValueError, StopIteration):
            return None

    def passage(self):
        s = self.save()
        return s["passage"] if s else None

    def steps(self):
        s = self.save()
        return len(s["path"]) if s else -1

    def wait(self, cond, what):
        end = time.time() + self.timeout
        while time.time() < end:
            if self.proc.poll() is not None:
                raise AssertionError(f"skywatch exited ({self.proc.returncode}) while waiting for {what}")
            try:
                if cond():
                    return
            except (KeyError, IndexError, TypeError):
                pass
            time.sleep(0.02)  # a frame is 16 ms; a longer nap only adds to every step
        shown = json.dumps(self.text())[:int(os.environ.get("SKY_TEST_DUMP", "600"))]
        raise AssertionError(f"timed out waiting for {what}; screen text: {shown}")

    # -- acting --------------------------------------------------------------------------
    def xdo(self, *args, capture=False):
        r = subprocess.run(["xdotool", *args], env=self.x.env(), capture_output=True, text=True, timeout=20)
        if r.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {r.stderr}")
        return r.stdout

    def key(self, *names):
        """Presses the keys in order, in one xdotool run (each run costs a process start)."""
        # Another window (a reference run) may have taken the focus since; take it back.
        self.xdo("windowfocus", "--sync", self.window, "key", "--clearmodifiers", *names)

    def click(self, label):
        """Clicks the centre of the on-screen target with this label, once nothing moves;
        scrolls down with Page Down if it is not in view yet."""
        self.wait(lambda: not self.text()["moving"], "the screen to stop moving")
        for _ in range(12):
            if any(t["label"] == label for t in self.text()["targets"]):
                break
            shown = self.text()
            self.key("Next")  # Page Down
            try:
                self.wait(lambda: self.text() != shown, "the panel to scroll")
            except AssertionError:
                break
        for t in self.text()["targets"]:
            if t["label"] == label:
                self.xdo("mousemove", str(int(t["x"] + t["w"] / 2)), str(int(t["y"] + t["h"] / 2)), "click", "1")
                return
        raise AssertionError(f"no target labelled {label!r} on screen: {[t['label'] for t in self.text()['targets']]}")

    def lens_card(self):
        t = self.text()
        return bool(t and "How the lenses read this" in t["lines"][:3])

    def choose_by_key(self, n):
        """Presses digit n and waits for the step to be saved; closes a lens card if one opens."""
        before, shown = self.steps(), self.text()
        self.key(str(n))
        self.wait(lambda: self.steps() == before + 1, f"choice {n} to be saved")
        # The export may still hold the frame drawn before the choice: wait for a new one.
        self.wait(lambda: self.text() != shown and (self.lens_card() or self.choices_shown()), "the next screen")
        if self.lens_card():
            self.key("space")
            self.wait(lambda: not self.lens_card(), "the lens card to close")

    def choose_on_screen(self, n):
        """Like choose_by_key, for a game that keeps no save (the kiosk): waits for the text to
        finish appearing, presses digit n, and waits for a new screen; closes a lens card."""
        self.wait(lambda: not self.text()["moving"] and self.choices_shown(), "the passage to settle")
        shown = self.text()
        self.key(str(n))
        self.wait(lambda: self.text()["lines"] != shown["lines"], f"choice {n} to show its result")
        self.wait(lambda: not self.text()["moving"] and (self.lens_card() or self.choices_shown()), "the next screen")
        if self.lens_card():
            self.key("space")
            self.wait(lambda: not self.lens_card(), "the lens card to close")

    def choices_shown(self):
        t = self.text()
        return t and t["screen"] == "play" and any(x["label"] for x in t["targets"] if x["y"] > 80)

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.log.close()

    def quit(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()
