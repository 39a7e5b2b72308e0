del self def elif 'a' 
 
         - = lambda 1e9 
         pass continue 
         << global % None f'{x}' ] del foo '''t''' _
