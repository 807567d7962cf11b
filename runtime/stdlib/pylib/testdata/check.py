"""Compare aioplay's pylib modules with CPython 3.11's standard library.

Run with CPython 3.11 (never by go test):

    python3.11 -S -E runtime/stdlib/pylib/testdata/check.py [-v] [NAME ...]
    python3.11 -S -E runtime/stdlib/pylib/testdata/check.py --corpus
    python3.11 -S -E runtime/stdlib/pylib/testdata/check.py --vm /tmp/aioplay

Each scenario in testdata/scenarios/*.py and each listed corpus program is
run twice in a subprocess: once with CPython's own modules and once with
pylib's modules shadowing them (shadow.py). Their stdout, and the last line
of stderr, must be identical (memory addresses are masked). Corpus programs
are also compared with their recorded .out file. --corpus runs the whole
tests/corpus with pylib shadowing and compares with the .out files only.
--vm BINARY runs the scenarios with aioplay's CLI (go build ./cmd/aioplay)
instead, comparing its stdout with CPython's.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
CORPUS = os.path.join(REPO, 'tests', 'corpus')
# The corpus was recorded with CPython 3.11.7; a few library details (enum
# Flag) differ in older 3.11 releases. PYTHON=... picks the interpreter.
PYTHON = os.environ.get('PYTHON') or 'python3.11'

CORPUS_PROGRAMS = [
    'lang_dataclasses', 'lang_collections', 'lang_functools', 'lang_itertools',
    'lang_random_seeded', 'alang_asynccontextmanager', 'sync_priority_dataclass',
]

_addr = re.compile(r'0x[0-9a-fA-F]+')


def run(argv, cwd):
    p = subprocess.run([PYTHON, '-S', '-E'] + argv, cwd=cwd, capture_output=True,
                       text=True, timeout=300)
    err = [line for line in p.stderr.splitlines() if line.strip()]
    last = err[-1] if err else ''
    return _addr.sub('0x?', p.stdout), _addr.sub('0x?', last)


def diff(a, b):
    al, bl = a.splitlines(), b.splitlines()
    out = []
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else '<missing>'
        y = bl[i] if i < len(bl) else '<missing>'
        if x != y:
            out.append('    line %d\n      cpython: %s\n      pylib:   %s' % (i + 1, x, y))
    return '\n'.join(out[:20])


def check(path, cwd, expected=None, verbose=False):
    name = os.path.splitext(os.path.basename(path))[0]
    real_out, real_err = run([path], cwd)
    ours_out, ours_err = run([os.path.join(HERE, 'shadow.py'), path], cwd)
    problems = []
    if real_out != ours_out:
        problems.append('stdout differs from CPython:\n' + diff(real_out, ours_out))
    if real_err != ours_err:
        problems.append('stderr differs:\n      cpython: %s\n      pylib:   %s' % (real_err, ours_err))
    if expected is not None and ours_out != expected:
        problems.append('stdout differs from the recorded .out:\n' + diff(expected, ours_out))
    if problems:
        print('FAIL', name)
        for p in problems:
            print('  ' + p)
        return False
    print('ok  ', name, '(%d lines)' % len(ours_out.splitlines()) if verbose else '')
    return True


def check_whole_corpus():
    """Run every corpus program with pylib shadowing the standard library
    and compare its stdout with the recorded .out file."""
    ok = True
    names = sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith('.py'))
    for name in names:
        with open(os.path.join(CORPUS, name + '.out'), encoding='utf-8') as f:
            expected = f.read()
        out, _ = run([os.path.join(HERE, 'shadow.py'), os.path.join(CORPUS, name + '.py')], CORPUS)
        if out != _addr.sub('0x?', expected):
            ok = False
            print('FAIL', name)
            print(diff(_addr.sub('0x?', expected), out))
    print('%d corpus programs: %s' % (len(names), 'all ok' if ok else 'some FAILED'))
    return 0 if ok else 1


def check_vm(binary, only):
    """Run the scenarios with the aioplay CLI and compare with CPython."""
    scen_dir = os.path.join(HERE, 'scenarios')
    ok = True
    for fn in sorted(os.listdir(scen_dir)):
        if not fn.endswith('.py') or (only and fn[:-3] not in only):
            continue
        path = os.path.join(scen_dir, fn)
        real_out, _ = run([path], scen_dir)
        p = subprocess.run([binary, path], cwd=scen_dir, capture_output=True, text=True,
                           timeout=300)
        err = [line for line in p.stderr.splitlines() if line.strip()]
        if _addr.sub('0x?', p.stdout) == real_out:
            print('ok  ', fn[:-3])
            continue
        ok = False
        print('FAIL', fn[:-3], '::', err[-1] if err else '')
        print(diff(real_out, _addr.sub('0x?', p.stdout)))
    print('all ok' if ok else 'some checks FAILED')
    return 0 if ok else 1


def main(args):
    print('reference interpreter:', PYTHON)
    if '--corpus' in args:
        return check_whole_corpus()
    if '--vm' in args:
        i = args.index('--vm')
        return check_vm(args[i + 1], args[:i] + args[i + 2:])
    verbose = '-v' in args
    only = [a for a in args if not a.startswith('-')]
    scen_dir = os.path.join(HERE, 'scenarios')
    ok = True
    for fn in sorted(os.listdir(scen_dir)):
        if not fn.endswith('.py'):
            continue
        if only and fn[:-3] not in only:
            continue
        ok &= check(os.path.join(scen_dir, fn), scen_dir, verbose=verbose)
    for name in CORPUS_PROGRAMS:
        if only and name not in only:
            continue
        with open(os.path.join(CORPUS, name + '.out'), encoding='utf-8') as f:
            expected = f.read()
        ok &= check(os.path.join(CORPUS, name + '.py'), CORPUS, expected, verbose=verbose)
    print('all ok' if ok else 'some checks FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
