# find/index/count/startswith/endswith/in
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"), s.rindex("o"))
print(s.count("o"