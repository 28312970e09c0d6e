#!/usr/bin/python3
"""The browser build in Debian's headless Chromium (chromium-driver + selenium, input through
the DevTools protocol), against build-web/site served on 127.0.0.1 with the recommended
headers (CSP included):
  - loads, and the title screen's text equals the native game's, exactly;
  - a screenshot of the title screen matches its golden (tight tolerance);
  - starts a new game by a click, plays by keys and clicks, opens the panels (H E G S);
  - reloads the page and continues from the save kept in IndexedDB;
  - plays in portrait on a phone (390x844, devicePixelRatio 3) by touch: choices >= 44 px;
  - the screen-reader mirror, read through Chromium's accessibility tree (DevTools protocol):
    the canvas is labelled, the screen's text and choices are text and buttons with the
    canvas's exact words, Enter and clicks on them play as the canvas does, the live region
    changes to the next passage, and lang is zh when the game is in Chinese;
  - a corrupted save in storage is set aside with a message and kept as it was;
  - a missing data file, a missing font and blocked storage each get a clear message;
  - the console has no errors.
    browser_test.py --site build-web/site --native build/bin [--update-golden]
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'scripts', 'lib'))
import web_serve  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
GOLDEN = os.path.join(HERE, 'screens')
SEED = 7


class Site:
    """A copy of the site (optionally with a file missing) served on a free port."""
    def __init__(self, site, drop=()):
        self.dir = tempfile.mkdtemp(prefix='skyweb-site-')
        shutil.copytree(site, self.dir, dirs_exist_ok=True)
        for d in drop:
            os.remove(os.path.join(self.dir, d))
        self.httpd = web_serve.serve(self.dir, 0, quiet=True)
        self.url = f'http://127.0.0.1:{self.httpd.server_address[1]}/'
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        shutil.rmtree(self.dir, ignore_errors=True)


class Browser:
    def __init__(self, width=1280, height=720, ratio=1, mobile=False, before_load=None):
        self.profile = tempfile.mkdtemp(prefix='skyweb-profile-')
        o = webdriver.ChromeOptions()
        o.binary_location = '/usr/bin/chromium'
        for arg in ('--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--use-gl=angle',
                    '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run',
                    '--disable-background-networking', '--disable-component-update', '--disable-sync',
                    f'--user-data-dir={self.profile}', '--window-size=1400,1000', '--hide-scrollbars',
                    '--font-render-hinting=none'):
            o.add_argument(arg)
        o.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
        self.d = webdriver.Chrome(service=Service('/usr/bin/chromedriver'), options=o)
        self.d.set_page_load_timeout(60)
        self.cdp('Emulation.setDeviceMetricsOverride',
                 {'width': width, 'height': height, 'deviceScaleFactor': ratio, 'mobile': mobile})
        if mobile:
            self.cdp('Emulation.setTouchEmulationEnabled', {'enabled': True, 'maxTouchPoints': 5})
        if before_load:
            self.cdp('Page.addScriptToEvaluateOnNewDocument', {'source': before_load})
        self.logs = []

    def cdp(self, cmd, args=None):
        return self.d.execute_cdp_cmd(cmd, args or {})

    def close(self):
        self.d.quit()
        shutil.rmtree(self.profile, ignore_errors=True)

    def js(self, code, *args):
        return self.d.execute_script(code, *args)

    def console(self):
        self.logs += self.d.get_log('browser')
        return self.logs

    def errors(self):
        return [e for e in self.console() if e['level'] == 'SEVERE']

    # -- what the game shows -----------------------------------------------------------------
    def text(self):
        t = self.js('return typeof skyScreenText === "function" ? skyScreenText() : ""')
        return json.loads(t) if t else None

    def message(self):
        return self.js('var m = document.getElementById("message"); '
                       'return m && m.style.display === "block" ? m.textContent : ""')

    def wait(self, cond, what, timeout=40):
        end = time.time() + timeout
        while time.time() < end:
            try:
                if cond():
                    return
            except (KeyError, IndexError, TypeError):
                pass
            time.sleep(0.1)
        raise AssertionError(f'timed out waiting for {what}; screen text: {json.dumps(self.text())[:800]}; '
                             f'page message: {self.message()!r}; console: {self.console()[-8:]}')

    def screen(self):
        t = self.text()
        return t['screen'] if t else None

    def settled(self, screen=None):
        self.wait(lambda: (t := self.text()) and not t['moving'] and (screen is None or t['screen'] == screen),
                  f'the {screen or "screen"} to settle')
        time.sleep(0.3)  # a few more frames: the export lags the last draw by one
        return self.text()

    def read(self, path):
        return self.js('try { return FS.readFile(arguments[0], {encoding: "utf8"}); } catch (e) { return null; }', path)

    def save(self):
        s = self.read('/data/skywatch/autosave.json')
        return json.loads(s) if s else None

    def target(self, label):
        t = self.text()
        for g in t['targets']:
            if g['label'] == label or g['label'].startswith(label):
                return g
        raise AssertionError(f'no target {label!r} on {t["screen"]}: {[g["label"] for g in t["targets"]]}')

    # -- acting, through real input events -------------------------------------------------
    def click(self, label):
        g = self.target(label)
        x, y = g['x'] + g['w'] / 2, g['y'] + g['h'] / 2
        self.cdp('Input.dispatchMouseEvent', {'type': 'mouseMoved', 'x': x, 'y': y})
        time.sleep(0.05)
        self.cdp('Input.dispatchMouseEvent', {'type': 'mousePressed', 'x': x, 'y': y, 'button': 'left', 'clickCount': 1})
        time.sleep(0.05)
        self.cdp('Input.dispatchMouseEvent', {'type': 'mouseReleased', 'x': x, 'y': y, 'button': 'left', 'clickCount': 1})

    def tap(self, label):
        g = self.target(label)
        p = [{'x': g['x'] + g['w'] / 2, 'y': g['y'] + g['h'] / 2}]
        self.cdp('Input.dispatchTouchEvent', {'type': 'touchStart', 'touchPoints': p})
        time.sleep(0.08)
        self.cdp('Input.dispatchTouchEvent', {'type': 'touchEnd', 'touchPoints': []})

    KEYS = {'Enter': ('Enter', 13, '\r'), 'Escape': ('Escape', 27, ''), 'Space': (' ', 32, ' '), 'Backspace': ('Backspace', 8, '')}

    def key(self, name):
        if name in self.KEYS:
            key, code, text = self.KEYS[name]
        else:
            key, code, text = name, ord(name.upper()), name
        codename = {'Enter': 'Enter', 'Escape': 'Escape', ' ': 'Space', 'Backspace': 'Backspace'}.get(key, ('Digit' if key.isdigit() else 'Key') + key.upper())
        base = {'key': key, 'code': codename, 'windowsVirtualKeyCode': code, 'nativeVirtualKeyCode': code}
        self.cdp('Input.dispatchKeyEvent', {'type': 'keyDown', **base, **({'text': text} if text else {})})
        time.sleep(0.04)
        self.cdp('Input.dispatchKeyEvent', {'type': 'keyUp', **base})

    def screenshot(self, path):
        with open(path, 'wb') as f:
            f.write(base64.b64decode(self.cdp('Page.captureScreenshot', {'format': 'png'})['data']))


BAR = ('History', 'Essay', 'Glossary', 'Settings', 'Menu')


def choices_of(t, width):
    """The story's choices among the screen's targets: the wide buttons under the text."""
    return [g for g in t['targets'] if g['label'] not in BAR and g['w'] >= 0.4 * width]


def native_text(native, args, size='1280x720'):
    """The native game's screen text for the same state (--screenshot mode)."""
    if native == 'none':  # while developing: no native build at hand
        return None
    data = tempfile.mkdtemp(prefix='skyweb-native-')
    try:
        with open(os.path.join(data, 'settings.json'), 'w') as f:
            json.dump({'format': 'skywatch-settings', 'text_speed': 3}, f)
        env = os.environ | {'SKY_SCREEN_TEXT': os.path.join(data, 'text.json')}
        cmd = [os.path.join(native, 'skywatch'), '--data-dir', data, '--content', os.path.join(ROOT, 'content'),
               '--size', size, '--screenshot', os.path.join(data, 'shot.png'), *args]
        xvfb = shutil.which('xvfb-run')
        subprocess.run(([xvfb, '-a', '-s', '-screen 0 1920x1080x24'] if xvfb and 'DISPLAY' not in os.environ else []) + cmd,
                       env=env, check=True, capture_output=True, timeout=90)
        with open(os.path.join(data, 'text.json')) as f:
            return json.load(f)
    finally:
        shutil.rmtree(data, ignore_errors=True)


