y lambda and pass { if b'b' ( in + from
