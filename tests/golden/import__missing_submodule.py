# missing submodules and non-packages
for stmt in ["import _imp_pkg.nope", "from _imp_pkg import nope", "import _imp_helper.x",
             "from _imp_helper.x import y", "import _imp_nope.sub", "from _imp_pkg.nope import q"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(f"{stmt}: {type(e).__name__}: {e} (name={e.name!r})")
import _imp_pkg.missing_too
