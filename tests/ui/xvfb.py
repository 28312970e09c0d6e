"""A private X server for window tests: Xvfb on a free display, found with -displayfd."""
import os
import shutil
import subprocess
import sys


class Xvfb:
    def __init__(self, width=1920, height=1080):
        if not shutil.which("Xvfb"):
            sys.exit("Xvfb is not installed (Debian package xvfb); scripts/test installs it")
        r, w = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        with os.fdopen(r) as f:
            number = f.readline().strip()
        if not number:
            self.proc.kill()
            sys.exit("Xvfb did not start")
        self.display = ":" + number

    def env(self, **extra):
        e = dict(os.environ)
        e["DISPLAY"] = self.display
        e.pop("WAYLAND_DISPLAY", None)
        e["SDL_VIDEODRIVER"] = "x11"
        e.update(extra)
        return e

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()
