case 
   ~ & ... . None % 1e9 async ] 
   
         / False foo 1 self z foo -> True from >>
