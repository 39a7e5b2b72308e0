:= in 1 / % import global b'b' global b'b' <= & continue
