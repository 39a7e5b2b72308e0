) False as or . elif else with for for 3.5 ] x ( as 
   
         else
