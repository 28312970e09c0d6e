#!/usr/bin/python3
"""The browser build's figures for scripts/bench, in Debian's headless Chromium (SwiftShader):
transfer size of the whole site compressed as a server would send it, navigation to the
first drawn frame (first visit and a warm reload), main-thread CPU while idle on a choice,
and the time the frame callback takes at 1920x1080 while text reveals. Prints `key value`
lines.
    bench_web.py --site build-web/site
"""
import argparse
import gzip
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_test import Browser, Site  # noqa: E402

FIRST_FRAME = """
(function poll() {
  try { if (typeof skyScreenText === 'function' && skyScreenText()) { window.__skyFirst = performance.now(); return; } }
  catch (e) {}
  setTimeout(poll, 4);
})();
"""


def transfer(site):
    raw = gz = br = 0
    try:
        import brotli
    except ImportError:
        brotli = None
    for root, _, files in os.walk(site):
        for f in files:
            data = open(os.path.join(root, f), 'rb').read()
            raw += len(data)
            gz += len(gzip.compress(data, 9))
            if brotli:
                br += len(brotli.compress(data, quality=11))
    print(f'site_bytes {raw}')
    print(f'site_gzip_bytes {gz}')
    if brotli:
        print(f'site_brotli_bytes {br}')


def first_frame(site):
    b = Browser(1280, 720, before_load=FIRST_FRAME)
    try:
        b.d.get(site.url)
        b.wait(lambda: b.js('return window.__skyFirst || 0'), 'the first frame')
        cold = b.js('return window.__skyFirst')
        warm = []
        for _ in range(5):
            b.d.refresh()
            b.wait(lambda: b.js('return window.__skyFirst || 0'), 'the first frame after reload')
            warm.append(b.js('return window.__skyFirst'))
        print(f'first_frame_cold_ms {cold:.0f}')
        print(f'first_frame_warm_ms {statistics.median(warm):.0f}')
        controlled = b.js('return !!(navigator.serviceWorker && navigator.serviceWorker.controller)')
        print(f'offline_copy {"yes" if controlled else "no"}')
    finally:
        b.close()


def idle_cpu(site):
    b = Browser(1280, 720)
    try:
        b.d.get(site.url + '?new=1')
        b.wait(lambda: b.screen() == 'play', 'the story')
        b.settled('play')
        time.sleep(2)
        b.cdp('Performance.enable')

        def task():
            return {m['name']: m['value'] for m in b.cdp('Performance.getMetrics')['metrics']}['TaskDuration']
        t0, w0 = task(), time.time()
        time.sleep(10)
        t1, w1 = task(), time.time()
        print(f'idle_cpu_percent {100 * (t1 - t0) / (w1 - w0):.2f}')
    finally:
        b.close()


def frame_time(site):
    b = Browser(1920, 1080)
    try:
        b.d.get(site.url)
        b.wait(lambda: b.screen() == 'title', 'the title screen')
        b.settled('title')
        b.js("""window.__skyTimes = []; var t0 = 0;
                Module.preMainLoop = function () { t0 = performance.now(); };
                Module.postMainLoop = function () { window.__skyTimes.push([t0, performance.now() - t0]); };""")
        b.click('New game')
        b.wait(lambda: b.screen() == 'play', 'the story')
        start = time.time()
        while time.time() - start < 4 and (b.text() or {}).get('moving', True):
            time.sleep(0.1)
        times = b.js('return window.__skyTimes')
        # The frames from the click until the reveal ended (or 4 s).
        first = times[0][0]
        span = [d for t, d in times if t - first <= (time.time() - start) * 1000]
        span.sort()
        secs = (times[-1][0] - first) / 1000 or 1
        print(f'frame_ms_median {statistics.median(span):.2f}')
        print(f'frame_ms_p95 {span[int(len(span) * 0.95)]:.2f}')
        print(f'frames_per_second {len(times) / secs:.0f}')
    finally:
        b.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--site', required=True)
    a = ap.parse_args()
    transfer(a.site)
    site = Site(a.site)
    try:
        first_frame(site)
        idle_cpu(site)
        frame_time(site)
    finally:
        site.close()


if __name__ == '__main__':
    main()
