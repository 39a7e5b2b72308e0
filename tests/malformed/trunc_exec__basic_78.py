# exec and compile: running code strings, namespaces, eval-mode compile
ns = {