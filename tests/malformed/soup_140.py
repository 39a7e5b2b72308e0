pass del >= break False assert
