# instance attributes shadow class attributes; mutable class attributes are shared
class Dog