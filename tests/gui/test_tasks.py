import threading

import pytest
from PySide6.QtCore import QObject, QThread, Slot

from withings_gui.gui.tasks import Task, TaskRunner

pytestmark = pytest.mark.gui


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.results = []
        self.errors = []
        self.threads = []

    @Slot(object)
    def done(self, value):
        self.threads.append(QThread.currentThread())
        self.results.append(value)

    @Slot(object)
    def error(self, exc):
        self.threads.append(QThread.currentThread())
        self.errors.append(exc)


def test_result_arrives_on_gui_thread_from_a_worker_thread(qtbot, qapp):
    runner, receiver = TaskRunner(), Receiver()
    worker_threads = []

    def work(cancel):
        worker_threads.append(threading.current_thread())
        return 42

    runner.start(work, receiver.done, receiver.error)
    qtbot.waitUntil(lambda: receiver.results == [42])
    assert worker_threads[0] is not threading.main_thread()
    assert receiver.threads == [qapp.thread()]
    assert runner.wait_idle()


def test_exception_is_delivered_not_raised(qtbot):
    runner, receiver = TaskRunner(), Receiver()

    def work(cancel):
        raise ValueError("boom")

    runner.start(work, receiver.done, receiver.error)
    qtbot.waitUntil(lambda: len(receiver.errors) == 1)
    assert isinstance(receiver.errors[0], ValueError) and receiver.results == []


def test_cancelled_task_delivers_nothing(qtbot, qapp):
    runner, receiver = TaskRunner(), Receiver()
    started, release = threading.Event(), threading.Event()

    def work(cancel):
        started.set()
        release.wait(5)
        return "late"

    task = runner.start(work, receiver.done, receiver.error)
    assert started.wait(5)
    task.cancel()
    release.set()
    assert runner.wait_idle()
    qapp.processEvents()  # a (wrongly) queued delivery would run here
    assert receiver.results == [] and task.cancel_event.is_set()


def test_plain_function_receivers_also_run_on_the_gui_thread(qtbot, qapp):
    runner, seen = TaskRunner(), []
    runner.start(lambda cancel: 1, lambda value: seen.append(QThread.currentThread()),
                 lambda exc: None)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen == [qapp.thread()]


def test_delivered_tasks_free_themselves(qtbot):
    # The tray starts a task per sync and per notice for months: none may stay behind.
    runner, receiver = TaskRunner(), Receiver()
    runner.start(lambda cancel: 1, receiver.done, receiver.error)

    def fail(cancel):
        raise ValueError("boom")

    runner.start(fail, receiver.done, receiver.error)
    qtbot.waitUntil(lambda: receiver.results == [1] and len(receiver.errors) == 1)
    qtbot.waitUntil(lambda: not runner.findChildren(Task))
