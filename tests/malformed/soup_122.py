elif raise 
 global ( lambda ) None
