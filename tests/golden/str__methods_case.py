# case-changing and classification string methods
s = "Hello, World 42"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Ab".istitle(), "ab".islower(), "AB".isupper())
print("".isalpha(), "a b".isalpha(), "½".isnumeric(), "²".isdigit(), "x1".isidentifier(), "1x".isidentifier())
print("straße".upper(), "ǅ".lower(), "İ".lower() == "i̇", "ß".casefold())
