class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
class Sub(AppError):
    pass
Sub.__module__ = "myapp.errors"
def handler():
    try:
        raise AppError(1)
    except AppError as e:
        raise Sub(2) from e
handler()
