#!/usr/bin/python3
"""Finishes build-web/site for scripts/web: the story's data as one JSON file, the fonts
subset to the glyphs the game can show (pyftsubset, from Debian's fonttools), and the
service worker's list of files with a build name that changes with their contents."""
import argparse, hashlib, json, pathlib, re, subprocess, sys

NOTO = pathlib.Path('/usr/share/fonts/truetype/noto')
FACES = ['NotoSerif-Regular.ttf', 'NotoSerif-Italic.ttf', 'NotoSerif-Bold.ttf', 'NotoSans-Regular.ttf', 'NotoSans-Bold.ttf']
CJK_DIR = pathlib.Path('/usr/share/fonts/opentype/noto')
CJK_FACES = ['NotoSerifCJK-Regular.ttc', 'NotoSerifCJK-Bold.ttc', 'NotoSansCJK-Regular.ttc']


def strings(value, out):
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, list):
        for v in value:
            strings(v, out)
    elif isinstance(value, dict):
        for k, v in value.items():
            out.append(k)
            strings(v, out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', required=True)
    ap.add_argument('--site', required=True)
    a = ap.parse_args()
    root, site = pathlib.Path(a.root), pathlib.Path(a.site)

    # The story: every content file, as text, in one request.
    files, text = {}, []
    for f in sorted((root / 'content').rglob('*.json')):
        rel = f.relative_to(root).as_posix()
        files[rel] = f.read_text(encoding='utf-8')
        strings(json.loads(files[rel]), text)
    (site / 'skywatch-data.json').write_text(json.dumps(files, ensure_ascii=False, separators=(',', ':')), encoding='utf-8')

    # Every glyph the game can draw: the content, the interface's own strings (the string
    # literals of the game's sources), Latin-1 (Dear ImGui's default range) and a few marks.
    for src in sorted((root / 'game').rglob('*.cpp')):
        text += re.findall(r'"((?:[^"\\\n]|\\.)*)"', src.read_text(encoding='utf-8'))
    chars = set(''.join(text)) | {chr(c) for c in range(0x20, 0x100)} | set('\u2026\u2014\u00b7\u2018\u2019\u201c\u201d\u2013')
    latin = ''.join(sorted(c for c in chars if not 0x2E80 <= ord(c) <= 0xFFEF and c.isprintable()))
    cjk = ''.join(sorted(c for c in chars if 0x2E80 <= ord(c) <= 0xFFEF))
    fonts = site / 'fonts'
    fonts.mkdir(exist_ok=True)
    names = []

    def subset(src, out, glyphs, extra=()):
        tf = fonts / (out + '.txt')
        tf.write_text(glyphs, encoding='utf-8')
        subprocess.run([sys.executable, '-m', 'fontTools.subset', str(src), '--text-file=' + str(tf), '--output-file=' + str(fonts / out),
                        '--layout-features=', '--no-hinting', '--desubroutinize', '--notdef-outline', *extra],
                       check=True)
        tf.unlink()
        names.append(out)

    for face in FACES:
        if (NOTO / face).exists():
            subset(NOTO / face, face, latin)
        else:
            print(f'web_site: {NOTO / face} is missing (fonts-noto-core); the page will use a plainer font', file=sys.stderr)
    # The native game's Chinese faces (Noto Serif CJK SC beside the serif, Noto Sans CJK SC
    # beside the sans: face 2 of each collection), each as one subset font.
    for face in CJK_FACES:
        if (CJK_DIR / face).exists() and cjk:
            subset(CJK_DIR / face, face.replace('.ttc', '.ttf'), cjk, ['--font-number=2'])
        else:
            print(f'web_site: {CJK_DIR / face} is missing (fonts-noto-cjk); Chinese will show as boxes', file=sys.stderr)
    (fonts / 'fonts.json').write_text(json.dumps(names))

    # The service worker: the whole site, under a name that changes with any file.
    listed = sorted(p.relative_to(site).as_posix() for p in site.rglob('*') if p.is_file())
    digest = hashlib.sha256()
    for p in listed:
        digest.update(p.encode() + b'\0' + (site / p).read_bytes())
    sw = (root / 'game/web/service-worker.js').read_text(encoding='utf-8')
    sw = sw.replace('@BUILD@', digest.hexdigest()[:12]).replace('@FILES@', json.dumps(['./'] + listed))
    (site / 'service-worker.js').write_text(sw, encoding='utf-8')
    print(f'web_site: {len(listed) + 1} files; fonts subset to {len(latin)} Latin and {len(cjk)} Chinese characters')


if __name__ == '__main__':
    main()
