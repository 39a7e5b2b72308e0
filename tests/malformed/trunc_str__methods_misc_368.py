# less common string methods with exact CPython behaviour
print("a-b_c d".split("-"), "hello world".title(), "they're bill's".title(), "x".center(4, "*"))
print("abc".startswith(""), "abc".find("", 10), "abc".find("", 3), "aaa".rfind("a", 0, 2))
print("ab\tc".expandtabs(), "a\u2028b".splitlines(), "  x\n".isspace(), "\t\n ".isspace())
print("Mississippi".replace("ss