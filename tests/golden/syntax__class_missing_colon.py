# class statement missing its colon
class A
    pass
