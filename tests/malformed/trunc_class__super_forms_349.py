# super() in classmethods, properties and multiple levels; explicit two-argument super
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    @property
    def label(self):
        return "base"
    def hello(self):
        return "hello from Base"
class Mid(Base):
    @classmethod
    def create(cls