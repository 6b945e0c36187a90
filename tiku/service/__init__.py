"""The service layer: one ``Tiku`` object over the store, the bank, the judge and the workers."""

from tiku.service.core import StartReport, Tiku
from tiku.service.dispatcher import Dispatcher, JudgeTask, LocalDispatcher, RunTask
from tiku.service.errors import ServiceError
from tiku.service.settings import Settings

__all__ = [
    "Dispatcher",
    "JudgeTask",
    "LocalDispatcher",
    "RunTask",
    "ServiceError",
    "Settings",
    "StartReport",
    "Tiku",
]
