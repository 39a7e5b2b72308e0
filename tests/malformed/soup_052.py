assert := != > yield [ b'b' 
 42 += 0x1f f'{x}' >> 'a' ** '''t''' continue { return 42 
     | for & :=
