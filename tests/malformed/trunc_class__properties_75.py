# property getters, setters and deleters
class Temp:
    def __init__(self)