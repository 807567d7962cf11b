# Regenerates the golden files of the syntax tests with CPython 3.11:
#   cd runtime/syntax && /usr/bin/python3.11 testdata/gen_golden.py
# The tests themselves never run Python.
import ast, glob, json, os

here = os.path.dirname(os.path.abspath(__file__))

def verdict(src):
    try:
        ast.parse(src, 'main.py')
    except SyntaxError as e:
        return '%s|%s|%s|%s' % (type(e).__name__, e.lineno, e.offset, e.msg)
    except ValueError as e:
        return 'ValueError|%s' % e
    return 'OK'

cases = []
with open(os.path.join(here, 'errors.txt'), encoding='utf-8') as f:
    for line in f:
        line = line.rstrip('\n')
        if line and not line.startswith('#'):
            cases.append(json.loads(line))
with open(os.path.join(here, 'errors.golden'), 'w', encoding='utf-8') as f:
    for src in cases:
        f.write(verdict(src.encode('utf-8')) + '\n')

files = sorted(glob.glob(os.path.join(here, '..', '..', '..', 'tests', 'corpus', '*.py')))
files += sorted(glob.glob(os.path.join(here, 'parse', '*.py')))
out = os.path.join(here, 'golden')
os.makedirs(out, exist_ok=True)
for i, path in enumerate(files):
    with open(path, 'rb') as f:
        tree = ast.parse(f.read())
    name = os.path.basename(path)[:-3]
    if '/parse/' in path:
        name = 'parse_' + name
    with open(os.path.join(out, name + '.ast'), 'w', encoding='utf-8') as f:
        f.write(ast.dump(tree) + '\n')
    # Positions for a sample: the feature files and every 16th program.
    if '/parse/' in path or i % 16 == 0:
        with open(os.path.join(out, name + '.pos'), 'w', encoding='utf-8') as f:
            f.write(ast.dump(tree, include_attributes=True) + '\n')
