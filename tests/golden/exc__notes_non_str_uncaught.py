e = ValueError("with odd notes")
e.__notes__ = ["ok note", 42]
raise e
