( as class ** >>
