# code.co_positions() / co_lines() agree with tb_lasti and tb_lineno.
def f():
    x = 1
    return x / 0
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    pos = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
    print(pos)
    lines = [l for s, e2, l in tb.tb_frame.f_code.co_lines() if s <= tb.tb_lasti < e2]
    print(lines, tb.tb_lineno)
    print(all(len(p) == 4 for p in f.__code__.co_positions()))
