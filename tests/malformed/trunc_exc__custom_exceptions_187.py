# user-defined exception hierarchies, custom __init__ and __str__
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what