def instant_text(b):
    """Settings: instant text, so every step is quick (and written the way the game writes)."""
    b.js('FS.mkdirTree("/data/skywatch"); FS.writeFile("/data/skywatch/settings.json", arguments[0]);',
         json.dumps({'format': 'skywatch-settings', 'text_speed': 3}))


def sync_storage(b):
    b.d.execute_async_script('var done = arguments[arguments.length - 1]; FS.syncfs(false, function (e) { done(String(e || "")); });')


def check(cond, what):
    if not cond:
        raise AssertionError(what)
    print('ok: ' + what)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--site', required=True)
    ap.add_argument('--native', required=True, help='the native build/bin (skywatch, imgdiff)')
    ap.add_argument('--out', default=tempfile.mkdtemp(prefix='skyweb-out-'))
    ap.add_argument('--update-golden', action='store_true')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    site = Site(a.site)
    try:
        play_and_reload(site, a)
        screen_reader(site)
        phone(site)
        bad_input(a.site)
    finally:
        site.close()
    print('all browser checks passed')


def play_and_reload(site, a):
    b = Browser()
    try:
        b.d.set_script_timeout(30)
        b.d.get(site.url + f'?seed={SEED}')
        b.wait(lambda: b.screen() == 'title', 'the title screen')
        t = b.settled('title')
        native = native_text(a.native, ['--seed', str(SEED)])
        if native:
            check(t['lines'] == native['lines'], 'the title screen\'s text equals the native game\'s, line for line')

        shot = os.path.join(a.out, 'title.png')
        b.screenshot(shot)
        golden = os.path.join(GOLDEN, 'title.png')
        if a.update_golden:
            shutil.copy(shot, golden)
        if a.native == 'none':
            print('skipped: the golden screenshot (no native imgdiff)')
        else:
          r = subprocess.run([os.path.join(a.native, 'imgdiff'), golden, shot, '--threshold', '24', '--max-fraction', '0.002',
                            '--diff', os.path.join(a.out, 'title-diff.png')], capture_output=True, text=True)
          check(r.returncode == 0, f'the title screen matches its golden screenshot ({r.stdout.strip() or r.stderr.strip()})')

        # Instant text, then a new game by a click.
        instant_text(b)
        b.d.refresh()
        b.wait(lambda: b.screen() == 'title', 'the title screen after the settings')
        b.settled('title')
        b.click('New game')
        b.wait(lambda: b.screen() == 'play' and b.save() is not None, 'a new game')
        check(b.save()['path'] == [] or len(b.save()['path']) == 0, 'a click on New game starts a new game')

        # Keys: choose with the number keys until a few steps are taken.
        for n in range(4):
            before = len(b.save()['path'])
            b.settled('play')
            b.key('1')
            b.wait(lambda: len(b.save()['path']) > before or b.screen() != 'play', f'step {n + 1} by the key 1')
            if b.screen() != 'play':  # a lens card or similar: Escape or a click closes it
                b.settled()
                b.key('Escape')
        steps = len(b.save()['path'])
        check(steps >= 4, f'the number keys played {steps} steps')

        # A click on the first choice (after a click closes a lens card, if one is up).
        t = b.settled('play')
        if any(g['label'].startswith('rests on') for g in t['targets']):
            b.click('Continue')
            b.wait(lambda: not any(g['label'].startswith('rests on') for g in b.text()['targets']), 'the lens card to close')
            print('ok: a click closes the lens card')
            b.settled('play')
        before = len(b.save()['path'])
        b.click(choices_of(b.text(), 1280)[0]['label'])
        b.wait(lambda: len(b.save()['path']) > before, 'a step by a click')
        print('ok: a click chooses')

        # The panels by their keys, each closed again by the same key.
        for k, screen in (('h', 'history'), ('e', 'essay'), ('g', 'glossary'), ('s', 'settings')):
            b.settled()
            if b.screen() != 'play':
                b.key('Escape')
                b.wait(lambda: b.screen() == 'play', 'the story again')
            b.key(k)
            b.wait(lambda: b.screen() == screen, f'the {screen} panel by {k.upper()}')
            b.key(k)
            b.wait(lambda: b.screen() == 'play', f'the story after {screen}')
        print('ok: H, E, G and S open and close their panels')

        # Reload: the save is in IndexedDB, and Continue goes on from it.
        passage, steps = b.save()['passage'], len(b.save()['path'])
        time.sleep(1)  # the debounced save to IndexedDB
        b.d.refresh()
        b.wait(lambda: b.screen() == 'title', 'the title screen after reload')
        check(b.save() and b.save()['passage'] == passage, 'the save survived the reload (IndexedDB)')
        b.settled('title')
        b.click('Continue')
        b.wait(lambda: b.screen() == 'play', 'the story after Continue')
        check(b.save()['passage'] == passage and len(b.save()['path']) == steps, f'Continue goes on at {passage}')

        # The same state in the native game shows the same text.
        b.settled('play')
        mine = b.text()
        native = native_text(a.native, ['--seed', str(SEED), '--choices', ','.join('1' * steps)])
        native and check(native['lines'] == mine['lines'], 'the story\'s screen text equals the native game\'s after the same '
              f'{steps} choices ({[l for l in mine["lines"] if l not in native["lines"]][:3]})')

        # The journey report, exported from the menu, arrives as browser downloads.
        b.key('Escape')
        b.wait(lambda: b.screen() == 'menu', 'the menu')
        b.settled('menu')
        b.click('Your journey')
        b.wait(lambda: b.screen() == 'journey', 'the journey panel')
        for _ in range(12):  # the export button is at the foot of the panel
            b.cdp('Input.dispatchMouseEvent', {'type': 'mouseWheel', 'x': 640, 'y': 400, 'deltaX': 0, 'deltaY': 300})
            time.sleep(0.1)
        b.settled('journey')
        b.click('Export your journey')
        b.wait(lambda: 'journey.md' in (b.js('return window.skyDownloads') or []), 'the journey report as a download')
        check(sorted(b.js('return window.skyDownloads')) == ['journey.md', 'lens-pattern.png'],
              'the journey report and its picture are offered as downloads')

        # The address's modes.
        b.d.get(site.url + '?mode=kiosk')
        b.wait(lambda: b.screen() == 'attract', 'the kiosk\'s attract screen')
        check('Touch to begin' in [g['label'] for g in b.settled('attract')['targets']], '?mode=kiosk opens the kiosk')
        b.d.get(site.url + '?mode=classroom&new=1')
        b.wait(lambda: b.screen() == 'play' and b.read('/data/skywatch/classroom-autosave.json'), 'a classroom game')
        print('ok: ?mode=classroom&new=1 starts a classroom game (its own save)')

        errors = b.errors()
        check(not errors, f'no console errors ({errors[:3]})')
    finally:
        b.close()


