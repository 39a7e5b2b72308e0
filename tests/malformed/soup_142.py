y 
 / lambda global lambda 
 '''t'''
