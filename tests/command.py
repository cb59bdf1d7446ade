"""The command the tests run: digest.py compiled once to bytecode, so that each of the suite's few hundred runs
does not compile the whole script again (about a quarter of a second each). The code is the script's own;
test_cli.TestInterface runs the script itself, as the README does."""

import atexit
import os
import py_compile
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = [sys.executable, os.path.join(ROOT, "digest.py")]

_folder = tempfile.mkdtemp(prefix="digest-tests-")
os.chmod(_folder, 0o755)  # readable by the user the tests switch to (test_cli's unprivileged runs)
atexit.register(shutil.rmtree, _folder, ignore_errors=True)
DIGEST = [sys.executable, py_compile.compile(SCRIPT[1], cfile=os.path.join(_folder, "digest.pyc"), doraise=True)]