def ax_nodes(b):
    """Chromium's accessibility tree (what a screen reader is given) in reading order (depth
    first from the root), without ignored nodes."""
    nodes = b.cdp('Accessibility.getFullAXTree')['nodes']
    by_id = {n['nodeId']: n for n in nodes}
    roots = [n for n in nodes if not n.get('parentId')]
    out, stack = [], list(reversed(roots))
    while stack:
        n = stack.pop()
        if not n.get('ignored'):
            out.append(n)
        stack += [by_id[c] for c in reversed(n.get('childIds', [])) if c in by_id]
    return out


def ax_names(nodes, *roles):
    return [n['name']['value'] for n in nodes if n.get('role', {}).get('value') in roles and n.get('name', {}).get('value')]


def squash(text):
    """White space as HTML shows it (runs of spaces are one)."""
    return ' '.join(text.split())


def live_region(b):
    """The paragraphs of the mirror's live region, as the page holds them."""
    return b.js('var e = document.querySelector("#mirror [aria-live=polite]");'
                'return e ? Array.from(e.children).map(function (c) { return c.textContent; }) : null;')


def mirror_shows(b, t):
    """The accessibility tree holds every line of screen text `t` as text, and its story
    choices as buttons, in order, with the canvas's exact words. Returns the tree."""
    nodes = ax_nodes(b)
    texts = {squash(x) for x in ax_names(nodes, 'StaticText')}
    missing = [l for l in t['lines'] if l.strip() and squash(l) not in texts]
    check(not missing, f'on {t["screen"]}, every line of the canvas is text in the accessibility tree '
          f'({len(t["lines"])} lines; missing {missing[:3]})')
    buttons = ax_names(nodes, 'button')
    labels = [g['label'] for g in t['targets']]
    absent = [l for l in labels if l not in buttons]
    check(not absent, f'on {t["screen"]}, every button of the canvas is a button in the accessibility tree, by name '
          f'({len(labels)}; missing {absent[:3]})')
    return nodes


