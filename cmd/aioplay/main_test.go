package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/runtime/interp"
)

func parse(t *testing.T, args ...string) (config, int, bool, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cfg, code, done := parseArgs(args, &stdout, &stderr)
	return cfg, code, done, stdout.String(), stderr.String()
}

func TestParseArgs(t *testing.T) {
	cfg, _, done, _, _ := parse(t, "prog.py", "--timeout", "3")
	require.False(t, done)
	assert.Equal(t, "prog.py", cfg.file)
	assert.Equal(t, []string{"prog.py", "--timeout", "3"}, cfg.argv, "options after the program belong to the program")
	assert.Zero(t, cfg.timeout)

	cfg, _, done, _, _ = parse(t, "--timeout", "2.5", "--clock=real:2", "--trace", "t.json", "prog.py", "a")
	require.False(t, done)
	assert.Equal(t, 2500*time.Millisecond, cfg.timeout)
	assert.Equal(t, interp.Clock{Real: true, Factor: 2}, cfg.clock)
	assert.Equal(t, "t.json", cfg.tracePath)
	assert.Equal(t, []string{"prog.py", "a"}, cfg.argv)

	cfg, _, done, _, _ = parse(t, "-c", "print(1)", "x")
	require.False(t, done)
	assert.True(t, cfg.hasCode)
	assert.Equal(t, "print(1)", cfg.code)
	assert.Equal(t, []string{"-c", "x"}, cfg.argv)

	cfg, _, done, _, _ = parse(t, "-")
	require.False(t, done)
	assert.Equal(t, "-", cfg.file, `"-" reads stdin`)

	cfg, _, done, _, _ = parse(t)
	require.False(t, done)
	assert.Equal(t, "", cfg.file, "no file reads stdin")
}

func TestParseArgsHelpAndErrors(t *testing.T) {
	for _, h := range []string{"--help", "-h", "-help"} {
		_, code, done, stdout, stderr := parse(t, h)
		assert.True(t, done)
		assert.Equal(t, 0, code, h)
		assert.Contains(t, stdout, "usage: aioplay", "%s prints the usage on stdout", h)
		assert.Empty(t, stderr)
	}
	for _, args := range [][]string{
		{"--timeout", "0", "p.py"},
		{"--timeout", "-1", "p.py"},
		{"--timeout", "soon", "p.py"},
		{"--clock", "wall", "p.py"},
		{"--frobnicate", "p.py"},
		{"-c"},
	} {
		_, code, done, stdout, stderr := parse(t, args...)
		assert.True(t, done, "%q", args)
		assert.Equal(t, 2, code, "bad usage exits 2: %q", args)
		assert.Empty(t, stdout)
		assert.True(t, strings.HasPrefix(stderr, "aioplay: "), "%q: %s", args, stderr)
		assert.Contains(t, stderr, "usage: aioplay")
	}
}

func TestReadProgram(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.py")
	require.NoError(t, os.WriteFile(path, []byte("print(1)\n"), 0o644))
	var stderr bytes.Buffer

	src, name, _, ok := readProgram(config{file: path}, nil, &stderr)
	require.True(t, ok)
	assert.Equal(t, "print(1)\n", string(src))
	assert.Equal(t, path, name, "an absolute path is kept")

	src, name, _, ok = readProgram(config{hasCode: true, code: "x = 1"}, nil, &stderr)
	require.True(t, ok)
	assert.Equal(t, "x = 1", string(src))
	assert.Equal(t, "<string>", name)

	src, name, _, ok = readProgram(config{file: "-"}, strings.NewReader("y = 2\n"), &stderr)
	require.True(t, ok)
	assert.Equal(t, "y = 2\n", string(src))
	assert.Equal(t, "<stdin>", name)

	missing := filepath.Join(dir, "missing.py")
	_, _, code, ok := readProgram(config{file: missing}, nil, &stderr)
	assert.False(t, ok)
	assert.Equal(t, 2, code, "as python3: status 2 for a file that cannot be opened")
	assert.Equal(t, "aioplay: can't open file '"+missing+"': [Errno 2] No such file or directory\n", stderr.String())
}

