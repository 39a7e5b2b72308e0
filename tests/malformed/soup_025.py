
 | case z | '''t''' is not < :
