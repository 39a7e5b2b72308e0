# frame and traceback types: types.FrameType/TracebackType, inspect.isframe/istraceback.
import sys, types, inspect
print(type(sys._getframe()) is types.FrameType, types.FrameType.__name__)
def g(): yield
print(type(g().gi_frame) is types.FrameType)
try:
    1/0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
print(inspect.isframe(sys._getframe()) if hasattr(inspect, 'isframe') else 'no isframe')
try:
    1/0
except ZeroDivisionError as e:
    print(inspect.istraceback(e.__traceback__), inspect.istraceback(None), inspect.isframe(e))
print(sys._getframe().f_back, sys._getframe().f_trace)
