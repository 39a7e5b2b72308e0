# while with no indented body
while False:
pass