def mirror_settled(b, screen):
    """The screen has settled and the page's mirror has caught up with it."""
    t = b.settled(screen)
    b.wait(lambda: squash(b.js('return document.getElementById("mirror-heading").textContent')) == squash(t['lines'][0]),
           f'the mirror\'s heading for {screen}')
    return b.text()


def press_mirror(b, label):
    """Clicks the mirror's (not the canvas's) button named `label`, through the DOM."""
    found = b.js('var label = arguments[0], e = Array.from(document.querySelectorAll("#mirror button")).find(function (e) {'
                 ' return e.textContent === label && !e.disabled; }); if (e) e.click(); return !!e;', label)
    if not found:
        names = b.js('return Array.from(document.querySelectorAll("#mirror button")).map(function (e) { return e.textContent; })')
        raise AssertionError(f'no mirror button {label!r} to press: {names}')


def screen_reader(site):
    b = Browser()
    try:
        b.d.set_script_timeout(30)
        b.d.get(site.url + f'?seed={SEED}')
        b.wait(lambda: b.screen() == 'title', 'the title screen')
        instant_text(b)
        sync_storage(b)
        b.d.refresh()
        b.wait(lambda: b.screen() == 'title', 'the title screen after the settings')
        mirror_shows(b, mirror_settled(b, 'title'))
        press_mirror(b, 'New game')
        b.wait(lambda: b.screen() == 'play' and b.save() is not None, 'a new game')
        print('ok: the mirror\'s New game starts a game (the game clicks its own button)')
        t = mirror_settled(b, 'play')
        nodes = mirror_shows(b, t)
        check(any(n.get('role', {}).get('value') == 'image' and n.get('name', {}).get('value', '').startswith('The Sky Is Watching')
                  for n in nodes), 'the canvas is an image with a name, not an unlabelled graphic')
        check(squash(t['lines'][0]) in [squash(h) for h in ax_names(nodes, 'heading')],
              f'the screen\'s title is a heading ({t["lines"][0]!r})')
        choices = [g['label'] for g in choices_of(t, 1280)]
        buttons = ax_names(nodes, 'button')
        check(choices and buttons[:len(choices)] == choices,
              f'the story\'s {len(choices)} choices are the first buttons, in order, with the canvas\'s words ({buttons[:len(choices)]})')
        check(any(p.get('name') == 'live' and p.get('value', {}).get('value') == 'polite' for n in nodes for p in n.get('properties', [])),
              'the accessibility tree has a polite live region')
        before = live_region(b)
        check(before and all(squash(p) in {squash(l) for l in t['lines']} for p in before),
              f'the live region holds the passage on screen ({len(before or [])} paragraphs)')
        check(b.js('return document.getElementById("mirror").lang') == 'en', 'the mirror says it is English')

        # Enter on the mirror's first choice: one step, exactly as a choice in the canvas.
        b.js('document.querySelector("#mirror-choices button").focus()')
        check(b.js('return document.activeElement.textContent') == choices[0], 'the first choice button takes the keyboard focus')
        b.key('Enter')
        b.wait(lambda: len(b.save()['path']) == 1, 'a step by Enter on the mirror\'s first choice')
        b.wait(lambda: live_region(b) != before, 'the live region to change')
        t = mirror_settled(b, 'play')
        time.sleep(0.5)
        check(len(b.save()['path']) == 1, 'Enter on a mirror button is not also taken by the canvas (one step, not two)')
        after = live_region(b)
        check(after and all(squash(p) in {squash(l) for l in t['lines']} for p in after) and after != before,
              f'the live region changes to what is on screen next ({after[:2]})')
        mirror_shows(b, t)
        check(b.js('return document.getElementById("mirror").contains(document.activeElement)'),
              'the keyboard focus stays in the mirror after its buttons are rebuilt')

        def mirror_click(k):
            before, steps = live_region(b), len(b.save()['path'])
            b.js('document.querySelectorAll("#mirror-choices button")[arguments[0]].click()', k)
            b.wait(lambda: len(b.save()['path']) == steps + 1, f'a step by a click on mirror choice {k + 1}')
            b.wait(lambda: live_region(b) != before, 'the live region to change after a click')
            return mirror_settled(b, 'play')

        def mirror_choices():
            return b.js('return Array.from(document.querySelectorAll("#mirror-choices button")).map(function (e) {'
                        ' return e.textContent; })')

        # Clicks on the mirror's first choice until a passage offers several choices.
        for _ in range(8):
            if len(choices_of(t, 1280)) >= 2:
                break
            t = mirror_click(0)
        labels = [g['label'] for g in choices_of(t, 1280)]
        check(len(labels) >= 2 and mirror_choices() == labels, f'the mirror lists the canvas\'s {len(labels)} choices, in order')
        # The second choice by the mirror; then the same in the canvas: undo (Backspace), key 2.
        steps = len(b.save()['path'])
        t = mirror_click(1)
        mine = b.save()
        b.js('document.getElementById("canvas").focus()')
        b.key('Backspace')
        b.wait(lambda: len(b.save()['path']) == steps, 'the step undone by Backspace')
        b.settled('play')
        b.key('2')
        b.wait(lambda: len(b.save()['path']) == steps + 1, 'the step by the key 2')
        check(b.save()['path'] == mine['path'] and b.save()['passage'] == mine['passage'],
              f'the mirror\'s second choice takes the same step as the key 2 in the canvas ({mine["passage"]})')

        # Clicks on the mirror's first choice until a lens card opens; each step is announced.
        t = mirror_settled(b, 'play')
        for _ in range(8):
            if any(g['label'].startswith('rests on') for g in t['targets']):
                break
            t = mirror_click(0)
        check(any(g['label'].startswith('rests on') for g in t['targets']), 'clicks on mirror choices reached a lens card')
        mirror_shows(b, t)
        check(any('lenses read this' in p for p in live_region(b)), 'the live region reads the lens card as it opens')
        # Its Continue is a mirror button too: the game clicks the canvas's own button.
        press_mirror(b, 'Continue')
        b.wait(lambda: not any(g['label'].startswith('rests on') for g in b.text()['targets']), 'the lens card to close')
        print('ok: the mirror\'s Continue closes the lens card')
        t = mirror_settled(b, 'play')
        mirror_shows(b, t)
        check(mirror_choices() == [g['label'] for g in choices_of(t, 1280)],
              'the mirror\'s choices follow the canvas after a step taken in the canvas')
        # A panel from the bar: its name becomes the heading.
        press_mirror(b, 'History')
        b.wait(lambda: b.screen() == 'history', 'the history panel by the mirror\'s History')
        mirror_shows(b, mirror_settled(b, 'history'))
        print('ok: the mirror\'s History opens the panel, and the mirror follows it')

        cost = b.js('return sky.mirrorCost')
        js = b.js('return sky.mirror')
        print(f'measure: mirror build+compare {cost["totalMs"] / max(1, cost["checks"]):.3f} ms per drawn frame '
              f'({cost["checks"]} frames, max {cost["maxMs"]:.2f} ms), handed to the page {cost["sent"]} times; '
              f'page update {js["renderMs"] / max(1, js["renders"]):.2f} ms each ({js["renders"]})')

        # The kiosk's attract screen is read as it opens; its turning card replaces the text
        # quietly (not announced every few seconds); a visit's first passage is announced.
        b.d.get(site.url + '?mode=kiosk')
        b.wait(lambda: b.screen() == 'attract', 'the kiosk\'s attract screen')
        t = mirror_settled(b, 'attract')
        first = live_region(b)
        check(first and all(squash(p) in {squash(l) for l in t['lines']} for p in first),
              f'the live region reads the attract screen as it opens ({first[-2:]})')
        b.wait(lambda: b.text()['lines'] != t['lines'], 'the attract card to turn', timeout=40)
        b.wait(lambda: b.js('return document.getElementById("mirror-quiet").children.length') > 0, 'the turned card in the mirror')
        check(live_region(b) == [], 'the turned card is not announced again (the live region is left empty)')
        mirror_shows(b, b.text())
        press_mirror(b, 'Touch to begin')
        b.wait(lambda: b.screen() == 'play', 'a visit by the mirror\'s Touch to begin')
        b.wait(lambda: live_region(b), 'the visit\'s first passage in the live region')
        t = mirror_settled(b, 'play')
        check(all(squash(p) in {squash(l) for l in t['lines']} for p in live_region(b)), 'the visit\'s first passage is announced')

        # In Chinese: the mirror says so, and carries the Chinese text.
        b.js('FS.writeFile("/data/skywatch/settings.json", arguments[0]);',
             json.dumps({'format': 'skywatch-settings', 'text_speed': 3, 'language': 'zh'}))
        sync_storage(b)
        b.d.get(site.url + f'?seed={SEED}&new=1')
        b.wait(lambda: b.screen() == 'play', 'a new game in Chinese')
        t = mirror_settled(b, 'play')
        check(any('\u4e00' <= c <= '\u9fff' for c in t['lines'][0]), f'the game shows Chinese ({t["lines"][0]})')
        check(b.js('return document.getElementById("mirror").lang') == 'zh', 'the mirror has lang="zh" when the game is in Chinese')
        nodes = mirror_shows(b, t)
        check(any(n.get('role', {}).get('value') == 'image' and n.get('name', {}).get('value', '').startswith('天在看') for n in nodes),
              'the canvas\'s name is in Chinese too')
        errors = b.errors()
        check(not errors, f'no console errors with the mirror ({errors[:3]})')
    finally:
        b.close()


