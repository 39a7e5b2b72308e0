# A traceback frame's f_back is its caller: walking f_back from the innermost tb_frame visits
# the traceback's frames outwards.
import traceback
def c(): raise KeyError("c")
def b(): c()
def a(): b()
def run():
    try:
        a()
    except KeyError as e:
        return e
e = run()
tb = e.__traceback__
while tb.tb_next:
    tb = tb.tb_next
f = tb.tb_frame
names = []
while f is not None and len(names) < 4:
    names.append(f.f_code.co_name)
    f = f.f_back
print(names)
print([fs.name for fs in traceback.extract_stack(tb.tb_frame)][-3:])
