, else ** elif { 1e9 except << ... and break ^ 
 async _ 
     f'{x}'
