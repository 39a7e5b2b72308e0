b'b' nonlocal True ~ nonlocal foo * ) > ... is y 1e9 -= .
