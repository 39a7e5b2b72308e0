- except 0 in async ( 
 as lambda 3.5 '''t''' | } global '''t''' + for match | % b'b' ]
