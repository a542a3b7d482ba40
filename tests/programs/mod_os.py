# os and os.path: the posixpath string functions (join, split, splitext, normpath, basename,
# dirname, relpath, commonprefix…), environment access, directory listing and simple file-system
# changes in a private temp directory, and CPython's OSError subclasses and messages.
import os
import os.path
from os import path as p2
from os.path import join, splitext

print(os.sep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.pathsep, os.name, os.altsep, os.devnull)
print(os.path is p2, os.path.sep, join("a", "b"))

for parts in [("a",), ("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("/", "x", "y/"),
              ("a", "b", "/c", "d"), ("a//", "b"), ("", ""), ("..", "x")]:
    print("join", parts, os.path.join(*parts))
paths = ["", "/", "//", "///", "a", "a/", "a/b", "a/b/", "/a/b", "//a//b//", "a.txt", "a/b.tar.gz",
         ".bashrc", "a/.bashrc", "a/..b.c", "...", "a.b/c", "./a/../b", "../../x/..", "/..", "a//b",
         "/usr/lib/python3.11/os.py", "dir.d/file", "x.", "x..y"]
for q in paths:
    print(repr(q), os.path.split(q), os.path.splitext(q), os.path.basename(q), os.path.dirname(q),
          os.path.normpath(q), os.path.isabs(q), os.path.splitdrive(q))
print(splitext("archive.tar.gz"))

cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.abspath("x") == os.path.join(cwd, "x"), os.path.abspath("/a/./b/../c"))
print(os.path.abspath("") == cwd, os.path.abspath(".") == cwd, os.path.abspath("..") == os.path.dirname(cwd))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"),
      os.path.relpath("/x/y", "/a/b"), os.path.relpath(os.path.join(cwd, "q")))
print(os.path.commonprefix([]), os.path.commonprefix(["interstellar", "internet", "interval"]),
      os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonprefix(["abc"]))
print(os.path.expanduser("x/~"), os.path.expanduser("~nobody_here_xyz/a"))

print("PATH" in os.environ, os.getenv("STITCH_SURELY_UNSET_VAR"),
      os.getenv("STITCH_SURELY_UNSET_VAR", "dflt"), os.getenv("PATH") == os.environ["PATH"])
os.environ["STITCH_TEST_VAR"] = "set here"
print(os.getenv("STITCH_TEST_VAR"), os.getenv(key="STITCH_TEST_VAR"))

print(os.path.exists("mod_os.py"), os.path.isfile("mod_os.py"), os.path.isdir("mod_os.py"))
print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."), os.path.exists("no/such/file"))
print(os.path.exists(""), os.path.isfile("nope\0"), os.path.islink("mod_os.py"), os.path.lexists("mod_os.py"))
print("mod_os.py" in os.listdir(), "mod_os.py" in os.listdir("."), os.path.getsize("mod_os.py") > 1000)
print(type(os.getpid()).__name__, os.cpu_count() >= 1)

base = os.path.join("/tmp", "stitch_os_test_%d" % os.getpid())
os.mkdir(base)
os.makedirs(os.path.join(base, "x", "y"))
os.makedirs(os.path.join(base, "x"), exist_ok=True)
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, "x")), os.path.isdir(os.path.join(base, "x", "y")))
os.rename(os.path.join(base, "x", "y"), os.path.join(base, "z"))
print(sorted(os.listdir(base)))

def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e).replace(base, "BASE")
        if isinstance(e, OSError):
            r += " | errno=%s filename=%s" % (e.errno, str(e.filename).replace(base, "BASE"))
    print(label, "->", r)

show("mkdir existing", os.mkdir, base)
show("makedirs existing", os.makedirs, os.path.join(base, "x"))
show("rmdir non-empty", os.rmdir, base)
show("listdir missing", os.listdir, os.path.join(base, "missing"))
show("listdir file", os.listdir, "mod_os.py")
show("remove missing", os.remove, os.path.join(base, "missing"))
show("remove dir", os.remove, os.path.join(base, "z"))
show("rename missing", os.rename, os.path.join(base, "missing"), os.path.join(base, "other"))
show("getsize missing", os.path.getsize, "no_such_file.txt")
os.rmdir(os.path.join(base, "z"))
os.rmdir(os.path.join(base, "x"))
os.rmdir(base)
print(os.path.exists(base))

show("join(1)", os.path.join, 1)
show("join('a', 1)", os.path.join, "a", 1)
show("join()", os.path.join)
show("basename(1)", os.path.basename, 1)
show("splitext(None)", os.path.splitext, None)
show("normpath(1)", os.path.normpath, 1)
show("abspath(None)", os.path.abspath, None)
show("isfile(None)", os.path.isfile, None)
show("exists([])", os.path.exists, [])
show("getenv(1)", os.getenv, 1)
show("getenv()", os.getenv)
show("split()", os.path.split)
show("split('a', 'b')", os.path.split, "a", "b")
show("relpath('')", os.path.relpath, "")
show("getsize(nul)", os.path.getsize, "a\0b")
show("listdir(nul)", os.listdir, "a\0b")
show("mkdir(nul)", os.mkdir, "a\0b")
