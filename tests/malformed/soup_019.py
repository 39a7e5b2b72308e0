False except for pass 0 ** 
 else // nonlocal is else elif
