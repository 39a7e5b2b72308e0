f'{x}' global -= := & 
     while % for with [ x -= False del "s" 
     : += 3.5 = !=
