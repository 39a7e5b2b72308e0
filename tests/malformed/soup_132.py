<< pass & 1e9 else or self == } "s" f'{x}' | case break _ async 
 42 ** : pass 0x1f > @ 

