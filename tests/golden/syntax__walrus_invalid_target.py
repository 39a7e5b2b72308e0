# := with a target that is not a plain name
(a.b := 1)