def phone(site):
    b = Browser(390, 844, ratio=3, mobile=True)
    try:
        b.d.get(site.url + f'?seed={SEED}&new=1')
        b.wait(lambda: b.screen() == 'play', 'a new game on a phone (?new=1)')
        instant_text(b)
        t = b.settled('play')
        w = b.js('return [document.getElementById("canvas").width, window.innerWidth, window.devicePixelRatio]')
        check(w[0] == w[1] * 3, f'the canvas has devicePixelRatio 3 pixels ({w[0]} for {w[1]} CSS px)')
        choices = choices_of(t, 390)
        small = [g for g in choices if g['h'] < 44]
        check(choices and not small, f'choices on a phone are at least 44 px tall ({[(g["label"][:20], g["h"]) for g in small]})')
        right = max(g['x'] + g['w'] for g in t['targets'])
        check(right <= 390 + 0.5, f'nothing is placed beyond the phone\'s width (rightmost edge {right})')
        before = len(b.save()['path'])
        b.tap(choices[0]['label'])
        b.wait(lambda: len(b.save()['path']) > before or b.screen() != 'play', 'a step by a tap')
        print('ok: a tap chooses')
        errors = b.errors()
        check(not errors, f'no console errors on the phone ({errors[:3]})')
    finally:
        b.close()


