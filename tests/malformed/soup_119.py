except 
   import
