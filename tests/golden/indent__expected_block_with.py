# with statement with no indented body
with open("x") as f:
pass
