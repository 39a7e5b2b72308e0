= else 
   with { @ <= 
   and | x , ** | for 'a' y await as and match for ** else ^
