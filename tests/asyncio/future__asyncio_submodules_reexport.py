# asyncio is a package: asyncio.futures, asyncio.tasks, asyncio.exceptions, asyncio.events,
# asyncio.locks, asyncio.queues, asyncio.timeouts, asyncio.taskgroups, asyncio.coroutines
# and asyncio.runners hold the same objects as the top-level names.
import asyncio
import asyncio.futures, asyncio.tasks, asyncio.exceptions, asyncio.events
from asyncio import futures, tasks
from asyncio.locks import Lock, Event
from asyncio.queues import Queue, QueueEmpty
from asyncio.timeouts import timeout
from asyncio.taskgroups import TaskGroup
from asyncio.coroutines import iscoroutine
from asyncio.runners import run

print(futures.Future is asyncio.Future, tasks.Task is asyncio.Task,
      asyncio.exceptions.CancelledError is asyncio.CancelledError)
print(tasks.gather is asyncio.gather, futures.isfuture is asyncio.isfuture,
      asyncio.events.get_running_loop is asyncio.get_running_loop)
print(Lock is asyncio.Lock, Event is asyncio.Event, Queue is asyncio.Queue, QueueEmpty is asyncio.QueueEmpty,
      timeout is asyncio.timeout, TaskGroup is asyncio.TaskGroup, iscoroutine is asyncio.iscoroutine,
      run is asyncio.run)
print(asyncio.exceptions.TimeoutError is TimeoutError, asyncio.exceptions.InvalidStateError is asyncio.InvalidStateError)
try:
    import asyncio.nonexistent
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
for name in ["Future", "Task", "Timeout", "TaskGroup", "Lock", "Queue", "CancelledError", "Runner"]:
    cls = getattr(asyncio, name)
    print(name, cls.__module__, cls.__name__)
