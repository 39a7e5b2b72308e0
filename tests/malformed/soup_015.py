is [ = import finally | return pass '''t''' 0x1f x ** case 
 while
