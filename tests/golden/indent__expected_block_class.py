# a class statement with no body
class A:
pass
