
 None ... x def 42 pass async nonlocal ... y 
   ; False . - z match import match < % True ]
