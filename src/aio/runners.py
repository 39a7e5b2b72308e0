# asyncio.runners for coil: Runner and run (Python 3.11), and the coroutines behind
# loop.shutdown_asyncgens() / loop.shutdown_default_executor(), written for coil from the
# documented behaviour of CPython's asyncio. Loaded by src/aio/runners.rs into a namespace
# of its own, with the native `_asyncio` module and a few natives injected as globals.

_CREATED = "created"
_INITIALIZED = "initialized"
_CLOSED = "closed"


def _iscoroutine(obj):
    return _asyncio.iscoroutine(obj) or type(obj) is _sleep_type


class Runner:
    """A context manager running coroutines on one event loop it creates, then closing it."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Cancel the leftover tasks, close the async generators, and close the loop."""
        if self._state != _INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                _asyncio.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        """The runner's event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine to completion on the runner's loop."""
        if not _iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _asyncio._get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == _CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state == _INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = _asyncio.new_event_loop()
            if not self._set_event_loop:
                _asyncio.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _INITIALIZED


def run(main, *, debug=None):
    """Run coroutine `main` on a new event loop, then shut the loop down and close it."""
    if _asyncio._get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = _pending_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(_asyncio.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


async def _shutdown_asyncgens(loop):
    closing_agens = loop._coil_take_asyncgens()
    if not closing_agens:
        return
    results = await _asyncio.gather(
        *[_wrap_awaitable(ag.aclose()) for ag in closing_agens],
        return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


async def _shutdown_default_executor(loop):
    loop._coil_mark_executor_shutdown()


async def _wrap_awaitable(awaitable):
    return await awaitable


# ---------------------------------------------------------------------------------------------
# AbstractEventLoop: coil's loops are native (`SelectorEventLoop`); they count as instances.

class _AbstractEventLoopType(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, _loop_type) or type.__instancecheck__(cls, obj)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, _loop_type) or type.__subclasscheck__(cls, sub)


class AbstractEventLoop(metaclass=_AbstractEventLoopType):
    """Abstract event loop."""


AbstractEventLoop.__module__ = "asyncio.events"


# ---------------------------------------------------------------------------------------------
# Event loop policies (asyncio.events): the default policy's state is the interpreter's
# (`_policy_*` natives); a policy set with set_event_loop_policy is consulted by
# get_event_loop/set_event_loop/new_event_loop.

class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop, created on first use in the main thread."""

    def get_event_loop(self):
        return _policy_get_event_loop()

    def set_event_loop(self, loop):
        _policy_set_event_loop(loop)

    def new_event_loop(self):
        return _policy_new_event_loop()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """UNIX event loop policy."""


AbstractEventLoopPolicy.__module__ = "asyncio.events"
BaseDefaultEventLoopPolicy.__module__ = "asyncio.events"
_UnixDefaultEventLoopPolicy.__module__ = "asyncio.unix_events"
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

_event_loop_policy = None


def get_event_loop_policy():
    """The current event loop policy (the default one unless one was set)."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the event loop policy; None restores a fresh default policy."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy
    _policy_reset(None if policy is None or type(policy) is DefaultEventLoopPolicy
                  else policy)
