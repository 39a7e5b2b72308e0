is elif b'b'
