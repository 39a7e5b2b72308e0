# an uncaught exception whose message spans several lines
raise RuntimeError("first line\nsecond line\n  indented third