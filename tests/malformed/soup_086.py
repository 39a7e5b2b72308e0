= } in f'{x}' finally nonlocal 
         { * try or 1e9 0x1f match 
     . nonlocal (
