package py

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestImports(t *testing.T) {
	sources := map[string]string{
		"helper":     "VALUE = 41\ndef inc(x):\n    return x + 1\n_private = 1\n",
		"pkg":        "__path__ = []\nNAME = 'pkg'\n",
		"pkg.sub":    "from . import NAME as parent\nX = parent + '.sub'\n",
		"broken":     "raise ValueError('broken at import')\n",
		"selfimport": "import selfimport\nOK = selfimport is not None\n",
	}
	var out strings.Builder
	in := NewInterp(Options{Filename: "main.py",
		Stdout: func(s string) { out.WriteString(s) },
		Modules: map[string]func(in *Interp) (*Module, error){
			"gomod": func(in *Interp) (*Module, error) {
				m := NewModule("gomod")
				m.Dict.SetStr(Intern("answer"), Int(42))
				return m, nil
			},
		},
		ModuleSource: func(name string) ([]byte, bool) {
			s, ok := sources[name]
			return []byte(s), ok
		},
	})
	src := `import helper
from helper import inc, VALUE
print(inc(VALUE), helper.VALUE)
import gomod
from gomod import answer
print(gomod.answer, answer)
import pkg.sub
print(pkg.sub.X)
from pkg.sub import X
print(X)
from helper import *
print(inc(1))
try:
    _private
except NameError as e:
    print(e)
import sys
print('helper' in sys.modules, sys.modules['helper'] is helper)
import selfimport
print(selfimport.OK)
for stmt in ("import nosuch", "from helper import nosuch", "import gomod.sub", "import broken", "from gomod import missing"):
    try:
        exec_ = __import__  # exec() is not available: use __import__ forms
        if stmt == "import nosuch":
            import nosuch
        elif stmt == "from helper import nosuch":
            from helper import nosuch
        elif stmt == "import gomod.sub":
            import gomod.sub
        elif stmt == "import broken":
            import broken
        else:
            from gomod import missing
    except Exception as e:
        print(type(e).__name__ + ":", e)
print('broken' in sys.modules)
`
	err := RunSource(in, []byte(src))
	require.NoError(t, err)
	assert.Equal(t, `42 41
42 42
pkg.sub
pkg.sub
2
name '_private' is not defined
True True
True
ModuleNotFoundError: No module named 'nosuch'
ImportError: cannot import name 'nosuch' from 'helper' (unknown location)
ModuleNotFoundError: No module named 'gomod.sub'; 'gomod' is not a package
ValueError: broken at import
ImportError: cannot import name 'missing' from 'gomod' (unknown location)
False
`, out.String())
}

func TestSysModule(t *testing.T) {
	out, errOut, code := runProgram(t, `import sys
print(sys.version_info >= (3, 11), sys.version_info.minor, sys.platform, sys.implementation.name)
print(sys.getrecursionlimit(), sys.argv, sys.maxsize)
sys.stdout.write("w\n")
print("to err", file=sys.stderr)
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
c = Cap()
old = sys.stdout
sys.stdout = c
print("captured", 1)
sys.stdout = old
print(c.parts)
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
print(sys.exc_info())
sys.exit(3)
`)
	assert.Equal(t, "True 11 linux aioplay\n1000 ['main.py'] 9223372036854775807\nw\n['captured', ' ', '1', '\\n']\nKeyError KeyError\n(None, None, None)\n", out)
	assert.Equal(t, "to err\n", errOut)
	assert.Equal(t, 3, code)
}
