except ( += % return > 'a' f'{x}' 
   ) elif ... 0x1f 1
