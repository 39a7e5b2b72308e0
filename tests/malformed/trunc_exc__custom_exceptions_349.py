# user-defined exception hierarchies, custom __init__ and __str__
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what)
        self.what = what
    def __str__(self):
        return f"{self.what} not found"
class Fatal(AppError):
    code = 2
for exc in [NotFound("user"), Fatal(