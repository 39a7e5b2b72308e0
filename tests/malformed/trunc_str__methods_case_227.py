# case-changing and classification string methods
s = "Hello, World 42"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), 