func TestScriptPathIsJoinedToTheWorkingDirectory(t *testing.T) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	assert.Equal(t, wd+"/x.py", scriptPath("x.py"))
	assert.Equal(t, wd+"/./x.py", scriptPath("./x.py"), "CPython does not clean the path")
	assert.Equal(t, "/abs/x.py", scriptPath("/abs/x.py"))
}

func TestConsoleFlushesStdoutBeforeStderr(t *testing.T) {
	dir := t.TempDir()
	both, err := os.Create(filepath.Join(dir, "both"))
	require.NoError(t, err)
	defer both.Close()
	c := newConsole(both, both)
	c.Stdout().Write([]byte("out 1\n"))
	c.Stdout().Write([]byte("out 2\n"))
	c.Stderr().Write([]byte("err 1\n"))
	c.Stdout().Write([]byte("out 3\n"))
	c.flush()
	b, err := os.ReadFile(both.Name())
	require.NoError(t, err)
	assert.Equal(t, "out 1\nout 2\nerr 1\nout 3\n", string(b))
}

func TestLazyFileIsCreatedOnFirstWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "trace.json")
	l := &lazyFile{path: path}
	require.NoError(t, l.Close())
	assert.NoFileExists(t, path, "nothing written: no file")

	l = &lazyFile{path: path}
	_, err := l.Write([]byte("[]"))
	require.NoError(t, err)
	require.NoError(t, l.Close())
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))

	bad := &lazyFile{path: filepath.Join(path, "not-a-dir", "x.json")}
	_, err = bad.Write([]byte("x"))
	assert.Error(t, err)
	assert.Error(t, bad.Close(), "the write error is reported at Close")
}

// cli runs the command in-process with files for its streams.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	dir := t.TempDir()
	open := func(name, content string) *os.File {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		require.NoError(t, err)
		t.Cleanup(func() { f.Close() })
		return f
	}
	in, out, errf := open("stdin", stdin), open("stdout", ""), open("stderr", "")
	code = runCLI(args, in, out, errf)
	o, err := os.ReadFile(out.Name())
	require.NoError(t, err)
	e, err := os.ReadFile(errf.Name())
	require.NoError(t, err)
	return code, string(o), string(e)
}

func TestCLI(t *testing.T) {
	code, out, errText := cli(t, "", "-c", "print('hi')\nimport sys\nprint(sys.argv)", "x")
	assert.Equal(t, 0, code)
	assert.Equal(t, "hi\n['-c', 'x']\n", out)
	assert.Empty(t, errText)

	code, out, _ = cli(t, "print(2 + 3)\n", "-")
	assert.Equal(t, 0, code, "the program is read from stdin")
	assert.Equal(t, "5\n", out)

	code, out, errText = cli(t, "", "-c", "print('a')\nraise SystemExit(4)")
	assert.Equal(t, 4, code)
	assert.Equal(t, "a\n", out)
	assert.Empty(t, errText)

	code, _, errText = cli(t, "", "-c", "x = (")
	assert.Equal(t, 1, code)
	assert.Equal(t, "  File \"<string>\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n", errText)

	start := time.Now()
	code, out, errText = cli(t, "", "--timeout", "1", "-c", "print('start')\nwhile True: pass")
	assert.Equal(t, 1, code)
	assert.Less(t, time.Since(start), 2800*time.Millisecond, "the VM stops at the timeout")
	assert.Equal(t, "start\n", out, "stdout written before the timeout is kept")
	assert.Equal(t, "aioplay: stopped: wall-clock timeout of 1 s exceeded\n", errText)
}

func TestCLITrace(t *testing.T) {
	trace := filepath.Join(t.TempDir(), "trace.json")
	code, out, _ := cli(t, "", "--trace", trace, "-c",
		"import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print('done')\nasyncio.run(main())")
	assert.Equal(t, 0, code)
	assert.Equal(t, "done\n", out)
	b, err := os.ReadFile(trace)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), `{"version":1,`), "%.60s", b)
}
