break ( ~ if break 
         pass or return == for ( y
