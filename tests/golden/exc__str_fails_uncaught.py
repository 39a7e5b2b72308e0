class Bad(Exception):
    def __str__(self):
        raise RuntimeError("str broke")
raise Bad("x")
