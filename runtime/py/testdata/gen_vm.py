"""Regenerates testdata/vm/*.out: each .py program run by python3.11 as main.py.

The .out file holds stdout, a "--- stderr ---" line, stderr, and "--- exit N ---".
Usage: python3.11 testdata/gen_vm.py (from runtime/py)."""
import os, shutil, subprocess, sys, tempfile, glob

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vm")
for src in sorted(glob.glob(os.path.join(here, "*.py"))):
    d = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(d, "main.py"))
    p = subprocess.run([sys.executable, "main.py"], cwd=d, capture_output=True, text=True)
    rc = p.returncode if p.returncode >= 0 else 128 - p.returncode  # killed by a signal, as a shell reports it
    out = p.stdout + "--- stderr ---\n" + p.stderr.replace(d + "/", "") + "--- exit %d ---\n" % rc
    with open(src[:-3] + ".out", "w") as f:
        f.write(out)
    shutil.rmtree(d)