def bad_input(site_dir):
    # A corrupted save in storage: set aside with a message, kept byte for byte.
    site = Site(site_dir)
    b = Browser()
    try:
        b.d.set_script_timeout(30)
        b.d.get(site.url)
        b.wait(lambda: b.screen() == 'title', 'the title screen')
        junk = '{"format": "skywatch-save", this is not JSON'
        b.js('FS.mkdirTree("/data/skywatch"); FS.writeFile("/data/skywatch/autosave.json", arguments[0]);', junk)
        sync_storage(b)
        b.d.refresh()
        b.wait(lambda: b.screen() == 'title', 'the title screen with a damaged save')
        b.settled('title')
        b.click('Continue')
        b.wait(lambda: any('could not be read' in l for l in b.text()['lines']), 'the message about the damaged save')
        time.sleep(1)  # the debounced save to IndexedDB
        b.d.refresh()
        b.wait(lambda: b.screen() == 'title', 'the title screen after the damaged save')
        kept = b.read('/data/skywatch/autosave.json.unreadable-1')
        check(kept == junk, 'a corrupted save is set aside with a message, and kept as it was across a reload')
        b.settled('title')
        b.click('New game')
        b.wait(lambda: b.screen() == 'play', 'a new game after the damaged save')
        check(not b.errors(), 'no console errors with a damaged save')
    finally:
        b.close()
        site.close()

    # Blocked storage (private mode): a message, and the game plays in memory.
    site = Site(site_dir)
    b = Browser(before_load='Object.defineProperty(window, "indexedDB", {get() { throw new DOMException("blocked", "SecurityError"); }});')
    try:
        b.d.get(site.url + '?new=1')
        b.wait(lambda: b.screen() == 'play', 'the story with storage blocked')
        check('progress is lost when the tab closes' in b.message(), 'blocked storage gets a clear message and the game plays')
    finally:
        b.close()
        site.close()

    # A missing font: a message, and the game plays with a plainer one.
    site = Site(site_dir, drop=['fonts/NotoSerif-Regular.ttf'])
    b = Browser()
    try:
        b.d.get(site.url)
        b.wait(lambda: b.screen() == 'title', 'the title screen without a font')
        check('NotoSerif-Regular.ttf' in b.message(), 'a missing font gets a message naming it, and the game starts')
    finally:
        b.close()
        site.close()

    # A missing data file: a clear message naming it, not a blank page.
    site = Site(site_dir, drop=['skywatch-data.json'])
    b = Browser()
    try:
        b.d.get(site.url)
        b.wait(lambda: 'skywatch-data.json' in b.message(), 'the message about the missing data')
        check('404' in b.message(), 'a missing data file gets a clear message naming it')
    finally:
        b.close()
        site.close()


if __name__ == '__main__':
    main()
