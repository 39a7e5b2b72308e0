
 -> != and == < lambda } b'b' and
